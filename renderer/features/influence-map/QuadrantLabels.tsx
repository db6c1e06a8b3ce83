import { FIGURE_TEXT } from '../../../shared/figures/figureText';
import { useAppStore } from '../../state/store';

/**
 * The four quadrants of the power–interest chart, named for what the team should do there: the
 * words the exports draw too (shared/figures/figureText.ts).
 */
export function QuadrantLabels() {
  const q = FIGURE_TEXT[useAppStore((s) => s.locale)].quadrants;
  return (
    <div className="quadrants" aria-hidden="true">
      <span className="quadrant top-left">{q.manage}</span>
      <span className="quadrant top-right">{q.engage}</span>
      <span className="quadrant bottom-left">{q.monitor}</span>
      <span className="quadrant bottom-right">{q.inform}</span>
      <span className="axis axis-x">{q.axisX}</span>
      <span className="axis axis-y">{q.axisY}</span>
    </div>
  );
}
