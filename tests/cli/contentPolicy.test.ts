import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../db/io/staticFiles';

describe('the content security policy', () => {
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
    readFileSync('renderer/index.html', 'utf8'),
  )?.[1];

  it('is in index.html and allows no inline script, no eval and no foreign connection', () => {
    expect(meta).toBeDefined();
    for (const policy of [meta ?? '', CONTENT_SECURITY_POLICY]) {
      expect(policy).toMatch(/script-src 'self'(;|$)/);
      expect(policy).toMatch(/connect-src 'self'/);
      expect(policy).not.toMatch(/unsafe-eval/);
      expect(policy).toMatch(/object-src 'none'/);
    }
  });

  it('says the same in the meta tag as in the header both transports send', () => {
    // frame-ancestors has no effect in a meta tag, so only the header carries it.
    expect(CONTENT_SECURITY_POLICY.replace(" frame-ancestors 'none';", '')).toBe(meta);
  });
});
