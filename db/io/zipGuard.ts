import { LIMITS } from '../../shared/domain/limits';
import { importError } from '../../shared/io/csv';

/**
 * Checks an XLSX (a ZIP archive) before any decompression: it must be a ZIP, and the sizes its
 * central directory declares must add up to less than the import limit. A "zip bomb" (a small
 * file that declares gigabytes) is refused here, with the declared size, rather than exhausting
 * memory in the XLSX reader.
 */
export function checkZip(bytes: Uint8Array, fileName: string): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== 0x04034b50)
    throw importError(fileName, 'binary', { detail: 'not an XLSX (ZIP) file' });
  // The end-of-central-directory record is in the last 65 557 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i -= 1)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end === -1) throw importError(fileName, 'binary', { detail: 'truncated XLSX (ZIP) file' });
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let declared = 0;
  for (let k = 0; k < entries; k += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50)
      throw importError(fileName, 'binary', { detail: 'damaged XLSX (ZIP) directory' });
    const size = view.getUint32(offset + 24, true);
    // 0xFFFFFFFF: the real size is in a ZIP64 field; treat it as too large to be a spreadsheet.
    declared += size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size;
    if (declared > LIMITS.importBytes)
      throw importError(fileName, 'too-large', {
        detail: `declares ${declared} bytes uncompressed`,
      });
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
}
