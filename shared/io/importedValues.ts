import { invalidCharacterAt } from '../util/text';
import type { AttributeValue, ImportedEdge, ImportedNode, TimedValue } from './graphModel';
import { importError } from './importError';
import { coordinateRefusal, isUnsafeInteger, spellsNonFinite } from './importNumbers';

/**
 * The gate every imported node and edge passes before it is written (db/io/graphWriter.ts), and
 * every cell of the tables read whole (journeys, mentions): whatever the format, text that cannot
 * be stored and numbers that cannot be drawn or kept exactly are refused here, naming the file,
 * the line when the format has one, and the field.
 */

type Where = { line?: number | undefined; field: string };

const codeOf = (text: string, at: number) =>
  `U+${(text.codePointAt(at) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Refuses a text holding NUL or half of a surrogate pair (see invalidCharacterAt). */
export function checkText(text: string, fileName: string, where: Where): void {
  const at = invalidCharacterAt(text);
  if (at === -1) return;
  throw importError(fileName, 'invalid-character', {
    line: where.line,
    field: where.field,
    detail: `${codeOf(text, at)}, character ${at + 1}`,
  });
}

/** Refuses a number a custom field cannot keep: Infinity, NaN, a whole number beyond 2^53. */
function checkNumber(n: number, fileName: string, where: Where): void {
  const reason = Number.isNaN(n)
    ? 'not-a-number'
    : !Number.isFinite(n)
      ? 'not-finite'
      : isUnsafeInteger(n)
        ? 'unsafe-integer'
        : null;
  if (reason)
    throw importError(fileName, reason, {
      line: where.line,
      field: where.field,
      detail: String(n),
    });
}

function checkValue(value: AttributeValue, fileName: string, where: Where): void {
  if (typeof value === 'string') checkText(value, fileName, where);
  else if (typeof value === 'number') checkNumber(value, fileName, where);
}

function checkAttributes(
  attributes: Record<string, AttributeValue | TimedValue[]>,
  fileName: string,
  line: number | undefined,
): void {
  for (const name in attributes) {
    checkText(name, fileName, { line, field: name });
    const value = attributes[name];
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      checkValue(value, fileName, { line, field: name });
      continue;
    }
    for (const timed of value) {
      checkValue(timed.value, fileName, { line, field: name });
      for (const bound of [timed.start, timed.end])
        if (bound !== null) checkText(bound, fileName, { line, field: name });
    }
  }
}

/** Attributes a reader takes as a position or size when it can: left over, they could not be. */
const PLACEMENT_ATTRIBUTES = ['x', 'y', 'size'];

function checkCoordinate(value: number | undefined, fileName: string, where: Where): void {
  if (value === undefined) return;
  const reason = coordinateRefusal(value);
  if (reason)
    throw importError(fileName, reason, {
      line: where.line,
      field: where.field,
      detail: String(value),
    });
}

/**
 * Refuses a node whose key, label or attributes hold text that cannot be stored, whose custom
 * numbers cannot be kept (see checkNumber), or whose position or size is not a finite number
 * within ±POSITION_LIMIT — rather than store it, or drop it without a word.
 */
export function checkNode(node: ImportedNode, fileName: string): void {
  const { line } = node;
  checkText(node.key, fileName, { line, field: 'id' });
  if (node.label !== null) checkText(node.label, fileName, { line, field: 'label' });
  if (node.color !== undefined) checkText(node.color, fileName, { line, field: 'color' });
  checkAttributes(node.attributes, fileName, line);
  checkCoordinate(node.x, fileName, { line, field: 'x' });
  checkCoordinate(node.y, fileName, { line, field: 'y' });
  checkCoordinate(node.size, fileName, { line, field: 'size' });
  for (const name of PLACEMENT_ATTRIBUTES) {
    const value = node.attributes[name];
    if (typeof value === 'string' && spellsNonFinite(value))
      throw importError(fileName, 'not-finite', {
        line,
        field: name,
        detail: value,
      });
  }
}

/** Refuses an edge whose ends, type or attributes hold text that cannot be stored, or whose
 * weight is not a finite number (a weight of zero or less is set to 1, with a note). */
export function checkEdge(edge: ImportedEdge, fileName: string): void {
  const { line } = edge;
  checkText(edge.source, fileName, { line, field: 'source' });
  checkText(edge.target, fileName, { line, field: 'target' });
  if (edge.type !== null) checkText(edge.type, fileName, { line, field: 'type' });
  if (edge.observedOn !== null) checkText(edge.observedOn, fileName, { line, field: 'start' });
  checkAttributes(edge.attributes, fileName, line);
  if (edge.weight !== null && !Number.isFinite(edge.weight))
    throw importError(fileName, Number.isNaN(edge.weight) ? 'not-a-number' : 'not-finite', {
      line,
      field: 'weight',
      detail: String(edge.weight),
    });
}

/** Refuses a table row (read whole: journeys, mentions) holding text that cannot be stored. */
export function checkRowText(
  row: readonly string[],
  headers: readonly string[],
  fileName: string,
  line: number | undefined,
): void {
  row.forEach((value, i) =>
    checkText(value, fileName, { line, field: headers[i] ?? `column ${i + 1}` }),
  );
}
