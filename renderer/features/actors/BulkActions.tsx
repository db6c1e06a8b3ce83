import { useState } from 'react';
import type { ActorId } from '../../../shared/domain/schemas';
import { CommunitySelect } from '../../components/CommunitySelect';
import { StanceSelect } from '../../components/StanceSelect';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';

export type BulkActionsProps = { ids: readonly ActorId[] };

/** What can be done to several selected actors at once; each button is one undoable action. */
export function BulkActions({ ids }: BulkActionsProps) {
  const t = useT();
  const act = useAppStore((s) => s.act);
  const communities = useAppStore((s) => s.graph?.communities ?? []);
  const [tag, setTag] = useState('');
  const [community, setCommunity] = useState('');
  const list = [...ids];
  if (list.length === 0) return null;
  return (
    <div className="bulk-actions" data-testid="bulk-actions">
      <strong>{t('bulk.selected', { count: list.length })}</strong>
      <label>
        {t('bulk.setStance')}
        <StanceSelect
          id="bulk-stance"
          value={null}
          emptyLabel="…"
          onChange={(stance) =>
            stance !== null && void act('actor:bulk-update', { ids: list, stance })
          }
        />
      </label>
      <span className="inline-group">
        <input
          value={tag}
          onChange={(e) => setTag(e.target.value)}
          placeholder={t('bulk.tag')}
          aria-label={t('bulk.tag')}
          maxLength={80}
        />
        <button
          type="button"
          disabled={!tag.trim()}
          onClick={() =>
            void act('actor:bulk-update', { ids: list, addTags: [tag.trim()] }).then(() =>
              setTag(''),
            )
          }
        >
          {t('bulk.addTag')}
        </button>
        <button
          type="button"
          disabled={!tag.trim()}
          onClick={() =>
            void act('actor:bulk-update', { ids: list, removeTags: [tag.trim()] }).then(() =>
              setTag(''),
            )
          }
        >
          {t('bulk.removeTag')}
        </button>
      </span>
      <span className="inline-group">
        <CommunitySelect
          communities={communities}
          value={community}
          onChange={setCommunity}
          placeholder={t('bulk.community')}
          testId="bulk-community"
        />
        <button
          type="button"
          disabled={!community}
          onClick={() =>
            void act('community:add-members', { id: Number(community), actorIds: list })
          }
        >
          {t('bulk.addToCommunity')}
        </button>
        <button
          type="button"
          disabled={!community}
          onClick={() =>
            void act('community:remove-members', { id: Number(community), actorIds: list })
          }
        >
          {t('bulk.removeFromCommunity')}
        </button>
      </span>
      <button
        type="button"
        className="danger"
        onClick={() => {
          if (window.confirm(t('bulk.deleteConfirm', { count: list.length })))
            void act('actor:bulk-delete', { ids: list });
        }}
      >
        {t('bulk.delete', { count: list.length })}
      </button>
    </div>
  );
}
