/**
 * The map a launch asks for: the first argument ending in `.influmap` (a double-click on a file
 * passes it on Windows and Linux; macOS sends an `open-file` event instead). Flags are ignored.
 */
export function mapPathFromArgv(argv: readonly string[]): string | null {
  for (const arg of argv.slice(1)) {
    if (!arg.startsWith('-') && arg.toLowerCase().endsWith('.influmap')) return arg;
  }
  return null;
}
