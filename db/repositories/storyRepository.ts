import { AppError } from '../../shared/api/errors';
import type {
  ActorId,
  Slide,
  SlideDraft,
  SlideId,
  SlideKind,
  SlidePatch,
  Story,
  StoryId,
  ViewId,
} from '../../shared/domain/schemas';
import type { SqliteDatabase } from '../sqlite';

type StoryRow = { id: number; name: string };
type SlideRow = {
  id: number;
  story_id: number;
  /** The slide's rank in its story (0-based), not the stored sort key: see `rank` below. */
  position: number;
  kind: SlideKind;
  view_id: number | null;
  journey_id: number | null;
  title: string;
  caption: string | null;
};
type HighlightRow = { slide_id: number; actor_id: number };

/** The error for a reference that names no row, with the field that named it. */
const missing = (field: string, detail: string) =>
  new AppError({ code: 'NOT_FOUND', field, detail });

// Stored positions stay 0..n−1 after the app's own edits, but deleting a view, journey or story
// cascades into story_slides without renumbering: callers see the rank, so that a gap never shows.
const SLIDE_COLUMNS = `s.id, s.story_id, s.kind, s.view_id, s.journey_id, s.title, s.caption`;
const rank = `(SELECT count(*) FROM story_slides o WHERE o.story_id = s.story_id AND o.position < s.position)`;

function prepareStatements(db: SqliteDatabase) {
  return {
    stories: db.prepare<[], StoryRow>('SELECT id, name FROM stories ORDER BY id'),
    story: db.prepare<[number], StoryRow>('SELECT id, name FROM stories WHERE id = ?'),
    insertStory: db.prepare<[string]>('INSERT INTO stories (name) VALUES (?)'),
    renameStory: db.prepare<[string, number, string]>(
      'UPDATE stories SET name = ? WHERE id = ? AND name IS NOT ?',
    ),
    deleteStory: db.prepare<[number]>('DELETE FROM stories WHERE id = ?'),

    slides: db.prepare<[], SlideRow>(
      `SELECT ${SLIDE_COLUMNS}, ${rank} AS position FROM story_slides s ORDER BY s.story_id, s.position`,
    ),
    slidesOf: db.prepare<[number], SlideRow>(
      `SELECT ${SLIDE_COLUMNS}, ${rank} AS position FROM story_slides s WHERE s.story_id = ? ORDER BY s.position`,
    ),
    slide: db.prepare<[number], SlideRow>(
      `SELECT ${SLIDE_COLUMNS}, ${rank} AS position FROM story_slides s WHERE s.id = ?`,
    ),
    /** Stored positions, in order: what `renumber` rewrites. */
    order: db.prepare<[number], { id: number; position: number }>(
      'SELECT id, position FROM story_slides WHERE story_id = ? ORDER BY position',
    ),
    insertSlide: db.prepare<
      [number, number, string, number | null, number | null, string, string | null]
    >(
      `INSERT INTO story_slides (story_id, position, kind, view_id, journey_id, title, caption)
       VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM story_slides WHERE story_id = ?), ?, ?, ?, ?, ?)`,
    ),
    setPosition: db.prepare<[number, number]>('UPDATE story_slides SET position = ? WHERE id = ?'),
    // `IS NOT`: an edit that changes nothing writes nothing, so it leaves no history entry.
    setTitle: db.prepare<[string, number, string]>(
      'UPDATE story_slides SET title = ? WHERE id = ? AND title IS NOT ?',
    ),
    setCaption: db.prepare<[string | null, number, string | null]>(
      'UPDATE story_slides SET caption = ? WHERE id = ? AND caption IS NOT ?',
    ),
    deleteSlide: db.prepare<[number]>('DELETE FROM story_slides WHERE id = ?'),

    highlights: db.prepare<[], HighlightRow>(
      'SELECT slide_id, actor_id FROM slide_highlights ORDER BY slide_id, position, id',
    ),
    highlightsOf: db.prepare<[number], HighlightRow>(
      'SELECT slide_id, actor_id FROM slide_highlights WHERE slide_id = ? ORDER BY position, id',
    ),
    upsertHighlight: db.prepare<[number, number, number]>(
      `INSERT INTO slide_highlights (slide_id, actor_id, position) VALUES (?, ?, ?)
       ON CONFLICT (slide_id, actor_id) DO UPDATE SET position = excluded.position
       WHERE position <> excluded.position`,
    ),
    deleteHighlight: db.prepare<[number, number]>(
      'DELETE FROM slide_highlights WHERE slide_id = ? AND actor_id = ?',
    ),

    viewExists: db.prepare<[number]>('SELECT 1 FROM saved_views WHERE id = ?'),
    journeyExists: db.prepare<[number]>('SELECT 1 FROM journeys WHERE id = ?'),
    actorExists: db.prepare<[number]>('SELECT 1 FROM actors WHERE id = ?'),
  };
}

const toSlide = (row: SlideRow, actorIds: readonly number[]): Slide => ({
  id: row.id as SlideId,
  storyId: row.story_id as StoryId,
  position: row.position,
  kind: row.kind,
  viewId: row.view_id as ViewId | null,
  journeyId: row.journey_id,
  title: row.title,
  caption: row.caption,
  actorIds: actorIds as ActorId[],
});

/** A blank caption is no caption: both read back as null. */
const captionOf = (caption: string | null | undefined): string | null =>
  caption === undefined || caption === null || caption === '' ? null : caption;

/**
 * Stories and their slides, with each slide's highlighted actors in order. References (view,
 * journey, actors) are checked before anything is written, so a bad one is refused by its field.
 */
export function createStoryRepository(db: SqliteDatabase) {
  // Prepared on first use: a map still at an older schema (being migrated) has no such tables.
  let statements: ReturnType<typeof prepareStatements> | null = null;
  const sql = () => (statements ??= prepareStatements(db));

  const storyRow = (id: number): StoryRow => {
    const row = sql().story.get(id);
    if (!row) throw missing('id', `story ${id}`);
    return row;
  };
  const slideRow = (id: number, field = 'id'): SlideRow => {
    const row = sql().slide.get(id);
    if (!row) throw missing(field, `slide ${id}`);
    return row;
  };
  const actorIdsOf = (slideId: number): number[] =>
    sql()
      .highlightsOf.all(slideId)
      .map((h) => h.actor_id);
  const slide = (id: number): Slide => toSlide(slideRow(id), actorIdsOf(id));
  const story = (id: number): Story => {
    const row = storyRow(id);
    return {
      id: row.id as StoryId,
      name: row.name,
      slides: sql()
        .slidesOf.all(id)
        .map((s) => toSlide(s, actorIdsOf(s.id))),
    };
  };

  const assertActors = (ids: readonly number[]) => {
    const unknown = ids.find((id) => sql().actorExists.get(id) === undefined);
    if (unknown !== undefined) throw missing('actorIds', `actor ${unknown}`);
  };

  /** Makes the slide's highlights exactly `ids` (repeats dropped), rewriting only what differs. */
  const setHighlights = (slideId: number, ids: readonly number[]) => {
    const wanted = [...new Set(ids)];
    const keep = new Set(wanted);
    for (const actorId of actorIdsOf(slideId))
      if (!keep.has(actorId)) sql().deleteHighlight.run(slideId, actorId);
    wanted.forEach((actorId, i) => sql().upsertHighlight.run(slideId, actorId, i));
  };

  /**
   * Positions 0..n−1 in the order of `ids`. Only slides whose position changes are written, through
   * negative positions first: (story_id, position) is unique at every step.
   */
  const renumber = (storyId: number, ids: readonly number[]) => {
    const stored = new Map(
      sql()
        .order.all(storyId)
        .map((r) => [r.id, r.position]),
    );
    const moved = ids.flatMap((id, i) => (stored.get(id) === i ? [] : [{ id, to: i }]));
    moved.forEach(({ id }, i) => sql().setPosition.run(-1 - i, id));
    moved.forEach(({ id, to }) => sql().setPosition.run(to, id));
  };
  const orderOf = (storyId: number): number[] =>
    sql()
      .order.all(storyId)
      .map((r) => r.id);

  return {
    /** Every story (oldest first) with its slides in order. */
    list(): Story[] {
      const actorIds = new Map<number, number[]>();
      for (const h of sql().highlights.all())
        actorIds.set(h.slide_id, [...(actorIds.get(h.slide_id) ?? []), h.actor_id]);
      const slidesOf = new Map<number, Slide[]>();
      for (const s of sql().slides.all())
        slidesOf.set(s.story_id, [
          ...(slidesOf.get(s.story_id) ?? []),
          toSlide(s, actorIds.get(s.id) ?? []),
        ]);
      return sql()
        .stories.all()
        .map((s) => ({ id: s.id as StoryId, name: s.name, slides: slidesOf.get(s.id) ?? [] }));
    },
    get: story,
    create(name: string): Story {
      return story(Number(sql().insertStory.run(name).lastInsertRowid));
    },
    update(id: number, patch: { name: string }): Story {
      storyRow(id);
      sql().renameStory.run(patch.name, id, patch.name);
      return story(id);
    },
    /** Deletes the story with its slides and their highlights. */
    remove(id: number): void {
      if (sql().deleteStory.run(id).changes === 0) throw missing('id', `story ${id}`);
    },

    getSlide: slide,
    /** Appends a slide to its story. */
    createSlide(draft: SlideDraft): Slide {
      if (!sql().story.get(draft.storyId)) throw missing('storyId', `story ${draft.storyId}`);
      if (draft.viewId !== undefined && !sql().viewExists.get(draft.viewId))
        throw missing('viewId', `view ${draft.viewId}`);
      if (draft.journeyId !== undefined && !sql().journeyExists.get(draft.journeyId))
        throw missing('journeyId', `journey ${draft.journeyId}`);
      assertActors(draft.actorIds ?? []);
      const id = Number(
        sql().insertSlide.run(
          draft.storyId,
          draft.storyId,
          draft.kind,
          draft.viewId ?? null,
          draft.journeyId ?? null,
          draft.title,
          captionOf(draft.caption),
        ).lastInsertRowid,
      );
      setHighlights(id, draft.actorIds ?? []);
      return slide(id);
    },
    updateSlide(id: number, patch: SlidePatch): Slide {
      slideRow(id);
      if (patch.actorIds !== undefined) assertActors(patch.actorIds);
      if (patch.title !== undefined) sql().setTitle.run(patch.title, id, patch.title);
      if (patch.caption !== undefined) {
        const caption = captionOf(patch.caption);
        sql().setCaption.run(caption, id, caption);
      }
      if (patch.actorIds !== undefined) setHighlights(id, patch.actorIds);
      return slide(id);
    },
    /** Moves a slide to `position` (0-based, clamped to the story's end); the others keep their order. */
    moveSlide(id: number, position: number): void {
      const row = slideRow(id);
      const ids = orderOf(row.story_id).filter((other) => other !== id);
      ids.splice(Math.min(position, ids.length), 0, id);
      renumber(row.story_id, ids);
    },
    /** Deletes a slide; the ones after it move up. */
    removeSlide(id: number): void {
      const row = slideRow(id);
      sql().deleteSlide.run(id);
      renumber(row.story_id, orderOf(row.story_id));
    },
  };
}
