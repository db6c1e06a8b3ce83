import { useEffect, useState } from 'react';
import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import type { AppErrorData } from '../../../shared/api/errors';
import { LIMITS } from '../../../shared/domain/limits';
import { formatError } from '../../../shared/i18n/errorMessages';
import { ApiError, call } from '../../api/client';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { ColumnMapping } from './ColumnMapping';
import { csvHeaders, rememberColumns, rememberedColumns } from './columnMemory';
import { toBase64 } from '../../api/base64';

type Summary = ApiOutput<'import:preview'>;
type Payload = ApiInput<'import:preview'>['files'];

const tooLarge = (files: readonly File[]) => files.find((f) => f.size > LIMITS.importBytesOverApi);

/**
 * Importing files from the window: what the files are (kind, rows, encoding, separator, line
 * ends, as detected) and what importing them would create, update or leave alone — before
 * anything is written. Import applies them as one undoable action; the first error in any file
 * names its line and field, and nothing is imported.
 */
export function ImportDialog({ files, onClose }: { files: readonly File[]; onClose: () => void }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const act = useAppStore((s) => s.act);
  const [payload, setPayload] = useState<Payload | null>(null);
  // The headers of each CSV file, for the column-mapping step.
  const [headers, setHeaders] = useState<Record<string, string[]>>({});
  const [summary, setSummary] = useState<Summary | null>(null);
  const [failure, setError] = useState<AppErrorData | null>(null);
  // Refused before reading: the window sends a file whole, under the transport's limit.
  const big = tooLarge(files);
  const error: AppErrorData | null = big
    ? { code: 'IMPORT_INVALID', file: big.name, reason: 'too-large', detail: `${big.size} bytes` }
    : failure;
  useEffect(() => {
    let live = true;
    if (tooLarge(files)) return;
    void Promise.all(
      files.map(async (file) => {
        // Read once: the bytes go to the service, and their first line tells the CSV headers.
        const bytes = new Uint8Array(await file.arrayBuffer());
        const read = { name: file.name, base64: toBase64(bytes) };
        const found = csvHeaders(file.name, bytes);
        const remembered = found ? rememberedColumns(found) : null;
        return { read: remembered ? { ...read, columns: remembered } : read, found };
      }),
    )
      .then(async (all) => {
        if (!live) return;
        const read = all.map((x) => x.read);
        setHeaders(
          Object.fromEntries(all.flatMap((x) => (x.found ? [[x.read.name, x.found]] : []))),
        );
        setPayload(read);
        const preview = await call('import:preview', { files: read });
        if (live) setSummary(preview);
      })
      .catch((err: unknown) => {
        if (live)
          setError(err instanceof ApiError ? err.data : { code: 'INTERNAL', detail: String(err) });
      });
    return () => {
      live = false;
    };
  }, [files]);
  const counts = (
    kind: 'actors' | 'relations' | 'stages' | 'placements' | 'trails' | 'mentions',
  ) => {
    const c = summary?.[kind];
    return c && c.created + c.updated + c.unchanged > 0 ? (
      <li key={kind} data-testid={`import-${kind}`}>
        {t(`import.kind.${kind}`)}: {t('import.counts', c)}
      </li>
    ) : null;
  };
  return (
    <div
      className="dialog-backdrop"
      role="presentation"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-title"
        data-testid="import-dialog"
      >
        <h2 id="import-title">{t('import.title')}</h2>
        {error ? (
          <p className="field-error" role="alert" data-testid="import-error">
            {formatError(error, locale)}
          </p>
        ) : null}
        {error?.reason === 'unknown-table' && error.file && headers[error.file] && payload ? (
          <ColumnMapping
            fileName={error.file}
            headers={headers[error.file] ?? []}
            initial={payload.find((f) => f.name === error.file)?.columns ?? {}}
            onApply={(columns) => {
              const file = error.file ?? '';
              rememberColumns(headers[file] ?? [], columns);
              const next = payload.map((f) => (f.name === file ? { ...f, columns } : f));
              setPayload(next);
              setError(null);
              call('import:preview', { files: next })
                .then(setSummary)
                .catch((err: unknown) =>
                  setError(
                    err instanceof ApiError ? err.data : { code: 'INTERNAL', detail: String(err) },
                  ),
                );
            }}
          />
        ) : null}
        {error ? null : !summary ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <>
            <ul>
              {summary.files.map((f) => (
                <li key={f.name}>
                  <strong>{f.name}</strong>: {t(`import.kind.${f.kind}`)},{' '}
                  {f.encoding === null
                    ? t('import.graphDetected', { nodes: f.nodes, edges: f.edges })
                    : t('import.detected', {
                        rows: f.rows,
                        encoding: f.encoding,
                        delimiter: f.delimiter ?? '',
                        lineEnding: f.lineEnding ?? '',
                      })}
                </li>
              ))}
            </ul>
            <p>{t('import.willDo')}</p>
            <ul>
              {(['actors', 'relations', 'mentions', 'stages', 'placements', 'trails'] as const).map(
                counts,
              )}
            </ul>
            {summary.notes.length > 0 ? (
              <>
                <p>{t('import.notes')}:</p>
                <ul data-testid="import-notes">
                  {summary.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
        <div className="inline-group">
          <button
            type="button"
            disabled={!summary || !payload || error !== null}
            data-testid="import-apply"
            onClick={() => {
              if (!payload) return;
              void act('import:apply', { files: payload }).then((done) => {
                if (done) onClose();
              });
            }}
          >
            {t('import.apply')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
