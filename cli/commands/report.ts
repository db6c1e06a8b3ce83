import { resolve } from 'node:path';
import { openMap } from '../../db/file/openMap';
import { writeFileAtomically } from '../../db/io/atomicWrite';
import { fileError } from '../../db/file/errors';
import { runReport } from '../../db/report/reportJob';
import { createRepositories, type Repositories } from '../../db/repositories';
import {
  PAGE_SIZES,
  REPORT_SECTIONS,
  ReportOptionsSchema,
  type PageSize,
  type ReportOptions,
  type ReportSection,
} from '../../shared/domain/schemas';
import type { Locale } from '../../shared/domain/vocabulary';
import { findJourney } from '../../shared/journey/pathInput';
import { UsageError, type Output } from '../output';

export type ReportCommandOptions = {
  out?: string;
  lang?: string;
  topics: string[];
  journeys: string[];
  views: string[];
  stories: string[];
  sections?: string;
  pageSize?: string;
  title?: string;
  client?: string;
  subject?: string;
  author?: string;
  date?: string;
  /** The terminal's language: that of the messages, and of the report unless --lang says. */
  locale: Locale;
  version: string;
  now?: Date;
};

const SAY = {
  en: {
    out: 'report: where to? (--out <file.pdf>)',
    lang: (v: string) => `--lang: ${v} is not fr or en`,
    none: (what: string, name: string, map: string, known: string[]) =>
      `report: no ${what} "${name}" in ${map}${known.length > 0 ? ` (${what}s: ${known.slice(0, 12).join(', ')})` : ` (it has no ${what})`}`,
    section: (v: string) => `--sections: ${v} is not one of ${REPORT_SECTIONS.join(', ')}`,
    pageSize: (v: string) => `--page-size: ${v} is not A4 or Letter`,
    invalid: (field: string, why: string) => `report: --${field}: ${why}`,
    done: (path: string, pages: number, kb: number) => `Wrote ${path} (${pages} pages, ${kb} KB)`,
    progress: (share: number) => `Writing the report… ${Math.round(share * 100)} %`,
  },
  fr: {
    out: 'report : où l’écrire ? (--out <fichier.pdf>)',
    lang: (v: string) => `--lang : ${v} n’est ni fr ni en`,
    none: (what: string, name: string, map: string, known: string[]) =>
      `report : pas de ${what} « ${name} » dans ${map}${known.length > 0 ? ` (${what}s : ${known.slice(0, 12).join(', ')})` : ` (elle n’en a aucun)`}`,
    section: (v: string) => `--sections : ${v} n’est pas l’une de ${REPORT_SECTIONS.join(', ')}`,
    pageSize: (v: string) => `--page-size : ${v} n’est ni A4 ni Letter`,
    invalid: (field: string, why: string) => `report : --${field} : ${why}`,
    done: (path: string, pages: number, kb: number) => `${path} écrit (${pages} pages, ${kb} Ko)`,
    progress: (share: number) => `Écriture du rapport… ${Math.round(share * 100)} %`,
  },
} as const;

const WHAT = {
  en: { topic: 'topic', journey: 'journey', view: 'view', story: 'story' },
  fr: { topic: 'thème', journey: 'parcours', view: 'vue', story: 'récit' },
} as const;

/**
 * `influmap report <map> --out <file.pdf> [--lang fr|en] [--topic T]... [--journey J]...
 * [--view V]... [--story S]... [--sections a,b] [--page-size A4|Letter] [--title|--client|
 * --subject|--author|--date …]`: the client report as a PDF, written atomically (a temporary
 * file, then a rename), so that a failure leaves any previous file whole.
 */
export async function reportCommand(
  path: string,
  options: ReportCommandOptions,
  output: Output,
): Promise<void> {
  const say = SAY[options.locale];
  if (!options.out) throw new UsageError(say.out);
  const lang = options.lang ?? options.locale;
  if (lang !== 'fr' && lang !== 'en') throw new UsageError(say.lang(lang));
  const sections = options.sections
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of sections ?? [])
    if (!(REPORT_SECTIONS as readonly string[]).includes(s)) throw new UsageError(say.section(s));
  const pageSize =
    options.pageSize === undefined
      ? undefined
      : PAGE_SIZES.find((p) => p.toLowerCase() === options.pageSize?.toLowerCase());
  if (options.pageSize !== undefined && !pageSize)
    throw new UsageError(say.pageSize(options.pageSize));
  const map = openMap(resolve(path));
  let bytes: Buffer;
  let pages = 0;
  try {
    const repos = createRepositories(map.db);
    const request: ReportOptions = {
      locale: lang,
      ...(sections ? { sections: sections as ReportSection[] } : {}),
      ...(pageSize ? { pageSize: pageSize as PageSize } : {}),
      ...chosen(repos, options, path),
      cover: {
        ...(options.title !== undefined ? { title: options.title } : {}),
        ...(options.client !== undefined ? { client: options.client } : {}),
        ...(options.subject !== undefined ? { subject: options.subject } : {}),
        ...(options.author !== undefined ? { author: options.author } : {}),
        ...(options.date !== undefined ? { date: options.date } : {}),
      },
    };
    // The command line is a boundary too: its values meet the contract's schema.
    const parsed = ReportOptionsSchema.safeParse(request);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsageError(say.invalid(String(issue?.path.at(-1) ?? '?'), issue?.message ?? ''));
    }
    bytes = await runReport(
      map,
      parsed.data,
      { now: options.now ?? new Date(), version: options.version },
      (p) => {
        pages = p.pages;
        output.progress?.show(say.progress(p.share));
      },
    );
  } finally {
    output.progress?.done();
    map.close();
  }
  const target = resolve(options.out);
  try {
    writeFileAtomically(target, bytes);
  } catch (err) {
    throw fileError(err, target);
  }
  output.out(say.done(target, pages, Math.ceil(bytes.length / 1024)));
}

/** The topics, journeys, views and stories named on the command line, by id or name. */
function chosen(repos: Repositories, options: ReportCommandOptions, path: string) {
  const say = SAY[options.locale];
  const what = WHAT[options.locale];
  const pick = <T extends { id: number; name: string }>(
    kind: keyof typeof what,
    wanted: readonly string[],
    all: readonly T[],
    find: (all: readonly T[], name: string) => T | null | undefined,
  ): number[] | undefined => {
    if (wanted.length === 0) return undefined;
    return wanted.map((name) => {
      const found = find(all, name);
      if (!found)
        throw new UsageError(
          say.none(
            what[kind],
            name,
            path,
            all.map((x) => x.name),
          ),
        );
      return found.id;
    });
  };
  const byIdOrName = <T extends { id: number; name: string }>(all: readonly T[], name: string) =>
    all.find(
      (x) => String(x.id) === name.trim() || x.name.toLowerCase() === name.trim().toLowerCase(),
    );
  const topicIds = pick('topic', options.topics, repos.topics.list(), byIdOrName);
  const journeyIds = pick('journey', options.journeys, repos.journeyEditor.list(), findJourney);
  const viewIds = pick('view', options.views, repos.views.list(), byIdOrName);
  const storyIds = pick('story', options.stories, repos.stories.list(), byIdOrName);
  return {
    ...(topicIds ? { topicIds } : {}),
    ...(journeyIds ? { journeyIds } : {}),
    ...(viewIds ? { viewIds } : {}),
    ...(storyIds ? { storyIds } : {}),
  } as Pick<ReportOptions, 'topicIds' | 'journeyIds' | 'viewIds' | 'storyIds'>;
}
