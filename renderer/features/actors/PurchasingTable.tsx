import { useQuery } from '../../hooks/useQuery';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';

const NO_INPUT = {};

/** Per actor, what each paid collaboration cost across campaigns, and how the price moved. */
export function PurchasingTable() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const report = useQuery('purchasing:report', NO_INPUT) ?? [];
  const money = (n: number, currency: string | null) =>
    new Intl.NumberFormat(
      locale,
      currency ? { style: 'currency', currency, maximumFractionDigits: 0 } : {},
    ).format(n);
  const percent = (ratio: number | null) =>
    ratio === null
      ? ''
      : new Intl.NumberFormat(locale, {
          style: 'percent',
          signDisplay: 'always',
          maximumFractionDigits: 0,
        }).format(ratio);
  return (
    <>
      <h2>{t('purchasing.title')}</h2>
      {report.length === 0 ? <p className="empty-hint">{t('purchasing.empty')}</p> : null}
      <table className="plain-table" data-testid="purchasing">
        <thead>
          <tr>
            <th>{t('actor.name')}</th>
            <th>{t('purchasing.date')}</th>
            <th>{t('purchasing.campaign')}</th>
            <th>{t('interaction.type')}</th>
            <th className="numeric">{t('purchasing.cost')}</th>
            <th className="numeric">{t('purchasing.variation')}</th>
          </tr>
        </thead>
        <tbody>
          {report.flatMap((row) =>
            row.collaborations.map((c, index) => (
              <tr key={c.interactionId} className={index === 0 ? 'group-start' : ''}>
                <td>{index === 0 ? row.actorName : ''}</td>
                <td>{c.occurredOn}</td>
                <td>{c.campaignName ?? t('common.none')}</td>
                <td>{t(`interaction.${c.type}`)}</td>
                <td className="numeric">{money(c.cost, c.currency)}</td>
                <td className={`numeric${c.variation !== null && c.variation > 0 ? ' over' : ''}`}>
                  {percent(c.variation)}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </>
  );
}
