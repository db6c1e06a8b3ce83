import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../shared/api/methods';
import {
  CAPTION_MAX,
  HIGHLIGHT_MAX,
  type ActorId,
  type Slide,
  type Story,
  type ViewId,
} from '../../shared/domain/schemas';
import type { MapService } from '../../db/service/mapService';
import { call, makeService, rawCall } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

describe('stories (service)', () => {
  let service: MapService;
  let viewId: ViewId;
  let journeyId: number;
  let actors: ActorId[];

  beforeEach(async () => {
    service = makeService(tempDir());
    await call(service, 'map:open-demo', {});
    const overview = (await call(service, 'view:list', {})).find((v) => v.name === 'Overview');
    const journey = (await call(service, 'journey:list', {}))[0];
    if (!overview || !journey) throw new Error('the demo map has an Overview view and a journey');
    viewId = overview.id;
    journeyId = journey.id;
    actors = (await call(service, 'actor:list', {})).slice(0, 4).map((a) => a.id);
    expect(actors).toHaveLength(4);
    return () => service.close();
  });

  const list = () => call(service, 'story:list', {});
  const history = () => call(service, 'history:list', {});
  const actor = (i: number): ActorId => {
    const id = actors[i];
    if (id === undefined) throw new Error(`no actor ${i}`);
    return id;
  };

  /** A story with a view slide (two highlights), a journey slide and a risks slide. */
  async function threeSlides(): Promise<{ story: Story; slides: [Slide, Slide, Slide] }> {
    const story = await call(service, 'story:create', { name: 'Launch review' });
    const view = await call(service, 'slide:create', {
      storyId: story.id,
      kind: 'view',
      viewId,
      title: 'Who speaks',
      caption: 'The whole map, two voices to watch.',
      actorIds: [actor(1), actor(0)],
    });
    const journey = await call(service, 'slide:create', {
      storyId: story.id,
      kind: 'journey',
      journeyId,
      title: 'The buyer’s loop',
    });
    const risks = await call(service, 'slide:create', {
      storyId: story.id,
      kind: 'risks',
      title: 'Where it could go wrong',
      caption: null,
    });
    return { story, slides: [view, journey, risks] };
  }

  /**
   * Runs one action, then checks it is one history entry under its method's name, that undo
   * restores exactly the list before it and redo exactly the list after it.
   */
  async function expectUndoable(label: ApiMethod, action: () => Promise<unknown>) {
    const before = await list();
    const entries = (await history()).length;
    await action();
    const after = await list();
    expect(after).not.toEqual(before);
    const log = await history();
    expect(log).toHaveLength(entries + 1);
    expect(log[0]?.label).toBe(label);
    await call(service, 'history:undo', {});
    expect(await list()).toEqual(before);
    await call(service, 'history:redo', {});
    expect(await list()).toEqual(after);
    return after;
  }

  const titles = (stories: Story[]) => stories.map((s) => s.slides.map((slide) => slide.title));

  it('creates a story with a view, a journey and a risks slide, listed in order', async () => {
    expect(await list()).toEqual([]);
    const { story, slides } = await threeSlides();
    expect(story).toMatchObject({ name: 'Launch review', slides: [] });
    const [view, journey, risks] = slides;
    expect(await list()).toEqual([
      {
        id: story.id,
        name: 'Launch review',
        slides: [
          {
            id: view.id,
            storyId: story.id,
            position: 0,
            kind: 'view',
            viewId,
            journeyId: null,
            title: 'Who speaks',
            caption: 'The whole map, two voices to watch.',
            actorIds: [actor(1), actor(0)],
          },
          {
            id: journey.id,
            storyId: story.id,
            position: 1,
            kind: 'journey',
            viewId: null,
            journeyId,
            title: 'The buyer’s loop',
            caption: null,
            actorIds: [],
          },
          {
            id: risks.id,
            storyId: story.id,
            position: 2,
            kind: 'risks',
            viewId: null,
            journeyId: null,
            title: 'Where it could go wrong',
            caption: null,
            actorIds: [],
          },
        ],
      },
    ]);
    // A second story starts its own numbering, and lists after the first.
    const second = await call(service, 'story:create', { name: '  Board meeting ' });
    const only = await call(service, 'slide:create', {
      storyId: second.id,
      kind: 'risks',
      title: 'Risks',
    });
    expect(only.position).toBe(0);
    expect((await list()).map((s) => [s.name, s.slides.length])).toEqual([
      ['Launch review', 3],
      ['Board meeting', 1],
    ]);
  });

  it('undoes and redoes each creation, one history entry each', async () => {
    const story = await expectUndoable('story:create', () =>
      call(service, 'story:create', { name: 'S' }),
    );
    const storyId = story[0]?.id;
    if (storyId === undefined) throw new Error('story not created');
    const after = await expectUndoable('slide:create', () =>
      call(service, 'slide:create', {
        storyId,
        kind: 'view',
        viewId,
        title: 'V',
        actorIds: [actor(2), actor(3), actor(0)],
      }),
    );
    expect(after[0]?.slides[0]?.actorIds).toEqual([actor(2), actor(3), actor(0)]);
  });

  it('renames a story and edits a slide’s title, caption and highlights, each undoable', async () => {
    const { story, slides } = await threeSlides();
    const [view, journey] = slides;
    await expectUndoable('story:update', () =>
      call(service, 'story:update', { id: story.id, patch: { name: 'Launch, week 1' } }),
    );
    expect((await list())[0]?.name).toBe('Launch, week 1');

    const edited = await call(service, 'slide:update', {
      id: view.id,
      patch: { title: 'Who speaks now', caption: '  Two voices.  ' },
    });
    expect(edited).toMatchObject({ title: 'Who speaks now', caption: 'Two voices.' });
    expect(edited.actorIds).toEqual([actor(1), actor(0)]);
    await call(service, 'history:undo', {});
    expect((await list())[0]?.slides[0]).toMatchObject({
      title: 'Who speaks',
      caption: 'The whole map, two voices to watch.',
    });
    await call(service, 'history:redo', {});

    // Highlights are replaced as a list: order kept, repeats dropped.
    const after = await expectUndoable('slide:update', () =>
      call(service, 'slide:update', {
        id: view.id,
        patch: { actorIds: [actor(0), actor(2), actor(0), actor(3)] },
      }),
    );
    expect(after[0]?.slides[0]?.actorIds).toEqual([actor(0), actor(2), actor(3)]);

    // A blank caption is no caption.
    await expectUndoable('slide:update', () =>
      call(service, 'slide:update', { id: view.id, patch: { caption: '   ', actorIds: [] } }),
    );
    expect((await list())[0]?.slides[0]).toMatchObject({ caption: null, actorIds: [] });

    // The journey slide was never touched by any of this.
    expect((await list())[0]?.slides[1]).toEqual(journey);
  });

  it('leaves no history entry for an edit that changes nothing', async () => {
    const { story, slides } = await threeSlides();
    const [view] = slides;
    const entries = await history();
    await call(service, 'story:update', { id: story.id, patch: { name: 'Launch review' } });
    await call(service, 'slide:update', {
      id: view.id,
      patch: {
        title: 'Who speaks',
        caption: 'The whole map, two voices to watch.',
        actorIds: [actor(1), actor(0)],
      },
    });
    await call(service, 'slide:move', { id: view.id, position: 0 });
    expect(await history()).toEqual(entries);
  });

  it('moves a slide, the others keeping their order; a position past the end means last', async () => {
    const { slides } = await threeSlides();
    const [view, journey, risks] = slides;
    const moved = await expectUndoable('slide:move', () =>
      call(service, 'slide:move', { id: risks.id, position: 0 }),
    );
    expect(moved[0]?.slides.map((s) => [s.id, s.position])).toEqual([
      [risks.id, 0],
      [view.id, 1],
      [journey.id, 2],
    ]);
    await call(service, 'slide:move', { id: risks.id, position: 1_000 });
    expect(titles(await list())).toEqual([
      ['Who speaks', 'The buyer’s loop', 'Where it could go wrong'],
    ]);
    await call(service, 'slide:move', { id: view.id, position: 1 });
    expect(titles(await list())).toEqual([
      ['The buyer’s loop', 'Who speaks', 'Where it could go wrong'],
    ]);
    expect((await list())[0]?.slides.map((s) => s.position)).toEqual([0, 1, 2]);
  });

  it('deletes a slide (the next ones move up) and a story with all its slides', async () => {
    const { story, slides } = await threeSlides();
    const [view, journey, risks] = slides;
    const afterSlide = await expectUndoable('slide:delete', () =>
      call(service, 'slide:delete', { id: journey.id }),
    );
    expect(afterSlide[0]?.slides.map((s) => [s.id, s.position])).toEqual([
      [view.id, 0],
      [risks.id, 1],
    ]);
    const other = await call(service, 'story:create', { name: 'Other' });
    const afterStory = await expectUndoable('story:delete', () =>
      call(service, 'story:delete', { id: story.id }),
    );
    expect(afterStory).toEqual([{ id: other.id, name: 'Other', slides: [] }]);
  });

  it('drops a slide whose view or journey is deleted, and a deleted actor’s highlight; undo restores them', async () => {
    const { slides } = await threeSlides();
    const [view, journey, risks] = slides;
    const complete = await list();

    await call(service, 'view:delete', { id: viewId });
    expect((await list())[0]?.slides.map((s) => [s.id, s.position])).toEqual([
      [journey.id, 0],
      [risks.id, 1],
    ]);
    await call(service, 'history:undo', {});
    expect(await list()).toEqual(complete);

    await call(service, 'journey:delete', { id: journeyId });
    expect((await list())[0]?.slides.map((s) => s.id)).toEqual([view.id, risks.id]);
    // Slides after the cascade still move and number as 0..n−1.
    await call(service, 'slide:move', { id: risks.id, position: 0 });
    expect((await list())[0]?.slides.map((s) => [s.id, s.position])).toEqual([
      [risks.id, 0],
      [view.id, 1],
    ]);
    await call(service, 'history:undo', {});
    await call(service, 'history:undo', {});
    expect(await list()).toEqual(complete);

    await call(service, 'actor:delete', { id: actor(1) });
    expect((await list())[0]?.slides[0]?.actorIds).toEqual([actor(0)]);
    await call(service, 'history:undo', {});
    expect(await list()).toEqual(complete);
  });

  it('keeps its stories across a restart of the map', async () => {
    await threeSlides();
    const before = await list();
    const info = await call(service, 'map:info', {});
    if (!info) throw new Error('no map open');
    service.close();
    service = makeService(tempDir());
    // Another session with its own maps folder: the user names the map (command line).
    service.grant(info.path);
    await call(service, 'map:open', { path: info.path });
    expect(await list()).toEqual(before);
    await call(service, 'history:undo', {});
    expect(titles(await list())).toEqual([['Who speaks', 'The buyer’s loop']]);
  });

  it('refuses bad slides and edits with a clear error, writing nothing', async () => {
    const { story, slides } = await threeSlides();
    const [view] = slides;
    const before = await list();
    const entries = await history();
    const storyId = story.id;
    const cases: Array<[string, ApiMethod, unknown, string, string]> = [
      [
        'a view slide without its view',
        'slide:create',
        { storyId, kind: 'view', title: 'T' },
        'INVALID_INPUT',
        'viewId',
      ],
      [
        'a journey slide naming a view',
        'slide:create',
        { storyId, kind: 'journey', journeyId, viewId, title: 'T' },
        'INVALID_INPUT',
        'viewId',
      ],
      [
        'a risks slide naming a journey',
        'slide:create',
        { storyId, kind: 'risks', journeyId, title: 'T' },
        'INVALID_INPUT',
        'journeyId',
      ],
      [
        'an unknown view',
        'slide:create',
        { storyId, kind: 'view', viewId: 9_999, title: 'T' },
        'NOT_FOUND',
        'viewId',
      ],
      [
        'an unknown journey',
        'slide:create',
        { storyId, kind: 'journey', journeyId: 9_999, title: 'T' },
        'NOT_FOUND',
        'journeyId',
      ],
      [
        'an unknown story',
        'slide:create',
        { storyId: 9_999, kind: 'risks', title: 'T' },
        'NOT_FOUND',
        'storyId',
      ],
      [
        'an unknown actor among known ones',
        'slide:create',
        { storyId, kind: 'view', viewId, title: 'T', actorIds: [actor(0), 99_999] },
        'NOT_FOUND',
        'actorIds',
      ],
      [
        'a caption over the limit',
        'slide:create',
        { storyId, kind: 'risks', title: 'T', caption: 'x'.repeat(CAPTION_MAX + 1) },
        'INVALID_INPUT',
        'caption',
      ],
      [
        'a blank title',
        'slide:create',
        { storyId, kind: 'risks', title: '   ' },
        'INVALID_INPUT',
        'title',
      ],
      [
        'too many highlights',
        'slide:create',
        {
          storyId,
          kind: 'view',
          viewId,
          title: 'T',
          actorIds: Array.from({ length: HIGHLIGHT_MAX + 1 }, () => actor(0)),
        },
        'INVALID_INPUT',
        'actorIds',
      ],
      [
        'an edit with an unknown actor',
        'slide:update',
        { id: view.id, patch: { title: 'Changed', actorIds: [99_999] } },
        'NOT_FOUND',
        'actorIds',
      ],
      [
        'an edit to a blank title',
        'slide:update',
        { id: view.id, patch: { title: ' ' } },
        'INVALID_INPUT',
        'patch.title',
      ],
      [
        'an edit to a long caption',
        'slide:update',
        { id: view.id, patch: { caption: 'é'.repeat(CAPTION_MAX + 1) } },
        'INVALID_INPUT',
        'patch.caption',
      ],
      [
        'an edit of an unknown slide',
        'slide:update',
        { id: 9_999, patch: { title: 'T' } },
        'NOT_FOUND',
        'id',
      ],
      ['a move of an unknown slide', 'slide:move', { id: 9_999, position: 0 }, 'NOT_FOUND', 'id'],
      [
        'a negative position',
        'slide:move',
        { id: view.id, position: -1 },
        'INVALID_INPUT',
        'position',
      ],
      ['a delete of an unknown slide', 'slide:delete', { id: 9_999 }, 'NOT_FOUND', 'id'],
      ['a blank story name', 'story:create', { name: '' }, 'INVALID_INPUT', 'name'],
      [
        'a rename of an unknown story',
        'story:update',
        { id: 9_999, patch: { name: 'N' } },
        'NOT_FOUND',
        'id',
      ],
      ['a delete of an unknown story', 'story:delete', { id: 9_999 }, 'NOT_FOUND', 'id'],
    ];
    for (const [what, method, input, code, field] of cases) {
      const result = await rawCall(service, method, input);
      expect(result.ok, what).toBe(false);
      if (result.ok) continue;
      expect(result.error.code, what).toBe(code);
      const fields = [result.error.field, ...(result.error.issues ?? []).map((i) => i.path)];
      expect(fields, what).toContain(field);
      if (code === 'NOT_FOUND') expect(result.error.detail, what).toMatch(/ 9+$/);
      expect(await list(), what).toEqual(before);
      expect(await history(), what).toEqual(entries);
    }
  });
});
