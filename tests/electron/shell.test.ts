import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { mapPathFromArgv } from '../../electron/main/launchArgs';
import { buildMenuTemplate } from '../../electron/main/menu';

const labels = (items: MenuItemConstructorOptions[]) =>
  items.map((i) => i.label ?? i.role ?? i.type);
const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];

describe('the application menu', () => {
  it('has File (New, Open, Open Recent, Report, Stories, Print, Close), Edit (Undo, Redo), View and Help', () => {
    const actions = { send: vi.fn(), openRecent: vi.fn() };
    const menu = buildMenuTemplate('en', [{ path: '/maps/a.influmap', name: 'Client A' }], actions);
    expect(labels(menu)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(submenu(menu[0]))).toEqual([
      'New map…',
      'Open…',
      'Open Recent',
      'separator',
      'Report…',
      'Stories and presentation…',
      'Print…',
      'separator',
      'Close map',
      'separator',
      'quit',
    ]);
    expect(labels(submenu(menu[1])).slice(0, 2)).toEqual(['Undo', 'Redo']);

    const recent = submenu(submenu(menu[0])[2]);
    expect(recent.map((r) => r.label)).toEqual(['Client A']);
    (recent[0]?.click as () => void)();
    expect(actions.openRecent).toHaveBeenCalledWith('/maps/a.influmap');
    (submenu(menu[1])[0]?.click as () => void)();
    expect(actions.send).toHaveBeenCalledWith('undo');
    const print = submenu(menu[0]).find((item) => item.label === 'Print…');
    expect(print?.accelerator).toBe('CmdOrCtrl+P');
    (print?.click as () => void)();
    expect(actions.send).toHaveBeenCalledWith('print');
  });

  it('speaks French', () => {
    const menu = buildMenuTemplate('fr', [], { send: vi.fn(), openRecent: vi.fn() });
    expect(labels(menu)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(submenu(submenu(menu[0])[2]).map((r) => r.label)).toEqual(['Aucune carte récente']);
  });
});

describe('launch arguments', () => {
  it('finds the map a double-click passes, ignoring flags', () => {
    expect(
      mapPathFromArgv(['/opt/Influmap/influmap', '--no-sandbox', '/home/u/Client.INFLUMAP']),
    ).toBe('/home/u/Client.INFLUMAP');
    expect(mapPathFromArgv(['influmap', '--flag=x.influmap'])).toBeNull();
    expect(mapPathFromArgv(['influmap', 'notes.txt'])).toBeNull();
  });
});

describe('packaging configuration', () => {
  const config = readFileSync('electron-builder.yml', 'utf8');
  it('associates .influmap files with the app', () => {
    expect(config).toMatch(/fileAssociations:\s*\n\s*- ext: influmap/);
  });
  it('never rebuilds the Node copy of better-sqlite3, and ships the Electron build beside it', () => {
    expect(config).toMatch(/^npmRebuild: false$/m);
    expect(config).toMatch(/from: build\/electron-native\/better_sqlite3\.node/);
  });
  it('ships every package pdfkit needs at run time, and the two fonts the report embeds', () => {
    // pdfkit is left out of the bundles (it reads data files beside its code): its dependencies,
    // and theirs, must be in the installer, or the packaged app could not write a report.
    const needed = new Set<string>();
    const visit = (name: string) => {
      const manifest = JSON.parse(
        readFileSync(join('node_modules', name, 'package.json'), 'utf8'),
      ) as { dependencies?: Record<string, string> };
      for (const dependency of Object.keys(manifest.dependencies ?? {}))
        if (!needed.has(dependency)) {
          needed.add(dependency);
          visit(dependency);
        }
    };
    visit('pdfkit');
    expect(needed.size).toBeGreaterThan(5);
    for (const name of ['pdfkit', ...needed]) expect(config).toContain(`node_modules/${name}/**`);
    expect(config).toContain('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
    expect(config).toContain('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
  });
  it('sets the hardening fuses', () => {
    for (const line of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'enableEmbeddedAsarIntegrityValidation: true',
      'onlyLoadAppFromAsar: true',
    ]) {
      expect(config).toContain(line);
    }
  });
});
