import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractContext } from '../../scripts/lib/extract-context.ts';
import { candidatesToCsv } from '../../src/lib/extract/csv.ts';
import { type Candidate, extractCandidates } from '../../src/lib/extract/index.ts';

const context = extractContext('data', '2024-07-10');
const extract = (text: string, reportDate: string | null = '2024-07-10') =>
  extractCandidates(text, { ...context, reportDate });
/** The words at a part's offsets. */
const words = (text: string, c: Candidate, role: string) =>
  c.parts.filter((p) => p.role === role).map((p) => text.slice(p.start, p.end));
const row = (c: Candidate) => [
  c.indicator,
  c.geo_code,
  c.period_start,
  c.period_end,
  c.numerator,
  c.denominator,
  c.value_reported,
  c.bound,
];

describe('the extractor on the sentences of issue 13', () => {
  it('reads enforcement by cases and by money, with bounds, and the statistical year', () => {
    const { text, candidates } = extract(
      'Năm 2022, toàn quốc thi hành xong trên 539.000 việc (tương ứng với hơn 75.000 tỉ đồng), đạt ' +
        'tỉ lệ 82,50% về việc và 45,42% về tiền.',
    );
    expect(candidates.map(row)).toEqual([
      ['thads_cases_completed', 'VN', '2021-10-01', '2022-09-30', null, null, 'trên 539.000', 'above'],
      ['thads_money_completed_vnd', 'VN', '2021-10-01', '2022-09-30', null, null, 'hơn 75.000', 'above'],
      ['thads_case_rate', 'VN', '2021-10-01', '2022-09-30', null, null, '82,50%', 'exact'],
      ['thads_money_rate', 'VN', '2021-10-01', '2022-09-30', null, null, '45,42%', 'exact'],
    ]);
    expect(candidates.map((c) => words(text, c, 'value'))).toEqual([
      ['trên 539.000 việc'],
      ['hơn 75.000 tỉ đồng'],
      ['82,50%'],
      ['45,42%'],
    ]);
    expect(words(text, candidates[0]!, 'place')).toEqual(['toàn quốc']);
    expect(words(text, candidates[0]!, 'period')).toEqual(['Năm 2022']);
    expect(candidates[1]!.unit).toBe('tỉ đồng');
  });

  it('reads tasks assigned and completed, and "không có nhiệm vụ quá hạn" as zero overdue', () => {
    const { text, candidates } = extract(
      'Trong 6 tháng đầu năm 2024, Bộ Tư pháp được giao thực hiện 94 nhiệm vụ, đã hoàn thành 63 ' +
        'nhiệm vụ, đang tiếp tục thực hiện 31 nhiệm vụ, không có nhiệm vụ quá hạn.',
    );
    expect(candidates.map(row)).toEqual([
      ['tasks_completed_rate', 'VN', '2024-01-01', '2024-06-30', 63, 94, null, 'exact'],
      ['other_tasks_overdue', 'VN', '2024-01-01', '2024-06-30', null, null, '0', 'exact'],
    ]);
    expect(words(text, candidates[0]!, 'numerator')).toEqual(['63']);
    expect(words(text, candidates[0]!, 'denominator')).toEqual(['94']);
    expect(words(text, candidates[1]!, 'keyword')).toEqual(['không có nhiệm vụ quá hạn']);
  });

  it('reads a list of places with figures, each with its own place', () => {
    const { text, candidates } = extract(
      'Năm 2023, các đơn vị có tỷ lệ thi hành xong về tiền thấp nhất: Tây Ninh (28,81%), Vĩnh Long ' +
        '(30,36%), Tiền Giang (31,45%), Long An (31,73%), Trà Vinh (32,96%).',
    );
    expect(candidates.map((c) => [c.indicator, c.geo_code, c.value_reported])).toEqual([
      ['thads_money_rate', '72', '28,81%'],
      ['thads_money_rate', '86', '30,36%'],
      ['thads_money_rate', '82', '31,45%'],
      ['thads_money_rate', '80', '31,73%'],
      ['thads_money_rate', '84', '32,96%'],
    ]);
    expect(candidates.map((c) => words(text, c, 'place')[0])).toEqual([
      'Tây Ninh',
      'Vĩnh Long',
      'Tiền Giang',
      'Long An',
      'Trà Vinh',
    ]);
  });

  it('reads targets with their bound', () => {
    const { text, candidates } = extract('Năm 2016, chỉ tiêu Quốc hội giao là trên 88% về việc, trên 77% về tiền.');
    expect(candidates.map(row)).toEqual([
      ['thads_case_target', 'VN', '2015-10-01', '2016-09-30', null, null, 'trên 88%', 'above'],
      ['thads_money_target', 'VN', '2015-10-01', '2016-09-30', null, null, 'trên 77%', 'above'],
    ]);
    expect(candidates.map((c) => words(text, c, 'value')[0])).toEqual(['trên 88%', 'trên 77%']);
  });

  it('reads mediation received (approximate) and the success rate', () => {
    const { text, candidates } = extract(
      'Năm 2023, cả nước tiếp nhận gần 53.350 vụ việc hòa giải, tỷ lệ hòa giải thành đạt 79%.',
    );
    expect(candidates.map(row)).toEqual([
      ['mediation_cases_received', 'VN', '2023-01-01', '2023-12-31', null, null, 'gần 53.350', 'approx'],
      ['mediation_success_rate', 'VN', '2023-01-01', '2023-12-31', null, null, '79%', 'exact'],
    ]);
    expect(words(text, candidates[0]!, 'value')).toEqual(['gần 53.350 vụ việc']);
    expect(words(text, candidates[1]!, 'value')).toEqual(['79%']);
  });

  it('reads 47/48 nhiệm vụ … 97,92% as one row whose counts and printed rate agree', () => {
    const { text, candidates } = extract(
      '6 tháng đầu năm 2018, toàn Ngành hoàn thành 47/48 nhiệm vụ có thời hạn, đạt 97,92%.',
    );
    expect(candidates.map(row)).toEqual([
      ['tasks_completed_rate', 'VN', '2018-01-01', '2018-06-30', 47, 48, '97,92%', 'exact'],
    ]);
    const [c] = candidates;
    expect(words(text, c!, 'numerator')).toEqual(['47']);
    expect(words(text, c!, 'denominator')).toEqual(['48']);
    expect(words(text, c!, 'value')).toEqual(['97,92%']);
    expect(words(text, c!, 'place')).toEqual(['toàn Ngành']);
    expect(words(text, c!, 'period')).toEqual(['6 tháng đầu năm 2018']);
    expect(c!.confidence).toBeGreaterThan(0.95);
    expect(c!.reason).toBe('47/48 … 97,92%: numerator, denominator and printed rate agree');
  });
});

describe('the extractor on places, periods, money and what is not a figure', () => {
  it('resolves places as reports write them', () => {
    const { candidates } = extract(
      'Năm 2023, T.P Hồ Chí Minh đạt 80% về việc; Tp. Cần Thơ đạt 81% về việc; tỉnh  Khánh  Hòa đạt ' +
        '82% về việc; TP.HCM đạt 83% về tiền.',
    );
    expect(candidates.map((c) => [c.geo_code, c.value_reported])).toEqual([
      ['79', '80%'],
      ['92', '81%'],
      ['56', '82%'],
      ['79', '83%'],
    ]);
  });

  it('reads a rate whose counts are money as one row in VND, and its CSV passes the contract', () => {
    const { candidates } = extract(
      'Năm thống kê 2024, Cục Thi hành án dân sự tỉnh Long An thi hành xong về tiền 1.234,5 tỷ đồng ' +
        '/ 5.000 tỷ đồng có điều kiện thi hành, đạt 24,69%.',
    );
    expect(candidates.map(row)).toEqual([
      ['thads_money_rate', '80', '2023-10-01', '2024-09-30', 1_234_500_000_000, 5_000_000_000_000, '24,69%', 'exact'],
    ]);
    expect(candidates[0]!.unit).toBe('đồng');
    expect(candidatesToCsv(candidates, 's')).toContain(',1234500000000,5000000000000,"24,69%",đồng,s,');
  });

  it('says when a period was inferred from the report date', () => {
    const { candidates } = extract('Trong 9 tháng, toàn tỉnh Đắk Nông tiếp nhận 120 vụ việc hòa giải.', '2022-10-05');
    expect(candidates.map((c) => [c.indicator, c.geo_code, c.period_label, c.period_inferred])).toEqual([
      ['mediation_cases_received', '67', '9 tháng năm 2022', true],
    ]);
    expect(candidates[0]!.reason).toContain('inferred');
    const undated = extract('Tỉnh Đắk Nông tiếp nhận 120 vụ việc hòa giải.', '2022-10-05').candidates[0]!;
    expect([undated.period_label, undated.period_inferred]).toEqual(['năm 2022', true]);
  });

  it('reads "từ 01/10/2021 đến 30/6/2022" as an explicit range', () => {
    const { candidates } = extract(
      'Từ 01/10/2021 đến 30/6/2022, toàn quốc thi hành xong 400.000 việc, đạt 70,5% về việc.',
    );
    expect(candidates.map((c) => [c.indicator, c.period_start, c.period_end])).toEqual([
      ['thads_cases_completed', '2021-10-01', '2022-06-30'],
      ['thads_case_rate', '2021-10-01', '2022-06-30'],
    ]);
  });

  it('counts people and things tied to a movement as facts', () => {
    const { candidates } = extract(
      'Năm 2020, phong trào thi đua đã biểu dương 25 tập thể và 40 cá nhân điển hình tiên tiến; Khu ' +
        'vực thi đua gồm 8 tỉnh.',
    );
    expect(candidates.map((c) => [c.indicator, c.value_reported])).toEqual([
      ['other_exemplary_collectives_honoured', '25'],
      ['other_exemplary_individuals_honoured', '40'],
      ['other_emulation_cluster_member_units', '8'],
    ]);
  });

  it('leaves alone dates, document numbers, counters, anniversaries, phone numbers and article ids', () => {
    const { candidates } = extract(
      [
        'Quyết định số 1860/QĐ-BTP ngày 18/11/2021 và Kế hoạch 06/KH-STP về hòa giải ở cơ sở.',
        'Lượt xem: 12.345. Kỷ niệm 70 năm ngày truyền thống ngành Tư pháp; 05 năm thi hành Luật hòa giải ở cơ sở.',
        'Hotline: 024.627.397.37 - 024.62.739.735. Mã bài viết 3689, ItemID=1024, trang 2/5.',
        'Nghị quyết 202/2025/QH15 về thi hành án, ngày 01/7/2025.',
      ].join('\n'),
    );
    expect(candidates).toEqual([]);
  });
});

describe('npm run extract on every input format', () => {
  it('gives the same candidates for the .txt, .html, .docx and .pdf of one report', async () => {
    const { readReportText } = await import('../../src/lib/extract/formats.ts');
    const dir = 'tests/fixtures/extract/formats';
    const rows = async (file: string) => {
      const text = await readReportText(file, new Uint8Array(readFileSync(`${dir}/${file}`)));
      return extract(text).candidates.map(row);
    };
    const txt = await rows('report.txt');
    expect(txt.length).toBeGreaterThanOrEqual(4);
    for (const file of ['report.html', 'report.docx', 'report.pdf']) expect(await rows(file), file).toEqual(txt);
  });

  it('refuses a PDF without a text layer and a file of unknown type, saying why', async () => {
    const { readReportText } = await import('../../src/lib/extract/formats.ts');
    const scan = new Uint8Array(readFileSync('tests/fixtures/extract/formats/scan-no-text.pdf'));
    await expect(readReportText('scan-no-text.pdf', scan)).rejects.toThrow(/no text layer/);
    await expect(readReportText('report.xlsx', new Uint8Array([80, 75, 3, 4]))).rejects.toThrow(/unknown file type/);
    await expect(readReportText('fake.pdf', new TextEncoder().encode('hello'))).rejects.toThrow(/not a PDF/);
  });
});

describe('the review page example', () => {
  it('is the same real text as the format fixtures', async () => {
    const { EXAMPLE_REPORT } = await import('../../src/extract-review/example.ts');
    expect(EXAMPLE_REPORT.text).toBe(readFileSync('tests/fixtures/extract/formats/report.txt', 'utf8').trim());
  });
});
