import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../../shared/api/errors';
import { dispatch } from '../../db/service/dispatch';
import type { MapService } from '../../db/service/mapService';
import { hasToken, isAllowedHost, isAllowedOrigin } from './requestGuards';
import { CONTENT_SECURITY_POLICY, readStaticFile } from '../../db/io/staticFiles';

const MAX_BODY_BYTES = 16 * 1024 * 1024;

export type ServerOptions = {
  service: MapService;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  logInternal?: (method: string, err: unknown) => void;
};

export type RunningServer = { url: string; port: number; token: string; close(): Promise<void> };

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendResult(res: ServerResponse, status: number, result: ApiResult<unknown>): void {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

/** `actor%3Acreate` → `actor:create`; a malformed escape names no method. */
function decodeMethod(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Browser mode's transport: serves the built renderer and the API contract on 127.0.0.1 only.
 * Every API call needs the per-run token (`Authorization: Bearer …`), and Host and Origin are
 * checked so that no other site, nor a DNS-rebound name, can reach the map.
 * API: `POST /api/<method>` with the JSON input as body, answered with the result envelope.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let port = 0;

  const handleApi = async (req: IncomingMessage, res: ServerResponse, method: string) => {
    if (!hasToken(req.headers, token))
      return sendResult(res, 401, { ok: false, error: { code: 'UNAUTHORIZED' } });
    if (req.method !== 'POST')
      return sendResult(res, 405, {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', detail: 'use POST' },
      });
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendResult(res, 415, {
        ok: false,
        error: { code: 'INVALID_INPUT', detail: 'JSON body expected' },
      });
    }
    const body = await readBody(req);
    if (body === null)
      return sendResult(res, 413, {
        ok: false,
        error: { code: 'INVALID_INPUT', detail: 'request too large' },
      });
    let input: unknown;
    try {
      input = body.trim() === '' ? {} : (JSON.parse(body) as unknown);
    } catch {
      return sendResult(res, 400, {
        ok: false,
        error: { code: 'INVALID_INPUT', detail: 'malformed JSON' },
      });
    }
    const result = await dispatch(options.service, method, input, {
      logInternal: options.logInternal,
    });
    const status = !result.ok && result.error.code === 'UNKNOWN_METHOD' ? 404 : 200;
    sendResult(res, status, result);
  };

  const server = createServer((req, res) => {
    if (!isAllowedHost(req.headers, port) || !isAllowedOrigin(req.headers, port)) {
      send(res, 403, 'Forbidden', 'text/plain; charset=utf-8');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const work = url.pathname.startsWith('/api/')
      ? handleApi(req, res, decodeMethod(url.pathname.slice('/api/'.length)))
      : (async () => {
          if (req.method !== 'GET' && req.method !== 'HEAD')
            return send(res, 405, 'Method Not Allowed', 'text/plain');
          const file = await readStaticFile(options.staticDir, url.pathname);
          if (!file) return send(res, 404, 'Not Found', 'text/plain; charset=utf-8');
          send(res, 200, file.body, file.contentType);
        })();
    work.catch((err: unknown) => {
      options.logInternal?.(url.pathname, err);
      if (!res.headersSent) sendResult(res, 500, { ok: false, error: { code: 'INTERNAL' } });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
