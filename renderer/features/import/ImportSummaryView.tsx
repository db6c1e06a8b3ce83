import { useT } from '../../hooks/useT';
import type { JobStatus } from './importJobClient';

type Summary = NonNullable<JobStatus['summary']>;
const KINDS = ['actors', 'relations', 'mentions', 'stages', 'placements', 'trails'] as const;

/** What the files are, as detected, and what importing them will create, update or leave alone. */
export function ImportSummaryView({ summary }: { summary: Summary }) {
  const t = useT();
  return (
    <>
      <ul>
        {summary.files.map((f) => (
          <li key={f.name}>
            <strong>{f.name}</strong>: {t(`import.kind.${f.kind}`)},{' '}
            {f.encoding === null
              ? t('import.graphDetected', { nodes: f.nodes, edges: f.edges })
              : t('import.detected', {
                  rows: f.rows,
                  encoding: f.encoding,
                  delimiter: f.delimiter ?? '',
                  lineEnding: f.lineEnding ?? '',
                })}
            {f.decimalMark === ','
              ? ` · ${t('import.decimalComma')}`
              : f.decimalMark === '.'
                ? ` · ${t('import.decimalPoint')}`
                : ''}
          </li>
        ))}
      </ul>
      <p>{t('import.willDo')}</p>
      <ul>
        {KINDS.map((kind) => {
          const c = summary[kind];
          return c.created + c.updated + c.unchanged > 0 ? (
            <li key={kind} data-testid={`import-${kind}`}>
              {t(`import.kind.${kind}`)}: {t('import.counts', c)}
            </li>
          ) : null;
        })}
      </ul>
      {summary.notes.length > 0 ? (
        <>
          <p>{t('import.notes')}:</p>
          <ul data-testid="import-notes">
            {summary.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
