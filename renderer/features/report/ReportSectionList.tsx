import type { ReportOutline, ReportSection } from '../../../shared/domain/schemas';
import { useT } from '../../hooks/useT';

/**
 * The report's sections in order, each with a checkbox: those the map cannot fill are disabled
 * and say why (the service's note, in the report's language); the cover is always printed.
 */
export function ReportSectionList({
  outline,
  leftOut,
  onToggle,
}: {
  outline: ReportOutline;
  leftOut: ReadonlySet<ReportSection>;
  onToggle: (section: ReportSection, kept: boolean) => void;
}) {
  const t = useT();
  return (
    <ol className="report-sections" data-testid="report-sections">
      {outline.sections.map((section) => {
        const id = section.id;
        const kept = id === 'cover' || (section.available && !leftOut.has(id));
        return (
          <li key={id} data-section={id} className={section.available ? undefined : 'unavailable'}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={kept}
                disabled={id === 'cover' || !section.available}
                onChange={(e) => {
                  if (id !== 'cover') onToggle(id, e.target.checked);
                }}
              />
              <span>{section.title}</span>
            </label>
            {id === 'cover' ? <span className="report-note">{t('report.coverAlways')}</span> : null}
            {section.note ? (
              <span className="report-note" data-testid="section-note">
                {section.note}
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
