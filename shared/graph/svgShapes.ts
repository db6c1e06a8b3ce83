import type { NodeShape } from './encoding';

const round = (n: number) => Math.round(n * 100) / 100;

function polygon(cx: number, cy: number, radius: number, sides: number, rotation: number): string {
  const points = Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (2 * Math.PI * i) / sides;
    return `${round(cx + radius * Math.cos(angle))} ${round(cy + radius * Math.sin(angle))}`;
  });
  return `M${points.join(' L')} Z`;
}

/** An SVG path for a node shape of diameter `size` centred on (cx, cy), as cytoscape draws it. */
export function shapePath(shape: NodeShape, cx: number, cy: number, size: number): string {
  const r = size / 2;
  switch (shape) {
    case 'round-rectangle': {
      const k = r * 0.25;
      return `M${round(cx - r + k)} ${round(cy - r)} H${round(cx + r - k)} Q${round(cx + r)} ${round(cy - r)} ${round(cx + r)} ${round(cy - r + k)} V${round(cy + r - k)} Q${round(cx + r)} ${round(cy + r)} ${round(cx + r - k)} ${round(cy + r)} H${round(cx - r + k)} Q${round(cx - r)} ${round(cy + r)} ${round(cx - r)} ${round(cy + r - k)} V${round(cy - r + k)} Q${round(cx - r)} ${round(cy - r)} ${round(cx - r + k)} ${round(cy - r)} Z`;
    }
    case 'round-diamond':
      return polygon(cx, cy, r, 4, -Math.PI / 2);
    case 'round-hexagon':
      return polygon(cx, cy, r, 6, 0);
    case 'round-octagon':
      return polygon(cx, cy, r, 8, Math.PI / 8);
    case 'round-triangle':
      return polygon(cx, cy + r * 0.15, r, 3, -Math.PI / 2);
    default:
      return `M${round(cx - r)} ${round(cy)} A${round(r)} ${round(r)} 0 1 0 ${round(cx + r)} ${round(cy)} A${round(r)} ${round(r)} 0 1 0 ${round(cx - r)} ${round(cy)} Z`;
  }
}
