import { STANCES } from '../../shared/domain/vocabulary';
import { useT } from '../hooks/useT';

export type StanceSelectProps = {
  id: string;
  value: number | null;
  onChange: (stance: number | null) => void;
  /** Label of the "no value" choice; without it a stance is required. */
  emptyLabel?: string;
};

/** A stance picker from detractor (−2) to ambassador (+2). */
export function StanceSelect({ id, value, onChange, emptyLabel }: StanceSelectProps) {
  const t = useT();
  return (
    <select
      id={id}
      value={value === null ? '' : String(value)}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
    >
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {STANCES.map((stance) => (
        <option key={stance} value={stance}>
          {`${stance > 0 ? '+' : ''}${stance} ${t(`stance.${stance}`)}`}
        </option>
      ))}
    </select>
  );
}
