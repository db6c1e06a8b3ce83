import type { SqliteDatabase } from '../sqlite';
import { createAccountRepository } from './accountRepository';
import { createAnalysisRepository } from './analysisRepository';
import { createActorRepository } from './actorRepository';
import { createCommunityRepository } from './communityRepository';
import { createCountsRepository } from './countsRepository';
import { createDetectionRepository } from './detectionRepository';
import { createGraphRepository } from './graphRepository';
import { createHistoryRepository } from './historyRepository';
import { createJourneyEditor, createJourneyRepository } from './journeyRepository';
import { createMentionRepository } from './mentionRepository';
import { createRelationRepository } from './relationRepository';
import { createRelevanceRepository } from './relevanceRepository';
import { createSettingsRepository } from './settingsRepository';
import { createStoryRepository } from './storyRepository';
import { createTopicRepository } from './topicRepository';
import { createViewRepository } from './viewRepository';

/** Every repository of one open map, with statements prepared once per connection. */
export function createRepositories(db: SqliteDatabase) {
  return {
    actors: createActorRepository(db),
    accounts: createAccountRepository(db),
    relevance: createRelevanceRepository(db),
    history: createHistoryRepository(db),
    views: createViewRepository(db),
    journeys: createJourneyRepository(db),
    journeyEditor: createJourneyEditor(db),
    relations: createRelationRepository(db),
    topics: createTopicRepository(db),
    communities: createCommunityRepository(db),
    settings: createSettingsRepository(db),
    counts: createCountsRepository(db),
    graph: createGraphRepository(db),
    detections: createDetectionRepository(db),
    analysis: createAnalysisRepository(db),
    mentions: createMentionRepository(db),
    stories: createStoryRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
