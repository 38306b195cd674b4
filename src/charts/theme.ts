import { formatNumber, type Lang } from '../lib/format.ts';

/** What every chart needs to render: the reader's language, a width, and (at build) jsdom's document. */
export interface ChartContext {
  lang: Lang;
  width?: number;
  /** Plot renders into this document; omitted in the browser. */
  document?: Document;
  /** The data release the figures come from (release.json); a figure's CSV names it on every row. */
  release?: string;
}

// Okabe–Ito colours: distinct for the common colour-blindnesses. Targets are also dashed, so print in grey still reads.
export const COLORS = {
  result: '#0b5cad',
  resultSoft: '#7fb0e0',
  target: '#d55e00',
  national: '#d55e00',
  muted: '#6b6b6b',
  ink: '#1a1a1a',
} as const;

export const TARGET_DASH = '5,3';

/** Percent axis ticks in the reader's format: "80%" / "80%", "72,5%" / "72.5%". */
export const percentTick = (lang: Lang) => (d: number) => `${formatNumber(d, lang, 1)}%`;

/** Years are labels, not quantities: 2025, never "2.025". */
export const yearTick = (d: number) => String(d);

export function plotDefaults(context: ChartContext) {
  return {
    width: context.width ?? 640,
    style: { fontSize: '13px', fontFamily: 'inherit', color: COLORS.ink, background: 'transparent' },
    ...(context.document ? { document: context.document } : {}),
  };
}
