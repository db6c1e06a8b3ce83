import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The snippets below are not files of the project: lint them without type information (the
// type-aware rules need a file the TypeScript project knows).
const eslint = new ESLint({
  overrideConfig: {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
    },
  },
});

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

describe('the type-aware rules, on for the whole code base', () => {
  it('refuses a promise nobody awaits (a user error would become a stack trace)', async () => {
    const typed = new ESLint();
    // The text stands in for a real file of the project, so TypeScript knows its types.
    const [result] = await typed.lintText(
      'async function write(): Promise<void> {}\nexport function run(): void {\n  write();\n}\n',
      { filePath: 'cli/commands/stats.ts' },
    );
    const rules = (result?.messages ?? []).map((m) => m.ruleId);
    expect(rules).toContain('@typescript-eslint/no-floating-promises');
  }, 60_000);
});
