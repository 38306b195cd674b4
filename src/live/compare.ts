import { langOf } from '../i18n/routes.ts';
import * as Plot from '@observablehq/plot';
import { plotDefaults, percentTick } from '../charts/theme.ts';
import { localName } from '../i18n/local-name.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { formatNumber, type Lang } from '../lib/format.ts';
import { formatPeriod } from '../lib/period-labels.ts';
import { figureText, shownValue } from '../lib/presentation.ts';
import { compareProvincesSql, type ProvinceFigureRow } from '../lib/queries.ts';
import { renderTable } from '../views/render.ts';
import { IntegrityError } from '../lib/integrity.ts';
import { openBrowserDb } from './duckdb.ts';
import { engineForms, refuseData } from './refusal.ts';

const lang: Lang = langOf(document.documentElement.lang);

/** The reader's choices of a compare form: province codes and a span of years. */
export function compareChoices(form: HTMLFormElement): { places: string[]; from: number; to: number } {
  const places = [...form.querySelectorAll<HTMLOptionElement>('select[name="places"] option:checked')].map(
    (o) => o.value,
  );
  const year = (name: string) => Number(form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value);
  return { places, from: Math.min(year('from'), year('to')), to: Math.max(year('from'), year('to')) };
}

/**
 * Answers "compare the provinces you choose" on DuckDB-wasm with the build's own SQL, and draws the
 * chart (each province's figures by the year their period ends) and the table in the page.
 */
export async function runCompare(section: HTMLElement): Promise<void> {
  const c = useBrowserTranslations(lang).controls;
  const form = section.querySelector<HTMLFormElement>('form[data-compare-form]')!;
  const out = section.querySelector<HTMLElement>('[data-compare-result]')!;
  const { places, from, to } = compareChoices(form);
  if (places.length === 0) {
    out.replaceChildren(Object.assign(document.createElement('p'), { textContent: c.compareNone }));
    return;
  }
  out.setAttribute('aria-busy', 'true');
  out.replaceChildren(Object.assign(document.createElement('p'), { textContent: c.compareLoading }));
  try {
    const db = await openBrowserDb();
    const rows = await db.query<ProvinceFigureRow>(
      compareProvincesSql(section.dataset.compare ?? '', places, from, to),
    );
    const basis = (section.dataset.compare ?? '').startsWith('thads_') ? 'thads_year' : 'calendar';
    const name = (r: ProvinceFigureRow) => localName(r, lang);
    const nodes: Node[] = [];
    const chosen = [...form.querySelectorAll<HTMLOptionElement>('select[name="places"] option:checked')];
    const missing = chosen.filter((o) => !rows.some((r) => r.geo_code === o.value)).map((o) => o.textContent ?? '');
    if (rows.length === 0) nodes.push(Object.assign(document.createElement('p'), { textContent: c.compareEmpty }));
    else {
      const chart = document.createElement('div');
      chart.className = 'chart compare-chart';
      chart.setAttribute('role', 'group');
      chart.setAttribute('aria-label', c.compareChartLabel(places.length - missing.length, from, to));
      const points = rows.map((r) => ({
        ...r,
        shown: shownValue(r) ?? r.value,
        year: Number(r.period_end.slice(0, 4)),
      }));
      chart.append(
        Plot.plot({
          ...plotDefaults({ lang, width: chart.clientWidth || out.clientWidth || 360 }),
          width: Math.max(300, Math.min(640, out.clientWidth || 360)),
          height: 260,
          x: {
            label: null,
            tickFormat: (y: number) => String(y),
            ticks: Math.min(to - from + 1, 6),
            domain: [from, to],
          },
          y: { domain: [0, 100], grid: true, tickFormat: percentTick(lang), label: '%' },
          color: { legend: true },
          marks: [
            Plot.dot(points, {
              x: 'year',
              y: 'shown',
              fill: name,
              r: 5,
              title: (r: ProvinceFigureRow) =>
                `${name(r)} · ${formatPeriod(r.period_start, r.period_end, basis, lang)}: ${figureText(r, lang)}`,
            }),
          ],
        }),
      );
      nodes.push(chart);
      const table = renderTable(document, {
        columns: [...c.compareColumns],
        rows: rows.map((r) => [
          formatPeriod(r.period_start, r.period_end, basis, lang),
          name(r),
          figureText(r, lang),
          r.numerator === null ? '—' : formatNumber(r.numerator, lang, 0),
          r.denominator === null ? '—' : formatNumber(r.denominator, lang, 0),
          { text: r.source_title, href: r.source_url },
        ]),
      });
      const wrap = Object.assign(document.createElement('div'), { className: 'table-wrap', tabIndex: 0 });
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('aria-label', c.tableRegion);
      wrap.append(table);
      nodes.push(wrap);
    }
    if (missing.length > 0)
      nodes.push(
        Object.assign(document.createElement('p'), {
          className: 'note',
          textContent: c.compareMissing(missing.join(', ')),
        }),
      );
    out.replaceChildren(...nodes);
    out.dataset.rows = String(rows.length);
  } catch (error) {
    console.error(error);
    out.replaceChildren();
    if (error instanceof IntegrityError) refuseData(lang, form, [...engineForms()]);
    else
      out.append(
        Object.assign(document.createElement('p'), {
          className: 'error',
          textContent: useBrowserTranslations(lang).site.liveError,
        }),
      );
  } finally {
    out.removeAttribute('aria-busy');
  }
}
