import './report.css';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';

/**
 * Opens the report dialog from the header. An icon, named by its title and aria-label: the
 * header is full already (the French tabs scroll at 1280 px), and a label would push them out.
 */
export function ReportButton() {
  const t = useT();
  const setReportOpen = useAppStore((s) => s.setReportOpen);
  return (
    <IconButton
      className="report-button"
      onClick={() => setReportOpen(true)}
      label={t('report.open')}
      testId="open-report"
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path
          d="M3.5 1.5h6l3 3v10h-9z M9.5 1.5v3h3 M5.5 7.5h5 M5.5 10h5 M5.5 12.5h3"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.2"
          strokeLinejoin="round"
        />
      </svg>
    </IconButton>
  );
}
