import { basename } from 'node:path';
import {
  REPORT_SECTIONS,
  type ReportJobStatus,
  type ReportOptions,
} from '../../shared/domain/schemas';
import { buildReport, chosenSections } from '../../shared/report/buildReport';
import type { MapHandle } from '../file/openMap';
import { createRepositories } from '../repositories';
import { gatherReport } from './gatherReport';
import { writePdf } from './pdfWriter';

type Progress = Pick<ReportJobStatus, 'phase' | 'share' | 'pages'>;

/**
 * The whole report as steps: gather (read and draw, about the first half of the work), build the
 * document, then write it block by block. Yields where it may pause; returns the PDF's bytes.
 */
export function* reportSteps(
  handle: MapHandle,
  options: ReportOptions,
  meta: { now: Date; version: string },
): Generator<Progress, Promise<Buffer>, void> {
  const repos = createRepositories(handle.db);
  // Which sections the caller wants is known before the map is read (nothing is drawn for the
  // others); which of them the map can fill is known once it is read (chosenSections below).
  const wanted = new Set<string>(options.sections ?? REPORT_SECTIONS);
  const gather = gatherReport(
    repos,
    handle.db,
    { ...options, sections: wanted },
    { generatedAt: meta.now.toISOString(), version: meta.version, mapFile: basename(handle.path) },
  );
  let next = gather.next();
  while (!next.done) {
    yield { phase: next.value.phase, share: next.value.share * 0.5, pages: 0 };
    next = gather.next();
  }
  const data = next.value;
  const doc = buildReport(data, {
    locale: options.locale,
    sections: chosenSections(data.counts, options.sections),
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
  });
  const writing = writePdf(doc, { createdAt: meta.now });
  let written = writing.next();
  while (!written.done) {
    const { blocksDone, blocksTotal, pages } = written.value;
    yield { phase: 'writing', share: 0.5 + (0.5 * blocksDone) / Math.max(1, blocksTotal), pages };
    written = writing.next();
  }
  return written.value;
}

/** The report written at once (the command line): every step in a row, then the bytes. */
export async function runReport(
  handle: MapHandle,
  options: ReportOptions,
  meta: { now: Date; version: string },
  onProgress: (progress: Progress) => void = () => undefined,
): Promise<Buffer> {
  const steps = reportSteps(handle, options, meta);
  let next = steps.next();
  while (!next.done) {
    onProgress(next.value);
    next = steps.next();
  }
  return next.value;
}

/** Work done between two turns of the event loop: progress is polled and cancel heard within it. */
const SLICE_MS = 50;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export type ReportJob = {
  status(): ReportJobStatus;
  cancel(): boolean;
  /** The PDF's bytes once done; null otherwise. */
  result(): Buffer | null;
  readonly done: Promise<void>;
};

/**
 * Runs `reportSteps` in slices across turns of the event loop (the window polls its progress and
 * may cancel it). A report only reads the map: other calls go on meanwhile, and a cancel just
 * stops the steps — no file is written by the job itself (the window saves the bytes).
 */
export function startReportJob(
  handle: MapHandle,
  options: ReportOptions,
  meta: { now: Date; version: string },
): ReportJob {
  const status: ReportJobStatus = {
    state: 'running',
    phase: 'reading',
    share: 0,
    pages: 0,
    error: null,
  };
  let cancelled = false;
  let bytes: Buffer | null = null;
  const steps = reportSteps(handle, options, meta);
  const run = async () => {
    let slice = performance.now();
    let next = steps.next();
    while (!next.done) {
      Object.assign(status, next.value);
      if (performance.now() - slice >= SLICE_MS) {
        await nextTurn();
        slice = performance.now();
        if (cancelled) return;
      }
      next = steps.next();
    }
    bytes = await next.value;
    if (cancelled) {
      bytes = null;
      return;
    }
    status.share = 1;
    status.state = 'done';
  };
  const done = run().then(
    () => {
      if (status.state === 'running') status.state = 'cancelled';
    },
    (err: unknown) => {
      status.state = cancelled ? 'cancelled' : 'failed';
      status.error = cancelled ? null : err instanceof Error ? err.message : String(err);
    },
  );
  return {
    status: () => ({ ...status }),
    cancel() {
      if (status.state !== 'running') return false;
      cancelled = true;
      status.state = 'cancelled';
      steps.return(Promise.resolve(Buffer.alloc(0)));
      return true;
    },
    result: () => bytes,
    done,
  };
}
