import { randomBytes } from 'node:crypto';
import type { ApiHandlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { reportOutline } from '../../../shared/report/buildReport';
import { sceneSvg } from '../../../shared/figures/sceneSvg';
import { mapSource } from '../../io/mapDrawing';
import { coverOf } from '../../report/gatherReport';
import { startReportJob, type ReportJob } from '../../report/reportJob';
import { slideScene } from '../../report/slideScene';
import { reportFileName } from '../../report/reportFileName';
import type { HandlerContext } from './context';

type ReportMethods =
  | 'slide:render'
  | 'report:outline'
  | 'report:start'
  | 'report:progress'
  | 'report:cancel'
  | 'report:result';

/**
 * The report (PDF) as a job — started, polled, cancelled, its bytes handed to the window once —
 * and the pictures of the presentation's slides. One job at a time: a new one replaces the last.
 */
export function reportHandlers(
  { requireSession }: HandlerContext,
  version = 'dev',
): Pick<ApiHandlers, ReportMethods> {
  const jobs = new Map<string, { job: ReportJob; name: string }>();
  const jobOf = (id: string) => {
    const entry = jobs.get(id);
    if (!entry) throw new AppError({ code: 'NOT_FOUND', detail: `report ${id}` });
    return entry;
  };
  return {
    'slide:render': ({ id, locale }) => {
      const { repos } = requireSession();
      const slide = repos.stories
        .list()
        .flatMap((s) => s.slides)
        .find((s) => s.id === id);
      if (!slide) throw new AppError({ code: 'NOT_FOUND', detail: `slide ${id}` });
      const scene = slideScene(repos, mapSource(repos), slide, locale);
      return { svg: sceneSvg(scene), width: scene.width, height: scene.height };
    },
    'report:outline': ({ locale }) => {
      const { repos, handle } = requireSession();
      const counts = {
        ...repos.counts.get(),
        mentions:
          handle.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM mentions').get()?.n ?? 0,
        stories: repos.stories.list().length,
      };
      return reportOutline(
        counts,
        coverOf(repos.settings.get(), undefined, new Date().toISOString()),
        locale,
      );
    },
    'report:start': (options) => {
      const { handle, repos } = requireSession();
      for (const { job } of jobs.values()) job.cancel();
      jobs.clear();
      const id = randomBytes(9).toString('base64url');
      const job = startReportJob(handle, options, { now: new Date(), version });
      const cover = coverOf(repos.settings.get(), options.cover, new Date().toISOString());
      jobs.set(id, { job, name: reportFileName(cover.title, cover.date, options.locale) });
      return { job: id };
    },
    'report:progress': ({ job }) => jobOf(job).job.status(),
    'report:cancel': ({ job }) => {
      const cancelled = jobOf(job).job.cancel();
      // A job cancelled once finished (the user was quicker than the poll) lets its bytes go.
      if (!cancelled) jobs.delete(job);
      return { cancelled };
    },
    'report:result': ({ job }) => {
      const entry = jobOf(job);
      const bytes = entry.job.result();
      if (!bytes) throw new AppError({ code: 'NOT_FOUND', detail: `report ${job} is not ready` });
      jobs.delete(job);
      return { base64: bytes.toString('base64'), fileName: entry.name };
    },
  };
}
