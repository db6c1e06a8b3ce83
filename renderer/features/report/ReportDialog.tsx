import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { AppErrorData } from '../../../shared/api/errors';
import {
  PAGE_SIZES,
  type PageSize,
  type ReportOutline,
  type ReportSection,
} from '../../../shared/domain/schemas';
import { LOCALES, type Locale } from '../../../shared/domain/vocabulary';
import { formatError } from '../../../shared/i18n/errorMessages';
import { ApiError } from '../../api/client';
import { Field } from '../../components/Field';
import { useQuery } from '../../hooks/useQuery';
import { useT } from '../../hooks/useT';
import type { MessageKey } from '../../i18n/en';
import { useAppStore } from '../../state/store';
import { deliver } from '../influence-map/exportPicture';
import { ReportPickList } from './ReportPickList';
import { ReportProgress } from './ReportProgress';
import { ReportSectionList } from './ReportSectionList';
import { runReportJob, type ReportStatus, type Stop } from './reportJobClient';
import {
  COVER_FIELDS,
  PICK_LISTS,
  SECTION_OF,
  coverDraftOf,
  reportOptions,
  type CoverDraft,
  type PickChoices,
  type PickList,
} from './reportOptions';
import './report.css';

const NO_INPUT = {};
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };
const NOTHING_UNPICKED: Record<PickList, ReadonlySet<number>> = {
  topics: new Set(),
  journeys: new Set(),
  views: new Set(),
  stories: new Set(),
};
const LIST_LEGEND: Record<PickList, MessageKey> = {
  topics: 'report.topics',
  journeys: 'report.journeys',
  views: 'report.views',
  stories: 'report.stories',
};

const asError = (err: unknown): AppErrorData =>
  err instanceof ApiError
    ? err.data
    : { code: 'INTERNAL', detail: err instanceof Error ? err.message : String(err) };

/** A report being written: its last status, and whether its file is being handed over. */
type Run = { status: ReportStatus | null; saving: boolean };

/**
 * The client report: which sections (those the map cannot fill say why), the cover, the
 * language and page size, and which topics, journeys, saved views and stories it covers. Create
 * PDF writes it as a job (progress, pages, Cancel), then saves it (desktop: where the user
 * chooses) or downloads it (browser). Subject and author belong to the map: they are saved in its
 * settings (one undoable change) when the report is made.
 */
export function ReportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const uiLocale = useAppStore((s) => s.locale);
  const settings = useAppStore((s) => s.map?.settings);
  const topics = useAppStore((s) => s.graph?.topics);
  const canPickFiles = useAppStore((s) => s.appInfo?.canPickFiles ?? false);
  const perform = useAppStore((s) => s.perform);

  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const [cover, setCover] = useState<CoverDraft | null>(null);
  const [leftOut, setLeftOut] = useState<ReadonlySet<ReportSection>>(new Set());
  const [unpicked, setUnpicked] = useState(NOTHING_UNPICKED);
  const [run, setRun] = useState<Run | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // What Cancel (or closing the dialog) stops: the job under way.
  const stop = useRef<Stop>({ stopped: false });
  useEffect(() => () => void (stop.current.stopped = true), []);

  // The outline speaks the report's language; the last one stays up while another loads.
  const outlineInput = useMemo(() => ({ locale }), [locale]);
  const answered = useQuery('report:outline', outlineInput);
  const [outline, setOutline] = useState<ReportOutline | null>(null);
  if (answered && answered !== outline) setOutline(answered);
  // The cover is filled in once, from the first outline; the user's edits then stay.
  if (answered && cover === null) setCover(coverDraftOf(answered.cover));

  const views = useQuery('view:list', NO_INPUT);
  const journeys = useQuery('journey:list', NO_INPUT);
  const stories = useQuery('story:list', NO_INPUT);
  const items: Record<PickList, ReadonlyArray<{ id: number; name: string }>> = {
    topics: topics ?? [],
    journeys: journeys ?? [],
    views: views ?? [],
    stories: stories ?? [],
  };
  const choices: PickChoices = {
    topics: (topics ?? []).map((x) => x.id),
    journeys: (journeys ?? []).map((x) => x.id),
    views: (views ?? []).map((x) => x.id),
    stories: (stories ?? []).map((x) => x.id),
  };
  const checked =
    outline && cover
      ? reportOptions({ locale, pageSize, cover, leftOut, unpicked }, outline, choices)
      : null;
  const emptyPicks = checked && !checked.ok ? checked.emptyPicks : [];
  const coverErrors = checked && !checked.ok ? checked.coverErrors : {};
  const kept = (section: ReportSection) =>
    outline?.sections.some((s) => s.id === section && s.available) === true &&
    !leftOut.has(section);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!checked?.ok || !cover || !settings || run) return;
    setMessage(null);
    setError(null);
    const subject = cover.subject.trim() || null;
    const author = cover.author.trim() || null;
    if (subject !== settings.subject || author !== settings.author) {
      const saved = await perform('settings:update', { subject, author });
      if (!saved.ok) return setError(formatError(saved.error, uiLocale));
    }
    const current: Stop = { stopped: false };
    stop.current = current;
    setRun({ status: null, saving: false });
    try {
      const end = await runReportJob(
        checked.options,
        (status) => setRun({ status, saving: false }),
        current,
      );
      if (end.state === 'cancelled') return setMessage(t('report.cancelled'));
      if (end.state === 'failed') return setError(t('report.failed', { detail: end.error }));
      setRun((r) => ({ status: r?.status ?? null, saving: true }));
      const where = await deliver(end.fileName, end.bytes, canPickFiles);
      setMessage(
        where === null
          ? t('report.notSaved')
          : where === 'downloaded'
            ? t('report.downloaded', { file: end.fileName })
            : t('report.saved', { path: where }),
      );
    } catch (err) {
      setError(formatError(asError(err), uiLocale));
    } finally {
      setRun(null);
    }
  };

  const cancel = () => {
    stop.current.stopped = true;
  };

  const coverField = (field: (typeof COVER_FIELDS)[number]) =>
    cover ? (
      <Field
        key={field}
        id={`report-cover-${field}`}
        label={t(`report.cover.${field}`)}
        error={coverErrors[field]}
      >
        <input
          id={`report-cover-${field}`}
          type={field === 'date' ? 'date' : 'text'}
          value={cover[field]}
          onChange={(e) => setCover({ ...cover, [field]: e.target.value })}
        />
      </Field>
    ) : null;

  return (
    <div
      className="dialog-backdrop"
      role="presentation"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <form
        className="dialog report-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="report-title"
        onSubmit={(e) => void create(e)}
        data-testid="report-dialog"
      >
        <h2 id="report-title">{t('report.title')}</h2>
        {outline === null || cover === null ? (
          <p className="loading">{t('common.loading')}</p>
        ) : (
          <fieldset className="report-body" disabled={run !== null}>
            <div className="report-columns">
              <section aria-labelledby="report-sections-title">
                <h3 id="report-sections-title">{t('report.sections')}</h3>
                <ReportSectionList
                  outline={outline}
                  leftOut={leftOut}
                  onToggle={(section, on) => {
                    const next = new Set(leftOut);
                    if (on) next.delete(section);
                    else next.add(section);
                    setLeftOut(next);
                  }}
                />
              </section>
              <section aria-labelledby="report-cover-heading">
                <h3 id="report-cover-heading">{t('report.cover')}</h3>
                {coverField('title')}
                <div className="two-columns">
                  {coverField('client')}
                  {coverField('date')}
                  {coverField('subject')}
                  {coverField('author')}
                </div>
                <p className="report-note">{t('report.cover.kept')}</p>
                <div className="two-columns">
                  <Field id="report-locale" label={t('report.language')}>
                    <select
                      id="report-locale"
                      value={locale}
                      onChange={(e) => setLocale(e.target.value as Locale)}
                    >
                      {LOCALES.map((l) => (
                        <option key={l} value={l}>
                          {LANGUAGE_NAMES[l]}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field id="report-page-size" label={t('report.pageSize')}>
                    <select
                      id="report-page-size"
                      value={pageSize}
                      onChange={(e) => setPageSize(e.target.value as PageSize)}
                    >
                      {PAGE_SIZES.map((size) => (
                        <option key={size} value={size}>
                          {t(`report.pageSize.${size}`)}
                        </option>
                      ))}
                    </select>
                  </Field>
                </div>
              </section>
            </div>
            <h3>{t('report.content')}</h3>
            <div className="report-picks">
              {PICK_LISTS.map((list) => (
                <ReportPickList
                  key={list}
                  id={list}
                  legend={t(LIST_LEGEND[list])}
                  items={items[list]}
                  unpicked={unpicked[list]}
                  onChange={(next) => setUnpicked({ ...unpicked, [list]: next })}
                  disabled={!kept(SECTION_OF[list])}
                  empty={emptyPicks.includes(list)}
                />
              ))}
            </div>
          </fieldset>
        )}
        {run ? <ReportProgress status={run.status} saving={run.saving} cancel={cancel} /> : null}
        {message ? (
          <p className="report-message" role="status" data-testid="report-message">
            {message}
          </p>
        ) : null}
        {error ? (
          <p className="field-error" role="alert" data-testid="report-error">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button
            type="submit"
            className="primary"
            disabled={!checked?.ok || run !== null}
            data-testid="report-create"
          >
            {t('report.create')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </form>
    </div>
  );
}
