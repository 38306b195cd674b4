import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';

/**
 * A share image (Open Graph, Twitter card: 1200×630) as SVG: the site's name, the figure's title and subtitle,
 * its chart as the build drew it, and its source line. Text is laid out by estimate (SVG does not wrap): the font
 * is the one the renderer is given (`SHARE_FONT_FAMILY`), so the estimate holds.
 */
export const SHARE_SIZE = { width: 1200, height: 630 } as const;
export const SHARE_FONT_FAMILY = 'Be Vietnam Pro';

export interface ShareCard {
  site: string;
  title: string;
  subtitle: string;
  /** The source line, as one text. */
  source: string;
  /** The chart's drawing (an <svg>, or Plot's <figure> of a legend and a map), or none. */
  chart: Element | null;
}

const PAD = 56;
const INK = '#1a1a1a';
const MUTED = '#555';
const ACCENT = '#0b5cad';
/** Average advance of a character, in em, for the regular and bold faces: enough to wrap within the width. */
const EM = { regular: 0.54, bold: 0.6 };

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap to `width` pixels; the last kept line ends with "…" when text is left over. */
export function wrapText(text: string, width: number, size: number, weight: keyof typeof EM, maxLines: number) {
  const perLine = Math.max(8, Math.floor(width / (size * EM[weight])));
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, perLine - 1)
    .replace(/\s+\S*$/, '')
    .replace(/\s*…$/, '')} …`;
  return kept;
}

/** Title sizes and their most lines, largest first: beside a map, above a wide chart, alone. */
const TITLE_FITS: Record<'beside' | 'below' | 'alone', ReadonlyArray<readonly [number, number]>> = {
  beside: [
    [40, 5],
    [34, 6],
  ],
  below: [
    [40, 2],
    [34, 2],
    [30, 3],
  ],
  alone: [
    [60, 2],
    [48, 3],
  ],
};

/**
 * The title whole, at the largest of `sizes` (with its most lines) where it fits: a title states the finding and
 * its caveat ("… (gồm cả nhiệm vụ chưa đến hạn)"), so it is made smaller, never cut. Only a title too long even at
 * the smallest size is cut there.
 */
export function fitTitle(
  text: string,
  width: number,
  sizes: ReadonlyArray<readonly [size: number, maxLines: number]>,
): { size: number; lines: string[] } {
  for (const [size, maxLines] of sizes) {
    const lines = wrapText(text, width, size, 'bold', Number.POSITIVE_INFINITY);
    if (lines.length <= maxLines) return { size, lines };
  }
  const [size, maxLines] = sizes.at(-1)!;
  return { size, lines: wrapText(text, width, size, 'bold', maxLines) };
}

function textBlock(lines: string[], x: number, y: number, size: number, attributes: string): string {
  const spans = lines
    .map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : Math.round(size * 1.25)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text x="${x}" y="${y}" font-size="${size}" ${attributes}>${spans}</text>`;
}

interface Drawing {
  width: number;
  height: number;
  markup: string;
}

/** The chart's SVG parts, stacked (a legend above its map), without Plot's <style> (CSS the renderer skips). */
function drawing(chart: Element, serialize: (node: Node) => string): Drawing | null {
  const svgs = chart.tagName.toLowerCase() === 'svg' ? [chart] : [...chart.querySelectorAll('svg')];
  let y = 0;
  let width = 0;
  const parts: string[] = [];
  for (const svg of svgs) {
    const w = Number(svg.getAttribute('width'));
    const h = Number(svg.getAttribute('height'));
    if (!(w > 0 && h > 0)) continue;
    const copy = svg.cloneNode(true) as Element;
    for (const style of copy.querySelectorAll('style')) style.remove();
    copy.setAttribute('y', String(y));
    parts.push(serialize(copy));
    y += h + 8;
    width = Math.max(width, w);
  }
  return parts.length ? { width, height: y - 8, markup: parts.join('') } : null;
}

/** The card's SVG; `serialize` writes a DOM node as XML (the DOM's XMLSerializer). */
export function shareImageSvg(card: ShareCard, serialize: (node: Node) => string): string {
  const { width: W, height: H } = SHARE_SIZE;
  const chart = card.chart ? drawing(card.chart, serialize) : null;
  // A tall chart (a map) goes beside the text; a wide one below it.
  const beside = chart !== null && chart.height / chart.width > 0.75;
  const textWidth = beside ? 560 : W - 2 * PAD;
  const { size: titleSize, lines: title } = fitTitle(
    card.title,
    textWidth,
    TITLE_FITS[chart ? (beside ? 'beside' : 'below') : 'alone'],
  );
  const subtitle = wrapText(card.subtitle, textWidth, 22, 'regular', beside ? 4 : 2);
  const source = wrapText(card.source, beside ? textWidth : W - 2 * PAD, 18, 'regular', beside ? 4 : 1);
  const titleY = chart ? 118 : 280;
  const subtitleY = titleY + title.length * Math.round(titleSize * 1.25) + 8;
  const textEnd = subtitleY + subtitle.length * 28;
  const sourceY = beside ? H - PAD - (source.length - 1) * 22 : H - 36;
  let chartMarkup = '';
  if (chart) {
    const box = beside
      ? { x: PAD + textWidth + 40, y: 40, width: W - PAD - (PAD + textWidth + 40), height: H - 80 }
      : { x: PAD, y: textEnd + 4, width: W - 2 * PAD, height: sourceY - 30 - (textEnd + 4) };
    chartMarkup =
      `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" ` +
      `viewBox="0 0 ${chart.width} ${chart.height}" preserveAspectRatio="xMidYMid meet">${chart.markup}</svg>`;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" `,
    `font-family="${SHARE_FONT_FAMILY}" fill="${INK}" color="${INK}">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<rect width="${W}" height="10" fill="${ACCENT}"/>`,
    textBlock([card.site], PAD, 62, 22, `font-weight="700" fill="${ACCENT}"`),
    textBlock(title, PAD, titleY, titleSize, `font-weight="700" fill="${INK}"`),
    textBlock(subtitle, PAD, subtitleY, 22, `fill="${MUTED}"`),
    chartMarkup,
    textBlock(source, PAD, sourceY, 18, `fill="${MUTED}"`),
    '</svg>',
  ].join('');
}

const require = createRequire(import.meta.url);

/**
 * The renderer's options: Be Vietnam Pro from npm (TTF: the renderer reads no WOFF) and no system font, so an
 * image is the same on every machine and every Vietnamese diacritic is drawn.
 */
const RENDER_OPTIONS = {
  fitTo: { mode: 'width', value: SHARE_SIZE.width },
  font: {
    loadSystemFonts: false,
    fontFiles: ['400Regular/BeVietnamPro_400Regular.ttf', '700Bold/BeVietnamPro_700Bold.ttf'].map((file) =>
      require.resolve(`@expo-google-fonts/be-vietnam-pro/${file}`),
    ),
    defaultFontFamily: SHARE_FONT_FAMILY,
    sansSerifFamily: SHARE_FONT_FAMILY,
  },
} as const;

/** The card drawn: its pixels (RGBA) and its PNG. The renderer runs on its own threads. */
export async function renderShareImage(card: ShareCard, serialize: (node: Node) => string) {
  const image = await renderAsync(shareImageSvg(card, serialize), RENDER_OPTIONS);
  return { width: image.width, height: image.height, pixels: image.pixels, png: image.asPng() };
}
