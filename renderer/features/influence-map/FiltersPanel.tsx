import type { ReactNode } from 'react';
import { ACTOR_KINDS, STANCES, TIERS } from '../../../shared/domain/vocabulary';
import type { CommunityId, TopicId, ViewFilters } from '../../../shared/domain/schemas';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';

export type FiltersPanelProps = { filters: ViewFilters; onChange: (filters: ViewFilters) => void };

/** Toggles a value in an optional list; an emptied list means "no filter". */
function toggle<T>(list: readonly T[] | undefined, value: T): T[] | undefined {
  const next = list?.includes(value) ? list.filter((v) => v !== value) : [...(list ?? []), value];
  return next.length === 0 ? undefined : next;
}

function Chips({ label, children }: { label: string; children: ReactNode }) {
  return (
    <fieldset className="chip-group">
      <legend>{label}</legend>
      {children}
    </fieldset>
  );
}

/** The filters of the current view: stance, tier, kind, role, topic relevance, community, tags, platform. */
export function FiltersPanel({ filters, onChange }: FiltersPanelProps) {
  const t = useT();
  const graph = useAppStore((s) => s.graph);
  // Empty values are dropped: an absent filter does not filter.
  const set = (patch: Partial<ViewFilters>) => {
    const next = Object.fromEntries(
      Object.entries({ ...filters, ...patch }).filter(([, v]) => v !== undefined && v !== ''),
    ) as ViewFilters;
    onChange(next);
  };
  const list = (text: string) => {
    const items = text
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    return items.length ? items : undefined;
  };
  const chip = (active: boolean, label: string, onClick: () => void, key: string | number) => (
    <button
      key={key}
      type="button"
      className={`chip-toggle${active ? ' on' : ''}`}
      aria-pressed={active}
      onClick={onClick}
    >
      {label}
    </button>
  );
  return (
    <div className="filters-panel" data-testid="filters-panel">
      <Chips label={t('actor.stanceShort')}>
        {STANCES.map((s) =>
          chip(
            !!filters.stances?.includes(s),
            t(`stance.${s}`),
            () => set({ stances: toggle(filters.stances, s) }),
            s,
          ),
        )}
      </Chips>
      <Chips label={t('actor.tier')}>
        {TIERS.map((x) =>
          chip(
            !!filters.tiers?.includes(x),
            t(`tier.${x}`),
            () => set({ tiers: toggle(filters.tiers, x) }),
            x,
          ),
        )}
      </Chips>
      <Chips label={t('actor.kind')}>
        {ACTOR_KINDS.map((k) =>
          chip(
            !!filters.kinds?.includes(k),
            t(`kind.${k}`),
            () => set({ kinds: toggle(filters.kinds, k) }),
            k,
          ),
        )}
      </Chips>
      {graph?.communities.length ? (
        <Chips label={t('actor.communities')}>
          {graph.communities.map((c) =>
            chip(
              !!filters.communityIds?.includes(c.id),
              c.name,
              () => set({ communityIds: toggle(filters.communityIds, c.id as CommunityId) }),
              c.id,
            ),
          )}
        </Chips>
      ) : null}
      <div className="filter-fields">
        <label>
          {t('actor.role')}
          <input
            defaultValue={filters.role ?? ''}
            onBlur={(e) => set({ role: e.target.value.trim() || undefined })}
            data-testid="filter-role"
          />
        </label>
        <label>
          {t('actor.tags')}
          <input
            defaultValue={filters.tags?.join(', ') ?? ''}
            onBlur={(e) => set({ tags: list(e.target.value) })}
            data-testid="filter-tags"
          />
        </label>
        <label>
          {t('account.platform')}
          <input
            defaultValue={filters.platforms?.join(', ') ?? ''}
            onBlur={(e) => set({ platforms: list(e.target.value) })}
            data-testid="filter-platforms"
          />
        </label>
        <label>
          {t('filters.topic')}
          <select
            value={filters.topicId ?? ''}
            onChange={(e) =>
              set({ topicId: e.target.value ? (Number(e.target.value) as TopicId) : undefined })
            }
            data-testid="filter-topic"
          >
            <option value="">{t('common.none')}</option>
            {graph?.topics.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.minRelevance')}
          <input
            type="number"
            min={0}
            max={1}
            step={0.1}
            disabled={filters.topicId === undefined}
            defaultValue={filters.minRelevance ?? 0}
            onBlur={(e) =>
              set({ minRelevance: Math.max(0, Math.min(1, Number(e.target.value) || 0)) })
            }
            data-testid="filter-min-relevance"
          />
        </label>
      </div>
      <button type="button" onClick={() => onChange({})}>
        {t('filters.clear')}
      </button>
    </div>
  );
}
