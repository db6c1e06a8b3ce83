import type { Steps } from '../util/steps';
import type { ByteSource } from './byteSource';
import { decoderFor, type Encoding } from './csv';

/**
 * Hands a file's text to a streaming parser piece by piece (a character split across two pieces
 * is decoded whole), yielding the bytes read after each piece: the steps an import runs across
 * turns of the event loop, reporting progress and hearing a cancel between them.
 */
export function* feedText(
  source: ByteSource,
  encoding: Encoding,
  push: (text: string) => void,
): Steps<void> {
  const decoder = decoderFor(encoding);
  let read = 0;
  for (const piece of source.pieces()) {
    push(decoder.decode(piece, { stream: true }));
    read += piece.length;
    yield read;
  }
  push(decoder.decode());
}
