/**
 * Schema v1: the whole domain of DESIGN.md §2. Shipped migrations are never edited (a test pins
 * their hash); later versions append a new file. No BEGIN/COMMIT here: the runner owns the
 * transaction. Every domain table has a single-column primary key `id` (or `key` for settings)
 * because the change journal identifies rows by it.
 */
export const initialSchema = /* sql */ `
CREATE TABLE map_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
);

CREATE TABLE topics (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE,
  color TEXT,
  description TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  role TEXT,
  organisation TEXT,
  stance INTEGER NOT NULL DEFAULT 0 CHECK (stance BETWEEN -2 AND 2),
  offline_stance INTEGER CHECK (offline_stance BETWEEN -2 AND 2),
  country TEXT,
  language TEXT,
  reach INTEGER CHECK (reach >= 0),
  resonance REAL CHECK (resonance BETWEEN 0 AND 1),
  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
  notes TEXT,
  source TEXT,
  retention_until TEXT,
  owner TEXT,
  team TEXT,
  paid_disclosure TEXT,
  conflicts_of_interest TEXT,
  track_record TEXT,
  custom TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(custom)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX actors_name_idx ON actors (name COLLATE NOCASE);

CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  handle TEXT NOT NULL,
  url TEXT,
  followers INTEGER CHECK (followers >= 0),
  engagement_rate REAL CHECK (engagement_rate BETWEEN 0 AND 1),
  updated_on TEXT,
  UNIQUE (platform, handle)
);
CREATE INDEX accounts_actor_idx ON accounts (actor_id);

CREATE TABLE actor_topics (
  id INTEGER PRIMARY KEY,
  actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  topic_id INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
  relevance REAL NOT NULL CHECK (relevance BETWEEN 0 AND 1),
  UNIQUE (actor_id, topic_id)
);
CREATE INDEX actor_topics_topic_idx ON actor_topics (topic_id);

CREATE TABLE relations (
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  target_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  directed INTEGER NOT NULL DEFAULT 1 CHECK (directed IN (0, 1)),
  weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
  evidence TEXT,
  observed_on TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX relations_source_idx ON relations (source_id);
CREATE INDEX relations_target_idx ON relations (target_id);

CREATE TABLE detection_runs (
  id INTEGER PRIMARY KEY,
  algorithm TEXT NOT NULL,
  parameters TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(parameters)),
  topic_id INTEGER REFERENCES topics (id) ON DELETE SET NULL,
  modularity REAL,
  status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'discarded')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE communities (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  color TEXT,
  origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'detected')),
  detection_run_id INTEGER REFERENCES detection_runs (id) ON DELETE CASCADE,
  topic_id INTEGER REFERENCES topics (id) ON DELETE SET NULL,
  notes TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE community_members (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  UNIQUE (community_id, actor_id)
);
CREATE INDEX community_members_actor_idx ON community_members (actor_id);

CREATE TABLE journeys (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  persona TEXT,
  description TEXT,
  topic_id INTEGER REFERENCES topics (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Stages are ordered by position; the last one leads back to the first (a loop, not a funnel).
CREATE TABLE journey_stages (
  id INTEGER PRIMARY KEY,
  journey_id INTEGER NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  is_moment_of_truth INTEGER NOT NULL DEFAULT 0 CHECK (is_moment_of_truth IN (0, 1)),
  description TEXT,
  UNIQUE (journey_id, position),
  UNIQUE (journey_id, name)
);

CREATE TABLE touchpoints (
  id INTEGER PRIMARY KEY,
  stage_id INTEGER NOT NULL REFERENCES journey_stages (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  channel TEXT,
  format TEXT,
  is_moment_of_truth INTEGER NOT NULL DEFAULT 0 CHECK (is_moment_of_truth IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX touchpoints_stage_idx ON touchpoints (stage_id);

-- An actor's or a community's legitimacy to speak at a stage (or one of its touchpoints).
CREATE TABLE placements (
  id INTEGER PRIMARY KEY,
  stage_id INTEGER NOT NULL REFERENCES journey_stages (id) ON DELETE CASCADE,
  touchpoint_id INTEGER REFERENCES touchpoints (id) ON DELETE CASCADE,
  actor_id INTEGER REFERENCES actors (id) ON DELETE CASCADE,
  community_id INTEGER REFERENCES communities (id) ON DELETE CASCADE,
  legitimacy REAL NOT NULL CHECK (legitimacy BETWEEN 0 AND 1),
  note TEXT,
  CHECK ((actor_id IS NULL) <> (community_id IS NULL))
);
CREATE INDEX placements_stage_idx ON placements (stage_id);
CREATE INDEX placements_actor_idx ON placements (actor_id);

CREATE TABLE campaigns (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  starts_on TEXT,
  ends_on TEXT,
  budget REAL CHECK (budget >= 0),
  currency TEXT,
  notes TEXT
);

CREATE TABLE interactions (
  id INTEGER PRIMARY KEY,
  actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  campaign_id INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
  occurred_on TEXT NOT NULL,
  type TEXT NOT NULL,
  owner TEXT,
  cost REAL CHECK (cost >= 0),
  currency TEXT,
  outcome TEXT,
  notes TEXT
);
CREATE INDEX interactions_actor_idx ON interactions (actor_id);

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  actor_id INTEGER REFERENCES actors (id) ON DELETE SET NULL,
  topic_id INTEGER REFERENCES topics (id) ON DELETE SET NULL,
  published_at TEXT NOT NULL,
  author TEXT,
  query TEXT,
  sentiment REAL CHECK (sentiment BETWEEN -1 AND 1),
  reach INTEGER CHECK (reach >= 0),
  engagement INTEGER CHECK (engagement >= 0),
  url TEXT,
  source TEXT
);
CREATE INDEX mentions_topic_idx ON mentions (topic_id, published_at);

CREATE TABLE trails (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  topic_id INTEGER REFERENCES topics (id) ON DELETE SET NULL,
  description TEXT
);

CREATE TABLE trail_steps (
  id INTEGER PRIMARY KEY,
  trail_id INTEGER NOT NULL REFERENCES trails (id) ON DELETE CASCADE,
  step INTEGER NOT NULL,
  actor_id INTEGER REFERENCES actors (id) ON DELETE CASCADE,
  touchpoint_id INTEGER REFERENCES touchpoints (id) ON DELETE CASCADE,
  UNIQUE (trail_id, step),
  CHECK (actor_id IS NOT NULL OR touchpoint_id IS NOT NULL)
);
CREATE INDEX trail_steps_actor_idx ON trail_steps (actor_id);

CREATE TABLE saved_views (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  layout TEXT NOT NULL DEFAULT 'force',
  filters TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(filters)),
  encoding TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(encoding)),
  is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
);

CREATE TABLE view_positions (
  id INTEGER PRIMARY KEY,
  view_id INTEGER NOT NULL REFERENCES saved_views (id) ON DELETE CASCADE,
  actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  x REAL NOT NULL,
  y REAL NOT NULL,
  UNIQUE (view_id, actor_id)
);

-- The change journal: one entry per user action, one row per changed row with its before and
-- after images (JSON), written by triggers so that cascades are captured too.
CREATE TABLE journal_entries (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE journal_rows (
  id INTEGER PRIMARY KEY,
  entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
  tbl TEXT NOT NULL,
  pk TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')),
  before TEXT,
  after TEXT
);
CREATE INDEX journal_rows_entry_idx ON journal_rows (entry_id);

-- One row: the journal entry being recorded, or NULL when changes are not journaled
-- (undo/redo themselves, demo generation, migrations).
CREATE TABLE journal_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  recording_entry INTEGER
);
INSERT INTO journal_state (id, recording_entry) VALUES (1, NULL);
`;
