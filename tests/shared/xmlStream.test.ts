import { describe, expect, it } from 'vitest';
import { refusalOf } from '../helpers/refusal';
import { createXmlParser, type XmlElement } from '../../shared/io/xml';
import { graphPass } from '../../shared/io/xmlGraph';

/** The tree read from `pieces`, with every element's name, attributes, text and line. */
function read(pieces: readonly string[], keep?: Parameters<typeof createXmlParser>[1]) {
  const parser = createXmlParser('g.xml', keep);
  for (const piece of pieces) parser.push(piece);
  return parser.end();
}

const refusal = (pieces: readonly string[]) => refusalOf(() => read(pieces));

const cutAt = (text: string, at: number) => [text.slice(0, at), text.slice(at)];

const sample = `\ufeff<?xml version="1.0"?>
<!-- a comment with <tags> & such -->
<g:graph xmlns:g="urn:x" a='1 &gt; 0'>
  <node id="n1" label="Zoé &amp; Co"><data key="d"><![CDATA[<raw> & ]]></data></node>
  <node id="n2"/>
  <edge source="n1" target="n2">une arête&#233;</edge>
</g:graph>
`;

describe('the XML reader fed in pieces', () => {
  it('reads the same tree wherever the text is cut', () => {
    const whole = read([sample]);
    expect(whole.name).toBe('graph');
    expect(whole.attributes.a).toBe('1 > 0');
    expect(whole.children.map((c) => [c.name, c.line])).toEqual([
      ['node', 4],
      ['node', 5],
      ['edge', 6],
    ]);
    expect(whole.children[0]?.attributes.label).toBe('Zoé & Co');
    expect(whole.children[0]?.children[0]?.text).toBe('<raw> & ');
    expect(whole.children[2]?.text).toBe('une arêteé');
    for (let at = 0; at <= sample.length; at += 1) expect(read(cutAt(sample, at))).toEqual(whole);
    expect(read([...sample])).toEqual(whole);
  });

  it('lets go of nodes and edges as they close, handing over those asked for', () => {
    const taken: Array<[string, string[]]> = [];
    const keep = graphPass('node', (element: XmlElement, ancestors: readonly XmlElement[]) =>
      taken.push([element.attributes.id ?? '', ancestors.map((a) => a.name)]),
    );
    const skeleton = read([sample], keep);
    expect(skeleton.children).toEqual([]);
    expect(taken).toEqual([
      ['n1', ['graph']],
      ['n2', ['graph']],
    ]);
  });

  it('names the same line and column for a refusal wherever the text is cut', () => {
    const doctype = '<?xml version="1.0"?>\n<!DOCTYPE lol [<!ENTITY a "a">]>\n<g/>';
    const unclosed = '<graph>\n  <node id="1">\n</graph>';
    const bareAmp = '<graph>\n <node label="a & b"/>\n</graph>';
    for (let at = 0; at <= doctype.length; at += 1)
      expect(refusal(cutAt(doctype, at))).toMatchObject({ reason: 'doctype', line: 2, column: 1 });
    for (let at = 0; at <= unclosed.length; at += 1)
      expect(refusal(cutAt(unclosed, at))).toMatchObject({
        reason: 'malformed-xml',
        line: 3,
        detail: '</graph> closes <node>',
      });
    for (let at = 0; at <= bareAmp.length; at += 1)
      expect(refusal(cutAt(bareAmp, at))).toMatchObject({ reason: 'malformed-xml', line: 2 });
    // Truncated: the open element is named, with the line where it opened.
    expect(refusal(['<graph>\n<node id="1">'])).toMatchObject({
      line: 2,
      detail: '<node> is never closed (truncated file?)',
    });
  });
});
