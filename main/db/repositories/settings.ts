import type Database from 'better-sqlite3';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/domain/settings';

export interface SettingsRepository {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
}

/** Settings as key/value rows; values are JSON so that later settings can be structured. */
export function createSettingsRepository(db: Database.Database): SettingsRepository {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const upsert = db.prepare<{ key: string; value: string }>(
    'INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const get = (): Settings => {
    const stored: Record<string, unknown> = {};
    for (const row of all.all()) stored[row.key] = JSON.parse(row.value);
    // A value written by a future version and not understood falls back to the default.
    const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  };
  const update = db.transaction((patch: Partial<Settings>) => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) upsert.run({ key, value: JSON.stringify(value) });
    }
  });
  return {
    get,
    update(patch) {
      update(patch);
      return get();
    },
  };
}
