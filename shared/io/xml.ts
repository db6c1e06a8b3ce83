import { LIMITS } from '../domain/limits';
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
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** A token starting this close to the end of a piece waits for the next (`<!DOCTYPE`, `<!--`). */
const SHORTEST_LOOKAHEAD = 16;

// Sticky: matched where the reader stands, without copying the rest of the text.
const TAG_NAME = /[^\s/>]+/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/y;

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

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

export function createXmlParser(fileName: string, keep?: KeepElement): XmlParser {
  // What is left of the previous piece: an unfinished token, read again with the next piece.
  let pending = '';
  let line = 1;
  // Columns count from the start of the line, across pieces: `consumed` is where `pending` starts.
  let consumed = 0;
  let lineStart = 0;
  let first = true;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;

  const close = (element: XmlElement) => {
    const parent = stack.at(-1);
    if (keep && parent && !keep(element, stack)) parent.children.pop();
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
              return code > 0 && code <= 0x10ffff
                ? String.fromCodePoint(code)
                : fail(`${whole} is no character`);
            }
            const known = ENTITIES[ref];
            return known ?? fail(`unknown entity ${whole}`);
          });
    if (first && text.charCodeAt(0) === 0xfeff) i = 1;
    first = false;
    while (i < text.length) {
      const lt = text.indexOf('<', i);
      if (lt === -1) {
        // Text after the last tag: whole only at the end of the file.
        if (!final) return i;
        if (stack.length > 0 && text.slice(i).trim())
          (stack.at(-1) as XmlElement).text += decode(text.slice(i));
        advanceTo(text.length);
        break;
      }
      if (lt > i) {
        const chunk = text.slice(i, lt);
        const top = stack.at(-1);
        if (top) top.text += decode(chunk);
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
        (top as XmlElement).text += text.slice(i + 9, end);
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
        const attributes: Record<string, string> = {};
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
        if (parent) parent.children.push(element);
        else if (root) fail('a second root element');
        else root = element;
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
    if (pending.length > LIMITS.notes * 4)
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
