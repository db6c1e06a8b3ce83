import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorData } from '../../../shared/api/errors';
import { LIMITS } from '../../../shared/domain/limits';
import { formatError } from '../../../shared/i18n/errorMessages';
import { ApiError, call } from '../../api/client';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { ColumnMapping } from './ColumnMapping';
import { fileOfError, rememberColumns, withRememberedColumns } from './columnMemory';
import {
  runImportJob,
  uploadFile,
  type JobStatus,
  type Stop,
  type UploadedFile,
} from './importJobClient';
import { ImportProgress, type Progress } from './ImportProgress';
import { ImportSummaryView } from './ImportSummaryView';

type Summary = NonNullable<JobStatus['summary']>;

const asError = (err: unknown): AppErrorData =>
  err instanceof ApiError ? err.data : { code: 'INTERNAL', detail: String(err) };

/**
 * Importing files from the window. The files are sent in pieces, then previewed: what they are
 * (kind, rows, encoding, separator, line ends, as detected) and what importing them would
 * create, update or leave alone — before anything is written. Import applies them as one
 * undoable action. Both run as jobs with a progress bar and Cancel (nothing is kept of a
 * cancelled import); the first error in any file names its line and field, and nothing is
 * imported.
 */
export function ImportDialog({ files, onClose }: { files: readonly File[]; onClose: () => void }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const refresh = useAppStore((s) => s.refresh);
  const [uploaded, setUploaded] = useState<UploadedFile[] | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [cancelled, setCancelled] = useState(false);
  // What Cancel stops: the upload or job under way.
  const stop = useRef<Stop>({ stopped: false });

  /**
   * Runs a preview or the import; its summary when it ends well, else null (error shown). A
   * preview that meets a table with unknown headers runs again with the mapping remembered for
   * them, if there is one, without asking.
   */
  const run = useCallback(
    async (list: readonly UploadedFile[], preview: boolean): Promise<Summary | null> => {
      const current: Stop = { stopped: false };
      stop.current = current;
      setError(null);
      setCancelled(false);
      try {
        let files = list;
        for (;;) {
          setProgress({ step: 'running', status: null });
          const onStatus = (status: JobStatus) => setProgress({ step: 'running', status });
          const end = await runImportJob(files, preview, onStatus, current);
          const remapped = preview && end.error ? withRememberedColumns(end.error, files) : null;
          if (remapped) {
            files = remapped;
            setUploaded(remapped);
            continue;
          }
          if (end.state === 'failed') setError(end.error ?? { code: 'INTERNAL' });
          if (end.state === 'cancelled') setCancelled(true);
          return end.state === 'done' ? end.summary : null;
        }
      } catch (err) {
        setError(asError(err));
        return null;
      } finally {
        setProgress(null);
      }
    },
    [],
  );

  useEffect(() => {
    const current: Stop = { stopped: false };
    stop.current = current;
    const sendAndPreview = async () => {
      // Refused before sending anything.
      const big = files.find((f) => f.size > LIMITS.importBytes);
      if (big) {
        setError({ code: 'IMPORT_INVALID', file: big.name, reason: 'too-large' });
        return;
      }
      const total = files.reduce((n, f) => n + f.size, 0);
      const list: UploadedFile[] = [];
      let before = 0;
      for (const file of files) {
        const sent = (bytes: number) =>
          setProgress({ step: 'sending', sent: before + bytes, total });
        const upload = await uploadFile(file, sent, current);
        if (upload === null) {
          // Stopped while sending: the files already sent are forgotten too.
          if (list.length > 0) await call('import:discard', { uploads: list.map((f) => f.upload) });
          setProgress(null);
          setCancelled(true);
          return;
        }
        list.push({ name: file.name, upload });
        before += file.size;
      }
      setUploaded(list);
      const previewed = await run(list, true);
      if (previewed && !current.stopped) setSummary(previewed);
    };
    sendAndPreview().catch((err: unknown) => setError(asError(err)));
    return () => {
      current.stopped = true;
    };
  }, [files, run]);

  const close = () => {
    stop.current.stopped = true;
    if (uploaded) void call('import:discard', { uploads: uploaded.map((f) => f.upload) });
    onClose();
  };
  const previewAgain = (list: UploadedFile[]) => {
    setSummary(null);
    void run(list, true).then(setSummary);
  };
  const busy = progress !== null;
  return (
    <div
      className="dialog-backdrop"
      role="presentation"
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-title"
        data-testid="import-dialog"
      >
        <h2 id="import-title">{t('import.title')}</h2>
        {error ? (
          <p className="field-error" role="alert" data-testid="import-error">
            {formatError(error, locale)}
          </p>
        ) : null}
        {cancelled ? <p role="status">{t('import.cancelled')}</p> : null}
        {error?.reason === 'unknown-table' && error.columns && uploaded ? (
          <ColumnMapping
            fileName={error.file ?? ''}
            headers={error.columns}
            initial={fileOfError(error, uploaded)?.columns ?? {}}
            onApply={(columns) => {
              const file = fileOfError(error, uploaded);
              rememberColumns(error.columns ?? [], columns);
              // This table's headers as now chosen; another sheet's mapping stays.
              const others = Object.entries(file?.columns ?? {}).filter(
                ([header]) => !error.columns?.includes(header),
              );
              const next = uploaded.map((f) =>
                f === file ? { ...f, columns: { ...Object.fromEntries(others), ...columns } } : f,
              );
              setUploaded(next);
              previewAgain(next);
            }}
          />
        ) : null}
        {progress ? (
          <ImportProgress progress={progress} cancel={() => (stop.current.stopped = true)} />
        ) : null}
        {summary && !busy && !error ? <ImportSummaryView summary={summary} /> : null}
        {!summary && !busy && !error && !cancelled ? (
          <p role="status">{t('common.loading')}</p>
        ) : null}
        <div className="inline-group">
          {cancelled && uploaded && !summary ? (
            <button type="button" onClick={() => previewAgain(uploaded)}>
              {t('import.previewAgain')}
            </button>
          ) : null}
          <button
            type="button"
            disabled={!summary || !uploaded || error !== null || busy}
            data-testid="import-apply"
            onClick={() => {
              if (!uploaded) return;
              void run(uploaded, false).then(async (done) => {
                if (!done) return;
                await refresh();
                onClose();
              });
            }}
          >
            {t('import.apply')}
          </button>
          <button type="button" onClick={close} disabled={busy}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
