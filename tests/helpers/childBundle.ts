import { basename, join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a test's child-process script (it runs the app's own code: opening maps, importing) for
 * a plain Node process, into `dir`; better-sqlite3 stays external, found through NODE_PATH
 * (childEnv).
 */
export async function bundleForChild(entry: string, dir: string): Promise<string> {
  const outfile = join(dir, basename(entry).replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'silent',
  });
  return outfile;
}

/** The environment a bundled child needs: the bundle lives in a temp folder. */
export const childEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_PATH: join(process.cwd(), 'node_modules'),
});
