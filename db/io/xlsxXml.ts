import { createXmlParser, type KeepElement, type XmlElement } from '../../shared/io/xml';
import type { Steps } from '../../shared/util/steps';
import type { ZipArchive, ZipEntry } from './zipReader';

/**
 * One part of a workbook (an XML entry of its archive) read as it inflates, piece by piece, with
 * the safe XML reader (no DOCTYPE, bounded nesting and tokens): `keep` lets elements go as they
 * close. Yields the compressed bytes read so far; returns the root as `keep` left it.
 */
export function* xmlEntry(
  zip: ZipArchive,
  entry: ZipEntry,
  fileName: string,
  keep?: KeepElement,
): Steps<XmlElement> {
  const parser = createXmlParser(fileName, keep);
  const decoder = new TextDecoder();
  for (const piece of zip.read(entry)) {
    parser.push(decoder.decode(piece.bytes, { stream: true }));
    yield piece.compressedRead;
  }
  parser.push(decoder.decode());
  return parser.end();
}

/** A whole part read at once (the workbook's small parts). */
export function readXmlEntry(
  zip: ZipArchive,
  entry: ZipEntry,
  fileName: string,
  keep?: KeepElement,
): XmlElement {
  const steps = xmlEntry(zip, entry, fileName, keep);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
