/** The domain's zod schemas and their types, one module per entity. */
export * from './fields';
export * from './actor';
export * from './relation';
export * from './grouping';
export * from './history';
export * from './map';
export * from './view';
export * from './compactGraph';
export * from './journey';
export * from './transfer';
export * from './story';
export * from './report';
