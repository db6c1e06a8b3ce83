import { importError, normaliseHeader, parseNumber, type CsvTable } from './csv';
import { checkRowText } from './importedValues';
import { countRefusal } from './importNumbers';
import { ownValue } from './fileRecord';

/**
 * Mentions as listening tools export them (Talkwalker, Brandwatch, Meltwater, Digimind…): one row
 * per post with its date, author, topic or query, sentiment, reach, engagement and URL. Headers
 * are matched ignoring case and accents, in English or French. Sentiment is a word (positive,
 * negative, neutral, mixed — or their French) or a number from −1 to 1.
 */
export type MentionRow = {
  line: number;
  publishedAt: string;
  author: string | null;
  topic: string | null;
  sentiment: number | null;
  reach: number | null;
  engagement: number | null;
  url: string | null;
};

const SYNONYMS: Record<string, readonly string[]> = {
  date: [
    'date',
    'published',
    'published_at',
    'publication_date',
    'date_de_publication',
    'created_at',
  ],
  author: ['author', 'auteur', 'author_handle', 'handle', 'username', 'screen_name', 'source_name'],
  topic: ['topic', 'sujet', 'query', 'requete', 'theme', 'project'],
  sentiment: ['sentiment', 'tonalite', 'tone'],
  reach: ['reach', 'audience', 'portee', 'followers', 'impressions'],
  engagement: ['engagement', 'engagements', 'interactions'],
  url: ['url', 'link', 'lien'],
};

const SENTIMENT_WORDS: Record<string, number> = {
  positive: 1,
  positif: 1,
  negative: -1,
  negatif: -1,
  neutral: 0,
  neutre: 0,
  mixed: 0,
  mixte: 0,
};

function columns(headers: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  headers.forEach((h, i) => {
    const name = normaliseHeader(h);
    for (const [canonical, names] of Object.entries(SYNONYMS))
      if (names.includes(name) && !found.has(canonical)) found.set(canonical, i);
  });
  return found;
}

/** A mention table has a date, an author and a sentiment, reach or engagement column. */
export function isMentionTable(headers: readonly string[]): boolean {
  const c = columns(headers);
  return (
    c.has('date') &&
    c.has('author') &&
    (c.has('sentiment') || c.has('reach') || c.has('engagement'))
  );
}

/** A date as tools write it: ISO, `2026-03-01 10:00`, or French `01/03/2026`. */
function isoDate(raw: string): string | null {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
  if (fr) return `${fr[3]}-${(fr[2] ?? '').padStart(2, '0')}-${(fr[1] ?? '').padStart(2, '0')}`;
  return null;
}

export function readMentionTable(table: CsvTable): MentionRow[] {
  const c = columns(table.headers);
  const file = table.fileName;
  const cell = (row: readonly string[], name: string) => {
    const i = c.get(name);
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const header = (name: string) => table.headers[c.get(name) ?? 0] ?? name;
  const count = (row: readonly string[], k: number, name: string) => {
    const raw = cell(row, name);
    const n = parseNumber(raw);
    if (n === null) return null;
    const refusal = countRefusal(n);
    if (refusal)
      throw importError(file, refusal, { line: table.lines[k], field: header(name), detail: raw });
    return Math.round(n);
  };
  return table.rows.flatMap((row, k) => {
    if (row.every((v) => v.trim() === '')) return [];
    const line = table.lines[k] ?? 0;
    checkRowText(row, table.headers, file, line);
    const publishedAt = isoDate(cell(row, 'date'));
    if (!publishedAt)
      throw importError(file, 'required', {
        line,
        field: header('date'),
        detail: cell(row, 'date'),
      });
    const rawSentiment = cell(row, 'sentiment');
    let sentiment: number | null = null;
    if (rawSentiment) {
      const word = ownValue(SENTIMENT_WORDS, normaliseHeader(rawSentiment));
      const n = word ?? parseNumber(rawSentiment);
      if (n === null || Number.isNaN(n))
        throw importError(file, 'not-a-number', {
          line,
          field: header('sentiment'),
          detail: rawSentiment,
        });
      if (!Number.isFinite(n))
        throw importError(file, 'not-finite', {
          line,
          field: header('sentiment'),
          detail: rawSentiment,
        });
      if (n < -1 || n > 1)
        throw importError(file, 'out-of-range', {
          line,
          field: header('sentiment'),
          detail: rawSentiment,
        });
      sentiment = n;
    }
    return [
      {
        line,
        publishedAt,
        author: cell(row, 'author').replace(/^@/, '') || null,
        topic: cell(row, 'topic') || null,
        sentiment,
        reach: count(row, k, 'reach'),
        engagement: count(row, k, 'engagement'),
        url: cell(row, 'url') || null,
      },
    ];
  });
}
