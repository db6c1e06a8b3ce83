import type { SizeEncoding } from '../../../shared/domain/schemas';
import { BORDER_COLOR } from '../../../shared/graph/encoding';
import { legendModel, type CommunityLegend, type LegendItem } from '../../../shared/graph/legend';
import { shapePath } from '../../../shared/graph/svgShapes';
import { useAppStore } from '../../state/store';

function Glyph({ item }: { item: LegendItem }) {
  if (item.line) {
    return (
      <svg width="22" height="12" aria-hidden="true">
        <line
          x1="1"
          y1="6"
          x2={item.line === 'arrow' ? 15 : 21}
          y2="6"
          stroke={item.color}
          strokeWidth="2"
          strokeDasharray={item.line === 'dashed' ? '4 3' : undefined}
        />
        {item.line === 'arrow' ? <path d="M15 2 L21 6 L15 10 Z" fill={item.color} /> : null}
      </svg>
    );
  }
  if (!item.shape) return null;
  return (
    <svg width="14" height="14" aria-hidden="true">
      <path
        d={shapePath(item.shape, 7, 7, 11)}
        fill={item.color}
        stroke={item.border ? BORDER_COLOR : 'none'}
        strokeWidth={item.border ?? 0}
      />
    </svg>
  );
}

/** The legend of the map, drawn from the same model as the exports' legend. */
export function MapLegend({
  size,
  communities,
}: {
  size: SizeEncoding;
  communities: CommunityLegend;
}) {
  const locale = useAppStore((s) => s.locale);
  return (
    <div className="legend" data-testid="legend">
      {legendModel(locale, size, communities).map((section) => (
        <div key={section.title} className="legend-section">
          <span className="legend-title">{section.title}</span>
          {section.items.map((item) => (
            <span key={item.label} className="legend-item">
              <Glyph item={item} />
              {item.label}
            </span>
          ))}
        </div>
      ))}
    </div>
  );
}
