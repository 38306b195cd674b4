import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { openParquetDb } from '../../src/build/db.ts';
import { createBuildDocument } from '../../src/build/dom.ts';
import '../../src/build/render-view.ts';
import type { Lang } from '../../src/lib/format.ts';
import { provincesInForce, SUPERLATIVE_MIN_SHARE } from '../../src/lib/presentation.ts';
import type { Db } from '../../src/lib/sql.ts';
import { resultSql, type ResultRow } from '../../src/explore/filters.ts';
import { valueText } from '../../src/explore/present.ts';
import { DEFAULT_STATE } from '../../src/explore/state.ts';
import { choroplethView } from '../../src/views/choropleth.ts';
import { rankingPeriods, rankingView } from '../../src/views/ranking.ts';
import { tempDir } from '../helpers/build.ts';

// The rules of src/lib/presentation.ts, held by the views on real DuckDB over real Parquet: a sparse
// fixture (the reference tables of data/ with tests/fixtures/honesty/published) and the embedded data.
const document = createBuildDocument();
const context = (lang: Lang) => ({ lang, document });
const SUPERLATIVE = /cao nhất|thấp nhất|highest|lowest/i;

async function openBuilt(published: string): Promise<Db & { close(): void }> {
  const input = tempDir('honesty-in');
  cpSync('data', input, { recursive: true });
  if (published !== 'data/published') {
    rmSync(path.join(input, 'published'), { recursive: true });
    cpSync(published, path.join(input, 'published'), { recursive: true });
  }
  const out = tempDir('honesty-out');
  expect((await buildData({ inDir: input, outDir: out })).problems).toEqual([]);
  return openParquetDb(out);
}

describe('on a fixture with sparse coverage', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await openBuilt('tests/fixtures/honesty/published');
  });
  afterAll(() => db.close());

  it('lists two cited provinces with their coverage, never as highest and lowest', async () => {
    const view = await rankingView(db, { period: '2018-01-01..2018-06-30' }, context('vi'));
    expect(view.title).toBe(
      '2/63 tỉnh, thành phố có số liệu công bố cho 6 tháng đầu năm 2018: Bến Tre 91%, Long An 90,2%',
    );
    const en = await rankingView(db, { period: '2018-01-01..2018-06-30' }, context('en'));
    expect(en.title).not.toMatch(SUPERLATIVE);
  });

  it('keeps the bound, the printed rate and its check in the title, table, notes and CSV', async () => {
    const view = await rankingView(db, { period: '2020-01-01..2020-12-31' }, context('vi'));
    expect(view.title).toMatch(/^3\/63 .*: Lạng Sơn trên 90%, Huế 80%, Hà Nội 73,5%$/);
    expect(view.csv.text).toContain('trên 90%');
    expect(JSON.stringify(view.table.rows)).toContain('trên 90%');
    expect(JSON.stringify(view.table.rows)).toContain('80% (tự tính)');
    expect(view.notes.join(' ')).toContain('Hà Nội: ⚠ Tính lại từ 2.408/3.399: 70,84%');
    const svg = view.draw(640).outerHTML;
    expect(svg).toContain('trên 90%');
  });

  it('names highest and lowest once half the provinces have figures', async () => {
    const view = await rankingView(db, { period: '2021-01-01..2021-12-31' }, context('vi'));
    expect(32 / 63).toBeGreaterThanOrEqual(SUPERLATIVE_MIN_SHARE);
    expect(view.title).toMatch(/cao nhất .* thấp nhất .* · 32\/63 tỉnh, thành phố có số liệu$/);
  });

  it('states the coverage of a map first, and ranks nothing on a sparse map', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const view = await choroplethView(db, { period: '2018-01-01..2018-06-30', map: '63' }, context(lang));
      expect(view.title).toMatch(/^2\/63 |^2 of 63 /);
      expect(view.title).not.toMatch(SUPERLATIVE);
    }
  });
});

describe('on the embedded data', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await openBuilt('data/published');
  });
  afterAll(() => db.close());

  it('claims no highest or lowest where fewer than half the provinces have figures, in either language', async () => {
    let checked = 0;
    for (const indicator of ['mediation_success_rate', 'thads_case_rate', 'thads_money_rate']) {
      for (const lang of ['vi', 'en'] as const) {
        for (const period of await rankingPeriods(db, indicator, lang)) {
          const provinces = Number(/\((\d+)/.exec(period.label)?.[1]);
          const end = period.value.split('..')[1]!;
          const enough = provinces / provincesInForce(end) >= SUPERLATIVE_MIN_SHARE && provinces >= 2;
          const params = { indicator, period: period.value };
          for (const view of [rankingView, choroplethView]) {
            const { title } = await view(db, params, context(lang));
            if (!enough) expect(title, `${indicator} ${period.value} ${lang}`).not.toMatch(SUPERLATIVE);
            expect(title).toMatch(new RegExp(`${provinces}/${provincesInForce(end)}|${provinces} of |^.*: no prov`));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  }, 300_000);

  it('shows Explore the printed rate, with the recomputed one as a marked check (Hà Nội 2020)', async () => {
    const state = {
      ...DEFAULT_STATE,
      indicators: ['mediation_success_rate'],
      geo: 'province' as const,
      places: ['01'],
      from: 2020,
      to: 2020,
    };
    const [row] = await db.query<ResultRow>(resultSql(state));
    expect(row!.value).toBe(82.7);
    expect(valueText(row!, 'vi')).toBe('82,7% (⚠ Tính lại từ 3.615/4.596: 78,66%, khác số đã in)');
  });
});
