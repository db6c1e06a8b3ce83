import type { AppErrorData } from '../../../shared/api/errors';
import type { CommunityId, TopicId } from '../../../shared/domain/schemas';
import { useT } from '../../hooks/useT';
import type { Outcome } from '../../state/sessionSlice';
import { useAppStore } from '../../state/store';
import { CompositionList } from './CompositionList';
import { DetectionPanel } from './DetectionPanel';
import { GroupList } from './GroupList';

/**
 * Communities and topics, managed by hand or detected (Louvain, kept as a proposal to accept or
 * discard), and what each community is made of, with a way down to its members on the map.
 */
export function CommunitiesView() {
  const t = useT();
  const graph = useAppStore((s) => s.graph);
  const perform = useAppStore((s) => s.perform);
  const act = useAppStore((s) => s.act);
  const failure = async <T,>(outcome: Promise<Outcome<T>>): Promise<AppErrorData | null> => {
    const result = await outcome;
    return result.ok ? null : result.error;
  };
  return (
    <section className="communities-view panel-scroll">
      <DetectionPanel />
      <CompositionList />
      <GroupList
        title={t('view.communities')}
        testId="communities"
        groups={(graph?.communities ?? []).map((c) => ({
          id: c.id,
          name: c.name,
          color: c.color,
          detail: t('groups.members', { count: c.memberCount }),
        }))}
        onCreate={(name, color) => failure(perform('community:create', { name, color }))}
        onRename={(id, name) =>
          failure(perform('community:update', { id: id as CommunityId, patch: { name } }))
        }
        onRecolor={(id, color) =>
          void act('community:update', { id: id as CommunityId, patch: { color } })
        }
        onDelete={(id) => void act('community:delete', { id: id as CommunityId })}
        onMerge={(sourceIds, targetId) =>
          void act('community:merge', {
            sourceIds: sourceIds as CommunityId[],
            targetId: targetId as CommunityId,
          })
        }
      />
      <GroupList
        title={t('groups.topics')}
        testId="topics"
        groups={(graph?.topics ?? []).map((x) => ({ id: x.id, name: x.name, color: x.color }))}
        onCreate={(name, color) => failure(perform('topic:create', { name, color }))}
        onRename={(id, name) =>
          failure(perform('topic:update', { id: id as TopicId, patch: { name } }))
        }
        onRecolor={(id, color) => void act('topic:update', { id: id as TopicId, patch: { color } })}
        onDelete={(id) => void act('topic:delete', { id: id as TopicId })}
        onMerge={(sourceIds, targetId) =>
          void act('topic:merge', {
            sourceIds: sourceIds as TopicId[],
            targetId: targetId as TopicId,
          })
        }
      />
    </section>
  );
}
