import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBuildDocument } from '../../src/build/dom.ts';
import { createSvgNode, patchSvgChildren, type SvgNode } from '../../src/charts/svg-patch.ts';

const document = createBuildDocument();
const SVG = 'http://www.w3.org/2000/svg';

// A chart's groups in their order, some left out (as an axis with no ticks is), each with a few marks.
const labels = ['y-axis', 'x-grid', 'x-axis', 'bar', 'text'] as const;
const drawingArb = fc
  .tuple(
    fc.subarray([...labels]),
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 5, maxLength: 5 }),
    fc.integer({ min: 0, max: 99 }),
  )
  .map(([present, counts, shift]): SvgNode[] => [
    { tag: 'style', attrs: [], text: 'svg {}' },
    ...present.map((label, g) => ({
      tag: 'g',
      attrs: [['aria-label', label], ...(g % 2 ? ([['fill', 'none']] as const) : [])] as const,
      children: Array.from({ length: counts[g]! }, (_, i) => ({
        tag: label === 'text' ? 'text' : 'rect',
        attrs: [['x', i * 10 + shift]] as const,
        ...(label === 'text' ? { text: String(i + shift) } : {}),
      })),
    })),
  ]);

const drawn = (nodes: SvgNode[]) => {
  const svg = document.createElementNS(SVG, 'svg');
  for (const node of nodes) svg.append(createSvgNode(document, node));
  return svg;
};

describe('writing a drawing over another', () => {
  it('gives the fresh drawing, and keeps the groups both have as the same elements', () => {
    fc.assert(
      fc.property(drawingArb, drawingArb, (before, after) => {
        const svg = drawn(before);
        const groups = new Map([...svg.querySelectorAll('g')].map((g) => [g.getAttribute('aria-label'), g]));
        patchSvgChildren(svg, after);
        expect(svg.outerHTML).toBe(drawn(after).outerHTML);
        for (const g of svg.querySelectorAll('g')) {
          const old = groups.get(g.getAttribute('aria-label'));
          if (old) expect(g).toBe(old);
        }
      }),
      { numRuns: 300 },
    );
  });
});
