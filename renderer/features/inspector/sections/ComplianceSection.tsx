import { useT } from '../../../hooks/useT';
import { ActorTextField } from '../ActorTextField';
import type { SectionProps } from './IdentitySection';

/** Who handles the relationship, where the data came from and until when it may be kept (GDPR), compliance. */
export function ComplianceSection({ actor, save }: SectionProps) {
  const t = useT();
  return (
    <details className="inspector-section">
      <summary>{t('inspector.compliance')}</summary>
      <div className="two-columns">
        <ActorTextField actor={actor} field="owner" label={t('actor.owner')} save={save} />
        <ActorTextField actor={actor} field="team" label={t('actor.team')} save={save} />
      </div>
      <ActorTextField actor={actor} field="source" label={t('actor.source')} save={save} />
      <ActorTextField
        actor={actor}
        field="retentionUntil"
        label={t('actor.retentionUntil')}
        save={save}
        type="date"
      />
      <ActorTextField
        actor={actor}
        field="paidDisclosure"
        label={t('actor.paidDisclosure')}
        save={save}
      />
      <ActorTextField
        actor={actor}
        field="conflictsOfInterest"
        label={t('actor.conflictsOfInterest')}
        save={save}
        multiline
      />
      <ActorTextField
        actor={actor}
        field="trackRecord"
        label={t('actor.trackRecord')}
        save={save}
        multiline
      />
    </details>
  );
}
