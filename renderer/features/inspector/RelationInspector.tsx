import { useMemo, useState } from 'react';
import { formatError } from '../../../shared/i18n/errorMessages';
import {
  RelationPatchSchema,
  type RelationId,
  type RelationPatch,
} from '../../../shared/domain/schemas';
import { Field } from '../../components/Field';
import { useQuery } from '../../hooks/useQuery';
import { useT } from '../../hooks/useT';
import { relationTypeLabel } from '../../i18n/labels';
import { errorsByField } from '../../i18n/validationLocale';
import { useAppStore } from '../../state/store';
import { EditableText } from './EditableText';

/** The selected relation: type, direction, weight, evidence and date, each saved on change; delete. */
export function RelationInspector({ id }: { id: RelationId }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const graph = useAppStore((s) => s.graph);
  const types = useAppStore((s) => s.map?.settings.relationTypes ?? []);
  const perform = useAppStore((s) => s.perform);
  const act = useAppStore((s) => s.act);
  const select = useAppStore((s) => s.select);
  const input = useMemo(() => ({ id }), [id]);
  const relation = useQuery('relation:get', input);
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  if (!relation) return null;
  const name = (actorId: number) => graph?.actors.find((a) => a.id === actorId)?.name ?? '?';

  const save = async (field: keyof RelationPatch, patch: RelationPatch): Promise<string | null> => {
    const parsed = RelationPatchSchema.safeParse(patch);
    const error = parsed.success
      ? await perform('relation:update', { id, patch: parsed.data }).then((o) =>
          o.ok ? null : formatError(o.error, locale),
        )
      : (Object.values(errorsByField(parsed.error))[0] ?? null);
    setErrors((e) => ({ ...e, [field]: error }));
    return error;
  };

  return (
    <div className="relation-inspector" data-testid="relation-inspector">
      <h2 className="inspector-name">
        {name(relation.sourceId)} {relation.directed ? '→' : '—'} {name(relation.targetId)}
      </h2>
      <Field id="relation-type" label={t('relation.type')} error={errors.type}>
        <select
          id="relation-type"
          value={relation.type}
          onChange={(e) => void save('type', { type: e.target.value })}
        >
          {types.map((x) => (
            <option key={x} value={x}>
              {relationTypeLabel(t, x)}
            </option>
          ))}
        </select>
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={relation.directed}
          onChange={(e) => void save('directed', { directed: e.target.checked })}
        />
        {t('relation.directed')}
      </label>
      <Field id="relation-weight" label={t('relation.weight')} error={errors.weight}>
        <EditableText
          id="relation-weight"
          value={String(relation.weight)}
          onCommit={(v) => save('weight', { weight: Number(v.replace(',', '.')) })}
          onError={() => undefined}
        />
      </Field>
      <Field id="relation-observed" label={t('relation.observedOn')} error={errors.observedOn}>
        <EditableText
          id="relation-observed"
          type="date"
          value={relation.observedOn ?? ''}
          onCommit={(v) => save('observedOn', { observedOn: v || null })}
          onError={() => undefined}
        />
      </Field>
      <Field id="relation-evidence" label={t('relation.evidence')} error={errors.evidence}>
        <EditableText
          id="relation-evidence"
          multiline
          value={relation.evidence ?? ''}
          onCommit={(v) => save('evidence', { evidence: v.trim() || null })}
          onError={() => undefined}
        />
      </Field>
      <button
        type="button"
        className="danger"
        onClick={() => {
          void act('relation:delete', { id }).then(() => select({ kind: 'none' }));
        }}
      >
        {t('relation.delete')}
      </button>
    </div>
  );
}
