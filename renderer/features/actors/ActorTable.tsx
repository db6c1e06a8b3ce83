import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ActorId, ActorTableRow } from '../../../shared/domain/schemas';
import { useT } from '../../hooks/useT';
import type { Column, Filters, Sort, TableContext } from './tableModel';
import { COLUMNS, visibleRange } from './tableModel';

export const ROW_HEIGHT = 30;

export type ActorTableProps = {
  rows: readonly ActorTableRow[];
  ctx: TableContext;
  sort: Sort;
  onSort: (sort: Sort) => void;
  filters: Filters;
  onFilter: (filters: Filters) => void;
  selectedIds: ReadonlySet<number>;
  onRowClick: (id: ActorId, mode: 'replace' | 'toggle' | 'range') => void;
  /** Inline edit of a simple text field; resolves to an error message or null. */
  onEdit: (
    id: ActorId,
    field: NonNullable<Column['editable']>,
    value: string,
  ) => Promise<string | null>;
};

type Editing = { id: ActorId; column: Column; value: string; error: string | null };

/**
 * The actors table, virtualized: only the rows in view (plus a margin) are in the DOM, so 20 000
 * actors scroll like 20. Click, Ctrl/Cmd+click and Shift+click select; arrow keys move the
 * selection; Enter or a double-click edits a simple cell in place (Escape cancels).
 */
export function ActorTable({
  rows,
  ctx,
  sort,
  onSort,
  filters,
  onFilter,
  selectedIds,
  onRowClick,
  onEdit,
}: ActorTableProps) {
  const t = useT();
  const viewport = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [editing, setEditing] = useState<Editing | null>(null);
  const totalWidth = COLUMNS.reduce((w, c) => w + c.width, 36);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const { start, end } = visibleRange(scrollTop, height, ROW_HEIGHT, rows.length);
  const focusIndex = rows.findIndex((r) => selectedIds.has(r.id));

  const moveTo = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row || !viewport.current) return;
    onRowClick(row.id, 'replace');
    const top = rows.indexOf(row) * ROW_HEIGHT;
    const element = viewport.current;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight)
      element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
  };

  const startEdit = (row: ActorTableRow, column: Column) => {
    // The field as stored, not as shown (a name's bidirectional marks are shown as markers).
    if (column.editable)
      setEditing({ id: row.id, column, value: row[column.editable] ?? '', error: null });
  };
  const commitEdit = async () => {
    if (!editing?.column.editable) return;
    const error = await onEdit(editing.id, editing.column.editable, editing.value);
    setEditing(error ? { ...editing, error } : null);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (editing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveTo((focusIndex < 0 ? -1 : focusIndex) + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && focusIndex >= 0) {
      const row = rows[focusIndex];
      if (row) startEdit(row, COLUMNS[0] as Column);
    }
  };

  return (
    <div className="actor-table" role="grid" aria-rowcount={rows.length} aria-multiselectable>
      <div className="table-head" ref={head}>
        <div className="row head-row" role="row" style={{ width: totalWidth }}>
          <span className="cell check-cell" />
          {COLUMNS.map((column) => (
            <button
              key={column.id}
              type="button"
              role="columnheader"
              className="cell head-cell"
              style={{ width: column.width }}
              aria-sort={
                sort.column === column.id
                  ? sort.direction === 'asc'
                    ? 'ascending'
                    : 'descending'
                  : 'none'
              }
              onClick={() =>
                onSort({
                  column: column.id,
                  direction: sort.column === column.id && sort.direction === 'asc' ? 'desc' : 'asc',
                })
              }
            >
              {t(column.label)}
              {sort.column === column.id ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
            </button>
          ))}
        </div>
        <div className="row filter-row" style={{ width: totalWidth }}>
          <span className="cell check-cell" />
          {COLUMNS.map((column) => (
            <span key={column.id} className="cell" style={{ width: column.width }}>
              <input
                className="filter-input"
                data-testid={`filter-${column.id}`}
                aria-label={`${t('table.filter')}: ${t(column.label)}`}
                placeholder={column.numeric ? '>1k, 0..2' : '…'}
                value={filters[column.id] ?? ''}
                onChange={(e) => onFilter({ ...filters, [column.id]: e.target.value })}
              />
            </span>
          ))}
        </div>
      </div>
      <div
        className="table-body"
        ref={viewport}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={(e) => {
          setScrollTop(e.currentTarget.scrollTop);
          // The header is outside the scrolling body: keep its columns over theirs.
          if (head.current) head.current.scrollLeft = e.currentTarget.scrollLeft;
        }}
        data-testid="table-body"
      >
        <div style={{ height: rows.length * ROW_HEIGHT, width: totalWidth, position: 'relative' }}>
          {rows.slice(start, end).map((row, offset) => {
            const selected = selectedIds.has(row.id);
            return (
              <div
                key={row.id}
                role="row"
                aria-selected={selected}
                className={`row body-row${selected ? ' selected' : ''}`}
                style={{ top: (start + offset) * ROW_HEIGHT, height: ROW_HEIGHT }}
                onClick={(e) =>
                  onRowClick(
                    row.id,
                    e.shiftKey ? 'range' : e.ctrlKey || e.metaKey ? 'toggle' : 'replace',
                  )
                }
              >
                <span className="cell check-cell">
                  <input
                    type="checkbox"
                    checked={selected}
                    aria-label={row.name}
                    onClick={(e) => e.stopPropagation()}
                    onChange={() => onRowClick(row.id, 'toggle')}
                  />
                </span>
                {COLUMNS.map((column) =>
                  editing && editing.id === row.id && editing.column.id === column.id ? (
                    <span key={column.id} className="cell editing" style={{ width: column.width }}>
                      <input
                        autoFocus
                        data-testid="inline-edit"
                        value={editing.value}
                        title={editing.error ?? undefined}
                        aria-invalid={editing.error !== null}
                        onClick={(e) => e.stopPropagation()}
                        onChange={(e) =>
                          setEditing({ ...editing, value: e.target.value, error: null })
                        }
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') void commitEdit();
                          if (e.key === 'Escape') {
                            setEditing(null);
                            viewport.current?.focus();
                          }
                        }}
                        onBlur={() => void commitEdit()}
                      />
                      {editing.error ? (
                        <span className="inline-error" role="alert" data-testid="inline-edit-error">
                          {editing.error}
                        </span>
                      ) : null}
                    </span>
                  ) : (
                    <span
                      key={column.id}
                      role="gridcell"
                      className={`cell${column.numeric ? ' numeric' : ''}${column.id === 'stance' ? ` stance-${row.stance}` : ''}`}
                      style={{ width: column.width }}
                      onDoubleClick={() => startEdit(row, column)}
                    >
                      {column.text(row, ctx)}
                    </span>
                  ),
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
