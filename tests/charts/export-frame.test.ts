import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBuildDocument } from '../../src/build/dom.ts';
import { exploreChart } from '../../src/charts/explore.ts';
import { composeExport, exportSvgText, wrapWords } from '../../src/charts/export-frame.ts';
import { useBrowserTranslations } from '../../src/i18n/browser.ts';
import { LICENCE } from '../../src/service/licence.ts';
import { expectGolden } from '../helpers/golden.ts';
import { statisticalYearRow } from '../helpers/result-row.ts';

// The frame a downloaded chart carries: a real Plot chart (jsdom), framed and serialized as the browser does.
const document = createBuildDocument();
const serializer = new (document.defaultView as unknown as { XMLSerializer: typeof XMLSerializer }).XMLSerializer();
const year = (y: number, value: number) => statisticalYearRow(y, value);
const chart = (width: number) =>
  exploreChart([year(2022, 79.1), year(2023, 83.25), year(2024, 83.88)], { lang: 'vi', document, width });
const t = useBrowserTranslations('vi').site.chartExport;
const swatch = () => {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '12');
  svg.setAttribute('class', 'swatch');
  return svg;
};
const context = {
  title: 'Tỷ lệ thi hành xong về việc tăng từ 79,1% (năm thống kê 2022) lên 83,88% (năm thống kê 2024)',
  subtitle: 'Tỷ lệ (%) trên số việc có điều kiện thi hành, theo năm thống kê THADS (1/10 – 30/9)',
  legend: [
    { swatch: swatch(), label: 'Kết quả về việc' },
    { swatch: swatch(), label: 'Chỉ tiêu' },
  ],
  source: 'Nguồn: Báo cáo công tác thi hành án dân sự năm 2024 (Bộ Tư pháp, 15/10/2024)',
  footer: [
    t.release('2026-11-30-abc1234'),
    t.licence(LICENCE.name, LICENCE.url),
    t.address('https://ketqua.example.gov.vn/thi-hanh-an/#enforcement-case'),
  ],
};
const texts = (svg: Element, part: string) =>
  [...svg.querySelectorAll(`[data-part="${part}"] tspan`)].map((s) => s.textContent ?? '');

describe('a downloaded chart carries its context', () => {
  it('states title, subtitle, source, release, licence and address around the chart', () => {
    const framed = composeExport(chart(640), context);
    const text = exportSvgText(framed, serializer);
    for (const words of [...context.title.split(' '), 'Nguồn:', '2026-11-30-abc1234', 'CC BY 4.0', 'ketqua.example'])
      expect(text).toContain(words);
    expect(texts(framed, 'title').join(' ')).toBe(context.title);
    expect(texts(framed, 'source').join(' ')).toBe(context.source);
    expect(texts(framed, 'footer-0')).toEqual(['Bản phát hành dữ liệu 2026-11-30-abc1234']);
    // The chart itself is inside, whole, below the title and above the source line.
    const inner = framed.querySelector(':scope > svg')!;
    expect(inner.querySelectorAll('circle')).toHaveLength(3);
    const y = (el: Element | null) => Number(el?.getAttribute('y'));
    expect(y(inner)).toBeGreaterThan(y(framed.querySelector('[data-part="subtitle"] tspan')));
    expect(y(framed.querySelector('[data-part="source"] tspan'))).toBeGreaterThan(
      y(inner) + Number(inner.getAttribute('height')),
    );
    expect(Number(framed.getAttribute('width'))).toBeGreaterThanOrEqual(640);
    expect(framed.querySelectorAll('[data-part="legend"] text')).toHaveLength(2);
  });

  it('wraps long lines to the chart width: a phone-width chart gets more, shorter lines', () => {
    const narrow = composeExport(chart(360), context);
    const wide = composeExport(chart(640), context);
    expect(texts(narrow, 'title').length).toBeGreaterThan(texts(wide, 'title').length);
    for (const line of texts(narrow, 'title')) expect(line.length).toBeLessThanOrEqual(36);
    expect(wrapWords('một hai ba bốn', 7)).toEqual(['một hai', 'ba bốn']);
    expect(wrapWords('dàidàidàidài x', 4)).toEqual(['dàidàidàidài', 'x']);
  });

  it('leaves the page chart as it was', () => {
    const svg = chart(640);
    const before = svg.outerHTML;
    composeExport(svg, context);
    expect(svg.outerHTML).toBe(before);
  });

  it('snapshot (vi)', () =>
    expectGolden(
      exportSvgText(composeExport(chart(640), context), serializer),
      path.join('tests/output/export-frame-vi.svg'),
    ));
});
