import { useState, type FormEvent } from 'react';
import { formatError } from '../../../shared/i18n/errorMessages';
import { CampaignDraftSchema } from '../../../shared/domain/schemas';
import { Field } from '../../components/Field';
import { useQuery } from '../../hooks/useQuery';
import { useT } from '../../hooks/useT';
import { errorsByField } from '../../i18n/validationLocale';
import { useAppStore } from '../../state/store';
import { PurchasingTable } from './PurchasingTable';

const NO_INPUT = {};

/** Campaigns (dates, budget, what was spent) and, below, the purchasing view across them. */
export function CampaignsPanel() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const perform = useAppStore((s) => s.perform);
  const act = useAppStore((s) => s.act);
  const campaigns = useQuery('campaign:list', NO_INPUT) ?? [];
  const [draft, setDraft] = useState({
    name: '',
    startsOn: '',
    endsOn: '',
    budget: '',
    currency: 'EUR',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const money = (n: number | null, currency: string | null) =>
    n === null
      ? ''
      : new Intl.NumberFormat(
          locale,
          currency ? { style: 'currency', currency, maximumFractionDigits: 0 } : {},
        ).format(n);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = CampaignDraftSchema.safeParse({
      name: draft.name,
      startsOn: draft.startsOn || null,
      endsOn: draft.endsOn || null,
      budget: draft.budget === '' ? null : Number(draft.budget.replace(',', '.')),
      currency: draft.currency || null,
    });
    if (!parsed.success) return setErrors(errorsByField(parsed.error));
    const outcome = await perform('campaign:create', parsed.data);
    if (!outcome.ok) return setErrors({ name: formatError(outcome.error, locale) });
    setErrors({});
    setDraft({ name: '', startsOn: '', endsOn: '', budget: '', currency: draft.currency });
  };

  return (
    <div className="panel-scroll">
      <h2>{t('campaigns.title')}</h2>
      <table className="plain-table" data-testid="campaigns">
        <thead>
          <tr>
            <th>{t('campaigns.name')}</th>
            <th>{t('campaigns.dates')}</th>
            <th className="numeric">{t('campaigns.budget')}</th>
            <th className="numeric">{t('campaigns.spent')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {campaigns.map((c) => (
            <tr key={c.id}>
              <td>{c.name}</td>
              <td>{[c.startsOn, c.endsOn].filter(Boolean).join(' → ')}</td>
              <td className="numeric">{money(c.budget, c.currency)}</td>
              <td className={`numeric${c.budget !== null && c.spent > c.budget ? ' over' : ''}`}>
                {money(c.spent, c.currency)}
              </td>
              <td>
                <button
                  type="button"
                  className="link"
                  onClick={() => void act('campaign:delete', { id: c.id })}
                  aria-label={`${t('common.delete')}: ${c.name}`}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="row-form" onSubmit={(e) => void submit(e)} aria-label={t('campaigns.new')}>
        <Field id="campaign-name" label={t('campaigns.name')} error={errors.name}>
          <input
            id="campaign-name"
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        </Field>
        <Field id="campaign-starts" label={t('campaigns.startsOn')} error={errors.startsOn}>
          <input
            id="campaign-starts"
            type="date"
            value={draft.startsOn}
            onChange={(e) => setDraft({ ...draft, startsOn: e.target.value })}
          />
        </Field>
        <Field id="campaign-ends" label={t('campaigns.endsOn')} error={errors.endsOn}>
          <input
            id="campaign-ends"
            type="date"
            value={draft.endsOn}
            onChange={(e) => setDraft({ ...draft, endsOn: e.target.value })}
          />
        </Field>
        <Field id="campaign-budget" label={t('campaigns.budget')} error={errors.budget}>
          <input
            id="campaign-budget"
            inputMode="decimal"
            value={draft.budget}
            onChange={(e) => setDraft({ ...draft, budget: e.target.value })}
          />
        </Field>
        <Field id="campaign-currency" label={t('campaigns.currency')} error={errors.currency}>
          <input
            id="campaign-currency"
            value={draft.currency}
            maxLength={3}
            onChange={(e) => setDraft({ ...draft, currency: e.target.value.toUpperCase() })}
          />
        </Field>
        <button type="submit" className="primary">
          {t('common.create')}
        </button>
      </form>
      <PurchasingTable />
    </div>
  );
}
