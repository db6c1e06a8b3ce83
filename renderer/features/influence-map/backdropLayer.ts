import type { Core } from 'cytoscape';
import type { GraphSnapshot } from '../../../shared/domain/schemas';
import { communityHulls, hullPath } from '../../../shared/graph/hulls';
import type { LaneHeading } from '../../../shared/graph/layouts';
import { nodeIdOf } from './toElements';

/** What is drawn under the map, in model coordinates: community hulls and lane headings. */
export type Backdrop = {
  /** Memberships for the hulls; null draws none. */
  communities: Pick<GraphSnapshot, 'actors' | 'communities'> | null;
  headings: readonly LaneHeading[];
};

const SVG = 'http://www.w3.org/2000/svg';

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/**
 * Draws the backdrop into `layer` (an SVG under cytoscape's transparent canvas) and keeps it
 * aligned with the viewport: pan and zoom only move a transform; node moves redraw the hulls
 * once per frame at most, or once per drag on big maps (`settleOnly`). Names are set as text
 * nodes, never parsed as markup. Returns `redraw` (for new data) and `detach`.
 */
export function attachBackdrop(
  cy: Core,
  layer: SVGSVGElement,
  read: () => Backdrop,
  settleOnly: boolean,
): { redraw(): void; detach(): void } {
  const group = svgElement('g', {}) as SVGGElement;
  layer.replaceChildren(group);
  const align = () => {
    const { x, y } = cy.pan();
    group.setAttribute('transform', `translate(${x} ${y}) scale(${cy.zoom()})`);
  };
  const redraw = () => {
    const { communities, headings } = read();
    const children: SVGElement[] = [];
    if (communities) {
      const placed = (id: number) => {
        const node = cy.getElementById(nodeIdOf(id));
        return node.nonempty() && node.visible() ? node : null;
      };
      const hulls = communityHulls(communities, (id) => placed(id)?.position(), {
        radius: (id) => (placed(id)?.width() ?? 18) / 2,
      });
      for (const hull of hulls) {
        const outline = svgElement('path', {
          d: hullPath(hull.outline),
          fill: hull.color,
          'fill-opacity': 0.07,
          stroke: hull.color,
          'stroke-opacity': 0.7,
          'stroke-width': 1.5,
          'stroke-dasharray': '5 3',
          'data-community': hull.communityId,
        });
        const name = svgElement('text', {
          x: hull.labelAt.x,
          y: hull.labelAt.y,
          'text-anchor': 'middle',
          'font-size': 13,
          'font-weight': 'bold',
          fill: hull.color,
          class: 'hull-name',
        });
        name.textContent = hull.name;
        children.push(outline, name);
      }
    }
    for (const heading of headings) {
      const text = svgElement('text', {
        x: heading.x,
        y: heading.y,
        'text-anchor': 'middle',
        'font-size': 14,
        'font-weight': heading.momentOfTruth ? 'bold' : 'normal',
        class: heading.momentOfTruth ? 'lane-heading moment-of-truth' : 'lane-heading',
      });
      text.textContent = heading.momentOfTruth ? `★ ${heading.label}` : heading.label;
      children.push(text);
    }
    group.replaceChildren(...children);
    layer.dataset.hulls = String(children.filter((c) => c.tagName === 'path').length);
  };
  let frame = 0;
  const schedule = () => {
    if (frame === 0)
      frame = requestAnimationFrame(() => {
        frame = 0;
        redraw();
      });
  };
  const moved = settleOnly ? 'dragfree add remove' : 'position add remove';
  cy.on('viewport', align);
  cy.on(moved, schedule);
  align();
  return {
    redraw: schedule,
    detach() {
      cancelAnimationFrame(frame);
      cy.off('viewport', align);
      cy.off(moved, schedule);
      group.remove();
    },
  };
}
