import { STANCES } from '../../../shared/domain/vocabulary';
import { useT } from '../../hooks/useT';
import { STANCE_COLORS } from './encoding';

/** The legend of the stance colours, drawn from the same scale as the map. */
export function StanceLegend() {
  const t = useT();
  return (
    <div className="legend" aria-label={t('map.legend')}>
      <span className="legend-title">{t('map.legend')}</span>
      {STANCES.map((stance) => (
        <span key={stance} className="legend-item">
          <span className="swatch" style={{ backgroundColor: STANCE_COLORS[stance] }} />
          {t(`stance.${stance}`)}
        </span>
      ))}
    </div>
  );
}
