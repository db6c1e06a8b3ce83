import type {
  ActorId,
  Campaign,
  CampaignId,
  Interaction,
  InteractionId,
  InteractionType,
  PurchasingRow,
  ValidCampaignDraft,
  ValidCampaignPatch,
  ValidInteractionDraft,
  ValidInteractionPatch,
} from '../../shared/domain/schemas';
import type { SqliteDatabase } from '../sqlite';
import { notFound } from './notFound';

type InteractionRow = {
  id: number;
  actor_id: number;
  campaign_id: number | null;
  occurred_on: string;
  type: InteractionType;
  owner: string | null;
  cost: number | null;
  currency: string | null;
  outcome: string | null;
  notes: string | null;
};
type CampaignRow = {
  id: number;
  name: string;
  starts_on: string | null;
  ends_on: string | null;
  budget: number | null;
  currency: string | null;
  notes: string | null;
  spent: number;
};
type PurchaseRow = InteractionRow & { actor_name: string; campaign_name: string | null };

const toInteraction = (row: InteractionRow): Interaction => ({
  id: row.id as InteractionId,
  actorId: row.actor_id as ActorId,
  campaignId: row.campaign_id as CampaignId | null,
  occurredOn: row.occurred_on,
  type: row.type,
  owner: row.owner,
  cost: row.cost,
  currency: row.currency,
  outcome: row.outcome,
  notes: row.notes,
});

const toCampaign = (row: CampaignRow): Campaign => ({
  id: row.id as CampaignId,
  name: row.name,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  budget: row.budget,
  currency: row.currency,
  notes: row.notes,
  spent: row.spent,
});

const INTERACTION_COLUMNS = {
  campaignId: 'campaign_id',
  occurredOn: 'occurred_on',
  type: 'type',
  owner: 'owner',
  cost: 'cost',
  currency: 'currency',
  outcome: 'outcome',
  notes: 'notes',
} as const satisfies Record<keyof ValidInteractionPatch, string>;
const CAMPAIGN_COLUMNS = {
  name: 'name',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  budget: 'budget',
  currency: 'currency',
  notes: 'notes',
} as const satisfies Record<keyof ValidCampaignPatch, string>;

const CAMPAIGN_SELECT = `SELECT c.*, coalesce((SELECT sum(cost) FROM interactions i WHERE i.campaign_id = c.id), 0) AS spent FROM campaigns c`;

/** Writes the fields a patch names into `table`; the caller has checked the row exists. */
function patchRow(
  db: SqliteDatabase,
  table: string,
  columns: Record<string, string>,
  id: number,
  patch: object,
): void {
  const entries = Object.entries(patch).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return;
  db.prepare(
    `UPDATE ${table} SET ${entries.map(([f]) => `${columns[f]} = ?`).join(', ')} WHERE id = ?`,
  ).run([...entries.map(([, v]) => (v ?? null) as unknown), id]);
}

/**
 * The relationship history: dated interactions with actors (meetings, briefings, gifts, paid
 * collaborations…), campaigns with their budgets, and the purchasing report built from both.
 */
export function createHistoryRepository(db: SqliteDatabase) {
  const interactionById = db.prepare<[number], InteractionRow>(
    'SELECT * FROM interactions WHERE id = ?',
  );
  const interactionsOf = db.prepare<[number], InteractionRow>(
    'SELECT * FROM interactions WHERE actor_id = ? ORDER BY occurred_on DESC, id DESC',
  );
  const insertInteraction = db.prepare(
    'INSERT INTO interactions (actor_id, campaign_id, occurred_on, type, owner, cost, currency, outcome, notes) VALUES (@actorId, @campaignId, @occurredOn, @type, @owner, @cost, @currency, @outcome, @notes)',
  );
  const campaignById = db.prepare<[number], CampaignRow>(`${CAMPAIGN_SELECT} WHERE c.id = ?`);
  const campaigns = db.prepare<[], CampaignRow>(
    `${CAMPAIGN_SELECT} ORDER BY coalesce(c.starts_on, '9999'), c.id`,
  );
  const insertCampaign = db.prepare(
    'INSERT INTO campaigns (name, starts_on, ends_on, budget, currency, notes) VALUES (@name, @startsOn, @endsOn, @budget, @currency, @notes)',
  );
  const purchases = db.prepare<[], PurchaseRow>(
    `SELECT i.*, a.name AS actor_name, c.name AS campaign_name FROM interactions i
     JOIN actors a ON a.id = i.actor_id LEFT JOIN campaigns c ON c.id = i.campaign_id
     WHERE i.cost > 0 ORDER BY a.name COLLATE NOCASE, i.actor_id, i.occurred_on, i.id`,
  );

  const getInteraction = (id: number): Interaction => {
    const row = interactionById.get(id);
    if (!row) throw notFound('interaction', id);
    return toInteraction(row);
  };
  const getCampaign = (id: number): Campaign => {
    const row = campaignById.get(id);
    if (!row) throw notFound('campaign', id);
    return toCampaign(row);
  };
  const orNull = <T extends object>(value: T) =>
    Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v ?? null]));

  return {
    interactionsOf: (actorId: number): Interaction[] =>
      interactionsOf.all(actorId).map(toInteraction),
    createInteraction(draft: ValidInteractionDraft): Interaction {
      const values = orNull({
        campaignId: null,
        owner: null,
        cost: null,
        currency: null,
        outcome: null,
        notes: null,
        ...draft,
      });
      return getInteraction(Number(insertInteraction.run(values).lastInsertRowid));
    },
    updateInteraction(id: number, patch: ValidInteractionPatch): Interaction {
      getInteraction(id);
      patchRow(db, 'interactions', INTERACTION_COLUMNS, id, patch);
      return getInteraction(id);
    },
    deleteInteraction(id: number): void {
      if (db.prepare('DELETE FROM interactions WHERE id = ?').run(id).changes === 0)
        throw notFound('interaction', id);
    },

    campaigns: (): Campaign[] => campaigns.all().map(toCampaign),
    campaignExists: (id: number): boolean => campaignById.get(id) !== undefined,
    createCampaign(draft: ValidCampaignDraft): Campaign {
      const values = orNull({
        startsOn: null,
        endsOn: null,
        budget: null,
        currency: null,
        notes: null,
        ...draft,
      });
      return getCampaign(Number(insertCampaign.run(values).lastInsertRowid));
    },
    updateCampaign(id: number, patch: ValidCampaignPatch): Campaign {
      getCampaign(id);
      patchRow(db, 'campaigns', CAMPAIGN_COLUMNS, id, patch);
      return getCampaign(id);
    },
    /** Deletes a campaign; its interactions stay in the history, no longer attached to it. */
    deleteCampaign(id: number): void {
      if (db.prepare('DELETE FROM campaigns WHERE id = ?').run(id).changes === 0)
        throw notFound('campaign', id);
    },

    /**
     * Per actor, every paid interaction in date order with its variation against the previous one
     * in the same currency, so that purchasing sees how an influencer's price moved.
     */
    purchasing(): PurchasingRow[] {
      const report: PurchasingRow[] = [];
      for (const row of purchases.all()) {
        let entry = report.at(-1);
        if (!entry || entry.actorId !== row.actor_id) {
          entry = {
            actorId: row.actor_id as ActorId,
            actorName: row.actor_name,
            collaborations: [],
            total: 0,
          };
          report.push(entry);
        }
        const cost = row.cost ?? 0;
        const previous = entry.collaborations.findLast((c) => c.currency === row.currency);
        entry.collaborations.push({
          interactionId: row.id as InteractionId,
          occurredOn: row.occurred_on,
          campaignName: row.campaign_name,
          type: row.type,
          cost,
          currency: row.currency,
          variation: previous && previous.cost > 0 ? (cost - previous.cost) / previous.cost : null,
        });
        entry.total += cost;
      }
      return report;
    },
  };
}
