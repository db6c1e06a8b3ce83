import { useState } from 'react';

export type EditableTextProps = {
  id: string;
  value: string;
  multiline?: boolean;
  type?: 'date';
  /** Shown while empty, and the control's accessible name when it has no label of its own. */
  placeholder?: string;
  rows?: number;
  /** Called on blur or Enter when the text changed; resolves to an error message or null. */
  onCommit: (text: string) => Promise<string | null>;
  onError: (message: string | null) => void;
};

/**
 * A text control that commits when the user leaves it (one edit = one undoable action) and
 * resets to the stored value when the selection or the stored value changes (after an undo).
 */
export function EditableText({
  id,
  value,
  multiline,
  type,
  placeholder,
  rows,
  onCommit,
  onError,
}: EditableTextProps) {
  const [draft, setDraft] = useState(value);
  // A new stored value (another actor selected, an undo) replaces the draft: React's
  // "adjust state while rendering" pattern, which avoids an effect and a second render pass.
  const [shown, setShown] = useState({ id, value });
  if (shown.id !== id || shown.value !== value) {
    setShown({ id, value });
    setDraft(value);
  }

  const commit = async () => {
    if (draft === value) return;
    onError(await onCommit(draft));
  };
  const common = {
    id,
    value: draft,
    placeholder,
    ...(placeholder ? { 'aria-label': placeholder } : {}),
    onBlur: () => void commit(),
  };
  if (multiline)
    return <textarea {...common} rows={rows ?? 5} onChange={(e) => setDraft(e.target.value)} />;
  return (
    <input
      {...common}
      type={type ?? 'text'}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void commit();
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}
