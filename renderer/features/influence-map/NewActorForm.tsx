import { useState, type FormEvent } from 'react';
import { ActorDraftSchema } from '../../../shared/domain/schemas';
import type { ActorKind } from '../../../shared/domain/vocabulary';
import { Field } from '../../components/Field';
import { KindSelect } from '../../components/KindSelect';
import { StanceSelect } from '../../components/StanceSelect';
import { useT } from '../../hooks/useT';
import { errorsByField } from '../../i18n/validationLocale';
import { useAppStore } from '../../state/store';

export type NewActorFormProps = { onDone: () => void };

/** The quick "add actor" form of the map: name, kind, stance; validated with the API's schema. */
export function NewActorForm({ onDone }: NewActorFormProps) {
  const t = useT();
  const act = useAppStore((s) => s.act);
  const select = useAppStore((s) => s.select);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ActorKind>('influencer');
  const [stance, setStance] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = ActorDraftSchema.safeParse({ name, kind, stance });
    if (!parsed.success) {
      setErrors(errorsByField(parsed.error));
      return;
    }
    const actor = await act('actor:create', parsed.data);
    if (!actor) return;
    select({ kind: 'actors', ids: [actor.id] });
    onDone();
  };

  return (
    <form className="new-actor-form" onSubmit={(e) => void submit(e)} aria-label={t('actor.new')}>
      <Field id="new-actor-name" label={t('actor.name')} error={errors.name}>
        <input
          id="new-actor-name"
          value={name}
          autoFocus
          maxLength={400}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <Field id="new-actor-kind" label={t('actor.kind')}>
        <KindSelect id="new-actor-kind" value={kind} onChange={setKind} />
      </Field>
      <Field id="new-actor-stance" label={t('actor.stance')}>
        <StanceSelect
          id="new-actor-stance"
          value={stance}
          onChange={(value) => setStance(value ?? 0)}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('common.create')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
