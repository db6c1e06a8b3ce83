import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../cli/server/httpServer';
import type { MapService } from '../../db/service/mapService';
import { call, makeService } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

type Reply = {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
};

/** A raw HTTP request, so that Host and Origin can be forged as an attacker would. */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the browser-mode transport', () => {
  let server: RunningServer;
  let service: MapService;
  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    send(server.port, `/api/${method}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${server.token}`,
        ...headers,
      },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    const dir = tempDir();
    const staticDir = join(dir, 'ui');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Influmap</title>');
    writeFileSync(join(dir, 'secret.txt'), 'outside the UI folder');
    service = makeService(dir);
    await call(service, 'map:create', { path: join(dir, 'served.influmap') });
    server = await startServer({ service, staticDir });
  });
  afterAll(async () => {
    await server.close();
    service.close();
  });

  it('listens on the loopback address only and prints a URL with its token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers a valid call with the result envelope', async () => {
    const reply = await api('actor:create', { name: 'Over HTTP' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: true,
      value: { name: 'Over HTTP', key: 'over-http' },
    });
  });

  it('answers 401 without the token, or with a wrong one, and writes nothing', async () => {
    const before = (await call(service, 'actor:list', {})).length;
    for (const authorization of [
      undefined,
      'Bearer nope',
      `Bearer ${server.token}x`,
      server.token,
    ]) {
      const reply = await send(server.port, '/api/actor:create', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(authorization ? { Authorization: authorization } : {}),
        },
        body: JSON.stringify({ name: 'Intruder' }),
      });
      expect(reply.status, String(authorization)).toBe(401);
      expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect((await call(service, 'actor:list', {})).length).toBe(before);
  });

  it('refuses another Host (DNS rebinding) and another Origin (cross-site)', async () => {
    expect((await send(server.port, '/', { headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await api('actor:list', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect(
      (await api('actor:list', {}, { Origin: `http://localhost:${server.port}` })).status,
    ).toBe(200);
  });

  it('refuses an unknown method, malformed JSON and a non-JSON body', async () => {
    expect((await api('actor:drop', {})).status).toBe(404);
    const malformed = await send(server.port, '/api/actor:list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: '{"name":',
    });
    expect(malformed.status).toBe(400);
    const form = await send(server.port, '/api/actor:create', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Bearer ${server.token}`,
      },
      body: 'name=x',
    });
    expect(form.status).toBe(415);
  });

  it('returns a typed validation error for an invalid payload', async () => {
    const reply = await api('actor:create', { name: 'X', stance: 3 });
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'stance' }] },
    });
  });

  it('serves the UI with a strict CSP, and nothing outside its folder', async () => {
    const index = await send(server.port, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toMatch(/script-src 'self';/);
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%00index.html',
    ]) {
      const reply = await send(server.port, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the UI folder');
    }
  });
});
