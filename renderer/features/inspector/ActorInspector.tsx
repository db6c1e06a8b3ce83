import { useMemo } from 'react';
import type { ActorId } from '../../../shared/domain/schemas';
import { tierOf } from '../../../shared/domain/tiers';
import { useQuery } from '../../hooks/useQuery';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { AccountsSection } from './sections/AccountsSection';
import { CommunitiesSection } from './sections/CommunitiesSection';
import { ComplianceSection } from './sections/ComplianceSection';
import { IdentitySection } from './sections/IdentitySection';
import { InteractionsSection } from './sections/InteractionsSection';
import { PlacementsSection } from './sections/PlacementsSection';
import { RelationsSection } from './sections/RelationsSection';
import { RelevanceSection } from './sections/RelevanceSection';
import { ScoreSection } from './sections/ScoreSection';
import { useSaveActor } from './useSaveActor';
import { displayText } from '../../../shared/util/displayText';

/** The selected actor, every field editable in place; each change is one undoable action. */
export function ActorInspector({ id }: { id: ActorId }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const thresholds = useAppStore((s) => s.map?.settings.tierThresholds);
  const act = useAppStore((s) => s.act);
  const input = useMemo(() => ({ id }), [id]);
  const actor = useQuery('actor:get', input);
  const save = useSaveActor(id);
  if (!actor) return null;
  const tier = tierOf(actor.reach, thresholds);
  const format = (n: number | null, percent = false) =>
    n === null
      ? t('common.none')
      : percent
        ? `${(n * 100).toFixed(1)} %`
        : new Intl.NumberFormat(locale).format(n);

  return (
    <div className="actor-inspector" data-testid="actor-inspector">
      <h2 className="inspector-name" title={actor.name}>
        {displayText(actor.name)}
      </h2>
      <dl className="facts">
        <dt>{t('actor.key')}</dt>
        <dd>{actor.key}</dd>
        <dt>{t('actor.reach')}</dt>
        <dd data-testid="actor-reach">{format(actor.reach)}</dd>
        <dt>{t('actor.resonance')}</dt>
        <dd>{format(actor.resonance, true)}</dd>
        <dt>{t('actor.tier')}</dt>
        <dd data-testid="actor-tier">{tier ? t(`tier.${tier}`) : t('common.none')}</dd>
      </dl>
      <IdentitySection actor={actor} save={save} />
      <AccountsSection actor={actor} />
      <RelevanceSection actor={actor} />
      <ScoreSection actor={actor} />
      <CommunitiesSection actor={actor} />
      <PlacementsSection actor={actor} />
      <RelationsSection actor={actor} />
      <InteractionsSection actor={actor} />
      <ComplianceSection actor={actor} save={save} />
      <button
        type="button"
        className="danger"
        onClick={() => {
          if (window.confirm(t('actor.deleteConfirm', { name: actor.name })))
            void act('actor:delete', { id });
        }}
      >
        {t('common.delete')}
      </button>
    </div>
  );
}
