import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'influmap/layering')
    .map((m) => m.message);
}

describe('the layering of STYLE.md §1, enforced by lint', () => {
  it.each([
    ['shared/domain/x.ts', "import { openMap } from '../../db/file/openMap';"],
    ['shared/domain/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/domain/x.ts', "import React from 'react';"],
    ['shared/domain/x.ts', "import { app } from 'electron';"],
    ['renderer/features/x.ts', "import { openMap } from '../../db/file/openMap';"],
    ['renderer/features/x.ts', "import Database from 'better-sqlite3';"],
    ['renderer/features/x.ts', "import { join } from 'path';"],
    ['db/x.ts', "import { app } from 'electron';"],
    ['db/x.ts', "import { App } from '../renderer/App';"],
    ['electron/preload/x.ts', "import { API } from '../../shared/api/contract';"],
    ['electron/preload/x.ts', "import { dispatch } from '../../db/service/dispatch';"],
    ['cli/x.ts', "export { App } from '../renderer/App';"],
    ['renderer/features/x.ts', "import PDFDocument from 'pdfkit';"],
    ['shared/report/x.ts', "import PDFDocument from 'pdfkit';"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['shared/domain/x.ts', "import { z } from 'zod';"],
    ['db/x.ts', "import { API } from '../shared/api/contract';"],
    ['renderer/features/x.ts', "import { API } from '../../shared/api/contract';"],
    ['electron/main/x.ts', "import { dispatch } from '../../db/service/dispatch';"],
    ['electron/preload/x.ts', "import { isApiMethod } from '../../shared/api/methods';"],
    ['db/report/x.ts', "import PDFDocument from 'pdfkit';"],
  ])('allows %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});
