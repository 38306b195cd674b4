// A chart download (SVG or PNG) from any figure block, topic page or Explore: the block's own title,
// subtitle, legend and source line, with the release, licence and address the page states, framed by
// src/charts/export-frame.ts. Loaded on the first click.
import { composeExport, exportSvgText, type ExportContext } from '../charts/export-frame.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { langOf } from '../i18n/routes.ts';
import { pageRelease } from '../lib/integrity.ts';
import { LICENCE } from '../service/licence.ts';
import { saveBlob } from './save-file.ts';

export type ChartFormat = 'svg' | 'png';

const part = (block: Element, name: string) => block.querySelector<HTMLElement>(`[data-part="${name}"]`);
const words = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The chart the reader sees: each is drawn at two widths and CSS shows one. */
export function visibleChart(block: Element): Element | null {
  const charts = [...(part(block, 'chart')?.children ?? [])];
  return charts.find((c) => getComputedStyle(c).display !== 'none') ?? charts[0] ?? null;
}

/** What the file says beside the chart, read from the block and the page's "about the data". */
export function exportContext(block: Element): ExportContext {
  const t = useBrowserTranslations(langOf(document.documentElement.lang)).site.chartExport;
  const about = document.querySelector<HTMLElement>('[data-about-data]')?.dataset ?? {};
  const release = pageRelease(document);
  // The address that reproduces this figure: the site's public origin when the build knew it (SITE_URL).
  const origin = about.siteOrigin || location.origin;
  const anchor = block.id || block.closest<HTMLElement>('[data-figure]')?.dataset.figure;
  const address = `${origin}${location.pathname}${location.search}${anchor ? `#${anchor}` : ''}`;
  return {
    title: words(part(block, 'title')),
    subtitle: words(part(block, 'subtitle')),
    legend: [...(part(block, 'legend')?.querySelectorAll('li') ?? [])].map((li) => ({
      swatch: li.querySelector('svg'),
      label: words(li),
    })),
    source: words(part(block, 'sources')),
    footer: [...(release ? [t.release(release)] : []), t.licence(LICENCE.name, LICENCE.url), t.address(address)],
  };
}

/** The framed chart as SVG text, or null when the block shows no chart. */
export function chartSvgText(block: Element): { text: string; width: number; height: number } | null {
  const chart = visibleChart(block);
  if (!chart) return null;
  const svg = composeExport(chart, exportContext(block));
  return {
    text: exportSvgText(svg, new XMLSerializer()),
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
  };
}

/**
 * The framed chart as PNG at twice its size: the SVG drawn on a canvas through a data: image (the pages'
 * CSP allows data: images; nothing is fetched).
 */
export async function pngFromSvg(svg: { text: string; width: number; height: number }): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = svg.width * 2;
  canvas.height = svg.height * 2;
  const context = canvas.getContext('2d')!;
  context.scale(2, 2);
  context.drawImage(image, 0, 0, svg.width, svg.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG failed'))), 'image/png'),
  );
}

/** Downloads a block's chart as `<name>.svg` or `<name>.png`; false when there is no chart to save. */
export async function downloadChart(block: Element, format: ChartFormat, name: string): Promise<boolean> {
  try {
    const svg = chartSvgText(block);
    if (!svg) return false;
    const blob =
      format === 'svg' ? new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }) : await pngFromSvg(svg);
    saveBlob(blob, `${name}.${format}`);
    return true;
  } catch {
    // Said where the page says what its scripts did, not thrown into the console where no reader looks.
    const status = document.querySelector('[data-live-status]');
    if (status)
      status.textContent = useBrowserTranslations(langOf(document.documentElement.lang)).site.chartExport.failed;
    return false;
  }
}
