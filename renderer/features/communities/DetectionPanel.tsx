import { useRef, useState } from 'react';
import type { ActorId } from '../../../shared/domain/schemas';
import { useQuery } from '../../hooks/useQuery';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import type { DetectMessage, DetectRequest } from './detectWorker';

const NO_INPUT = {};

/**
 * Community detection from the app: Louvain runs in a worker (progress, cancel), its result is
 * kept as a proposed run of `detected` communities beside the hand-made ones, and each proposal
 * can be accepted or discarded (its communities renamed or merged like any other).
 */
export function DetectionPanel() {
  const t = useT();
  const graph = useAppStore((s) => s.graph);
  const act = useAppStore((s) => s.act);
  const showNotice = useAppStore((s) => s.showNotice);
  const runs = useQuery('detection:list', NO_INPUT) ?? [];
  const [level, setLevel] = useState<number | null>(null);
  // Louvain's parameters: the seed makes a run repeatable, the resolution sets the scale
  // (above 1: more, smaller communities; below 1: fewer, larger ones).
  const [seed, setSeed] = useState(1);
  const [resolution, setResolution] = useState(1);
  const valid = Number.isInteger(seed) && seed >= 0 && resolution > 0 && resolution <= 10;
  const worker = useRef<Worker | null>(null);
  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
    setLevel(null);
  };
  const detect = () => {
    if (!graph || worker.current) return;
    const running = new Worker(new URL('./detectWorker.ts', import.meta.url), { type: 'module' });
    worker.current = running;
    setLevel(0);
    const parameters = { seed, resolution };
    running.onmessage = (event: MessageEvent<DetectMessage>) => {
      if (event.data.type === 'progress') setLevel(event.data.level + 1);
      else {
        const { modularity, groups } = event.data.result;
        stop();
        void act('community:save-detection', {
          algorithm: 'louvain',
          parameters,
          modularity,
          groups: groups.map((g) => ({ name: g.name, actorIds: g.actorIds as ActorId[] })),
        });
      }
    };
    running.onerror = (event) => {
      stop();
      showNotice({ code: 'INTERNAL', detail: event.message });
    };
    running.postMessage({ graph, ...parameters } satisfies DetectRequest);
  };
  const proposed = runs.filter((r) => r.status === 'proposed');
  return (
    <div className="detection-panel" data-testid="detection-panel">
      <div className="inline-group">
        <label>
          {t('detect.seed')}{' '}
          <input
            type="number"
            min={0}
            step={1}
            value={seed}
            onChange={(e) => setSeed(e.target.valueAsNumber)}
            className="narrow"
            data-testid="detect-seed"
          />
        </label>
        <label>
          {t('detect.resolution')}{' '}
          <input
            type="number"
            min={0.1}
            max={10}
            step={0.1}
            value={resolution}
            onChange={(e) => setResolution(e.target.valueAsNumber)}
            className="narrow"
            data-testid="detect-resolution"
          />
        </label>
        <button
          type="button"
          onClick={detect}
          disabled={level !== null || !graph?.actors.length || !valid}
        >
          {t('detect.run')}
        </button>
        {level !== null ? (
          <span role="status" className="inline-group" data-testid="detect-progress">
            {t('detect.running', { level })}
            <button type="button" onClick={stop}>
              {t('common.cancel')}
            </button>
          </span>
        ) : null}
      </div>
      {proposed.map((run) => (
        <p key={run.id} className="proposal" data-testid="proposal">
          {t('detect.proposal', {
            count: run.communities,
            modularity: (run.modularity ?? 0).toFixed(3),
            seed: String(run.parameters.seed ?? '—'),
            resolution: String(run.parameters.resolution ?? '—'),
          })}{' '}
          <button type="button" onClick={() => void act('detection:accept', { id: run.id })}>
            {t('detect.accept')}
          </button>
          <button type="button" onClick={() => void act('detection:discard', { id: run.id })}>
            {t('detect.discard')}
          </button>
        </p>
      ))}
    </div>
  );
}
