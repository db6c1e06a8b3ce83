import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatError } from '../../../shared/i18n/errorMessages';
import { ActorPatchSchema } from '../../../shared/domain/schemas';
import { DEFAULT_TIER_THRESHOLDS } from '../../../shared/domain/tiers';
import { useT } from '../../hooks/useT';
import { errorsByField } from '../../i18n/validationLocale';
import { nextActorSelection, selectedActorIds } from '../../state/selection';
import { useAppStore } from '../../state/store';
import { ActorTable } from './ActorTable';
import { CampaignsPanel } from './CampaignsPanel';
import { filterRows, sortRows, type Filters, type Sort, type TableContext } from './tableModel';
import { useActorTable } from './useActorTable';
import { PrintTable } from './PrintTable';
import { usePrintPreparer } from '../print/printView';

/**
 * The Actors view: the table of every actor, and campaigns & purchasing. Several rows selected
 * get their bulk actions in the inspector, as a box selection on the map does.
 */
export function ActorsView() {
  const t = useT();
  const [tab, setTab] = useState<'table' | 'campaigns'>('table');
  const graph = useAppStore((s) => s.graph);
  const locale = useAppStore((s) => s.locale);
  const thresholds = useAppStore((s) => s.map?.settings.tierThresholds ?? DEFAULT_TIER_THRESHOLDS);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const perform = useAppStore((s) => s.perform);
  const rows = useActorTable();
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [sort, setSort] = useState<Sort>({ column: 'name', direction: 'asc' });

  const ctx: TableContext = useMemo(
    () => ({
      thresholds,
      topics: new Map((graph?.topics ?? []).map((x) => [x.id, x])),
      communities: new Map((graph?.communities ?? []).map((x) => [x.id, x])),
      t,
      locale,
    }),
    [graph, thresholds, t, locale],
  );
  const shown = useMemo(
    () => (rows ? sortRows(filterRows(rows, search, filters, ctx), sort, ctx) : []),
    [rows, search, filters, sort, ctx],
  );
  // Paper gets every row shown (up to PRINT_ROWS), not the window the screen scrolls.
  const [printing, setPrinting] = useState(false);
  usePrintPreparer(async () => {
    if (tab !== 'table') return;
    flushSync(() => setPrinting(true));
    return () => setPrinting(false);
  });
  const selectedIds = selectedActorIds(selection);
  const selectedSet = useMemo(() => new Set<number>(selectedIds), [selectedIds]);

  return (
    <section className="actors-view">
      <div className="toolbar">
        <div className="subtabs" role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'table'}
            className={tab === 'table' ? 'active' : ''}
            onClick={() => setTab('table')}
          >
            {t('actors.table')}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'campaigns'}
            className={tab === 'campaigns' ? 'active' : ''}
            onClick={() => setTab('campaigns')}
          >
            {t('actors.campaigns')}
          </button>
        </div>
        {tab === 'table' ? (
          <>
            <input
              id="view-search"
              type="search"
              className="table-search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              placeholder={t('table.search')}
              aria-label={t('table.search')}
            />
            <span className="summary" data-testid="table-summary">
              {t('table.count', { shown: shown.length, total: rows?.length ?? 0 })}
            </span>
          </>
        ) : null}
      </div>
      {tab === 'table' ? (
        <>
          <ActorTable
            rows={shown}
            ctx={ctx}
            sort={sort}
            onSort={setSort}
            filters={filters}
            onFilter={setFilters}
            selectedIds={selectedSet}
            onRowClick={(id, mode) =>
              select(
                nextActorSelection(
                  useAppStore.getState().selection,
                  id,
                  mode,
                  shown.map((r) => r.id),
                ),
              )
            }
            onEdit={async (id, field, value) => {
              const patch = {
                [field]: field === 'name' ? value : value.trim() === '' ? null : value,
              };
              const parsed = ActorPatchSchema.safeParse(patch);
              if (!parsed.success) return Object.values(errorsByField(parsed.error))[0] ?? null;
              const outcome = await perform('actor:update', { id, patch: parsed.data });
              return outcome.ok ? null : formatError(outcome.error, locale);
            }}
          />
          {printing ? <PrintTable rows={shown} ctx={ctx} /> : null}
        </>
      ) : (
        <CampaignsPanel />
      )}
    </section>
  );
}
