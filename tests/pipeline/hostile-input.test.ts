import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { query } from '../helpers/duckdb.ts';
import { composeInput, tempDir } from '../helpers/build.ts';

const HEADER = 'indicator,geo,period_label,numerator,denominator,value_reported,unit,source_id,notes';
const en = (...rows: string[]) => `# locale: en\n${HEADER}\n${rows.join('\n')}\n`;

/** Builds the valid fixture plus one hostile file; returns the messages, or the output folder. */
async function build(name: string, content: string | Buffer) {
  const input = composeInput('tests/fixtures/pipeline/valid/input');
  mkdirSync(path.join(input, 'published'), { recursive: true });
  writeFileSync(path.join(input, 'published', name), content);
  const out = tempDir('hostile');
  const result = await buildData({ inDir: input, outDir: out });
  return {
    messages: result.problems.map(formatProblem).map((m) => m.replace(`${input}/`, '')),
    out,
    ok: result.problems.length === 0,
  };
}

const REFUSED: Array<[string, string | Buffer, RegExp]> = [
  ['an empty file', '', /published\/x\.csv:0: .*the file is empty/],
  ['a header without rows', `${HEADER}\n`, /published\/x\.csv:1: .*header only/],
  [
    'a wrong delimiter',
    'indicator|geo|period_label|value_reported|source_id\nmediation_success_rate|Bến Tre|năm 2020|80|dcsvn-2018\n',
    /only one column found: separate columns with a comma or a semicolon/,
  ],
  [
    'Windows-1258 bytes from an old Excel',
    Buffer.from([0x69, 0x6e, 0x64, 0x0a, 0x48, 0xe0, 0x20, 0x4e, 0xd2, 0x69]),
    /not UTF-8 text \(perhaps Windows-1258/,
  ],
  [
    'the same figure twice from the same source',
    en(
      'mediation_success_rate,Bến Tre,năm 2020,8,10,80,percent,dcsvn-2018,',
      'mediation_success_rate,Ben Tre,năm 2020,8,10,80,percent,dcsvn-2018,',
    ),
    /x\.csv:4: column source_id = «dcsvn-2018»: duplicate of .*x\.csv:3/,
  ],
  [
    '"1.234,5" in an English-locale file',
    en('mediation_cases_received,Bến Tre,năm 2020,,,"1.234,5",cases,dcsvn-2018,'),
    /x\.csv:3: column value_reported = «1\.234,5»: .*not a en number/,
  ],
  [
    '"N/A" where a figure should be',
    en('mediation_cases_received,Bến Tre,năm 2020,,,N/A,cases,dcsvn-2018,'),
    /x\.csv:3: column value_reported = «N\/A»: no figure/,
  ],
  [
    '"—" where a figure should be',
    en('mediation_cases_received,Bến Tre,năm 2020,,,—,cases,dcsvn-2018,'),
    /x\.csv:3: column value_reported = «—»: no figure/,
  ],
  [
    'a negative count',
    en('mediation_cases_received,Bến Tre,năm 2020,,,-5,cases,dcsvn-2018,'),
    /x\.csv:3: column value_reported = «-5»: a count or amount cannot be negative/,
  ],
  [
    'a negative numerator',
    en('mediation_success_rate,Bến Tre,năm 2020,-1,10,,percent,dcsvn-2018,'),
    /x\.csv:3: column numerator = «-1»: a count cannot be negative/,
  ],
  [
    'a denominator of zero',
    en('mediation_success_rate,Bến Tre,năm 2020,0,0,,percent,dcsvn-2018,'),
    /x\.csv:3: column denominator = «0»: the denominator is zero/,
  ],
  [
    'a rate over 100%',
    en('mediation_success_rate,Bến Tre,năm 2020,,,120,percent,dcsvn-2018,'),
    /x\.csv:3: column value_reported = «120»: a rate must lie between 0 and 100%/,
  ],
  [
    'a date that does not exist',
    '# locale: en\nindicator,geo,period_start,period_end,value_reported,unit,source_id\n' +
      'mediation_cases_received,Bến Tre,2021-02-29,2021-12-31,5,cases,dcsvn-2018\n',
    /x\.csv:3: column period_start = «2021-02-29»: .*not a date that exists/,
  ],
  [
    'a province that no longer exists in the period: Long An after 1 July 2025',
    en('mediation_success_rate,Long An,6 tháng cuối năm 2025,,,80,percent,dcsvn-2018,'),
    /x\.csv:3: column geo = «Long An»: «Long An» is a province of the 63-province map, which ended on 2025-06-30/,
  ],
  [
    'markup and terminal escapes in a province name',
    en('mediation_success_rate,"<script>alert(1)</script>\u001b[2J",năm 2020,,,80,percent,dcsvn-2018,'),
    /column geo = «<script>alert\(1\)<\/script>\\u001b\[2J»: unknown province/,
  ],
];

describe('hostile input the build refuses, with file, line, column, value and reason', () => {
  it.each(REFUSED)('%s', async (_, content, message) => {
    const { messages, ok } = await build('x.csv', content);
    expect(ok).toBe(false);
    expect(
      messages.some((m) => message.test(m)),
      messages.join('\n'),
    ).toBe(true);
  });
});

describe('a file whose bytes stop being UTF-8 far into it', () => {
  // The build decodes a file a piece at a time; it still refuses the whole file before reading a row, so
  // the one message is the file's encoding, not the rows before the bad bytes (one of them wrong too).
  it('is refused whole with one message, none about its rows', async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `mediation_success_rate,Bến Tre,năm ${1000 + i},8,10,80,percent,dcsvn-2018,`,
    );
    const text = en('no_such_indicator,Bến Tre,năm 2020,8,10,80,percent,dcsvn-2018,', ...rows);
    const { messages, ok } = await build(
      'x.csv',
      Buffer.concat([Buffer.from(text), Buffer.from([0x48, 0xe0, 0x20, 0x0a])]),
    );
    expect(ok).toBe(false);
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 * 32_768);
    expect(messages).toEqual([expect.stringMatching(/^published\/x\.csv:0: .*not UTF-8 text/)]);
  });
});

describe('hostile input the build repairs or keeps, as documented', () => {
  it('converts UTF-16 from Excel ("Unicode text") with its BOM', async () => {
    const text = en('mediation_success_rate,Bến Tre,năm 2020,8,10,80,percent,dcsvn-2018,UTF-16');
    const { ok, out } = await build('x.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(ok).toBe(true);
    expect(await query(`SELECT geo_code, value FROM '${out}/observations.parquet' WHERE notes = 'UTF-16'`)).toEqual([
      { geo_code: '83', value: 80 },
    ]);
  });

  it('keeps conflicting figures from two sources, flags them, and prefers one by the documented rule', async () => {
    const { ok, out } = await build(
      'x.csv',
      en(
        'mediation_success_rate,Bến Tre,năm 2020,8,10,80,percent,dcsvn-2018,',
        'mediation_success_rate,Bến Tre,năm 2020,9,10,90,percent,thads-2019-b,',
      ),
    );
    expect(ok).toBe(true);
    expect(
      await query(
        `SELECT source_id, is_preferred FROM '${out}/observations.parquet'
         WHERE geo_code = '83' AND period_start = DATE '2020-01-01' ORDER BY source_id`,
      ),
    ).toEqual([
      { source_id: 'dcsvn-2018', is_preferred: false },
      { source_id: 'thads-2019-b', is_preferred: true },
    ]);
    const quality = JSON.parse(readFileSync(path.join(out, 'quality.json'), 'utf8'));
    expect(
      quality.conflicts.some(
        (c: { geo_code: string; period_start: string }) => c.geo_code === '83' && c.period_start === '2020-01-01',
      ),
    ).toBe(true);
  });

  it('keeps injection-looking notes as plain text', async () => {
    const note = '=HYPERLINK("http://x.example","<img src=x onerror=alert(1)>")';
    const { ok, out } = await build(
      'x.csv',
      en(`mediation_success_rate,Bến Tre,năm 2020,8,10,80,percent,dcsvn-2018,"${note.replace(/"/g, '""')}"`),
    );
    expect(ok).toBe(true);
    expect(
      await query(
        `SELECT notes FROM '${out}/observations.parquet' WHERE geo_code = '83' AND period_start = DATE '2020-01-01'`,
      ),
    ).toEqual([{ notes: note }]);
  });
});
