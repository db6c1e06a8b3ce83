import { useT } from '../../hooks/useT';

/** The four quadrants of the power–interest chart, named for what the team should do there. */
export function QuadrantLabels() {
  const t = useT();
  return (
    <div className="quadrants" aria-hidden="true">
      <span className="quadrant top-left">{t('quadrant.manage')}</span>
      <span className="quadrant top-right">{t('quadrant.engage')}</span>
      <span className="quadrant bottom-left">{t('quadrant.monitor')}</span>
      <span className="quadrant bottom-right">{t('quadrant.inform')}</span>
      <span className="axis axis-x">{t('quadrant.axisX')}</span>
      <span className="axis axis-y">{t('quadrant.axisY')}</span>
    </div>
  );
}
