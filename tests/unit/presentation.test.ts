import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../../src/lib/period-labels.ts';
import {
  coverageOf,
  figureAge,
  figureCheck,
  figureText,
  figureWithCheck,
  organisationName,
  rankingTitle,
  SUPERLATIVE_MIN_SHARE,
  shownValue,
  taskCompletionText,
} from '../../src/lib/presentation.ts';

const figure = (over: Partial<Parameters<typeof figureText>[0]> = {}) => ({
  value: 90,
  value_reported: 90 as number | null,
  bound: 'exact' as const,
  unit: 'percent',
  numerator: null as number | null,
  denominator: null as number | null,
  ...over,
});
const eight = [
  { name: 'Long An', text: '93,2%' },
  { name: 'Bến Tre', text: '91%' },
  { name: 'Vĩnh Long', text: '88%' },
  { name: 'Trà Vinh', text: '86%' },
  { name: 'Cà Mau', text: '85%' },
  { name: 'Sóc Trăng', text: '84%' },
  { name: 'Kiên Giang', text: '82%' },
  { name: 'Huế', text: '80,42%' },
];

describe('the coverage rule for superlatives', () => {
  it('needs half of the provinces of the map in force', () => {
    expect(SUPERLATIVE_MIN_SHARE).toBe(0.5);
    expect(coverageOf(31, 63).enough).toBe(false);
    expect(coverageOf(32, 63).enough).toBe(true);
    expect(coverageOf(17, 34).enough).toBe(true);
    expect(coverageOf(1, 1).enough).toBe(false);
  });

  it('states coverage and lists the figures, with no superlative, below the threshold', () => {
    const title = rankingTitle('2014–2023', eight, coverageOf(8, 63), 'vi');
    expect(title).toBe(
      '8/63 tỉnh, thành phố có số liệu công bố cho 2014–2023: Long An 93,2%, Bến Tre 91%, Vĩnh Long 88%, … Huế 80,42%',
    );
    expect(title).not.toMatch(/cao nhất|thấp nhất/);
    expect(rankingTitle('H1 2018', eight.slice(0, 2), coverageOf(2, 63), 'en')).not.toMatch(/highest|lowest/);
  });

  it('names highest and lowest, and still the coverage, above it', () => {
    expect(rankingTitle('Năm 2021', [eight[0]!, eight[7]!], coverageOf(40, 63), 'vi')).toBe(
      'Năm 2021: Long An cao nhất (93,2%), Huế thấp nhất (80,42%) · 40/63 tỉnh, thành phố có số liệu',
    );
  });

  it('says when only one province or none has a figure', () => {
    expect(rankingTitle('Năm 2020', [eight[0]!], coverageOf(1, 63), 'vi')).toMatch(/^1\/63 .*chỉ Long An/);
    expect(rankingTitle('2020', [], coverageOf(0, 63), 'en')).toBe('2020: no province has a published figure');
  });
});

describe('printed and recomputed figures', () => {
  it('shows the printed figure with its bound', () => {
    expect(figureText(figure({ value: 88, value_reported: 88, bound: 'above' }), 'vi')).toBe('trên 88%');
    expect(figureText(figure({ value: 73, value_reported: 73, bound: 'above' }), 'en')).toBe('over 73%');
  });

  it('keeps the printed rate over the one recomputed from counts, and marks the difference', () => {
    const misprinted = figure({ value: 70.844, value_reported: 73.5, numerator: 2408, denominator: 3399 });
    expect(shownValue(misprinted)).toBe(73.5);
    expect(figureText(misprinted, 'vi')).toBe('73,5%');
    expect(figureCheck(misprinted, 'vi')).toBe('⚠ Tính lại từ 2.408/3.399: 70,84%, khác số đã in');
  });

  it('says nothing where the counts agree with the printed rate', () => {
    expect(figureCheck(figure({ value: 97.9167, value_reported: 97.92, numerator: 47, denominator: 48 }), 'vi')).toBe(
      null,
    );
  });

  it('labels a rate that no source printed as computed', () => {
    const computed = figure({ value: 92.04, value_reported: null, numerator: 104, denominator: 113 });
    expect(figureCheck(computed, 'vi')).toMatch(/tự tính/);
    expect(figureWithCheck(computed, 'en')).toBe('92.04% (computed)');
  });
});

describe('task completion as sources print it', () => {
  it('counts tasks due where the source printed a rate', () => {
    const r = { ...figure({ value: 97.92, value_reported: 97.92, numerator: 47, denominator: 48 }), notes: null };
    expect(taskCompletionText(r, 'vi')).toEqual({
      text: '47/48 nhiệm vụ đến hạn đã hoàn thành',
      rate: '97,92%',
      note: null,
    });
  });

  it('never turns completed of all assigned into a rate, and says when no task is overdue', () => {
    const r = {
      ...figure({ value: 92.04, value_reported: null, numerator: 104, denominator: 113 }),
      notes: '104 = all tasks with deadline; no overdue',
    };
    const shown = taskCompletionText(r, 'vi');
    expect(shown.rate).toBe(null);
    expect(shown.text).toBe('104 nhiệm vụ đã hoàn thành trong 113 nhiệm vụ được giao');
    expect(shown.note).toMatch(/không có nhiệm vụ quá hạn/);
    expect(JSON.stringify(shown)).not.toMatch(/92/);
    // The data does not say what the 113 hold: the note says so, and the figure claims nothing.
    expect(shown.note).toMatch(/nguồn không nói số được giao có gồm nhiệm vụ chưa đến hạn hay không/);
  });

  it('says in the figure itself that the assigned include tasks not yet due (49 of 212 is not 23 %)', () => {
    const r = {
      ...figure({ value: 23.11, value_reported: null, numerator: 49, denominator: 212 }),
      notes: null,
      denominator_scope: 'all_assigned',
    };
    expect(taskCompletionText(r, 'vi')).toEqual({
      text: '49 nhiệm vụ đã hoàn thành trong 212 nhiệm vụ được giao (gồm cả nhiệm vụ chưa đến hạn)',
      rate: null,
      note: 'nguồn không in tỷ lệ hoàn thành',
    });
    expect(taskCompletionText(r, 'en').text).toBe('49 tasks completed of 212 assigned (including tasks not yet due)');
  });
});

describe("bodies in the reader's language", () => {
  it('names the Ministry in English and keeps the Vietnamese name on Vietnamese pages', () => {
    expect(organisationName('Bộ Tư pháp', 'en')).toBe('Ministry of Justice');
    expect(organisationName('Bộ Tư pháp', 'vi')).toBe('Bộ Tư pháp');
  });

  it('keeps a body the catalogue does not know as the data has it', () => {
    expect(organisationName('Chi cục THADS huyện Mới', 'en')).toBe('Chi cục THADS huyện Mới');
  });
});

describe('age and dates', () => {
  it('calls a figure more than two years old the latest available, with its age', () => {
    const age = figureAge('2018-06-30', '6 tháng đầu năm 2018', '2026-12-01', '2025-09-30', 'vi');
    expect(age.old).toBe(true);
    expect(age.label).toBe('số liệu gần nhất: 6 tháng đầu năm 2018 · cách đây 8 năm');
  });

  it('marks a recent figure that is older than the others on its page', () => {
    const age = figureAge('2024-06-30', 'H1 2024', '2025-12-01', '2025-09-30', 'en');
    expect(age).toMatchObject({ years: 1, old: true });
    expect(age.label).toMatch(/older than the other figures/);
  });

  it('says nothing of a current figure', () => {
    expect(figureAge('2025-09-30', 'x', '2026-01-15', '2025-09-30', 'vi')).toMatchObject({ old: false, label: null });
  });

  it('shows a one-day period as one date', () => {
    expect(formatPeriod('2025-08-25', '2025-08-25', 'calendar', 'vi')).toBe('25/08/2025');
  });
});
