import { useMemo, useState, type FormEvent } from 'react';
import { formatError } from '../../../../shared/i18n/errorMessages';
import {
  INTERACTION_TYPES,
  InteractionDraftSchema,
  type Actor,
  type InteractionType,
} from '../../../../shared/domain/schemas';
import { Field } from '../../../components/Field';
import { useQuery } from '../../../hooks/useQuery';
import { useT } from '../../../hooks/useT';
import { errorsByField } from '../../../i18n/validationLocale';
import { useAppStore } from '../../../state/store';

const today = () => new Date().toISOString().slice(0, 10);
const NO_INPUT = {};

/** The relationship history with the actor, newest first, and a form to log an interaction. */
export function InteractionsSection({ actor }: { actor: Actor }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const perform = useAppStore((s) => s.perform);
  const act = useAppStore((s) => s.act);
  const input = useMemo(() => ({ actorId: actor.id }), [actor.id]);
  const interactions = useQuery('interaction:list', input) ?? [];
  const campaigns = useQuery('campaign:list', NO_INPUT) ?? [];
  const empty = {
    occurredOn: today(),
    type: 'meeting' as InteractionType,
    owner: '',
    campaignId: '',
    cost: '',
    currency: 'EUR',
    outcome: '',
    notes: '',
  };
  const [draft, setDraft] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const campaignName = new Map(campaigns.map((c) => [c.id, c.name]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = InteractionDraftSchema.safeParse({
      actorId: actor.id,
      occurredOn: draft.occurredOn,
      type: draft.type,
      owner: draft.owner.trim() || null,
      campaignId: draft.campaignId ? Number(draft.campaignId) : null,
      cost:
        draft.cost.trim() === ''
          ? null
          : Number(draft.cost.replace(/[\s\u202f]/g, '').replace(',', '.')),
      currency: draft.cost.trim() === '' ? null : draft.currency || null,
      outcome: draft.outcome.trim() || null,
      notes: draft.notes.trim() || null,
    });
    if (!parsed.success) return setErrors(errorsByField(parsed.error));
    const outcome = await perform('interaction:create', parsed.data);
    if (!outcome.ok) return setErrors({ occurredOn: formatError(outcome.error, locale) });
    setErrors({});
    setDraft(empty);
  };

  return (
    <details className="inspector-section" open>
      <summary>{t('inspector.history', { count: interactions.length })}</summary>
      <ol className="timeline" data-testid="timeline">
        {interactions.map((i) => (
          <li key={i.id}>
            <time dateTime={i.occurredOn}>{i.occurredOn}</time>
            <span className="timeline-body">
              <strong>{t(`interaction.${i.type}`)}</strong>
              {i.campaignId !== null ? ` · ${campaignName.get(i.campaignId) ?? ''}` : ''}
              {i.cost !== null && i.cost > 0
                ? ` · ${new Intl.NumberFormat(locale, i.currency ? { style: 'currency', currency: i.currency } : {}).format(i.cost)}`
                : ''}
              {i.owner ? ` · ${i.owner}` : ''}
              {i.outcome ? <span className="timeline-outcome">{i.outcome}</span> : null}
            </span>
            <button
              type="button"
              className="link"
              aria-label={`${t('common.delete')}: ${i.occurredOn}`}
              onClick={() => void act('interaction:delete', { id: i.id })}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <form
        className="compact-form"
        onSubmit={(e) => void submit(e)}
        aria-label={t('interaction.new')}
      >
        <div className="two-columns">
          <Field id="interaction-date" label={t('interaction.date')} error={errors.occurredOn}>
            <input
              id="interaction-date"
              type="date"
              value={draft.occurredOn}
              onChange={(e) => setDraft({ ...draft, occurredOn: e.target.value })}
            />
          </Field>
          <Field id="interaction-type" label={t('interaction.type')}>
            <select
              id="interaction-type"
              value={draft.type}
              onChange={(e) => setDraft({ ...draft, type: e.target.value as InteractionType })}
            >
              {INTERACTION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`interaction.${type}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="interaction-cost" label={t('interaction.cost')} error={errors.cost}>
            <input
              id="interaction-cost"
              inputMode="decimal"
              value={draft.cost}
              onChange={(e) => setDraft({ ...draft, cost: e.target.value })}
            />
          </Field>
          <Field
            id="interaction-campaign"
            label={t('interaction.campaign')}
            error={errors.campaignId}
          >
            <select
              id="interaction-campaign"
              value={draft.campaignId}
              onChange={(e) => setDraft({ ...draft, campaignId: e.target.value })}
            >
              <option value="">{t('common.none')}</option>
              {campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="interaction-owner" label={t('actor.owner')} error={errors.owner}>
            <input
              id="interaction-owner"
              value={draft.owner}
              onChange={(e) => setDraft({ ...draft, owner: e.target.value })}
            />
          </Field>
          <Field id="interaction-currency" label={t('campaigns.currency')} error={errors.currency}>
            <input
              id="interaction-currency"
              value={draft.currency}
              maxLength={3}
              onChange={(e) => setDraft({ ...draft, currency: e.target.value.toUpperCase() })}
            />
          </Field>
          <Field id="interaction-outcome" label={t('interaction.outcome')} error={errors.outcome}>
            <input
              id="interaction-outcome"
              value={draft.outcome}
              onChange={(e) => setDraft({ ...draft, outcome: e.target.value })}
            />
          </Field>
        </div>
        <Field id="interaction-notes" label={t('actor.notes')} error={errors.notes}>
          <textarea
            id="interaction-notes"
            rows={2}
            value={draft.notes}
            onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
          />
        </Field>
        <button type="submit">{t('interaction.add')}</button>
      </form>
    </details>
  );
}
