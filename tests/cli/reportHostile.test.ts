import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMap } from '../../db/file/openMap';
import { createRepositories } from '../../db/repositories';
import type { ActorId, CommunityId } from '../../shared/domain/schemas';
import { NO_POPPLER, pdfText, POPPLER, renderedPages } from '../helpers/pdf';
import { runCli } from '../helpers/runCli';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();
const run = (argv: string[]) => runCli(argv, tempDir());

const SCRIPT = '<script>alert(1)</script>';
const SPOOF = 'Admin\u202Egnp.exe';
const EMOJI = '🎉 Fête de Chloë 🎉';
const ATTRIBUTE = '"/><svg onload=alert(2)>';
const LONG = 'Lorem ipsum dolor sit amet '.repeat(190).trim();
const UNBROKEN = 'X'.repeat(3000);

/**
 * A map a consultant might receive from someone else: names made of markup, scripts, an
 * invisible right-to-left override, emoji, a 5 000-character name, a word no line can hold, and a
 * community colour that was tampered with in the file itself.
 */
function hostileMap(dir: string): string {
  const path = join(dir, 'hostile.influmap');
  createMap(path, (db) => {
    const repos = createRepositories(db);
    repos.settings.set({ name: `Carte ${SCRIPT}`, client: ATTRIBUTE });
    const names = [SCRIPT, SPOOF, EMOJI, ATTRIBUTE, LONG, UNBROKEN, 'Line\nbreak\u0007bell'];
    const ids = names.map(
      (name, i) =>
        repos.actors.create({ name, stance: i % 2 === 0 ? -2 : 2, reach: 1000 * (i + 1) }).id,
    );
    const community = repos.communities.create({ name: `Cercle ${SCRIPT}` });
    repos.communities.addMembers(community.id as CommunityId, ids.slice(0, 4) as ActorId[]);
    for (let i = 1; i < ids.length; i += 1)
      repos.relations.create({
        sourceId: ids[i - 1] as ActorId,
        targetId: ids[i] as ActorId,
        type: 'mentions',
      });
    // Tampered in the file: no form would accept this colour, a hand-edited map can hold it.
    db.prepare('UPDATE communities SET color = ?').run(`"/><script>alert(3)</script>`);
    db.prepare("INSERT INTO saved_views (name, layout, is_default) VALUES (?, 'force', 1)").run(
      `<b>${SCRIPT}</b>`,
    );
  }).close();
  return path;
}

describe.skipIf(!POPPLER)('a report of a hostile map', () => {
  if (!POPPLER) console.warn(NO_POPPLER);

  it('shows every name as text, executes nothing and keeps its pages drawn', async () => {
    const dir = tempDir();
    const map = hostileMap(dir);
    const out = join(dir, 'hostile.pdf');
    const result = await run(['report', map, '--out', out]);
    expect(result.code, result.stderr.join('\n')).toBe(0);
    const text = pdfText(out);
    expect(text).toContain(SCRIPT);
    expect(text).toContain('onload=alert(2)');
    expect(text).toContain('Fête de Chloë');
    // The override is shown as a marker, so the name cannot pass for "Adminexe.png".
    expect(text).toContain('Admin[U+202E]gnp.exe');
    expect(text).not.toContain('\u202E');
    // Long names are wrapped, not clipped: the start of the 5 000-character name is all there,
    // and the unbroken word is broken across lines rather than cut at the margin.
    const joined = text.replace(/\s+/g, '');
    expect(joined).toContain(LONG.replace(/\s+/g, '').slice(0, 400));
    expect(joined).toContain('X'.repeat(400));
    const raw = readFileSync(out).toString('latin1');
    for (const action of ['/JavaScript', '/JS ', '/Launch', '/OpenAction', '/URI', '/EmbeddedFile'])
      expect(raw, action).not.toContain(action);
    const pages = renderedPages(out, dir);
    expect(pages.length).toBeGreaterThan(4);
    for (const page of pages) expect(page.distinctPixels).toBeGreaterThan(8);
  });

  it('exports an SVG of it where every attribute is a checked value', async () => {
    const dir = tempDir();
    const map = hostileMap(dir);
    const out = join(dir, 'hostile.svg');
    expect((await run(['export', map, '--format', 'svg', '--out', out])).code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son\w+=/i);
    for (const [, colour] of svg.matchAll(/(?:fill|stroke)="([^"]*)"/g))
      expect(colour).toMatch(/^(#[0-9a-f]{3,6}|none)$/i);
  });
});
