import type {
  Account,
  AccountId,
  ActorId,
  ValidAccountDraft,
  ValidAccountPatch,
} from '../../shared/domain/schemas';
import type { SqliteDatabase } from '../sqlite';
import { notFound } from './notFound';

type AccountRow = {
  id: number;
  actor_id: number;
  platform: string;
  handle: string;
  url: string | null;
  followers: number | null;
  engagement_rate: number | null;
};

const toAccount = (row: AccountRow): Account => ({
  id: row.id as AccountId,
  actorId: row.actor_id as ActorId,
  platform: row.platform,
  handle: row.handle,
  url: row.url,
  followers: row.followers,
  engagementRate: row.engagement_rate,
});

const PATCH_COLUMNS = {
  platform: 'platform',
  handle: 'handle',
  url: 'url',
  followers: 'followers',
  engagementRate: 'engagement_rate',
} as const satisfies Record<keyof ValidAccountPatch, string>;

/** Platform accounts of actors: their followers and engagement make the actor's reach and resonance. */
export function createAccountRepository(db: SqliteDatabase) {
  const byId = db.prepare<[number], AccountRow>('SELECT * FROM accounts WHERE id = ?');
  const ofActor = db.prepare<[number], AccountRow>(
    'SELECT * FROM accounts WHERE actor_id = ? ORDER BY followers DESC, id',
  );
  const insert = db.prepare<[number, string, string, string | null, number | null, number | null]>(
    'INSERT INTO accounts (actor_id, platform, handle, url, followers, engagement_rate) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const remove = db.prepare<[number]>('DELETE FROM accounts WHERE id = ?');

  const get = (id: number): Account => {
    const row = byId.get(id);
    if (!row) throw notFound('account', id);
    return toAccount(row);
  };

  return {
    get,
    listFor: (actorId: number): Account[] => ofActor.all(actorId).map(toAccount),
    create(draft: ValidAccountDraft): Account {
      const info = insert.run(
        draft.actorId,
        draft.platform,
        draft.handle,
        draft.url ?? null,
        draft.followers ?? null,
        draft.engagementRate ?? null,
      );
      return get(Number(info.lastInsertRowid));
    },
    update(id: number, patch: ValidAccountPatch): Account {
      get(id);
      const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as Array<
        [keyof ValidAccountPatch, unknown]
      >;
      if (entries.length > 0) {
        db.prepare(
          `UPDATE accounts SET ${entries.map(([f]) => `${PATCH_COLUMNS[f]} = ?`).join(', ')} WHERE id = ?`,
        ).run([...entries.map(([, v]) => v ?? null), id]);
      }
      return get(id);
    },
    delete(id: number): void {
      if (remove.run(id).changes === 0) throw notFound('account', id);
    },
  };
}
