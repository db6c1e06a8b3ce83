import { useState } from 'react';
import type { Actor, ActorPatch } from '../../../shared/domain/schemas';
import { Field } from '../../components/Field';
import { EditableText } from './EditableText';

export type ActorTextFieldName =
  | 'name'
  | 'role'
  | 'organisation'
  | 'country'
  | 'language'
  | 'notes'
  | 'tags'
  | 'source'
  | 'retentionUntil'
  | 'owner'
  | 'team'
  | 'paidDisclosure'
  | 'conflictsOfInterest'
  | 'trackRecord';

export type ActorTextFieldProps = {
  actor: Actor;
  field: ActorTextFieldName;
  label: string;
  save: (patch: ActorPatch) => Promise<string | null>;
  multiline?: boolean;
  hint?: string;
  type?: 'date';
};

function fromText(field: ActorTextFieldName, text: string): ActorPatch {
  if (field === 'tags')
    return {
      tags: text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    };
  if (field === 'name') return { name: text };
  return { [field]: text.trim() === '' ? null : text };
}

function toText(actor: Actor, field: ActorTextFieldName): string {
  return field === 'tags' ? actor.tags.join(', ') : (actor[field] ?? '');
}

/** One text field of an actor, edited in place; its error shows right under it. */
export function ActorTextField({
  actor,
  field,
  label,
  save,
  multiline,
  hint,
  type,
}: ActorTextFieldProps) {
  const [error, setError] = useState<string | null>(null);
  const id = `actor-${field}`;
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <EditableText
        id={id}
        value={toText(actor, field)}
        multiline={multiline}
        type={type}
        onCommit={(value) => save(fromText(field, value))}
        onError={setError}
      />
    </Field>
  );
}
