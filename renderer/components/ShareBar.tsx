/** One segment of a share bar: how many, in which colour, named for the tooltip and readers. */
export type Segment = { key: string; label: string; count: number; color: string };

/**
 * A horizontal bar split by share (a community's members by stance or by tier). Each segment
 * carries its name and count as a title and in the accessible label, so the bar is readable
 * without colour.
 */
export function ShareBar({ segments, label }: { segments: readonly Segment[]; label: string }) {
  const total = segments.reduce((sum, s) => sum + s.count, 0);
  const description = segments
    .filter((s) => s.count > 0)
    .map((s) => `${s.label}: ${s.count}`)
    .join(', ');
  return (
    <div
      className="share-bar"
      role="img"
      aria-label={`${label}: ${description}`}
      title={description}
    >
      {total > 0
        ? segments
            .filter((s) => s.count > 0)
            .map((s) => (
              <span
                key={s.key}
                data-segment={s.key}
                style={{ width: `${(100 * s.count) / total}%`, background: s.color }}
              />
            ))
        : null}
    </div>
  );
}
