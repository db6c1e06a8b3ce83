import { inflateSync } from 'node:zlib';

/** Width, height and decoded scanlines of a PNG (8-bit RGBA/RGB), enough to check a picture isn't blank. */
export function readPng(bytes: Buffer): { width: number; height: number; distinctPixels: number } {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    throw new Error('not a PNG');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const channels = bytes[25] === 6 ? 4 : 3;
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') chunks.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  // Filter bytes aside, count distinct raw pixel values on a sample of rows: enough to tell a
  // drawing from a blank or uniform image.
  const seen = new Set<string>();
  const stride = width * channels + 1;
  for (let row = 0; row < height; row += Math.max(1, Math.floor(height / 50))) {
    for (let col = 0; col < width * channels; col += channels)
      seen.add(
        raw.subarray(row * stride + 1 + col, row * stride + 1 + col + channels).toString('hex'),
      );
  }
  return { width, height, distinctPixels: seen.size };
}
