import { describe, expect, it } from 'vitest';
import { takeToken } from '../../renderer/api/transport';

function fakeBrowser(href: string) {
  const store = new Map<string, string>();
  const storage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  } as Storage;
  const replaced: string[] = [];
  const history = {
    replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url),
  } as History;
  return { location: { href } as Location, storage, history, replaced };
}

describe('the browser-mode token', () => {
  it('is taken from the URL, kept for the tab, and removed from the address bar', () => {
    const browser = fakeBrowser('http://127.0.0.1:4000/?token=abc123&view=map#x');
    expect(takeToken(browser.location, browser.storage, browser.history)).toBe('abc123');
    expect(browser.replaced).toEqual(['/?view=map#x']);
    const reloaded = {
      ...browser,
      location: { href: 'http://127.0.0.1:4000/?view=map' } as Location,
    };
    expect(takeToken(reloaded.location, browser.storage, browser.history)).toBe('abc123');
  });

  it('is null when never given', () => {
    const browser = fakeBrowser('http://127.0.0.1:4000/');
    expect(takeToken(browser.location, browser.storage, browser.history)).toBeNull();
  });
});
