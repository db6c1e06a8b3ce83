import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPng } from './png';

/**
 * Reading a PDF back as its readers would, with Debian's poppler-utils (pdftotext, pdffonts,
 * pdfinfo, pdftoppm; `.ci/run` installs them): the judges of what a PDF really holds.
 */
export const POPPLER = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm');
export const NO_POPPLER =
  'skipped: poppler-utils is not installed (apt-get install poppler-utils; .ci/run installs it)';

/** The text of the PDF (or of one page), as pdftotext extracts it (UTF-8). */
export function pdfText(file: string, page?: number): string {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...pages, file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Every font of the PDF: its name and whether it is embedded (pdffonts' table). */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
  return lines
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const parts = l.trim().split(/\s+/);
      // name, type (one or two words), encoding, emb, sub, uni, object, id: read from the end.
      return { name: parts[0] ?? '', embedded: parts.at(-5) === 'yes' };
    });
}

/** Page count and size (points) from pdfinfo. */
export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
  };
}

/** Each page rendered to a small PNG: its size and how many distinct colours it has. */
export function renderedPages(
  file: string,
  dir: string,
): Array<{ width: number; height: number; distinctPixels: number }> {
  execFileSync('pdftoppm', ['-r', '24', '-png', file, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => /^page-\d+\.png$/.test(f))
    .sort()
    .map((f) => readPng(readFileSync(join(dir, f))));
}
