import type { ActorId } from '../../../shared/domain/schemas';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { AnalysisProgress } from '../analytics/AnalysisProgress';
import { useAnalysis } from '../analytics/useAnalysis';
import { FIGURE_TEXT } from '../../../shared/figures/figureText';
import { riskRow, riskScene } from '../../../shared/figures/riskScene';
import { FigureExportMenu } from '../figures/FigureExportMenu';

/**
 * The Crisis view: communities ranked by risk (shared/analytics/riskHotspots.ts, formula in its
 * header), detractor clusters first, each with the bridges that carry it outward and the ally
 * responders who can answer it; one click selects them on the map.
 */
export function CrisisView() {
  const t = useT();
  const graph = useAppStore((s) => s.graph);
  const select = useAppStore((s) => s.select);
  const setView = useAppStore((s) => s.setView);
  const { analysis, progress, cancel } = useAnalysis();
  const name = new Map((graph?.actors ?? []).map((a) => [a.id as number, a.name]));
  const stance = new Map((graph?.actors ?? []).map((a) => [a.id as number, a.stance]));
  const nameOf = (id: number) => name.get(id) ?? `#${id}`;
  const locale = useAppStore((s) => s.locale);
  const mapName = useAppStore((s) => s.map?.settings.name ?? '');
  const showOnMap = (ids: number[]) => {
    if (ids.length === 0) return;
    select({ kind: 'actors', ids: ids as ActorId[] });
    setView('map');
  };
  const clusters = analysis?.risks.filter((r) => r.isDetractorCluster) ?? [];
  const others = analysis?.risks.filter((r) => !r.isDetractorCluster) ?? [];
  return (
    <section className="crisis-view" data-testid="view-crisis">
      <div className="view-heading">
        <h2>{t('crisis.title')}</h2>
        <FigureExportMenu
          testId="crisis-export"
          align="end"
          figures={[
            {
              fileBase: t('figureExport.fileRisks', { map: mapName }),
              scene: () =>
                analysis
                  ? riskScene(
                      t('crisis.title'),
                      analysis.risks.map((r) => riskRow(r, (id) => stance.get(id) ?? 0, nameOf)),
                      FIGURE_TEXT[locale],
                      mapName,
                    )
                  : null,
            },
          ]}
        />
      </div>
      <p className="hint">{t('crisis.explain')}</p>
      <AnalysisProgress progress={progress} cancel={cancel} />
      {analysis && clusters.length === 0 ? (
        <p data-testid="no-hotspot">{t('crisis.none')}</p>
      ) : null}
      <ol className="hotspots">
        {clusters.map((risk) => (
          <li key={risk.id} className="hotspot" data-testid="hotspot">
            <h3>
              {risk.name}{' '}
              <span className="risk-badge">{t('crisis.risk', { risk: risk.risk.toFixed(1) })}</span>
            </h3>
            <p className="facts">
              {t('crisis.facts', {
                size: risk.size,
                stance: risk.meanStance.toFixed(2),
                negative: Math.round(risk.negativeShare * 100),
                cohesion: Math.round(risk.cohesion * 100),
                outward: Math.round(risk.outward * 100),
                journey: Math.round(risk.journeyShare * 100),
              })}
            </p>
            <div className="two-columns">
              <div>
                <h4>{t('crisis.bridges')}</h4>
                <ul data-testid="bridges">
                  {risk.bridges.map((b) => (
                    <li key={b.actorId}>
                      {name.get(b.actorId)} <span className="muted">({b.strength.toFixed(1)})</span>
                    </li>
                  ))}
                </ul>
              </div>
              <div>
                <h4>{t('crisis.responders')}</h4>
                <ul data-testid="responders">
                  {risk.responders.map((r) => (
                    <li key={r.actorId}>
                      {name.get(r.actorId)}{' '}
                      <span className="muted">
                        {t('crisis.responderWhy', { direct: r.direct, shared: r.sharedAudience })}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
            <div className="inline-group">
              <button
                type="button"
                onClick={() => showOnMap(risk.memberIds)}
                data-testid="show-cluster"
              >
                {t('crisis.showCluster')}
              </button>
              <button
                type="button"
                onClick={() =>
                  showOnMap([...risk.bridges, ...risk.responders].map((x) => x.actorId))
                }
              >
                {t('crisis.showAnswer')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {others.length > 0 ? (
        <>
          <h3>{t('crisis.others')}</h3>
          <ul>
            {others.map((r) => (
              <li key={r.id}>
                {r.name} — {t('crisis.risk', { risk: r.risk.toFixed(1) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
