import type { SqliteDatabase } from '../sqlite';
import { createActorRepository } from './actorRepository';
import { createCommunityRepository } from './communityRepository';
import { createCountsRepository } from './countsRepository';
import { createRelationRepository } from './relationRepository';
import { createSettingsRepository } from './settingsRepository';
import { createTopicRepository } from './topicRepository';

/** Every repository of one open map, with statements prepared once per connection. */
export function createRepositories(db: SqliteDatabase) {
  return {
    actors: createActorRepository(db),
    relations: createRelationRepository(db),
    topics: createTopicRepository(db),
    communities: createCommunityRepository(db),
    settings: createSettingsRepository(db),
    counts: createCountsRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
