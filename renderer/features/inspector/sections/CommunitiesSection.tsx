import { useState } from 'react';
import type { Actor, CommunityId } from '../../../../shared/domain/schemas';
import { CommunitySelect } from '../../../components/CommunitySelect';
import { useT } from '../../../hooks/useT';
import { useAppStore } from '../../../state/store';

/** The communities the actor belongs to: remove with ×, add from the list. */
export function CommunitiesSection({ actor }: { actor: Actor }) {
  const t = useT();
  const communities = useAppStore((s) => s.graph?.communities ?? []);
  const act = useAppStore((s) => s.act);
  const [choice, setChoice] = useState('');
  const member = new Set<number>(actor.communityIds);
  const others = communities.filter((c) => !member.has(c.id));
  return (
    <details className="inspector-section" open>
      <summary>{t('inspector.communities')}</summary>
      <ul className="chips" data-testid="actor-communities">
        {communities
          .filter((c) => member.has(c.id))
          .map((c) => (
            <li key={c.id} className="chip" style={{ borderColor: c.color ?? undefined }}>
              {c.name}
              <button
                type="button"
                className="link"
                aria-label={`${t('inspector.leaveCommunity')}: ${c.name}`}
                onClick={() =>
                  void act('community:remove-members', { id: c.id, actorIds: [actor.id] })
                }
              >
                ×
              </button>
            </li>
          ))}
      </ul>
      {others.length > 0 ? (
        <div className="inline-group">
          <CommunitySelect
            communities={others}
            value={choice}
            onChange={setChoice}
            placeholder={t('inspector.joinCommunity')}
            testId="join-community"
          />
          <button
            type="button"
            disabled={!choice}
            onClick={() =>
              void act('community:add-members', {
                id: Number(choice) as CommunityId,
                actorIds: [actor.id],
              }).then(() => setChoice(''))
            }
          >
            {t('common.add')}
          </button>
        </div>
      ) : null}
    </details>
  );
}
