import type { RefObject } from 'react';
import type { GraphSnapshot, ViewEncoding, ViewLayout } from '../../../shared/domain/schemas';
import { showsHulls } from '../../../shared/graph/hulls';
import { DEFAULT_TIER_THRESHOLDS } from '../../../shared/domain/tiers';
import { drawingOf } from '../../../shared/graph/drawing';
import { legendModel } from '../../../shared/graph/legend';
import { mapScene, type MapAnnotations } from '../../../shared/figures/mapScene';
import type { Scene } from '../../../shared/figures/scene';
import { fromBase64 } from '../../api/base64';
import { ApiError, call } from '../../api/client';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import type { ExportChoice } from './ExportMenu';
import { exportScene } from '../figures/exportScene';
import { dataFileName, deliver } from './exportPicture';
import type { MapHandle } from './InfluenceMap';

/**
 * Exports what the map shows (the nodes drawn where they are, collapsed communities as one node,
 * hulls, lane headings or quadrants, title and legend) as SVG, or PNG at print size (2×, at
 * least 1 600 px wide) or 1×, 2×, 4×, through the same drawing as the CLI and the report.
 */
export function useMapExport(
  mapRef: RefObject<MapHandle | null>,
  graph: GraphSnapshot | null,
  view: { name: string; layout: ViewLayout; encoding: ViewEncoding } | null,
  collapsed: ReadonlySet<number>,
  /** What the layout writes around the actors (lane headings, quadrants), as on screen. */
  annotations: MapAnnotations,
) {
  const t = useT();
  const settings = useAppStore((s) => s.map?.settings);
  const canPickFiles = useAppStore((s) => s.appInfo?.canPickFiles ?? false);
  const locale = useAppStore((s) => s.locale);
  const showNotice = useAppStore((s) => s.showNotice);
  /** What the map shows, as the export's scene (null before the map is drawn). */
  const currentScene = (): Scene | null => {
    if (!settings || !graph || !mapRef.current) return null;
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
    return mapScene(drawing, {
      title: settings.name,
      subtitle: [settings.client, view?.name].filter(Boolean).join(' · '),
      legend: legendModel(locale, size, { hulls: drawing.hulls, collapsed: collapsed.size > 0 }),
      annotations,
    });
  };
  const notify = (err: unknown) =>
    showNotice(
      err instanceof ApiError
        ? err.data
        : { code: 'INTERNAL', detail: err instanceof Error ? err.message : String(err) },
    );
  const onExport = async (choice: ExportChoice) => {
    if (!settings) return;
    try {
      if (choice.format === 'data') {
        // The whole map as data, built by the service (the same writers as the CLI).
        for (const format of choice.files) {
          const { base64 } = await call('export:data', { format });
          await deliver(dataFileName(settings.name, format), fromBase64(base64), canPickFiles);
        }
        return;
      }
      const scene = currentScene();
      if (!scene) return;
      await exportScene(
        scene,
        choice.format === 'svg'
          ? choice
          : { format: 'png', ...(choice.scale ? { scale: choice.scale } : {}) },
        settings.name,
        canPickFiles,
      );
    } catch (err) {
      notify(err);
    }
  };
  return { onExport, currentScene };
}
