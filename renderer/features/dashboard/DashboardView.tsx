import { useState } from 'react';
import { DEFAULT_TIER_THRESHOLDS } from '../../../shared/domain/tiers';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { AnalysisProgress } from '../analytics/AnalysisProgress';
import { useAnalysis } from '../analytics/useAnalysis';
import { OverlapTable } from './OverlapTable';
import { TopicSelect } from '../../components/TopicSelect';
import { RankingTable } from './RankingTable';
import { ShareOfVoice } from './ShareOfVoice';

/**
 * Who matters on a topic: the ranking by influence score (each actor's best topic, or one topic)
 * and the audience overlap among the best ranked. Computed in a worker and kept in the map.
 */
export function DashboardView() {
  const t = useT();
  const graph = useAppStore((s) => s.graph);
  const thresholds = useAppStore((s) => s.map?.settings.tierThresholds ?? DEFAULT_TIER_THRESHOLDS);
  const [topicId, setTopicId] = useState<number | null>(null);
  const { analysis, progress, cancel } = useAnalysis(topicId);
  return (
    <section className="dashboard-view" data-testid="view-dashboard">
      <h2>{t('dashboard.title')}</h2>
      <TopicSelect value={topicId} onChange={setTopicId} testId="ranking-topic" />
      <AnalysisProgress progress={progress} cancel={cancel} />
      {analysis && graph ? (
        <div className="two-columns">
          <div>
            <h3>{t('dashboard.ranking')}</h3>
            <RankingTable analysis={analysis} graph={graph} thresholds={thresholds} />
          </div>
          <div>
            <h3>{t('dashboard.overlap')}</h3>
            <OverlapTable overlaps={analysis.overlaps} graph={graph} />
          </div>
        </div>
      ) : null}
      <ShareOfVoice />
    </section>
  );
}
