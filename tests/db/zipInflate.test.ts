import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Inflater, InflateError } from '../../db/io/zipInflate';
import { seededRandom } from '../../shared/util/random';

function inflateAll(data: Uint8Array): { bytes: Buffer; pieces: number; largest: number } {
  const inflater = new Inflater(data);
  const pieces: Uint8Array[] = [];
  for (let piece = inflater.next(); piece !== null; piece = inflater.next()) pieces.push(piece);
  return {
    bytes: Buffer.concat(pieces),
    pieces: pieces.length,
    largest: Math.max(0, ...pieces.map((p) => p.length)),
  };
}

/** Text-like bytes (a sheet's XML repeats itself) mixed with noise. */
function sample(size: number, seed: number): Buffer {
  const random = seededRandom(seed);
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 1)
    bytes[i] = random() < 0.7 ? 60 + (i % 17) : Math.floor(random() * 256);
  return bytes;
}

describe('inflating a ZIP entry piece by piece', () => {
  it('gives what zlib compressed, at every level, in bounded pieces', () => {
    for (const level of [0, 1, 6, 9])
      for (const size of [0, 1, 1000, 300_000]) {
        const original = sample(size, level * 7 + size);
        const result = inflateAll(deflateRawSync(original, { level }));
        expect(result.bytes.equals(original), `level ${level}, ${size} bytes`).toBe(true);
      }
  });

  it('hands a bomb over a few megabytes at a time, for the caller to stop it', () => {
    const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const inflater = new Inflater(bomb);
    const first = inflater.next();
    expect(first).not.toBeNull();
    expect(first?.length ?? 0).toBeLessThanOrEqual(4.3 * 1024 * 1024);
    expect(inflater.bytesRead).toBeLessThanOrEqual(4096);
  });

  it('refuses damaged and truncated data', () => {
    const data = deflateRawSync(sample(100_000, 3));
    expect(() => inflateAll(data.subarray(0, data.length - 10))).toThrow(InflateError);
    expect(() => inflateAll(Uint8Array.from([0xff, 0xff, 0xff, 0xff]))).toThrow(InflateError);
  });
});
