import { useT } from '../../hooks/useT';

/** "Analysing the map…" with the worker's progress and a Cancel, while an analysis runs. */
export function AnalysisProgress({
  progress,
  cancel,
}: {
  progress: number | null;
  cancel?: () => void;
}) {
  const t = useT();
  if (progress === null) return null;
  return (
    <p role="status" className="inline-group" data-testid="analysis-progress">
      {t('crisis.computing')} <progress value={progress} max={1} />
      {cancel ? (
        <button type="button" onClick={cancel}>
          {t('common.cancel')}
        </button>
      ) : null}
    </p>
  );
}
