import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import type { JobStatus } from './importJobClient';

/** Where the dialog is while files are sent or an import (or its preview) runs. */
export type Progress =
  { step: 'sending'; sent: number; total: number } | { step: 'running'; status: JobStatus | null };

/** A progress bar with what is being done (sending, reading, actors, relations…) and a Cancel. */
export function ImportProgress({ progress, cancel }: { progress: Progress; cancel: () => void }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const status = progress.step === 'running' ? progress.status : null;
  const done = progress.step === 'sending' ? progress.sent : (status?.bytesDone ?? 0);
  const total = progress.step === 'sending' ? progress.total : (status?.bytesTotal ?? 0);
  const label =
    progress.step === 'sending'
      ? t('import.sending')
      : t(`import.phase.${status?.phase ?? 'reading'}`);
  return (
    <div role="status" data-testid="import-progress">
      <p>
        {label}
        {status?.file ? ` — ${status.file}` : ''}
        {status && status.rows > 0
          ? ` — ${t('import.rowsRead', { rows: status.rows.toLocaleString(locale) })}`
          : ''}
      </p>
      <p className="inline-group">
        <progress value={total > 0 ? done / total : 0} max={1} />
        <span>{total > 0 ? `${Math.floor((100 * done) / total)} %` : ''}</span>
        <button type="button" data-testid="import-cancel" onClick={cancel}>
          {t('common.cancel')}
        </button>
      </p>
    </div>
  );
}
