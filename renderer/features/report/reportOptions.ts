import type { z } from 'zod';
import {
  ReportOptionsSchema,
  type PageSize,
  type ReportOptions,
  type ReportOutline,
  type ReportSection,
  type StoryId,
  type TopicId,
  type ViewId,
} from '../../../shared/domain/schemas';
import type { Locale } from '../../../shared/domain/vocabulary';

export const COVER_FIELDS = ['title', 'client', 'subject', 'author', 'date'] as const;
export type CoverField = (typeof COVER_FIELDS)[number];
export type CoverDraft = Record<CoverField, string>;

/** The lists a report can be narrowed to, and the section each one feeds. */
export const PICK_LISTS = ['topics', 'journeys', 'views', 'stories'] as const;
export type PickList = (typeof PICK_LISTS)[number];
export const SECTION_OF: Record<PickList, ReportSection> = {
  topics: 'rankings',
  journeys: 'journeys',
  views: 'maps',
  stories: 'stories',
};

/** Everything the dialog asks; lists and sections hold what the user unticked (none: all in). */
export type ReportDraft = {
  locale: Locale;
  pageSize: PageSize;
  cover: CoverDraft;
  leftOut: ReadonlySet<ReportSection>;
  unpicked: Record<PickList, ReadonlySet<number>>;
};

/** What the map holds, by id, for each list. */
export type PickChoices = {
  topics: readonly TopicId[];
  journeys: readonly number[];
  views: readonly ViewId[];
  stories: readonly StoryId[];
};

export const coverDraftOf = (cover: ReportOutline['cover']): CoverDraft => ({
  title: cover.title,
  client: cover.client ?? '',
  subject: cover.subject ?? '',
  author: cover.author ?? '',
  date: cover.date.slice(0, 10),
});

/** The sections to write: those the map can fill and the user kept (the cover always is). */
export function chosenSections(
  outline: ReportOutline,
  leftOut: ReadonlySet<ReportSection>,
): ReportSection[] {
  return outline.sections.flatMap((s) =>
    s.id !== 'cover' && s.available && !leftOut.has(s.id) ? [s.id] : [],
  );
}

/** The ids kept from a list, or undefined when all are (the service's default: all of them). */
function kept<T extends number>(all: readonly T[], unpicked: ReadonlySet<number>): T[] | undefined {
  const ids = all.filter((id) => !unpicked.has(id));
  return ids.length === all.length ? undefined : ids;
}

export type ReportOptionsResult =
  | { ok: true; options: ReportOptions }
  | {
      ok: false;
      /** Lists whose section is kept but none of whose items is: the user must tick one. */
      emptyPicks: PickList[];
      /** The first message per cover field, in the UI language (zod's locale is set). */
      coverErrors: Partial<Record<CoverField, string>>;
    };

/**
 * The `report:start` options for what the dialog shows, checked against the contract's schema:
 * an empty cover field means "nothing" (client, subject, author) or "the default" (title: the
 * map's name, date: today); a list left whole is not sent (every item).
 */
export function reportOptions(
  draft: ReportDraft,
  outline: ReportOutline,
  choices: PickChoices,
): ReportOptionsResult {
  const sections = chosenSections(outline, draft.leftOut);
  const emptyPicks = PICK_LISTS.filter(
    (list) =>
      sections.includes(SECTION_OF[list]) &&
      choices[list].length > 0 &&
      choices[list].every((id) => draft.unpicked[list].has(id)),
  );
  const text = (value: string) => value.trim() || null;
  const topicIds = kept(choices.topics, draft.unpicked.topics);
  const journeyIds = kept(choices.journeys, draft.unpicked.journeys);
  const viewIds = kept(choices.views, draft.unpicked.views);
  const storyIds = kept(choices.stories, draft.unpicked.stories);
  const candidate = {
    locale: draft.locale,
    sections,
    pageSize: draft.pageSize,
    cover: {
      ...(draft.cover.title.trim() ? { title: draft.cover.title } : {}),
      client: text(draft.cover.client),
      subject: text(draft.cover.subject),
      author: text(draft.cover.author),
      ...(draft.cover.date.trim() ? { date: draft.cover.date.trim() } : {}),
    },
    // An emptied list is not sent (the contract refuses it): its section is left out, or the
    // user is asked to tick an item (emptyPicks).
    ...(topicIds?.length ? { topicIds } : {}),
    ...(journeyIds?.length ? { journeyIds } : {}),
    ...(viewIds?.length ? { viewIds } : {}),
    ...(storyIds?.length ? { storyIds } : {}),
  };
  const parsed = ReportOptionsSchema.safeParse(candidate);
  const coverErrors = parsed.success ? {} : coverErrorsOf(parsed.error);
  if (parsed.success && emptyPicks.length === 0) return { ok: true, options: parsed.data };
  return { ok: false, emptyPicks, coverErrors };
}

function coverErrorsOf(error: z.ZodError): Partial<Record<CoverField, string>> {
  const errors: Partial<Record<CoverField, string>> = {};
  for (const issue of error.issues) {
    const [head, field] = issue.path;
    if (head === 'cover' && COVER_FIELDS.includes(field as CoverField))
      errors[field as CoverField] ??= issue.message;
  }
  return errors;
}
