import { spawn } from 'node:child_process';
import { createMapService, type MapService } from '../../db/service/mapService';
import { defaultMapsDir, defaultUserDataDir } from '../../db/service/userData';
import { startServer, type RunningServer } from '../server/httpServer';
import type { Output } from '../output';

export type ServeOptions = { port?: number; open: boolean; staticDir: string; version: string };
export type Served = { server: RunningServer; service: MapService; stop(): Promise<void> };

/** Opens `url` in the user's browser; failure is harmless (the URL is printed anyway). */
function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener on this system: the printed URL is enough.
  }
}

/**
 * `influmap serve [<map>] [--port N] [--no-open]`: browser mode. Opens `map` (or, the very first
 * time, the demo map), then serves the renderer and the API on 127.0.0.1 and prints the URL with
 * its token as the first line of stdout.
 */
export async function serveCommand(
  mapPath: string | undefined,
  options: ServeOptions,
  output: Output,
  env: NodeJS.ProcessEnv,
): Promise<Served> {
  const service = createMapService({
    userDataDir: defaultUserDataDir(env),
    mapsDir: defaultMapsDir(env),
    host: {
      kind: 'browser',
      version: options.version,
      canPickFiles: false,
      pickMap: () => Promise.resolve(null),
      pickSavePath: () => Promise.resolve(null),
    },
  });
  try {
    if (mapPath !== undefined) {
      // Named on the command line: the user chose it, so the window may open it again later.
      service.grant(mapPath);
      await service.call('map:open', { path: mapPath });
    } else if (service.isFirstRun()) await service.call('map:open-demo', {});
    const server = await startServer({
      service,
      staticDir: options.staticDir,
      port: options.port,
      logInternal: (method, err) =>
        output.err(
          `influmap: internal error in ${method}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
        ),
    });
    output.out(`Influmap running at ${server.url}`);
    if (options.open) openBrowser(server.url);
    return {
      server,
      service,
      async stop() {
        await server.close();
        service.close();
      },
    };
  } catch (err) {
    service.close();
    throw err;
  }
}
