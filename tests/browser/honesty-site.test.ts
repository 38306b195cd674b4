import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SUPERLATIVE_MIN_SHARE } from '../../src/lib/presentation.ts';

// The built site, read as a reader gets it (no JavaScript): the presentation rules hold in the HTML and
// in the CSV downloads the pages carry. `npm test` builds dist/ first.
if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');

const page = (address: string) => {
  const file = path.join('dist', address, 'index.html');
  return new JSDOM(readFileSync(file, 'utf8')).window.document;
};
const csvs = (doc: Document) =>
  [...doc.querySelectorAll<HTMLAnchorElement>('a[href^="data:text/csv"]')].map((a) =>
    decodeURIComponent(a.href.slice(a.href.indexOf(',') + 1)),
  );
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    if (statSync(full).isDirectory()) return f === 'data' || f === 'duckdb' ? [] : htmlFiles(full);
    return f.endsWith('.html') ? [full] : [];
  });
}
const SUPERLATIVE = /cao nhất|thấp nhất|highest|lowest/i;

describe('bounds travel with their value', () => {
  it('shows the 2015 target as "trên 88%" in the enforcement page and its CSV', () => {
    const doc = page('thi-hanh-an');
    expect(doc.body.textContent).toContain('trên 88%');
    expect(csvs(doc).some((csv) => csv.includes('trên 88%'))).toBe(true);
  });

  it('shows the 2019 pledge of Nam Trung Bộ–Tây Nguyên as "trên 73%" in the movements page and its CSV', () => {
    const doc = page('phong-trao');
    const pledges = doc.querySelector('[data-pledges]');
    expect(pledges?.textContent).toContain('Nam Trung Bộ');
    expect(pledges?.textContent).toContain('trên 73%');
    expect(csvs(doc).some((csv) => /Nam Trung Bộ.*trên 73%/.test(csv))).toBe(true);
    expect(page('en/phong-trao').querySelector('[data-pledges]')?.textContent).toContain('over 73%');
  });
});

describe('every source can be found', () => {
  it('names each movement and fact source with its kind, publisher and date, a link or not', () => {
    for (const [address, label, date] of [
      ['phong-trao', 'Nguồn', '02/09/2018'],
      ['en/phong-trao', 'Source', '2 Sep 2018'],
    ] as const) {
      const doc = page(address);
      // The movements', the pledges' and the facts' tables (the clusters' names a site, not an article).
      const cells = [...doc.querySelectorAll('table.cards')]
        .filter((table) => !table.closest('[data-clusters]'))
        .flatMap((table) => [...table.querySelectorAll(`td[data-label="${label}"]`)]);
      expect(cells.length).toBeGreaterThan(8);
      for (const cell of cells) expect(cell.textContent?.trim(), address).toMatch(/\(.+\)$/);
      // A source kept without its address: its publisher is what leads to it.
      const unlinked = cells.filter((c) => !c.querySelector('a'));
      expect(unlinked.length).toBeGreaterThan(0);
      expect(unlinked.map((c) => c.textContent).join(' ')).toContain(`Báo điện tử Đảng Cộng sản Việt Nam, ${date})`);
    }
  });
});

describe('no day is shown that no source printed', () => {
  it('gives a launch known by its year as the year, and draws no launch dot at 1 January', () => {
    for (const [address, yearOnly, label] of [
      ['phong-trao', /^năm 2016 \(nguồn không in ngày\)$/, 'Phát động'],
      ['en/phong-trao', /^2016 \(no date printed\)$/, 'Launched'],
    ] as const) {
      const doc = page(address);
      const rows = [...doc.querySelectorAll('table.cards:not([data-clusters]) tbody tr')].filter((tr) =>
        tr.querySelector('th')?.textContent?.startsWith('Cán bộ Tư pháp đẩy mạnh học tập'),
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.querySelector(`td[data-label="${label}"]`)?.textContent?.trim(), address).toMatch(yearOnly);
      // Dots only for the launches whose day was printed (4 of the 7 movements).
      for (const svg of doc.querySelectorAll('[aria-labelledby="movements-title"] svg'))
        expect(svg.querySelectorAll('[aria-label="dot"] circle')).toHaveLength(4);
    }
    const issuer = page('phong-trao').querySelector(
      'table.cards:not([data-clusters]) td[data-label="Cấp, cơ quan phát động"]',
    );
    expect(issuer?.textContent).toMatch(/^Bộ Tư pháp \(cấp Bộ\)$|^Sở |^Khu vực /);
  });
});

describe('superlatives need coverage', () => {
  it('no figure title on any page claims a highest or lowest among too few provinces', () => {
    let titles = 0;
    for (const file of htmlFiles('dist')) {
      const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
      for (const title of doc.querySelectorAll('[data-part="title"], .kpi-name, h1, h2, h3')) {
        titles++;
        const text = title.textContent ?? '';
        if (!SUPERLATIVE.test(text)) continue;
        const coverage = /(\d+)\/(63|34)|(\d+) of (63|34)/.exec(text);
        expect(coverage, `${file}: ${text}`).not.toBeNull();
        const [count, of] = coverage![1] ? [coverage![1], coverage![2]] : [coverage![3], coverage![4]];
        expect(Number(count) / Number(of), `${file}: ${text}`).toBeGreaterThanOrEqual(SUPERLATIVE_MIN_SHARE);
      }
    }
    expect(titles).toBeGreaterThan(50);
  });

  it('states the coverage of every map and ranking in its title', () => {
    const doc = page('hoa-giai');
    for (const id of ['mediation-map', 'mediation-ranking']) {
      expect(doc.querySelector(`#${id}-title`)?.textContent).toMatch(/\d+\/(63|34) tỉnh/);
    }
  });
});

describe('latest means latest', () => {
  it('orders the overview cards newest first and marks the 2018 task figure as old', () => {
    const doc = page('');
    const cards = [...doc.querySelectorAll<HTMLElement>('.kpi')];
    const ends = cards.map((c) => c.dataset.periodEnd!);
    expect(ends).toEqual([...ends].sort().reverse());
    const tasks = cards.find((c) => c.dataset.indicator === 'tasks_completed_rate')!;
    expect(tasks.querySelector('[data-kpi-age]')?.textContent).toMatch(/^số liệu gần nhất: 6 tháng đầu năm 2018/);
    expect(tasks.querySelector('[data-kpi-counts]')?.textContent).toBe('47/48 nhiệm vụ đến hạn đã hoàn thành');
    for (const card of cards) expect(card.querySelector('a[href*="#"]')).not.toBeNull();
  });

  it("names where the title's figure was published, not an older source called the latest", () => {
    const doc = page('nhiem-vu');
    const title = doc.querySelector('#tasks-title')?.textContent ?? '';
    // Counts over every task assigned say so in the title itself: 49 of 212 is not a completion of 23 %.
    expect(title).toMatch(/\d+ nhiệm vụ đã hoàn thành trong \d+ nhiệm vụ được giao \(gồm cả nhiệm vụ chưa đến hạn\)/);
    const line = doc.querySelector('#tasks [data-part="sources"]')!;
    expect(line.textContent).toMatch(/; số ở tiêu đề: /);
    expect(line.textContent).not.toMatch(/mới nhất/);
    // The source named is the one in the table's row of the title's period and figure.
    const period = title.split(':')[0]!.replace(/^số liệu gần nhất: /, '');
    const row = [...doc.querySelectorAll('#tasks table tbody tr')].find(
      (tr) => tr.children[0]?.textContent?.startsWith(period) && title.includes(tr.children[2]?.textContent ?? '∅'),
    );
    expect(row, period).toBeDefined();
    const named = [...line.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(named).toEqual([row!.querySelector('a')!.getAttribute('href')]);
    // The citation names the same source.
    const cite = doc.querySelector('#tasks ~ details[data-cite]');
    expect(cite?.querySelector('.cite-entry[lang="vi"] .cite-text a')?.getAttribute('href')).toBe(named[0]);
  });

  it('names the bodies in English on the English page, in its title, chart and table', () => {
    const doc = page('en/nhiem-vu');
    expect(doc.querySelector('#tasks-title')?.textContent).toMatch(/: Ministry of Justice: \d+ tasks completed/);
    const rows = [...doc.querySelectorAll('#tasks table tbody tr')].map((tr) => tr.children[1]?.textContent ?? '');
    expect(rows).toContain('Government (ministries, agencies and localities)');
    expect(rows.join(' ')).not.toMatch(/Bộ Tư pháp|Chính phủ/);
    const labels = [...doc.querySelectorAll('#tasks svg text')].map((t) => t.textContent ?? '');
    expect(labels.some((l) => l.endsWith('· Ministry of Justice'))).toBe(true);
  });

  it('does not head the Tasks page with the 2018 figure, nor give a rate no source printed', () => {
    const doc = page('nhiem-vu');
    const title = doc.querySelector('#tasks-title')?.textContent ?? '';
    expect(title).not.toMatch(/2018/);
    for (const rate of ['92,04%', '38,14%', '23,11%', '75,16%']) expect(doc.body.textContent).not.toContain(rate);
    // Nor does the indicator's list of every figure with its recomputed rate (its revision history may say one was
    // withdrawn), nor the API's file.
    const figures = [...page('chi-so/tasks_completed_rate').querySelectorAll('table')].find((t) =>
      t.querySelector('td .cell-note'),
    );
    expect(figures?.querySelectorAll('td .cell-note').length).toBeGreaterThanOrEqual(4);
    for (const rate of ['92,04%', '38,14%', '23,11%', '75,16%']) expect(figures?.textContent).not.toContain(rate);
    const api = Papa.parse<Record<string, string>>(
      readFileSync('dist/api/v1/indicators/tasks_completed_rate.csv', 'utf8').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data;
    const overAll = api.filter((r) => r.denominator_scope === 'all_assigned');
    expect(overAll.length).toBeGreaterThanOrEqual(4);
    for (const r of overAll) expect([r.value, r.value_reported]).toEqual(['', '']);
  });
});

describe('sources and quality in the page language', () => {
  it('names places, not codes, in the quality lists', () => {
    const doc = page('nguon');
    const heads = [...doc.querySelectorAll('[data-quality] th[scope="row"]')].map((th) => th.textContent ?? '');
    expect(heads.length).toBeGreaterThan(5);
    for (const head of heads) expect(head).not.toMatch(/ · \d{2}$/);
  });

  it('keeps curation remarks out of published source titles', () => {
    for (const address of ['nguon', 'en/nguon']) {
      const titles = [...page(address).querySelectorAll('[id^="source-"] th')].map((th) => th.textContent ?? '');
      expect(titles.length).toBeGreaterThan(50);
      for (const title of titles) expect(title).not.toMatch(/excerpt|repost of|tag page|not shown|curator/i);
    }
  });

  it('shows a coverage grid with the national holes listed', () => {
    const doc = page('nguon');
    expect(doc.querySelectorAll('table.coverage').length).toBe(4);
    expect(doc.querySelector('[data-holes="thads_case_rate"]')?.textContent).toMatch(/20\d\d/);
  });
});
