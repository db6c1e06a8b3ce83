import { DEFAULT_TIER_THRESHOLDS } from '../../shared/domain/tiers';
import { DEFAULT_RELATION_TYPES } from '../../shared/domain/vocabulary';
import { MapSettingsSchema, type MapSettings } from '../../shared/domain/schemas';
import type { SqliteDatabase } from '../sqlite';

export const DEFAULT_SETTINGS: MapSettings = {
  name: 'Untitled map',
  client: null,
  subject: null,
  author: null,
  tierThresholds: DEFAULT_TIER_THRESHOLDS,
  relationTypes: [...DEFAULT_RELATION_TYPES],
  scoreWeights: { reach: 0.3, resonance: 0.25, relevance: 0.3, centrality: 0.15 },
};

/**
 * Map settings, one JSON value per key. Unknown or malformed stored values fall back to the
 * defaults rather than breaking the open: a hand-edited file should still open.
 */
export function createSettingsRepository(db: SqliteDatabase) {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM map_settings');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO map_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );

  return {
    get(): MapSettings {
      const stored: Record<string, unknown> = {};
      for (const row of all.all()) {
        try {
          stored[row.key] = JSON.parse(row.value) as unknown;
        } catch {
          // json_valid() guards the column; a failure here means a foreign writer: ignore the key.
        }
      }
      const parsed = MapSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
      return parsed.success ? parsed.data : DEFAULT_SETTINGS;
    },
    /** Writes the keys the patch names; the caller validated them with MapSettingsPatchSchema. */
    set(patch: Partial<MapSettings>): void {
      for (const [key, value] of Object.entries(patch)) upsert.run(key, JSON.stringify(value));
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
