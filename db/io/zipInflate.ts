import { Inflate } from 'fflate';

/**
 * Raw DEFLATE (RFC 1951) decoded piece by piece, synchronously, with fflate's streaming
 * decoder: `next()` gives the next piece of output, so a caller counts the real output as it
 * comes and stops a "zip bomb" after the first piece past its limit, whatever the archive
 * declares.
 *
 * Why not node:zlib: its streams are asynchronous, while an import writes rows inside one
 * synchronous transaction (importRun.ts); its synchronous calls inflate a whole entry at once
 * (the output the cap is meant to prevent), and cannot resume a stream.
 */

/** Damaged DEFLATE data (the ZIP reader turns it into a refusal naming the file). */
export class InflateError extends Error {}

/**
 * Compressed bytes handed to the decoder at once. DEFLATE expands at most about 1 032 times,
 * so one piece gives at most about 4 MB of output before the caller can count it.
 */
const INPUT_PIECE = 4096;

export class Inflater {
  private at = 0;
  private ended = false;
  private readonly pending: Uint8Array[] = [];
  private readonly decoder = new Inflate((chunk, final) => {
    if (chunk.length > 0) this.pending.push(chunk);
    if (final) this.ended = true;
  });

  constructor(private readonly input: Uint8Array) {}

  /** Compressed bytes consumed so far (for progress). */
  get bytesRead(): number {
    return this.at;
  }

  /** The next piece of output, or null once the stream has ended. */
  next(): Uint8Array | null {
    while (this.pending.length === 0) {
      if (this.ended) return null;
      if (this.at >= this.input.length)
        throw new InflateError('the data ends before its last block');
      const piece = this.input.subarray(this.at, this.at + INPUT_PIECE);
      this.at += piece.length;
      try {
        this.decoder.push(piece, this.at >= this.input.length);
      } catch (err) {
        throw new InflateError(err instanceof Error ? err.message : String(err));
      }
    }
    return this.pending.shift() ?? null;
  }
}
