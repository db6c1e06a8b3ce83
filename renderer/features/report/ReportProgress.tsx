import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import type { ReportStatus } from './reportJobClient';

/** Where the report is: its phase, a bar with the share done, the pages written, and Cancel. */
export function ReportProgress({
  status,
  saving,
  cancel,
}: {
  /** The last status polled (null until the first answer). */
  status: ReportStatus | null;
  /** The PDF is written and is being handed to the user (saved or downloaded). */
  saving: boolean;
  cancel: () => void;
}) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const share = saving ? 1 : (status?.share ?? 0);
  const label = saving ? t('report.phase.saving') : t(`report.phase.${status?.phase ?? 'reading'}`);
  return (
    <div className="report-progress" role="status" data-testid="report-progress">
      <p>
        <span data-testid="report-phase">{label}</span>
        {status && status.pages > 0 ? (
          <span className="report-pages"> — {t('report.pages', { pages: status.pages })}</span>
        ) : null}
      </p>
      <div className="report-progress-row">
        <progress value={share} max={1} aria-label={label} />
        <span className="report-percent">{percent(share, locale)}</span>
        <button type="button" onClick={cancel} disabled={saving} data-testid="report-cancel">
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/** "42 %" in French (a narrow no-break space), "42%" in English; never 100 before the end. */
const percent = (share: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    Math.floor(share * 100) / 100,
  );
