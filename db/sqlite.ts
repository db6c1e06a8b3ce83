import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;
export type SqliteOptions = Database.Options;

/**
 * Where better-sqlite3's compiled addon is loaded from. Node (tests, CLI, browser mode) uses the
 * build `npm install` made; the desktop app points this at a copy built for Electron's ABI, so
 * the two builds never overwrite each other.
 */
let nativeBinding: string | undefined;

/** Called once by the Electron main process before any map is opened. */
export function useNativeBinding(path: string): void {
  nativeBinding = path;
}

/** Opens a SQLite connection with the configured native addon. */
export function openSqlite(file: string, options: SqliteOptions = {}): SqliteDatabase {
  return new Database(file, nativeBinding ? { ...options, nativeBinding } : options);
}

/** The SQLite result code of a better-sqlite3 error (`SQLITE_BUSY`…), or null for other errors. */
export function sqliteCode(err: unknown): string | null {
  if (err instanceof Database.SqliteError) return err.code;
  return null;
}
