// Finds the Electron runtime by its files. Never `require('electron')` to find out: when the
// runtime is missing, that require starts a download.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const electronPackageDir = join(process.cwd(), 'node_modules', 'electron');

/** The Electron executable, or null when the runtime is not installed. */
export function electronExecutable() {
  const pathFile = join(electronPackageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(electronPackageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

/** The Electron version the project is built against. */
export function electronVersion() {
  return JSON.parse(readFileSync(join(electronPackageDir, 'package.json'), 'utf8')).version;
}
