import { useState } from 'react';
import type { Actor, ActorPatch } from '../../../../shared/domain/schemas';
import { Field } from '../../../components/Field';
import { KindSelect } from '../../../components/KindSelect';
import { StanceSelect } from '../../../components/StanceSelect';
import { useT } from '../../../hooks/useT';
import { ActorTextField } from '../ActorTextField';

export type SectionProps = { actor: Actor; save: (patch: ActorPatch) => Promise<string | null> };

/** Who the actor is and where they stand, online and (if different) offline. */
export function IdentitySection({ actor, save }: SectionProps) {
  const t = useT();
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const saveSelect = (field: string, patch: ActorPatch) =>
    void save(patch).then((error) => setErrors((e) => ({ ...e, [field]: error })));
  const diverges = actor.offlineStance !== null && actor.offlineStance !== actor.stance;
  return (
    <section className="inspector-section">
      <ActorTextField actor={actor} field="name" label={t('actor.name')} save={save} />
      <Field id="actor-kind" label={t('actor.kind')} error={errors.kind}>
        <KindSelect
          id="actor-kind"
          value={actor.kind}
          onChange={(kind) => saveSelect('kind', { kind })}
        />
      </Field>
      <ActorTextField actor={actor} field="role" label={t('actor.role')} save={save} />
      <ActorTextField
        actor={actor}
        field="organisation"
        label={t('actor.organisation')}
        save={save}
      />
      <div className="two-columns">
        <ActorTextField actor={actor} field="country" label={t('actor.country')} save={save} />
        <ActorTextField actor={actor} field="language" label={t('actor.language')} save={save} />
      </div>
      <Field id="actor-stance" label={t('actor.stance')} error={errors.stance}>
        <StanceSelect
          id="actor-stance"
          value={actor.stance}
          onChange={(stance) => saveSelect('stance', { stance: stance ?? 0 })}
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
          onChange={(offlineStance) => saveSelect('offlineStance', { offlineStance })}
        />
      </Field>
      {diverges ? (
        <p className="flag" role="note" data-testid="stance-diverges">
          {t('actor.stanceDiverges')}
        </p>
      ) : null}
      <ActorTextField
        actor={actor}
        field="tags"
        label={t('actor.tags')}
        save={save}
        hint={t('actor.tagsHint')}
      />
      <ActorTextField actor={actor} field="notes" label={t('actor.notes')} save={save} multiline />
    </section>
  );
}
