import { nfcKey } from './text';

/**
 * Keys (strings) to positive integer ids, for imports that look up millions of keys: an
 * open-addressing table over typed arrays, about three times faster than a `Map` when the keys
 * looked up are fresh strings (each read from a file), because the probe touches two arrays of
 * numbers and compares a string only when its hash matches. Keys are compared in NFC (nfcKey):
 * "café" with a combining accent finds "café" with an accented letter.
 */
export type KeyIndex = {
  get(key: string): number | undefined;
  /** Sets or replaces the id of `key` (ids must be positive integers below 2³¹). */
  set(key: string, id: number): void;
  has(key: string): boolean;
  readonly size: number;
};

/** FNV-1a over UTF-16 code units. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

export function createKeyIndex(expected = 1024): KeyIndex {
  let capacity = 1024;
  while (capacity < expected * 2) capacity *= 2;
  // Each slot's hash and id side by side (one cache line for both): [hash, id, hash, id…].
  let slots = new Int32Array(capacity * 2);
  let keys: Array<string | undefined> = new Array<string | undefined>(capacity);
  let size = 0;

  /** The slot holding `key`, or the empty slot where it would go. */
  const slotOf = (key: string, hash: number): number => {
    const mask = capacity - 1;
    let slot = hash & mask;
    while (slots[2 * slot + 1] !== 0 && (slots[2 * slot] !== hash || keys[slot] !== key))
      slot = (slot + 1) & mask;
    return slot;
  };

  const place = (key: string, hash: number, id: number): boolean => {
    const slot = slotOf(key, hash);
    const fresh = slots[2 * slot + 1] === 0;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = id;
    keys[slot] = key;
    return fresh;
  };

  const grow = () => {
    const old = { slots, keys };
    capacity *= 2;
    slots = new Int32Array(capacity * 2);
    keys = new Array<string | undefined>(capacity);
    old.keys.forEach((key, i) => {
      const id = old.slots[2 * i + 1] ?? 0;
      if (key !== undefined && id !== 0) place(key, old.slots[2 * i] ?? 0, id);
    });
  };

  return {
    get(written) {
      const key = nfcKey(written);
      const id = slots[2 * slotOf(key, hashOf(key)) + 1];
      return id === 0 ? undefined : id;
    },
    has(written) {
      const key = nfcKey(written);
      return slots[2 * slotOf(key, hashOf(key)) + 1] !== 0;
    },
    set(written, id) {
      const key = nfcKey(written);
      if (!(Number.isInteger(id) && id > 0 && id < 2 ** 31))
        throw new RangeError(`key index: id ${id} out of range`);
      // At most half full, so that probes stay short.
      if ((size + 1) * 2 > capacity) grow();
      if (place(key, hashOf(key), id)) size += 1;
    },
    get size() {
      return size;
    },
  };
}
