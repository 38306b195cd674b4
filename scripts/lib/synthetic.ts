/**
 * Synthetic observations for benchmarks: district by month by indicator, written the way real
 * files arrive (province spellings, Vietnamese number formats, either delimiter). Row i depends only
 * on (seed, i), so a smaller set is a prefix of a larger one and every run is byte for byte the same.
 * Never written into data/: every row's source is `synthetic`.
 */
import { foldText } from '../../src/lib/text.ts';

export const SYNTHETIC_SOURCE_ID = 'synthetic';
export const SYNTHETIC_SOURCE_TITLE = 'Dữ liệu tổng hợp (synthetic) — không phải số liệu công bố';
/** The latest year generated; rows go back month by month from its December (63-province map throughout). */
export const LAST_YEAR = 2024;
export const DISTRICTS = 705;

type Kind = 'rate' | 'count' | 'money';
interface SyntheticIndicator {
  id: string;
  kind: Kind;
  units: readonly string[];
  scale: number;
}

/** Indicators reported by district and month; counts and money carry the units seen in reports. */
export const SYNTHETIC_INDICATORS: readonly SyntheticIndicator[] = [
  { id: 'mediation_success_rate', kind: 'rate', units: ['%'], scale: 40 },
  { id: 'mediation_cases_received', kind: 'count', units: ['vụ việc', 'việc'], scale: 40 },
  { id: 'mediation_cases_success', kind: 'count', units: ['vụ việc', 'việc'], scale: 32 },
  { id: 'mediators', kind: 'count', units: ['người'], scale: 900 },
  { id: 'mediation_teams', kind: 'count', units: ['tổ', 'tổ hòa giải'], scale: 120 },
  { id: 'thads_case_rate', kind: 'rate', units: ['%'], scale: 300 },
  { id: 'thads_money_rate', kind: 'rate', units: ['%'], scale: 9000 },
  { id: 'thads_cases_total', kind: 'count', units: ['việc'], scale: 450 },
  { id: 'thads_cases_with_conditions', kind: 'count', units: ['việc'], scale: 300 },
  { id: 'thads_cases_completed', kind: 'count', units: ['việc'], scale: 220 },
  { id: 'thads_money_total_vnd', kind: 'money', units: ['triệu đồng', 'tỷ đồng'], scale: 50_000 },
  { id: 'thads_money_with_conditions_vnd', kind: 'money', units: ['triệu đồng', 'tỷ đồng'], scale: 20_000 },
  { id: 'thads_money_completed_vnd', kind: 'money', units: ['triệu đồng', 'tỷ đồng'], scale: 8_000 },
  { id: 'tasks_completed_rate', kind: 'rate', units: ['%'], scale: 30 },
  { id: 'tasks_assigned', kind: 'count', units: ['nhiệm vụ'], scale: 30 },
  { id: 'tasks_completed', kind: 'count', units: ['nhiệm vụ'], scale: 27 },
];

export const ROWS_PER_YEAR = DISTRICTS * 12 * SYNTHETIC_INDICATORS.length;

/** A small, fast, seedable PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(seed: number, i: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

const FIRST = [
  'Tân',
  'Phú',
  'An',
  'Bình',
  'Hòa',
  'Long',
  'Thạnh',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Vĩnh',
  'Quảng',
  'Hưng',
  'Thuận',
  'Mỹ',
];
const SECOND = [
  'Yên',
  'Lộc',
  'Sơn',
  'Hải',
  'Điền',
  'Giang',
  'Thành',
  'Lâm',
  'Phước',
  'Xuân',
  'Khánh',
  'Trà',
  'Cát',
  'Đức',
  'Lợi',
  'Châu',
];

export interface District {
  province: string;
  name: string;
}

/** 705 districts over the 63 provinces (11 or 12 each), with names unique within their province. */
export function makeDistricts(provinceCodes: readonly string[], seed: number): District[] {
  const next = random(seed);
  const districts: District[] = [];
  provinceCodes.forEach((province, p) => {
    const count = Math.floor(DISTRICTS / provinceCodes.length) + (p < DISTRICTS % provinceCodes.length ? 1 : 0);
    const used = new Set<string>();
    for (let k = 0; k < count; k++) {
      let name = '';
      while (!name || used.has(name)) {
        const kind = next() < 0.8 ? 'Huyện' : 'Quận';
        name = `${kind} ${FIRST[Math.floor(next() * FIRST.length)]} ${SECOND[Math.floor(next() * SECOND.length)]}`;
      }
      used.add(name);
      districts.push({ province, name });
    }
  });
  return districts;
}

/** Every spelling a province may arrive in: the alias table's, in NFD, upper case, with dashes. */
export function provinceSpellings(
  aliases: ReadonlyArray<{ alias: string; code: string; map: string; valid_to?: string | null }>,
): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  for (const { alias, code, map, valid_to } of aliases) {
    if (map !== '63' || valid_to) continue; // retired names (Hà Tây) are refused for recent periods
    const list = byCode.get(code) ?? [];
    const hasPrefix = /^(tinh|thanh pho|tp) /.test(foldText(alias));
    for (const variant of [
      alias,
      alias.normalize('NFD'),
      alias.toUpperCase(),
      alias.replace(/ - /g, ' – '),
      hasPrefix ? '' : `Tỉnh ${alias}`,
    ]) {
      if (variant && !list.includes(variant)) list.push(variant);
    }
    byCode.set(code, list);
  }
  return byCode;
}

/** Vietnamese number format: "1.234.567" and "97,92". */
export function formatVi(value: number, decimals = 0): string {
  const [whole, fraction] = value.toFixed(decimals).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction.replace(/0+$/, '') || '0'}`.replace(/,0$/, '') : grouped;
}

export interface SyntheticRow {
  indicator: string;
  geo: string;
  subdivision: string;
  period: string;
  numerator: string;
  denominator: string;
  value: string;
  unit: string;
}

export interface Generator {
  row(i: number): SyntheticRow;
}

/** Row i: district fastest, then indicator, then month (December first), then year (latest first). */
export function createGenerator(
  seed: number,
  districts: readonly District[],
  spellings: ReadonlyMap<string, readonly string[]>,
): Generator {
  const indicators = SYNTHETIC_INDICATORS;
  // A province's level and a district's size stay put over time, as in real data.
  const provinceLevel = new Map(
    [...spellings.keys()].map((code, k) => [code, 0.72 + 0.2 * random(mix(seed, -k - 1))()]),
  );
  const districtSize = districts.map((_, d) => 0.3 + 1.7 * random(mix(seed, 1_000_000_000 + d))());
  return {
    row(i) {
      const d = i % districts.length;
      let rest = Math.floor(i / districts.length);
      const indicator = indicators[rest % indicators.length]!;
      rest = Math.floor(rest / indicators.length);
      const month = 12 - (rest % 12);
      const year = LAST_YEAR - Math.floor(rest / 12);
      const next = random(mix(seed, i));
      const district = districts[d]!;
      const names = spellings.get(district.province)!;
      const geo = names[Math.floor(next() * names.length)]!;
      const period =
        next() < 0.7
          ? `tháng ${month}/${year}`
          : next() < 0.5
            ? `Tháng ${String(month).padStart(2, '0')}/${year}`
            : `tháng ${month} năm ${year}`;
      const size = indicator.scale * districtSize[d]! * (0.6 + 0.8 * next());
      const unit = indicator.units[Math.floor(next() * indicator.units.length)]!;
      let numerator = '';
      let denominator = '';
      let value: string;
      if (indicator.kind === 'rate') {
        const den = Math.max(1, Math.round(size));
        const share = Math.min(1, provinceLevel.get(district.province)! + 0.15 * (next() - 0.5));
        const num = Math.round(den * share);
        [numerator, denominator] = [formatVi(num), formatVi(den)];
        // Most reports print the rate beside its counts; a few misprint it, as real ones do.
        const printed = next() < 0.001 ? (num / den) * 100 - 3 : (num / den) * 100;
        value = next() < 0.2 ? '' : `${formatVi(Math.max(0, printed), 2)}%`;
      } else if (indicator.kind === 'money') {
        const millions = size * 1000 * (0.5 + next());
        value = unit === 'tỷ đồng' ? formatVi(millions / 1000, 3) : formatVi(millions, 1);
      } else {
        value = formatVi(Math.round(size));
      }
      return { indicator: indicator.id, geo, subdivision: district.name, period, numerator, denominator, value, unit };
    },
  };
}

/** The header of a synthetic file: English names in some, Vietnamese aliases in others. */
export function header(vietnamese: boolean): string[] {
  return vietnamese
    ? ['chỉ tiêu', 'địa bàn', 'cấp huyện', 'kỳ', 'tử số', 'mẫu số', 'giá trị', 'đơn vị tính', 'nguồn', 'ghi chú']
    : [
        'indicator',
        'geo',
        'subdivision',
        'period_label',
        'numerator',
        'denominator',
        'value_reported',
        'unit',
        'source_id',
        'notes',
      ];
}

/** One CSV line; cells are quoted only when they must be. */
export function csvLine(row: SyntheticRow, delimiter: string): string {
  const cells = [
    row.indicator,
    row.geo,
    row.subdivision,
    row.period,
    row.numerator,
    row.denominator,
    row.value,
    row.unit,
    SYNTHETIC_SOURCE_ID,
    '',
  ];
  return cells
    .map((c) => (c.includes(delimiter) || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c))
    .join(delimiter);
}
