/**
 * Schema v3: stories for presentation mode. A story is an ordered list of slides; a slide shows a
 * saved view (with actors to highlight), a journey, or the risk hotspots. Slides and highlights
 * follow what they show: deleting the view, the journey or the actor deletes the slide or the
 * highlight (an undo brings both back, the journal records cascades). Every table is journaled.
 */
export const stories = /* sql */ `
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Slides are ordered by position (kept 0..n-1 by the app; a cascade may leave a gap). A slide
-- names exactly what its kind shows: a view slide its view, a journey slide its journey.
CREATE TABLE story_slides (
  id INTEGER PRIMARY KEY,
  story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('view', 'journey', 'risks')),
  view_id INTEGER REFERENCES saved_views (id) ON DELETE CASCADE,
  journey_id INTEGER REFERENCES journeys (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  caption TEXT,
  UNIQUE (story_id, position),
  CHECK ((kind = 'view') = (view_id IS NOT NULL)),
  CHECK ((kind = 'journey') = (journey_id IS NOT NULL))
);
CREATE INDEX story_slides_view_idx ON story_slides (view_id);
CREATE INDEX story_slides_journey_idx ON story_slides (journey_id);

-- The actors a slide points at, in the order they were given.
CREATE TABLE slide_highlights (
  id INTEGER PRIMARY KEY,
  slide_id INTEGER NOT NULL REFERENCES story_slides (id) ON DELETE CASCADE,
  actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  UNIQUE (slide_id, actor_id)
);
CREATE INDEX slide_highlights_actor_idx ON slide_highlights (actor_id);
`;
