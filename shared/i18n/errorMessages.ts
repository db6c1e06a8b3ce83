import type { AppErrorData, ErrorCode, ImportReason } from '../api/errors';
import type { Locale } from '../domain/vocabulary';

/**
 * One sentence per error code and UI language. `{file}` names the file concerned; the renderer
 * and the CLI both format errors through `formatError`, so a message reads the same everywhere.
 */
const MESSAGES: Record<Locale, Record<ErrorCode, string>> = {
  en: {
    INVALID_INPUT: 'Invalid value',
    UNKNOWN_METHOD: 'Unknown request',
    UNAUTHORIZED: 'Access refused: this session token is not valid',
    NOT_FOUND: 'Not found: it may have been deleted',
    NO_MAP_OPEN: 'No map is open',
    FILE_NOT_FOUND: '{file}: no such file',
    FILE_EXISTS: '{file} already exists; choose another name',
    NOT_A_MAP: '{file} is not an Influmap map; it was left unchanged',
    EMPTY_FILE: '{file} is empty, so it is not an Influmap map; it was left unchanged',
    CORRUPT_MAP: '{file} is damaged and cannot be opened safely; it was left unchanged',
    NEWER_VERSION:
      '{file} was made by a newer version of Influmap; update the app to open it. Your file was not modified',
    MAP_LOCKED:
      '{file} is open elsewhere (another window or another program); close it there first',
    READ_ONLY: '{file} cannot be written (read-only file or folder)',
    DISK_FULL: 'The disk is full: nothing was written to {file}; your data is intact',
    MIGRATION_FAILED: '{file} could not be upgraded; it was left unchanged',
    NOTHING_TO_UNDO: 'Nothing to undo',
    NOTHING_TO_REDO: 'Nothing to redo',
    CONFLICT: 'This would duplicate an existing entry, or undo something still in use',
    DROP_NEEDS_DESKTOP:
      'A browser does not tell where {file} is: open it from the start screen by typing its path',
    IMPORT_NOT_AVAILABLE: 'Importing {file} is not available yet in this version',
    IMPORT_INVALID: '{file} cannot be imported; nothing was changed',
    IMPORT_RUNNING: 'An import is running: wait for it to end, or cancel it',
    SCHEMA_ALTERED:
      '{file} has been altered outside Influmap (its structure is not the one a map has), so it could run code or lose data: it was not opened, and was left unchanged',
    FOREIGN_JOURNAL:
      'Beside {file} lies an unfinished journal that was not written by this map (left by another copy of it, or by the map before a backup was restored over it): replaying it could damage the map, so it was not replayed, the map was not opened and was left unchanged. Move the journal aside to open the map as it is',
    PATH_NOT_ALLOWED:
      '{file} is outside the folders you chose: maps are created and opened in your maps folder, or anywhere through the file dialog of the desktop app',
    INTERNAL: 'Unexpected error',
  },
  fr: {
    INVALID_INPUT: 'Valeur invalide',
    UNKNOWN_METHOD: 'Requête inconnue',
    UNAUTHORIZED: 'Accès refusé : le jeton de cette session n’est pas valide',
    NOT_FOUND: 'Introuvable : l’élément a peut-être été supprimé',
    NO_MAP_OPEN: 'Aucune carte n’est ouverte',
    FILE_NOT_FOUND: '{file} : fichier introuvable',
    FILE_EXISTS: '{file} existe déjà ; choisissez un autre nom',
    NOT_A_MAP: '{file} n’est pas une carte Influmap ; il n’a pas été modifié',
    EMPTY_FILE: '{file} est vide, ce n’est donc pas une carte Influmap ; il n’a pas été modifié',
    CORRUPT_MAP:
      '{file} est endommagé et ne peut pas être ouvert sans risque ; il n’a pas été modifié',
    NEWER_VERSION:
      '{file} a été créé avec une version plus récente d’Influmap ; mettez l’application à jour pour l’ouvrir. Votre fichier n’a pas été modifié',
    MAP_LOCKED:
      '{file} est ouvert ailleurs (une autre fenêtre ou un autre programme) ; fermez-le d’abord',
    READ_ONLY: '{file} ne peut pas être modifié (fichier ou dossier en lecture seule)',
    DISK_FULL: 'Disque plein : rien n’a été écrit dans {file} ; vos données sont intactes',
    MIGRATION_FAILED: '{file} n’a pas pu être mis à niveau ; il n’a pas été modifié',
    NOTHING_TO_UNDO: 'Rien à annuler',
    NOTHING_TO_REDO: 'Rien à rétablir',
    CONFLICT: 'Cela créerait un doublon, ou retirerait quelque chose encore utilisé',
    DROP_NEEDS_DESKTOP:
      'Un navigateur ne dit pas où se trouve {file} : ouvrez-le depuis l’écran d’accueil en tapant son chemin',
    IMPORT_NOT_AVAILABLE: 'L’import de {file} n’est pas encore disponible dans cette version',
    IMPORT_INVALID: '{file} ne peut pas être importé ; rien n’a été modifié',
    IMPORT_RUNNING: 'Un import est en cours : attendez qu’il se termine, ou annulez-le',
    SCHEMA_ALTERED:
      '{file} a été modifié hors d’Influmap (sa structure n’est pas celle d’une carte), il pourrait exécuter du code ou perdre des données : il n’a pas été ouvert, et n’a pas été modifié',
    FOREIGN_JOURNAL:
      'À côté de {file} se trouve un journal inachevé qui n’a pas été écrit par cette carte (laissé par une autre copie, ou par la carte avant qu’une sauvegarde ne soit restaurée à sa place) : le rejouer pourrait endommager la carte, il n’a donc pas été rejoué, la carte n’a pas été ouverte et n’a pas été modifiée. Mettez ce journal de côté pour ouvrir la carte telle qu’elle est',
    PATH_NOT_ALLOWED:
      '{file} est hors des dossiers que vous avez choisis : les cartes se créent et s’ouvrent dans votre dossier de cartes, ou n’importe où avec la boîte de dialogue de l’application de bureau',
    INTERNAL: 'Erreur inattendue',
  },
};

const LABELS: Record<Locale, { line: string; column: string; field: string }> = {
  en: { line: 'line', column: 'column', field: 'field' },
  fr: { line: 'ligne', column: 'colonne', field: 'champ' },
};

const REASONS: Record<Locale, Record<ImportReason, string>> = {
  en: {
    binary: 'this is a binary file, not text',
    'too-large': 'the file is larger than the import limit',
    empty: 'the file is empty',
    encoding: 'the text encoding is not UTF-8 or Windows-1252',
    'unbalanced-quote': 'a quoted value is never closed',
    'stray-line-feed': 'a line break (LF) inside a line of a file whose lines end with CRLF',
    'column-count': 'this line does not have as many values as the header',
    'too-long': 'the value is too long',
    'unknown-table': 'the header is not one Influmap recognises',
    'missing-column': 'a required column is missing',
    required: 'a value is required',
    'not-a-number': 'not a number',
    'out-of-range': 'the number is out of range',
    'not-a-boolean': 'expected yes/no, true/false or 1/0',
    'unknown-actor': 'no actor has this key',
    'unknown-journey': 'no journey has this name',
    'unknown-stage': 'no stage has this name in the journey',
    'unknown-touchpoint': 'no touchpoint has this name',
    duplicate: 'this appears twice',
    'too-many-rows': 'too many rows',
    doctype:
      'XML with a DOCTYPE is refused (entities could expand without limit or read other files)',
    'malformed-xml': 'the XML is malformed',
    'too-deep': 'the structure is nested too deeply',
    'not-a-graph': 'no graph found in this file',
    'unknown-node': 'an edge names a node that the file does not declare',
    'malformed-json': 'the JSON is malformed',
    'too-many-attributes': 'an element has more attributes than the import limit',
    'too-many-columns': 'the table has more columns than the import limit',
    'header-too-long': 'the header line is longer than the import limit',
    'too-many-actors': 'the file holds more actors than a map may hold',
    'too-many-relations': 'the file holds more relations than a map may hold',
    'invalid-utf8':
      'the file is UTF-8 but holds a byte that is not valid UTF-8 (save it again as UTF-8, or as Windows-1252 throughout)',
    'invalid-character':
      'the text holds a character that cannot be stored (a NUL byte or half of a surrogate pair)',
    'unsafe-integer':
      'the number is too large to be kept exactly (above 2^53); an identifier this long must be written as text, in quotes',
    'not-finite': 'the number is infinite or too large',
    'zip-bomb': 'the archive decompresses to more than the import limit',
  },
  fr: {
    binary: 'c’est un fichier binaire, pas du texte',
    'too-large': 'le fichier dépasse la taille limite d’import',
    empty: 'le fichier est vide',
    encoding: 'l’encodage n’est ni UTF-8 ni Windows-1252',
    'unbalanced-quote': 'une valeur entre guillemets n’est jamais refermée',
    'stray-line-feed':
      'un saut de ligne (LF) au milieu d’une ligne, dans un fichier aux fins de ligne CRLF',
    'column-count': 'cette ligne n’a pas autant de valeurs que l’en-tête',
    'too-long': 'la valeur est trop longue',
    'unknown-table': 'l’en-tête n’est pas reconnu par Influmap',
    'missing-column': 'une colonne obligatoire manque',
    required: 'une valeur est obligatoire',
    'not-a-number': 'ce n’est pas un nombre',
    'out-of-range': 'le nombre est hors limites',
    'not-a-boolean': 'attendu : oui/non, vrai/faux ou 1/0',
    'unknown-actor': 'aucun acteur n’a cet identifiant',
    'unknown-journey': 'aucun parcours ne porte ce nom',
    'unknown-stage': 'aucune étape de ce nom dans le parcours',
    'unknown-touchpoint': 'aucun point de contact de ce nom',
    duplicate: 'présent deux fois',
    'too-many-rows': 'trop de lignes',
    doctype:
      'un XML avec DOCTYPE est refusé (ses entités pourraient grossir sans limite ou lire d’autres fichiers)',
    'malformed-xml': 'le XML est mal formé',
    'too-deep': 'la structure est imbriquée trop profondément',
    'not-a-graph': 'aucun graphe dans ce fichier',
    'unknown-node': 'un lien cite un nœud que le fichier ne déclare pas',
    'malformed-json': 'le JSON est mal formé',
    'too-many-attributes': 'un élément a plus d’attributs que la limite d’import',
    'too-many-columns': 'le tableau a plus de colonnes que la limite d’import',
    'header-too-long': 'la ligne d’en-tête dépasse la longueur limite d’import',
    'too-many-actors': 'le fichier contient plus d’acteurs qu’une carte ne peut en contenir',
    'too-many-relations': 'le fichier contient plus de relations qu’une carte ne peut en contenir',
    'invalid-utf8':
      'le fichier est en UTF-8 mais contient un octet qui n’est pas de l’UTF-8 valide (réenregistrez-le en UTF-8, ou entièrement en Windows-1252)',
    'invalid-character':
      'le texte contient un caractère impossible à enregistrer (un octet NUL ou une moitié de paire de substitution)',
    'unsafe-integer':
      'le nombre est trop grand pour être gardé exactement (au-delà de 2^53) ; un identifiant aussi long doit être écrit comme du texte, entre guillemets',
    'not-finite': 'le nombre est infini ou trop grand',
    'zip-bomb': 'l’archive se décompresse au-delà de la limite d’import',
  },
};

/**
 * Codes whose detail names what is in the way (a value, a count, the altered trigger, the journal
 * file, the maps folder), useful to the reader as it stands.
 */
const DETAILED_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INTERNAL',
  'CONFLICT',
  'SCHEMA_ALTERED',
  'FOREIGN_JOURNAL',
  'PATH_NOT_ALLOWED',
]);

/** A one-line message in the user's language naming the file, line and field concerned. */
export function formatError(error: AppErrorData, locale: Locale): string {
  const file = error.file ?? (locale === 'fr' ? 'le fichier' : 'the file');
  let text = MESSAGES[locale][error.code].replace('{file}', file);
  if (error.line !== undefined)
    text += ` (${LABELS[locale].line} ${error.line}${error.column !== undefined ? `, ${LABELS[locale].column} ${error.column}` : ''})`;
  if (error.field !== undefined) text += ` — ${LABELS[locale].field} ${error.field}`;
  if (error.reason !== undefined) {
    text += `: ${REASONS[locale][error.reason]}`;
    if (error.detail) text += ` (${error.detail})`;
  }
  if (error.issues && error.issues.length > 0) {
    const shown = error.issues
      .slice(0, 3)
      .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    text += ` — ${shown.join('; ')}${error.issues.length > 3 ? ` (+${error.issues.length - 3})` : ''}`;
  }
  if (DETAILED_CODES.has(error.code) && error.detail) text += ` (${error.detail})`;
  return text;
}

/** Picks the UI language from a list of preferred languages (OS or browser), English by default. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_.]/)[0];
    if (base === 'fr') return 'fr';
    if (base === 'en') return 'en';
  }
  return 'en';
}
