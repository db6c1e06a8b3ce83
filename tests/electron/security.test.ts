import { describe, expect, it, vi } from 'vitest';
import {
  isSafeExternalUrl,
  isTrustedUrl,
  lockDown,
  makeWebPreferences,
  type LockableContents,
} from '../../electron/main/security';

describe('window security settings', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(makeWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it.each([
    ['app://influmap/index.html', true],
    ['app://influmap/assets/x.js', true],
    ['app://evil/index.html', false],
    ['app://user:pw@influmap/index.html', false],
    ['file:///etc/passwd', false],
    ['https://influmap/index.html', false],
    ['http://127.0.0.1:5000/', false],
    ['javascript:alert(1)', false],
    ['', false],
    ['not a url', false],
  ])('trusts %s as our own page: %s', (url, trusted) => {
    expect(isTrustedUrl(url)).toBe(trusted);
  });

  it.each([
    ['https://example.org/article', true],
    ['mailto:press@example.org', true],
    ['http://example.org', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['smb://server/share', false],
    ['ms-msdt:/id', false],
    ['https://user:pw@example.org', false],
  ])('opens %s outside the app: %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });

  it('denies navigation away, new windows and permissions', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
    let permissionHandler:
      ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let permissionCheck: (() => boolean) | undefined;
    const contents: LockableContents = {
      on: (event, listener) => listeners.set(event, listener),
      setWindowOpenHandler: (handler) => {
        openHandler = handler;
      },
      session: {
        setPermissionRequestHandler: (handler) => {
          permissionHandler = handler;
        },
        setPermissionCheckHandler: (handler) => {
          permissionCheck = handler;
        },
      },
    };
    const openExternal = vi.fn();
    lockDown(contents, openExternal);

    const prevented = vi.fn();
    listeners.get('will-navigate')?.({ preventDefault: prevented }, 'https://evil.example');
    listeners.get('will-redirect')?.({ preventDefault: prevented }, 'file:///etc/passwd');
    listeners.get('will-navigate')?.({ preventDefault: prevented }, 'app://influmap/index.html');
    expect(prevented).toHaveBeenCalledTimes(2);

    expect(openHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.org']]);

    const granted = vi.fn();
    permissionHandler?.({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(permissionCheck?.()).toBe(false);
  });
});
