import { homedir } from 'node:os';
import { join } from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The per-user folder for recent maps and the demo map: the same folder Electron's
 * `app.getPath('userData')` gives for the product name "Influmap", so the desktop app and browser
 * mode share it. `INFLUMAP_USER_DATA` overrides it (tests, portable installs).
 */
export function defaultUserDataDir(
  env: Env = process.env,
  platform: string = process.platform,
  home: string = homedir(),
): string {
  if (env.INFLUMAP_USER_DATA) return env.INFLUMAP_USER_DATA;
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Influmap');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Influmap');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Influmap');
}

/** Where new maps go when the user gives only a name: `~/Documents/Influmap` unless overridden. */
export function defaultMapsDir(env: Env = process.env, home: string = homedir()): string {
  return env.INFLUMAP_MAPS_DIR ?? join(home, 'Documents', 'Influmap');
}
