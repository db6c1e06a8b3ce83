import { describe, expect, it } from 'vitest';
import { createKeyIndex } from '../../shared/util/keyIndex';
import { seededRandom } from '../../shared/util/random';

describe('the key index of imports', () => {
  it('agrees with a Map over many keys, through growth, replacements and misses', () => {
    const index = createKeyIndex(4);
    const reference = new Map<string, number>();
    const random = seededRandom(11);
    for (let i = 0; i < 50_000; i += 1) {
      // Short keys collide often in the low bits of the hash; some are set twice.
      const key = `k${Math.floor(random() * 30_000)}${i % 7 === 0 ? 'é' : ''}`;
      const id = 1 + Math.floor(random() * 1_000_000);
      index.set(key, id);
      reference.set(key, id);
    }
    expect(index.size).toBe(reference.size);
    for (const [key, id] of reference) expect(index.get(key)).toBe(id);
    for (let i = 0; i < 1000; i += 1) {
      expect(index.get(`missing-${i}`)).toBeUndefined();
      expect(index.has(`missing-${i}`)).toBe(false);
    }
    expect(index.get('')).toBeUndefined();
    index.set('', 5);
    expect(index.get('')).toBe(5);
  });

  it('refuses ids it cannot hold', () => {
    const index = createKeyIndex();
    expect(() => index.set('a', 0)).toThrow(RangeError);
    expect(() => index.set('a', 2 ** 31)).toThrow(RangeError);
    expect(() => index.set('a', 1.5)).toThrow(RangeError);
  });
});
