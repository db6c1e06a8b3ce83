import type { Community } from '../../shared/domain/schemas';

export type CommunitySelectProps = {
  communities: readonly Community[];
  value: string;
  onChange: (value: string) => void;
  /** Shown as the empty choice and as the accessible name. */
  placeholder: string;
  testId: string;
};

/** A list of communities to pick one from (bulk actions, the inspector). */
export function CommunitySelect({
  communities,
  value,
  onChange,
  placeholder,
  testId,
}: CommunitySelectProps) {
  return (
    <select
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-label={placeholder}
      data-testid={testId}
    >
      <option value="">{placeholder}</option>
      {communities.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
