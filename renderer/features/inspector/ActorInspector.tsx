import { useState } from 'react';
import { formatError } from '../../../shared/i18n/errorMessages';
import { ActorPatchSchema, type Actor, type ActorPatch } from '../../../shared/domain/schemas';
import { tierOf } from '../../../shared/domain/tiers';
import { Field } from '../../components/Field';
import { KindSelect } from '../../components/KindSelect';
import { StanceSelect } from '../../components/StanceSelect';
import { useT } from '../../hooks/useT';
import { errorsByField } from '../../i18n/validationLocale';
import { useAppStore } from '../../state/store';
import { EditableText } from './EditableText';

type TextField = 'name' | 'role' | 'organisation' | 'country' | 'notes' | 'tags';

const fromText = (field: TextField, text: string): ActorPatch => {
  if (field === 'tags')
    return {
      tags: text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    };
  if (field === 'name') return { name: text };
  return { [field]: text.trim() === '' ? null : text };
};

const toText = (actor: Actor, field: TextField): string =>
  field === 'tags' ? actor.tags.join(', ') : (actor[field] ?? '');

export type ActorInspectorProps = { actor: Actor };

/** The selected actor, every field editable in place; each change is one undoable action. */
export function ActorInspector({ actor }: ActorInspectorProps) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const updateActor = useAppStore((s) => s.updateActor);
  const deleteActor = useAppStore((s) => s.deleteActor);
  const thresholds = useAppStore((s) => s.map?.settings.tierThresholds);
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const setError = (field: string) => (message: string | null) =>
    setErrors((e) => ({ ...e, [field]: message }));

  /** Validates with the API's own schema first, then lets the service have the last word. */
  const save = async (patch: ActorPatch): Promise<string | null> => {
    const parsed = ActorPatchSchema.safeParse(patch);
    if (!parsed.success) return Object.values(errorsByField(parsed.error))[0] ?? null;
    const failure = await updateActor(actor.id, parsed.data);
    return failure ? formatError(failure, locale) : null;
  };

  const text = (
    field: TextField,
    label: string,
    options: { multiline?: boolean; hint?: string } = {},
  ) => (
    <Field id={`actor-${field}`} label={label} error={errors[field]} hint={options.hint}>
      <EditableText
        id={`actor-${field}`}
        value={toText(actor, field)}
        multiline={options.multiline}
        onCommit={(value) => save(fromText(field, value))}
        onError={setError(field)}
      />
    </Field>
  );

  const tier = tierOf(actor.reach, thresholds);
  const diverges = actor.offlineStance !== null && actor.offlineStance !== actor.stance;

  return (
    <div className="actor-inspector" data-testid="actor-inspector">
      <h2 className="inspector-name">{actor.name}</h2>
      <dl className="facts">
        <dt>{t('actor.key')}</dt>
        <dd>{actor.key}</dd>
        <dt>{t('actor.reach')}</dt>
        <dd>
          {actor.reach === null
            ? t('common.none')
            : new Intl.NumberFormat(locale).format(actor.reach)}
        </dd>
        <dt>{t('actor.tier')}</dt>
        <dd>{tier ? t(`tier.${tier}`) : t('common.none')}</dd>
      </dl>
      {text('name', t('actor.name'))}
      <Field id="actor-kind" label={t('actor.kind')} error={errors.kind}>
        <KindSelect
          id="actor-kind"
          value={actor.kind}
          onChange={(kind) => void save({ kind }).then(setError('kind'))}
        />
      </Field>
      {text('role', t('actor.role'))}
      {text('organisation', t('actor.organisation'))}
      <Field id="actor-stance" label={t('actor.stance')} error={errors.stance}>
        <StanceSelect
          id="actor-stance"
          value={actor.stance}
          onChange={(stance) => void save({ stance: stance ?? 0 }).then(setError('stance'))}
        />
      </Field>
      <Field
        id="actor-offline-stance"
        label={t('actor.offlineStance')}
        error={errors.offlineStance}
      >
        <StanceSelect
          id="actor-offline-stance"
          value={actor.offlineStance}
          emptyLabel={t('actor.offlineSame')}
          onChange={(offlineStance) => void save({ offlineStance }).then(setError('offlineStance'))}
        />
      </Field>
      {diverges ? (
        <p className="flag" role="note">
          {t('actor.stanceDiverges')}
        </p>
      ) : null}
      {text('country', t('actor.country'))}
      {text('tags', t('actor.tags'), { hint: t('actor.tagsHint') })}
      {text('notes', t('actor.notes'), { multiline: true })}
      <button
        type="button"
        className="danger"
        onClick={() => {
          if (window.confirm(t('actor.deleteConfirm', { name: actor.name })))
            void deleteActor(actor.id);
        }}
      >
        {t('common.delete')}
      </button>
    </div>
  );
}
