import { toBase64 } from '../../api/base64';
import { call } from '../../api/client';

/** Draws an SVG document onto a canvas at `scale` and returns the PNG bytes (in the page, no server). */
export async function rasterize(svg: string, scale: number): Promise<Uint8Array<ArrayBuffer>> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the picture is too large to encode');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Hands an export to the user: the desktop app asks where to save it and writes it atomically;
 * a browser downloads it. Resolves to the saved path, 'downloaded', or null when cancelled.
 */
export async function deliver(
  fileName: string,
  bytes: Uint8Array<ArrayBuffer>,
  canPickFiles: boolean,
): Promise<string | null> {
  if (canPickFiles) return (await call('export:save', { fileName, base64: toBase64(bytes) })).path;
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeOf(fileName) }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'downloaded';
}

const MIME: Record<string, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const mimeOf = (fileName: string) =>
  MIME[fileName.toLowerCase().split('.').pop() ?? ''] ?? 'application/octet-stream';

/** The file name of a data export: `<map name>.gexf`, `<map name>.nodes.csv`… */
export const dataFileName = (mapName: string, format: string): string =>
  `${baseName(mapName)}.${format}`;

/** A file name from the map's name: letters, digits, spaces, dashes and parentheses only. */
export function exportFileName(mapName: string, extension: 'svg' | 'png', scale = 1): string {
  return `${baseName(mapName)}${scale > 1 ? ` @${scale}x` : ''}.${extension}`;
}

function baseName(mapName: string): string {
  return (
    mapName
      .normalize('NFC')
      .replace(/[^\p{L}\p{N} _()-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'influmap'
  );
}
