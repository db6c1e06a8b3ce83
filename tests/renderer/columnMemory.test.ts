import { describe, expect, it } from 'vitest';
import {
  fileOfError,
  rememberColumns,
  withRememberedColumns,
} from '../../renderer/features/import/columnMemory';

/** A Storage in memory, as the browser's localStorage behaves. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const unknown = (file: string, columns: string[]) =>
  ({ code: 'IMPORT_INVALID', reason: 'unknown-table', file, columns }) as const;

describe('column mappings remembered per header signature', () => {
  const files = [
    { name: 'crm.xlsx', upload: 'u1' },
    { name: 'people.csv', upload: 'u2' },
  ];

  it('finds the file an error is about, sheet errors included', () => {
    expect(fileOfError(unknown('crm.xlsx [Export]', []), files)?.upload).toBe('u1');
    expect(fileOfError(unknown('people.csv', []), files)?.upload).toBe('u2');
    expect(fileOfError(unknown('crm.xlsx.bak', []), files)).toBeNull();
  });

  it('applies a remembered mapping once, whatever the order or case of the headers', () => {
    const storage = memoryStorage();
    expect(withRememberedColumns(unknown('people.csv', ['Person', 'Org']), files, storage)).toBe(
      null,
    );
    rememberColumns(['Person', 'Org'], { Person: 'id', Org: 'community' }, storage);
    const error = unknown('people.csv', ['org', 'person']);
    // Another file with the same headers, in another order and case: the mapping is for its
    // own header names, so nothing of it applies.
    expect(withRememberedColumns(error, files, storage)).toBeNull();
    const same = unknown('people.csv', ['Org', 'Person']);
    const mapped = withRememberedColumns(same, files, storage);
    expect(mapped?.[1]).toEqual({
      name: 'people.csv',
      upload: 'u2',
      columns: { Person: 'id', Org: 'community' },
    });
    expect(mapped?.[0]).toBe(files[0]);
    // Already applied and still refused: the user is asked, not looped.
    expect(withRememberedColumns(same, mapped ?? [], storage)).toBeNull();
  });
});
