import { describe, expect, it } from 'vitest';
// xmldom comes with electron-builder (plist); a strict XML parser, as a Word or resvg reader is.
import { DOMParser } from '@xmldom/xmldom';
import { escapeXml, renderChartSvg } from '../../shared/charts/svg';
import { niceTicks } from '../../shared/charts/ticks';
import type { ChartSpec } from '../../shared/charts/types';

const base: ChartSpec = {
  kind: 'bar',
  title: 'Victimes par sexe et par âge',
  subtitle: 'Du 01/01/2021 au 31/12/2025',
  categories: ['Filles', 'Garçons', 'Femmes'],
  series: [
    { name: 'Tués', values: [1, 2, 3] },
    { name: 'Blessés', values: [4, 5, 6] },
  ],
  unit: 'people',
  lang: 'fr',
};

interface Node {
  name: string;
  attrs: Record<string, string>;
  text: string;
  find(name: string): Node[];
}

/** Parses strictly (any warning or error throws) and wraps the root for short assertions. */
function parse(svg: string): Node {
  const fail = (msg: string) => {
    throw new Error(msg);
  };
  const doc = new DOMParser({
    errorHandler: { warning: fail, error: fail, fatalError: fail },
  }).parseFromString(svg, 'image/svg+xml');
  return wrap(doc.documentElement as Element);
}

function wrap(el: Element): Node {
  const attrs: Record<string, string> = {};
  for (let i = 0; i < el.attributes.length; i += 1) {
    const a = el.attributes.item(i);
    if (a) attrs[a.name] = a.value;
  }
  return {
    name: el.tagName,
    attrs,
    text: el.textContent ?? '',
    find: (name) => Array.from(el.getElementsByTagName(name)).map((e) => wrap(e as Element)),
  };
}

describe('niceTicks', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten, from 0 past the maximum', () => {
    expect(niceTicks(9)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(1_234_567)).toEqual([0, 250_000, 500_000, 750_000, 1_000_000, 1_250_000]);
    expect(niceTicks(0.37)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('keeps whole steps for counts', () => {
    expect(niceTicks(2, true)).toEqual([0, 1, 2]);
  });
});

describe('renderChartSvg', () => {
  it('is well-formed XML with an accessible title and description', () => {
    const doc = parse(renderChartSvg(base));
    expect(doc.name).toBe('svg');
    expect(doc.attrs.role).toBe('img');
    expect(doc.find('title')[0]?.text).toBe('Victimes par sexe et par âge');
    expect(doc.find('desc')[0]?.text).toContain('Tués: Filles 1, Garçons 2, Femmes 3');
  });

  it('draws one bar per value, grouped or stacked', () => {
    for (const kind of ['bar', 'stackedBar'] as const) {
      const doc = parse(renderChartSvg({ ...base, kind }));
      expect(doc.find('rect').filter((r) => r.attrs.class === 'bar')).toHaveLength(6);
    }
    const line = parse(renderChartSvg({ ...base, kind: 'line' }));
    expect(line.find('polyline')).toHaveLength(2);
  });

  it('escapes labels: a title, category and series with <&> stay text', () => {
    const svg = renderChartSvg({
      ...base,
      title: 'A <b> & "c"',
      categories: ['<script>alert(1)</script>', 'x&y', 'z'],
      series: [{ name: "O'Brien <&>", values: [1, 2, 3] }],
    });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    const doc = parse(svg);
    expect(doc.find('title')[0]?.text).toBe('A <b> & "c"');
    const texts = doc.find('text').map((n) => n.text);
    expect(texts).toContain('<script>alert(1)</script>');
    expect(texts).toContain("O'Brien <&>");
    expect(escapeXml('a\u0001b')).toBe('ab');
  });

  it('formats ticks for the language: 200 000 in French, 200,000 in English', () => {
    const big: ChartSpec = {
      ...base,
      unit: 'm2',
      series: [{ name: 'SHA', values: [100_000, 600_000, 900_000] }],
    };
    const fr = parse(renderChartSvg(big))
      .find('text')
      .map((n) => n.text);
    expect(fr).toContain('200\u202f000');
    expect(fr).toContain('m²');
    const en = parse(renderChartSvg({ ...big, lang: 'en' }))
      .find('text')
      .map((n) => n.text);
    expect(en).toContain('200,000');
  });

  it('shows millions of m² as km² with French decimals', () => {
    const huge: ChartSpec = {
      ...base,
      unit: 'm2',
      series: [{ name: 'SHA', values: [1_000_000, 2_300_000, 0] }],
    };
    const texts = parse(renderChartSvg(huge))
      .find('text')
      .map((n) => n.text);
    expect(texts).toContain('km² (millions de m²)');
    expect(texts).toContain('0,5');
  });

  it('stacks to the sum: the tallest stacked bar reaches the top tick band', () => {
    const doc = parse(renderChartSvg({ ...base, kind: 'stackedBar' }));
    const texts = doc.find('text').map((n) => n.text);
    // 3 + 6 = 9 → ticks up to 10; a grouped chart of the same would stop at 6.
    expect(texts).toContain('10');
    const grouped = parse(renderChartSvg(base))
      .find('text')
      .map((n) => n.text);
    expect(grouped).not.toContain('10');
  });
});
