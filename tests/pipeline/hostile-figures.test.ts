import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { composeInput, runBuildCli, tempDir } from '../helpers/build.ts';
import { query } from '../helpers/duckdb.ts';

// The second round of hostile input (issue 14): figures that used to be published altered, and keys
// that used to dodge the duplicate rule. Each is refused with file, line, column and reason, or kept as printed.

const HEADER = 'indicator,geo,organisation,period_label,numerator,denominator,value_reported,unit,source_id,notes';
const en = (...rows: string[]) => `# locale: en\n${HEADER}\n${rows.join('\n')}\n`;
const vi = (...rows: string[]) => `# locale: vi\n${HEADER}\n${rows.join('\n')}\n`;
// Facts are not in the fixture's indicators: one in cases, one in percent.
const FACTS =
  'other_cases,Vụ việc khác,Other cases,fact,cases,,,calendar,,\n' +
  'other_share,Tỷ lệ khác,Other share,fact,percent,,,calendar,,\n';

type Edit = (input: string) => void;

async function build(content: string | null, ...edits: Edit[]) {
  const input = composeInput('tests/fixtures/pipeline/valid/input');
  appendFileSync(path.join(input, 'indicators.csv'), FACTS);
  mkdirSync(path.join(input, 'published'), { recursive: true });
  if (content !== null) writeFileSync(path.join(input, 'published', 'x.csv'), content);
  for (const edit of edits) edit(input);
  const out = tempDir('hostile-figures');
  const result = await buildData({ inDir: input, outDir: out });
  return { messages: result.problems.map(formatProblem), out, ok: result.problems.length === 0 };
}

const editFile =
  (file: string, change: (text: string) => string): Edit =>
  (input) =>
    writeFileSync(path.join(input, file), change(readFileSync(path.join(input, file), 'utf8')));

const REFUSED: Array<[string, string | null, RegExp, ...Edit[]]> = [
  [
    'a numerator in exponent notation (1e3 was read as 1)',
    en('mediation_success_rate,Bến Tre,,năm 2020,1e3,20000,,percent,dcsvn-2018,'),
    /^published\/x\.csv:3: column numerator = «1e3»: .*exponent notation/,
  ],
  [
    'a fact in exponent notation (1e5 was read as 1 with unit «e5»)',
    en('other_cases,Bến Tre,,năm 2020,,,1e5,cases,dcsvn-2018,'),
    /x\.csv:3: column value_reported = «1e5»: .*exponent notation/,
  ],
  [
    'digits across spaces (1 2 3 was read as 123)',
    vi('mediation_cases_received,Bến Tre,,năm 2020,,,1 2 3,việc,dcsvn-2018,'),
    /x\.csv:3: column value_reported = «1 2 3»: .*space inside the number/,
  ],
  [
    'a BOM inside the digits (8<U+FEFF>0 was read as 80)',
    vi('mediation_cases_received,Bến Tre,,năm 2020,,,8\ufeff0,việc,dcsvn-2018,'),
    /x\.csv:3: column value_reported = «8\\ufeff0»: .*invisible character \(U\+FEFF\)/,
  ],
  [
    'a 301-digit amount in «nghìn tỷ đồng» (was stored as Infinity)',
    vi(`thads_money_completed_vnd,Bến Tre,,năm 2020,,,${'9'.repeat(301)},nghìn tỷ đồng,dcsvn-2018,`),
    /x\.csv:3: column value_reported = «9+… \(301 characters\)»: .*out of range/,
  ],
  [
    'a fact of -5 cases',
    en('other_cases,Bến Tre,,năm 2020,,,-5,cases,dcsvn-2018,'),
    /x\.csv:3: column value_reported = «-5»: a count or amount cannot be negative/,
  ],
  [
    'a fact of 150%',
    en('other_share,Bến Tre,,năm 2020,,,150%,,dcsvn-2018,'),
    /x\.csv:3: column value_reported = «150%»: a rate must lie between 0 and 100%/,
  ],
  [
    '«trên 100%» for a rate (was accepted as 100 with bound above)',
    vi('mediation_success_rate,Bến Tre,,năm 2020,,,trên 100%,,dcsvn-2018,'),
    /x\.csv:3: column value_reported = «trên 100%»: a rate must lie between 0 and 100%: «above 100» cannot be/,
  ],
  [
    'an organisation with a zero-width space (dodged the duplicate rule)',
    en(
      'mediation_success_rate,VN,Bộ Tư pháp,năm 2020,8,10,80,percent,dcsvn-2018,',
      'mediation_success_rate,VN,Bộ Tư pháp\u200b,năm 2020,8,10,80,percent,dcsvn-2018,',
    ),
    /x\.csv:4: column organisation = «Bộ Tư pháp\\u200b»: holds an invisible character \(U\+200B\)/,
  ],
  [
    'a source id behind a right-to-left override',
    en('mediation_success_rate,VN,,năm 2020,8,10,80,percent,\u202e8102-nvscd,'),
    /x\.csv:3: column source_id = «\\u202e8102-nvscd»: holds an invisible character \(U\+202E\)/,
  ],
  [
    'a place name with a Cyrillic look-alike in the data',
    en('mediation_success_rate,H\u0430 Nội,,năm 2020,8,10,80,percent,dcsvn-2018,'),
    /x\.csv:3: column geo = «Hа Nội»: mixes Latin with Cyrillic or Greek letters in «Hа» \(U\+0430/,
  ],
  [
    'a Cyrillic look-alike alias added under code 79 (sent Hà Nội rows to Hồ Chí Minh City)',
    null,
    /^geo\/aliases\.csv:\d+: column alias = «Hа Nội»: mixes Latin with Cyrillic/,
    (input) => appendFileSync(path.join(input, 'geo/aliases.csv'), 'H\u0430 Nội,79,63,,\n'),
  ],
  [
    'two «title» columns in sources.csv (the second replaced every title)',
    null,
    /^sources\.csv:1: column title = «title»: a second column named «title»/,
    editFile('sources.csv', (text) =>
      text
        .split('\n')
        .map((l, i) => (l ? `${l},${i === 0 ? 'title' : 'x'}` : l))
        .join('\n'),
    ),
  ],
  [
    'a repeated column in a reference table (the last one won)',
    null,
    /^geo\/aliases\.csv:1: column code = «code»: a second column named «code»/,
    editFile('geo/aliases.csv', (text) =>
      text
        .split('\n')
        .map((l, i) => (l ? `${l},${i === 0 ? 'code' : '79'}` : l))
        .join('\n'),
    ),
  ],
  [
    'two «# locale:» lines (the last won, and 1.500 became 1500)',
    `# locale: en\n# locale: vi\n${HEADER}\nmediation_cases_received,Bến Tre,,năm 2020,,,1.500,việc,dcsvn-2018,\n`,
    /x\.csv:0: .*line 2 declares the locale again \(line 1 did\)/,
  ],
];

describe('figures and keys the build refuses instead of publishing them altered', () => {
  it.each(REFUSED)('%s', async (_, content, message, ...edits) => {
    const { messages, ok } = await build(content, ...edits);
    expect(ok).toBe(false);
    expect(
      messages.some((m) => message.test(m)),
      messages.join('\n'),
    ).toBe(true);
  });
});

describe('figures the build keeps exactly as printed', () => {
  it('stores -0 as 0', async () => {
    const row = 'mediation_cases_received,Bến Tre,,năm 2020,,,-0,cases,dcsvn-2018,';
    const { ok, out, messages } = await build(en(row));
    expect(ok, messages.join('\n')).toBe(true);
    const rows = await query(
      `SELECT CAST(value AS VARCHAR) AS v FROM '${out}/observations.parquet' ` +
        `WHERE geo_code = '83' AND period_start = DATE '2020-01-01'`,
    );
    expect(rows).toEqual([{ v: '0.0' }]);
  });

  it('keeps a literal U+FFFD (valid UTF-8) in a note as text', async () => {
    const { ok, out, messages } = await build(
      en('mediation_success_rate,Bến Tre,,năm 2020,8,10,80,percent,dcsvn-2018,garbled \ufffd in the source'),
    );
    expect(ok, messages.join('\n')).toBe(true);
    expect(await query(`SELECT notes FROM '${out}/observations.parquet' WHERE notes LIKE 'garbled%'`)).toEqual([
      { notes: 'garbled \ufffd in the source' },
    ]);
  });

  it('compares keys in NFC: «Bộ Tư pháp» typed in NFD is the same organisation, so a duplicate', async () => {
    const { ok, messages } = await build(
      en(
        'mediation_success_rate,VN,Bộ Tư pháp,năm 2020,8,10,80,percent,dcsvn-2018,',
        `mediation_success_rate,VN,${'Bộ Tư pháp'.normalize('NFD')},năm 2020,8,10,80,percent,dcsvn-2018,`,
      ),
    );
    expect(ok).toBe(false);
    expect(messages.join('\n')).toMatch(/x\.csv:4: column source_id = «dcsvn-2018»: duplicate of .*x\.csv:3/);
  });
});

// Sizes and shapes that used to crash the build with a stack trace. Each is a message with file and line now,
// in well under a minute, and nothing is written.
describe('input that used to crash the build', () => {
  const row = (notes: string, year = 2020, organisation = '') =>
    `mediation_success_rate,Bến Tre,${organisation},năm ${year},8,10,80,percent,dcsvn-2018,${notes}`;

  it.each([
    ['a 3 MB notes cell (over the staging line limit)', 3_000_000],
    ['a 50 MB notes cell', 50_000_000],
  ])('%s is refused with file, line, column and size', async (_, size) => {
    const started = performance.now();
    const { ok, messages } = await build(en(row('ok'), row('n'.repeat(size), 2021), row('ok too', 2022)));
    expect(ok).toBe(false);
    expect(messages).toEqual([
      `published/x.csv:4: column notes = «${'n'.repeat(160)}… (${size} characters)»: ` +
        `a cell of ${size} characters; the limit is 32768`,
    ]);
    expect(performance.now() - started).toBeLessThan(60_000);
  });

  it('publishes a notes cell at the limit in full', async () => {
    const note = 'ghi chú;'.repeat(4096); // 32 768 characters, 45 056 bytes of UTF-8
    const { ok, out, messages } = await build(en(row(note)));
    expect(ok, messages.join('\n')).toBe(true);
    expect(
      await query(
        `SELECT CAST(length(notes) AS INTEGER) AS n FROM '${out}/observations.parquet' WHERE notes LIKE 'ghi%'`,
      ),
    ).toEqual([{ n: 32_768 }]);
  });

  it('refuses a 5 MB place name quickly: the "did you mean" search is bounded', async () => {
    const started = performance.now();
    const geo = 'Bến Tre'.repeat(750_000);
    const { ok, messages } = await build(en(`mediation_success_rate,${geo},,năm 2020,8,10,80,percent,dcsvn-2018,`));
    expect(ok).toBe(false);
    expect(messages.join('\n')).toMatch(/x\.csv:3: column geo = .*the limit is 32768/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('reports a folder named published/dir.csv as EISDIR with its name', async () => {
    const { ok, messages } = await build(null, (input) => mkdirSync(path.join(input, 'published', 'dir.csv')));
    expect(ok).toBe(false);
    expect(messages).toContain('published/dir.csv:0: column * = «»: EISDIR: a folder, not a file');
  });

  it('reports a quote left open on the line where it opens', async () => {
    const { ok, messages } = await build(en(row('ok'), row('', 2021, '"Bộ Tư pháp'), row('after', 2022)));
    expect(ok).toBe(false);
    expect(messages.join('\n')).toMatch(/^published\/x\.csv:4: column \*/);
  });

  it("names files relative to --in, never with the builder's absolute path", async () => {
    const { ok, messages, out } = await build(en(row('ok'), 'unknown_indicator,Bến Tre,,năm 2020,,,1,,dcsvn-2018,'));
    expect(ok).toBe(false);
    expect(messages.join('\n')).not.toMatch(/\/tmp\//);
    expect(messages.join('\n')).toMatch(/^published\/x\.csv:4: column indicator/);
    const good = await build(en(row('ok')));
    expect(readFileSync(path.join(good.out, 'quality.json'), 'utf8')).not.toMatch(/"file": "\//);
    expect(
      await query(`SELECT DISTINCT file FROM '${good.out}/observations.parquet' WHERE file LIKE '%x.csv'`),
    ).toEqual([{ file: 'published/x.csv' }]);
    expect(out).toBeTruthy();
  });

  it('prints one line, not a stack trace, on the command line', async () => {
    const input = composeInput('tests/fixtures/pipeline/valid/input');
    mkdirSync(path.join(input, 'published', 'dir.csv'));
    const { status, stderr } = runBuildCli(input, tempDir('cli-out'));
    expect(status).toBe(1);
    expect(stderr).toContain('published/dir.csv:0: column * = «»: EISDIR: a folder, not a file');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
