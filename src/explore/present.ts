import { formatBound, formatNumber, formatValue, type Lang } from '../lib/format.ts';
import type { Bound } from '../lib/numbers.ts';
import { useTranslations } from '../i18n/messages.ts';
import { formatPeriod } from '../lib/period-labels.ts';
import { figureWithCheck } from '../lib/presentation.ts';
import type { ExclusionReason, ExclusionRow, ResultRow } from './filters.ts';
import type { ExploreState } from './state.ts';

/** How the result table shows each column; `sortValue` is what sorting compares. */
export interface ResultColumn {
  key: string;
  label: string;
  numeric: boolean;
  text(row: ResultRow): string;
  sortValue(row: ResultRow): string | number | null;
}

const basisOf = (indicator: string) =>
  (indicator.startsWith('thads_') ? 'thads_year' : 'calendar') as 'thads_year' | 'calendar';

export function placeLabel(row: ResultRow, lang: Lang): string {
  const place = lang === 'vi' ? row.place_vi : row.place_en;
  return row.organisation ? `${place} · ${row.organisation}` : place;
}

export function periodLabel(row: Pick<ResultRow, 'indicator' | 'period_start' | 'period_end'>, lang: Lang): string {
  return formatPeriod(row.period_start, row.period_end, basisOf(row.indicator), lang);
}

/** The value as the table shows it; an empty combined value says why. */
export function valueText(row: ResultRow, lang: Lang): string {
  if (row.value !== null && !row.aggregated) {
    // The printed figure with its bound, and beside it the check against its counts (src/lib/presentation.ts).
    return figureWithCheck({ ...row, bound: (row.bound as Bound) ?? 'exact' }, lang);
  }
  if (row.value !== null) {
    const text = formatValue(row.value, row.unit, lang, (row.bound as Bound) ?? 'exact');
    return row.unit === 'percent' ? `${text} (${useTranslations(lang).honesty.computedShort})` : text;
  }
  if (row.not_summable > 0) return lang === 'vi' ? '— (không cộng được)' : '— (cannot be summed)';
  if (row.without_counts > 0) return lang === 'vi' ? '— (thiếu tử số, mẫu số)' : '— (no counts)';
  return '—';
}

function count(value: number | null, lang: Lang, unit: string): string {
  if (value === null) return '—';
  return unit === 'VND' || unit === 'percent' ? formatNumber(value, lang, 0) : formatNumber(value, lang, 0);
}

export function resultColumns(lang: Lang): ResultColumn[] {
  const vi = lang === 'vi';
  return [
    {
      key: 'indicator',
      label: vi ? 'Chỉ tiêu' : 'Indicator',
      numeric: false,
      text: (r) => (vi ? r.indicator_vi : r.indicator_en),
      sortValue: (r) => (vi ? r.indicator_vi : r.indicator_en),
    },
    {
      key: 'place',
      label: vi ? 'Địa bàn' : 'Place',
      numeric: false,
      text: (r) => placeLabel(r, lang),
      sortValue: (r) => placeLabel(r, lang),
    },
    {
      key: 'period',
      label: vi ? 'Kỳ' : 'Period',
      numeric: false,
      text: (r) => periodLabel(r, lang),
      sortValue: (r) => `${r.period_end}|${r.period_start}`,
    },
    {
      key: 'value',
      label: vi ? 'Giá trị' : 'Value',
      numeric: true,
      text: (r) => valueText(r, lang),
      sortValue: (r) => r.value,
    },
    {
      key: 'numerator',
      label: vi ? 'Tử số' : 'Numerator',
      numeric: true,
      text: (r) => count(r.numerator, lang, r.unit),
      sortValue: (r) => r.numerator,
    },
    {
      key: 'denominator',
      label: vi ? 'Mẫu số' : 'Denominator',
      numeric: true,
      text: (r) => count(r.denominator, lang, r.unit),
      sortValue: (r) => r.denominator,
    },
    {
      key: 'figures',
      label: vi ? 'Số liệu gộp' : 'Figures combined',
      numeric: true,
      text: (r) => {
        if (!r.aggregated) return vi ? '1 (công bố)' : '1 (published)';
        const of = r.places_total ? `/${r.places_total}` : '';
        const dropped =
          r.without_counts > 0
            ? vi
              ? `; ${r.without_counts} không có tử/mẫu số`
              : `; ${r.without_counts} without counts`
            : '';
        return vi
          ? `${r.figures} số liệu, ${r.places}${of} nơi${dropped}`
          : `${r.figures} figures, ${r.places}${of} places${dropped}`;
      },
      sortValue: (r) => r.figures,
    },
    {
      key: 'sources',
      label: vi ? 'Nguồn' : 'Source',
      numeric: false,
      text: (r) => r.sources,
      sortValue: (r) => r.sources,
    },
  ];
}

/** Rows in the order a reader asked for; empty values last whatever the direction. */
export function sortRows(rows: readonly ResultRow[], sort: ExploreState['sort'], lang: Lang): ResultRow[] {
  if (!sort) return [...rows];
  const column = resultColumns(lang).find((c) => c.key === sort.column);
  if (!column) return [...rows];
  const sign = sort.direction === 'desc' ? -1 : 1;
  const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en');
  return rows
    .map((row, i) => ({ row, i, v: column.sortValue(row) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const d =
        typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return d * sign || a.i - b.i;
    })
    .map((x) => x.row);
}

const REASONS: Record<ExclusionReason, Record<Lang, string>> = {
  subdivision: {
    vi: 'số liệu cấp huyện (là một phần của tỉnh; cộng vào sẽ tính hai lần)',
    en: 'district figures (parts of a province; adding them would count twice)',
  },
  map34: {
    vi: 'số liệu theo 34 tỉnh mới (không tách được về 63 tỉnh cũ; chọn bản đồ 34 tỉnh để xem)',
    en: 'figures for the new 34 provinces (they cannot be split back onto the old 63; choose the 34-province map to see them)',
  },
  no_successor: {
    vi: 'số liệu của tỉnh cũ không rõ tỉnh mới tương ứng',
    en: 'figures of old provinces with no known successor',
  },
  no_region: {
    vi: 'số liệu của tỉnh mới gồm các tỉnh cũ thuộc nhiều vùng',
    en: 'figures of new provinces formed from old ones in several regions',
  },
  no_cluster: {
    vi: 'số liệu của tỉnh không thuộc cụm thi đua nào có danh sách thành viên cho kỳ đó',
    en: 'figures of provinces in no cluster whose members are listed for that period',
  },
};

/** What the reader must know to read the result: how it was computed and what was left out. */
export function resultNotes(rows: readonly ResultRow[], excluded: readonly ExclusionRow[], lang: Lang): string[] {
  const vi = lang === 'vi';
  const notes: string[] = [];
  const combinedRates = rows.filter((r) => r.aggregated && r.kind === 'rate');
  notes.push(
    vi
      ? 'Tỷ lệ gộp (vùng, cụm, tỉnh mới gồm nhiều tỉnh cũ) được tính lại: cộng tử số, cộng mẫu số rồi chia; không bao giờ lấy trung bình các tỷ lệ. Số liệu đơn lẻ giữ nguyên như đã công bố.'
      : 'Combined rates (regions, clusters, new provinces formed from several old ones) are recomputed: numerators are added, denominators are added, then divided; rates are never averaged. A single figure is shown as published.',
  );
  const withoutCounts = combinedRates.reduce((n, r) => n + r.without_counts, 0);
  if (withoutCounts > 0) {
    notes.push(
      vi
        ? `${formatNumber(withoutCounts, lang, 0)} tỷ lệ được công bố không kèm tử số và mẫu số nên không gộp được: chúng bị loại khỏi các dòng gộp (ô giá trị để trống khi không còn số nào).`
        : `${formatNumber(withoutCounts, lang, 0)} rates were published without their counts and cannot be combined: they are left out of combined rows (the value is empty where nothing is left).`,
    );
  }
  const notSummable = rows.reduce((n, r) => n + r.not_summable, 0);
  if (notSummable > 0) {
    notes.push(
      vi
        ? `${formatNumber(notSummable, lang, 0)} chỉ tiêu kế hoạch hoặc sự kiện không cộng được giữa các nơi: dòng gộp để trống.`
        : `${formatNumber(notSummable, lang, 0)} targets or facts cannot be added across places: combined rows are empty.`,
    );
  }
  for (const e of excluded) {
    const reason = REASONS[e.reason]?.[lang] ?? e.reason;
    notes.push(
      vi
        ? `Không tính ${formatNumber(e.figures, lang, 0)} ${reason}.`
        : `Left out: ${formatNumber(e.figures, lang, 0)} ${reason}.`,
    );
  }
  return notes;
}

/** A title that states what the result shows. */
export function resultTitle(rows: readonly ResultRow[], lang: Lang): string {
  const vi = lang === 'vi';
  const valued = rows.filter((r) => r.value !== null);
  if (rows.length === 0) return vi ? 'Không có số liệu cho lựa chọn này' : 'No figures for this selection';
  const indicators = new Set(rows.map((r) => r.indicator));
  const places = new Set(rows.map((r) => placeLabel(r, lang)));
  if (indicators.size === 1 && places.size === 1 && valued.length > 0) {
    const first = valued[0]!;
    const last = valued.at(-1)!;
    const name = vi ? first.indicator_vi : first.indicator_en;
    const show = (r: ResultRow) =>
      `${formatBound(r.bound as Bound, lang)}${formatValue(r.value!, r.unit, lang)} (${periodLabel(r, lang)})`;
    return valued.length === 1
      ? `${name}, ${placeLabel(first, lang)}: ${show(first)}`
      : `${name}, ${placeLabel(first, lang)}: ${show(first)} → ${show(last)}`;
  }
  return vi
    ? `${rows.length} dòng: ${indicators.size} chỉ tiêu, ${places.size} địa bàn`
    : `${rows.length} rows: ${indicators.size} indicator${indicators.size > 1 ? 's' : ''}, ${places.size} place${places.size > 1 ? 's' : ''}`;
}
