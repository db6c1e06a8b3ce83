import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api/methods';

/**
 * Every method of the API contract is called by at least one service-level test (a call through
 * the dispatcher, in tests/db or tests/cli). A new method without a test fails here.
 */
describe('the API contract', () => {
  it('has a service-level test for every method', () => {
    const sources = ['tests/db', 'tests/cli']
      .flatMap((dir) =>
        readdirSync(dir)
          .filter((f) => f.endsWith('.test.ts'))
          .map((f) => join(dir, f)),
      )
      .filter((file) => !file.endsWith('contractCoverage.test.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const untested = API_METHODS.filter(
      (method) =>
        !new RegExp(`(call|rawCall|api)\\([^)]*'${method}'`).test(sources) &&
        !sources.includes(`'${method}',`),
    );
    expect(untested).toEqual([]);
  });
});
