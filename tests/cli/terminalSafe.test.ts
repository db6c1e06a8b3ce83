import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../cli/output';
import { createMap } from '../../db/file/openMap';
import { createRepositories } from '../../db/repositories';
import type { ActorId } from '../../shared/domain/schemas';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();
const CLI = join(process.cwd(), 'dist', 'cli', 'influmap.cjs');

const OSC_TITLE = '\u001b]0;pwned\u0007';
const SGR_RED = '\u001b[31mred\u001b[0m';
const SPOOF = 'Admin\u202Egnp.exe';
const C1 = 'csi\u009b2J';

describe('what the command line prints', () => {
  it('shows control characters and bidirectional overrides as visible escapes', () => {
    expect(terminalSafe(`${OSC_TITLE} ${SGR_RED}`)).toBe(
      '\\u001b]0;pwned\\u0007 \\u001b[31mred\\u001b[0m',
    );
    expect(terminalSafe(SPOOF)).toBe('Admin\\u202egnp.exe');
    expect(terminalSafe(C1)).toBe('csi\\u009b2J');
    expect(terminalSafe('usage:\n\ttabbed Élodie « ok »')).toBe('usage:\n\ttabbed Élodie « ok »');
    // In a JSON string the escape is JSON's own: the data is unchanged once parsed.
    const json = terminalSafe(JSON.stringify({ name: `${SPOOF}${C1}` }));
    expect(JSON.parse(json)).toEqual({ name: `${SPOOF}${C1}` });
  });

  it('never writes an escape sequence from a map to the terminal, text or JSON', async (context) => {
    if (!existsSync(CLI)) {
      console.warn(`skipped: ${CLI} is not built (npm run build; npm test builds it first)`);
      context.skip();
    }
    const path = join(tempDir(), 'escapes.influmap');
    createMap(path, (db) => {
      const repos = createRepositories(db);
      const a = repos.actors.create({ name: OSC_TITLE, stance: -2 });
      const b = repos.actors.create({ name: SPOOF, stance: -1 });
      const community = repos.communities.create({ name: `${SGR_RED} ${SPOOF}` });
      repos.communities.addMembers(community.id, [a.id, b.id] as ActorId[]);
    }).close();
    const run = promisify(execFile);
    const text = await run(process.execPath, [CLI, 'communities', path]);
    const json = await run(process.execPath, [CLI, 'communities', path, '--json']);
    // Nothing but tab and line feed below U+0020, no C1 control, no bidirectional override.
    const raw = (output: string) =>
      [...output].filter((c) => {
        const code = c.charCodeAt(0);
        return (
          (code < 0x20 && c !== '\t' && c !== '\n') ||
          (code >= 0x7f && code <= 0x9f) ||
          (code >= 0x202a && code <= 0x202e)
        );
      });
    expect(raw(text.stdout)).toEqual([]);
    expect(raw(json.stdout)).toEqual([]);
    expect(text.stdout).toContain('\\u001b[31mred\\u001b[0m Admin\\u202egnp.exe');
    const parsed = JSON.parse(json.stdout) as { communities: Array<{ name: string }> };
    expect(parsed.communities[0]?.name).toBe(`${SGR_RED} ${SPOOF}`);
  });
});
