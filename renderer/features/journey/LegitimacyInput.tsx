import { useState } from 'react';

/**
 * A legitimacy (0..1) typed or stepped with the arrows, committed when the user leaves the field
 * or presses Enter: one edit, one undoable action. Out-of-range values are not sent.
 */
export function LegitimacyInput({
  value,
  label,
  onCommit,
}: {
  value: number;
  label: string;
  onCommit: (legitimacy: number) => void;
}) {
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(String(value));
  }
  const commit = () => {
    const next = Number(draft.replace(',', '.'));
    if (Number.isFinite(next) && next >= 0 && next <= 1 && next !== value) onCommit(next);
    else setDraft(String(value));
  };
  return (
    <input
      type="number"
      className="narrow"
      min={0}
      max={1}
      step={0.05}
      value={draft}
      aria-label={label}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
