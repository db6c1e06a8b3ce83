import type { RefObject } from 'react';
import type { GraphSnapshot, ViewEncoding, ViewLayout } from '../../../shared/domain/schemas';
import { showsHulls } from '../../../shared/graph/hulls';
import { DEFAULT_TIER_THRESHOLDS } from '../../../shared/domain/tiers';
import { drawingOf } from '../../../shared/graph/drawing';
import { legendModel } from '../../../shared/graph/legend';
import { renderSvg } from '../../../shared/graph/svgExport';
import { fromBase64 } from '../../api/base64';
import { ApiError, call } from '../../api/client';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import type { ExportChoice } from './ExportMenu';
import { dataFileName, deliver, exportFileName, rasterize } from './exportPicture';
import type { MapHandle } from './InfluenceMap';

/**
 * Exports what the map shows (the nodes drawn where they are, collapsed communities as one node,
 * hulls, title and legend) as SVG, or PNG at 1×, 2× or 4×, through the same drawing as the CLI.
 */
export function useMapExport(
  mapRef: RefObject<MapHandle | null>,
  graph: GraphSnapshot | null,
  view: { name: string; layout: ViewLayout; encoding: ViewEncoding } | null,
  collapsed: ReadonlySet<number>,
) {
  const t = useT();
  const settings = useAppStore((s) => s.map?.settings);
  const canPickFiles = useAppStore((s) => s.appInfo?.canPickFiles ?? false);
  const locale = useAppStore((s) => s.locale);
  const showNotice = useAppStore((s) => s.showNotice);
  return async (choice: ExportChoice) => {
    if (!settings) return;
    if (choice.format === 'data') {
      // The whole map as data, built by the service (the same writers as the CLI).
      try {
        for (const format of choice.files) {
          const { base64 } = await call('export:data', { format });
          const bytes = fromBase64(base64);
          await deliver(dataFileName(settings.name, format), bytes, canPickFiles);
        }
      } catch (err) {
        showNotice(
          err instanceof ApiError
            ? err.data
            : { code: 'INTERNAL', detail: err instanceof Error ? err.message : String(err) },
        );
      }
      return;
    }
    if (!graph || !mapRef.current) return;
    const encoding = view?.encoding ?? {};
    const size = encoding.size ?? 'reach';
    const positions = mapRef.current.shownPositions();
    const drawing = drawingOf(
      graph,
      positions,
      {
        size,
        thresholds: settings.tierThresholds ?? DEFAULT_TIER_THRESHOLDS,
        hulls: showsHulls(view?.layout, encoding),
      },
      new Set(positions.keys()),
      { groups: collapsed, noCommunityName: t('communities.none') },
    );
    const svg = renderSvg(drawing, {
      title: settings.name,
      subtitle: [settings.client, view?.name].filter(Boolean).join(' · '),
      legend: legendModel(locale, size, { hulls: drawing.hulls, collapsed: collapsed.size > 0 }),
    });
    try {
      const scale = choice.format === 'png' ? choice.scale : 1;
      const bytes =
        choice.format === 'svg' ? new TextEncoder().encode(svg) : await rasterize(svg, scale);
      await deliver(exportFileName(settings.name, choice.format, scale), bytes, canPickFiles);
    } catch (err) {
      showNotice(
        err instanceof ApiError
          ? err.data
          : { code: 'INTERNAL', detail: err instanceof Error ? err.message : String(err) },
      );
    }
  };
}
