import { useMemo, useState } from 'react';
import { stanceColor } from '../../../shared/graph/encoding';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { setDragged } from './dragData';

const SHOWN = 60;

/**
 * Actors and communities to drag onto a stage: searchable by name, the best scored first when a
 * ranking is given. Only the first matches are listed: the search narrows a big map.
 */
export function ActorPalette({ order }: { order: ReadonlyMap<number, number> }) {
  const t = useT();
  const graph = useAppStore((s) => s.graph);
  const [query, setQuery] = useState('');
  const actors = useMemo(() => {
    const wanted = query.trim().toLowerCase();
    return (graph?.actors ?? [])
      .filter((a) => !wanted || a.name.toLowerCase().includes(wanted))
      .sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9) || a.id - b.id)
      .slice(0, SHOWN);
  }, [graph, query, order]);
  return (
    <aside className="actor-palette" data-testid="actor-palette">
      <h3>{t('journey.palette')}</h3>
      <p className="hint">{t('journey.paletteHint')}</p>
      <input
        type="search"
        value={query}
        placeholder={t('map.search')}
        aria-label={t('map.search')}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul>
        {(graph?.communities ?? []).map((c) => (
          <li
            key={`c${c.id}`}
            draggable
            className="chip community"
            onDragStart={(e) => setDragged(e, { kind: 'community', id: c.id })}
          >
            ⬡ {c.name}
          </li>
        ))}
        {actors.map((a) => (
          <li
            key={a.id}
            draggable
            className="chip"
            data-testid="palette-actor"
            onDragStart={(e) => setDragged(e, { kind: 'actor', id: a.id })}
          >
            <span className="swatch" style={{ background: stanceColor(a.stance) }} /> {a.name}
          </li>
        ))}
      </ul>
    </aside>
  );
}
