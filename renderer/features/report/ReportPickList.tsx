import { useT } from '../../hooks/useT';

/**
 * One list the report can be narrowed to (topics, journeys, saved views, stories): every item
 * ticked by default; the count says how many are kept.
 */
export function ReportPickList({
  id,
  legend,
  items,
  unpicked,
  onChange,
  disabled,
  empty,
}: {
  id: string;
  legend: string;
  items: ReadonlyArray<{ id: number; name: string }>;
  unpicked: ReadonlySet<number>;
  onChange: (unpicked: ReadonlySet<number>) => void;
  /** The list's section is left out (or cannot be filled): nothing to choose. */
  disabled: boolean;
  /** The section is kept but nothing is ticked. */
  empty: boolean;
}) {
  const t = useT();
  const picked = items.filter((item) => !unpicked.has(item.id)).length;
  const toggle = (itemId: number, on: boolean) => {
    const next = new Set(unpicked);
    if (on) next.delete(itemId);
    else next.add(itemId);
    onChange(next);
  };
  return (
    <fieldset className="report-pick" data-testid={`pick-${id}`} disabled={disabled}>
      <legend>
        {legend}
        {items.length > 0 ? (
          <span className="report-count">
            {' '}
            · {t('report.picked', { picked, total: items.length })}
          </span>
        ) : null}
      </legend>
      {items.length === 0 ? (
        <p className="report-note">{t('report.noneInMap')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <label className="checkbox" title={item.name}>
                <input
                  type="checkbox"
                  checked={!unpicked.has(item.id)}
                  onChange={(e) => toggle(item.id, e.target.checked)}
                />
                <span>{item.name}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {empty && !disabled ? (
        <p className="field-error" role="alert">
          {t('report.pickOne')}
        </p>
      ) : null}
    </fieldset>
  );
}
