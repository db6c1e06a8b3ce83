import { LIMITS } from '../domain/limits';
import { fileRecord } from './fileRecord';
import { importError } from './importError';

/**
 * A small XML reader for graph files (GEXF, GraphML), safe by construction: a DOCTYPE is refused
 * outright (no entity can expand, no external file can be read), only the five predefined
 * entities and character references are known, nesting and sizes are bounded. Namespaces are
 * kept as prefixes and ignored by the readers, which match local names: real files get their
 * namespaces wrong, and the meaning is clear without them.
 *
 * It is fed text in pieces (cut anywhere), and can let go of elements as they close (`keep`
 * returns false): a reader handles each `<node>` and `<edge>` then, so that a file of any size is
 * read in constant memory (xmlGraph.ts).
 */
export type XmlElement = {
  /** Local name, without prefix. */
  name: string;
  /** Without a prototype: an attribute named `constructor` or `__proto__` is an ordinary one. */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text and CDATA directly inside, concatenated. */
  text: string;
  line: number;
};

/** Called as each element closes, with its open ancestors (root first); false lets it go. */
export type KeepElement = (element: XmlElement, ancestors: readonly XmlElement[]) => boolean;

export type XmlParser = {
  push(text: string): void;
  /** Ends the file: refuses what is left open, returns the root (without what was let go). */
  end(): XmlElement;
};

const MAX_DEPTH = 256;
/** A Map, not an object: `&constructor;` must be an unknown entity, not Object's source text. */
const ENTITIES = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);
/**
 * What a parser may hold at once, beyond what it lets go: children of one element, and elements
 * in all. A file that is all elements nobody lets go would otherwise be held whole, at a few
 * hundred bytes per element. Readers that know their format pass tighter bounds (xmlGraph.ts).
 */
export type XmlBounds = { children: number; retained: number };
/**
 * By default (XLSX parts), only the total: a workbook's styles may list tens of thousands of
 * formats in one element, and its readers count what they keep themselves (db/io/xlsx.ts).
 */
const DEFAULT_BOUNDS: XmlBounds = { children: Number.POSITIVE_INFINITY, retained: 200_000 };
/** Text and unfinished tokens never grow past the longest value a field may hold, with room. */
const MAX_TEXT = LIMITS.notes * 4;
/** A token starting this close to the end of a piece waits for the next (`<!DOCTYPE`, `<!--`). */
const SHORTEST_LOOKAHEAD = 16;

// Sticky: matched where the reader stands, without copying the rest of the text.
const TAG_NAME = /[^\s/>]+/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/y;

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

/** Elements in a subtree, the element included. */
function sizeOf(element: XmlElement): number {
  let n = 1;
  for (const child of element.children) n += sizeOf(child);
  return n;
}

/** Where the start tag opened at `from` ends (its `>` outside quotes), or -1 if not in `text`. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let k = from; k < text.length; k += 1) {
    const c = text.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return k;
  }
  return -1;
}

export function createXmlParser(
  fileName: string,
  keep?: KeepElement,
  bounds: XmlBounds = DEFAULT_BOUNDS,
): XmlParser {
  // What is left of the previous piece: an unfinished token, read again with the next piece.
  let pending = '';
  let line = 1;
  // Columns count from the start of the line, across pieces: `consumed` is where `pending` starts.
  let consumed = 0;
  let lineStart = 0;
  let first = true;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let retained = 0;

  const close = (element: XmlElement) => {
    const parent = stack.at(-1);
    if (keep && parent && !keep(element, stack)) {
      parent.children.pop();
      retained -= sizeOf(element);
    }
  };

  /** Reads the tokens of `text` that are whole; returns where the first unfinished one starts. */
  const consume = (text: string, final: boolean): number => {
    let i = 0;
    const fail = (detail: string): never => {
      throw importError(fileName, 'malformed-xml', {
        line,
        column: consumed + i - lineStart + 1,
        detail,
      });
    };
    const advanceTo = (end: number) => {
      for (let k = i; k < end; k += 1)
        if (text.charCodeAt(k) === 10) {
          line += 1;
          lineStart = consumed + k + 1;
        }
      i = end;
    };
    const decode = (raw: string): string =>
      raw.indexOf('&') === -1
        ? raw
        : raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);|&/g, (whole, ref: string | undefined) => {
            if (ref === undefined) return fail('a bare & (write &amp;)');
            if (ref.startsWith('#')) {
              const code = ref.startsWith('#x')
                ? Number.parseInt(ref.slice(2), 16)
                : Number.parseInt(ref.slice(1), 10);
              // XML 1.0 has no NUL and no lone halves of surrogate pairs (U+D800–DFFF).
              return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
                ? String.fromCodePoint(code)
                : fail(`${whole} is no character`);
            }
            return ENTITIES.get(ref) ?? fail(`unknown entity ${whole}`);
          });
    /**
     * Adds text to an element, bounded: past the limit, blank text (the indentation between a
     * container's children, which let go of them) is dropped and real text is refused.
     */
    const appendText = (element: XmlElement, raw: string, decoded: boolean) => {
      if (element.text.length + raw.length > MAX_TEXT) {
        if (raw.trim() === '') return;
        throw importError(fileName, 'too-long', {
          line: element.line,
          detail: `text of <${element.name}>: more than ${MAX_TEXT} characters`,
        });
      }
      element.text += decoded ? raw : decode(raw);
    };
    if (first && text.charCodeAt(0) === 0xfeff) i = 1;
    first = false;
    while (i < text.length) {
      const lt = text.indexOf('<', i);
      if (lt === -1) {
        // Text after the last tag: whole only at the end of the file.
        if (!final) return i;
        if (stack.length > 0 && text.slice(i).trim())
          appendText(stack.at(-1) as XmlElement, text.slice(i), false);
        advanceTo(text.length);
        break;
      }
      if (lt > i) {
        const chunk = text.slice(i, lt);
        const top = stack.at(-1);
        if (top) appendText(top, chunk, false);
        else if (chunk.trim()) fail('text outside the root element');
        advanceTo(lt);
      }
      if (!final && text.length - i < SHORTEST_LOOKAHEAD) return i;
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        if (end === -1) return final ? fail('unclosed comment') : i;
        advanceTo(end + 3);
      } else if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i + 9);
        if (end === -1) return final ? fail('unclosed CDATA section') : i;
        const top = stack.at(-1);
        if (!top) fail('CDATA outside the root element');
        appendText(top as XmlElement, text.slice(i + 9, end), true);
        advanceTo(end + 3);
      } else if (text.startsWith('<!', i)) {
        if (/^<!DOCTYPE/i.test(text.slice(i, i + 9)))
          throw importError(fileName, 'doctype', { line, column: consumed + i - lineStart + 1 });
        fail('unexpected declaration');
      } else if (text.startsWith('<?', i)) {
        const end = text.indexOf('?>', i + 2);
        if (end === -1) return final ? fail('unclosed processing instruction') : i;
        advanceTo(end + 2);
      } else if (text.startsWith('</', i)) {
        const end = text.indexOf('>', i);
        if (end === -1) return final ? fail('truncated closing tag') : i;
        const name = localName(text.slice(i + 2, end).trim());
        const open = stack.pop();
        if (!open) fail(`</${name}> closes nothing`);
        if ((open as XmlElement).name !== name)
          fail(`</${name}> closes <${(open as XmlElement).name}>`);
        advanceTo(end + 1);
        close(open as XmlElement);
      } else {
        if (!final && tagEnd(text, i + 1) === -1) return i;
        // A start tag: name, attributes, then > or />.
        const tagLine = line;
        let k = i + 1;
        TAG_NAME.lastIndex = k;
        const nameMatch = TAG_NAME.exec(text);
        if (!nameMatch) fail('a < that opens no element');
        const qualified = (nameMatch as RegExpExecArray)[0];
        k += qualified.length;
        const attributes = fileRecord<string>();
        let attributeCount = 0;
        let selfClosing = false;
        for (;;) {
          while (k < text.length && /\s/.test(text[k] as string)) k += 1;
          if (k >= text.length) {
            advanceTo(k);
            fail(`truncated tag <${qualified}`);
          }
          if (text[k] === '>') {
            k += 1;
            break;
          }
          if (text.startsWith('/>', k)) {
            selfClosing = true;
            k += 2;
            break;
          }
          ATTRIBUTE.lastIndex = k;
          const attr = ATTRIBUTE.exec(text);
          if (!attr) {
            advanceTo(k);
            fail(`a malformed attribute in <${qualified}>`);
          }
          const [whole, attrName, , double, single] = attr as RegExpExecArray;
          attributeCount += 1;
          if (attributeCount > LIMITS.parse.attributesPerElement)
            throw importError(fileName, 'too-many-attributes', {
              line: tagLine,
              detail: `<${qualified}>: more than ${LIMITS.parse.attributesPerElement}`,
            });
          // Prefixed attributes (xmlns:…, xsi:…) keep their prefix; plain ones are what readers use.
          attributes[attrName as string] = decode(double ?? single ?? '');
          k += (whole as string).length;
        }
        const element: XmlElement = {
          name: localName(qualified),
          attributes,
          children: [],
          text: '',
          line: tagLine,
        };
        const parent = stack.at(-1);
        if (parent) {
          if (parent.children.length >= bounds.children)
            throw importError(fileName, 'too-many-attributes', {
              line: tagLine,
              detail: `<${parent.name}> (line ${parent.line}): more than ${bounds.children} elements`,
            });
          parent.children.push(element);
        } else if (root) fail('a second root element');
        else root = element;
        retained += 1;
        if (retained > bounds.retained)
          throw importError(fileName, 'too-large', {
            line: tagLine,
            detail: `more than ${bounds.retained} elements held at once`,
          });
        advanceTo(k);
        if (selfClosing) close(element);
        else {
          if (stack.length >= MAX_DEPTH)
            throw importError(fileName, 'too-deep', { line, detail: `${MAX_DEPTH} levels` });
          stack.push(element);
        }
      }
    }
    return text.length;
  };

  const feed = (text: string, final: boolean) => {
    const stop = consume(text, final);
    consumed += stop;
    pending = text.slice(stop);
    // An unfinished token never grows past the longest value a field may hold.
    if (pending.length > MAX_TEXT)
      throw importError(fileName, 'too-long', { line, detail: `${pending.length} characters` });
  };

  return {
    push(piece) {
      feed(pending + piece, false);
    },
    end() {
      feed(pending, true);
      if (stack.length > 0) {
        const open = stack.at(-1) as XmlElement;
        throw importError(fileName, 'malformed-xml', {
          line: open.line,
          detail: `<${open.name}> is never closed (truncated file?)`,
        });
      }
      if (!root) throw importError(fileName, 'malformed-xml', { detail: 'no root element' });
      return root;
    },
  };
}

/** Children with this local name. */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((c) => c.name === name);

export const childNamed = (element: XmlElement, name: string): XmlElement | undefined =>
  element.children.find((c) => c.name === name);

/** Every descendant with this local name, depth first (nested graphs included). */
export function descendantsNamed(
  element: XmlElement,
  name: string,
  into: XmlElement[] = [],
): XmlElement[] {
  for (const child of element.children) {
    if (child.name === name) into.push(child);
    descendantsNamed(child, name, into);
  }
  return into;
}
