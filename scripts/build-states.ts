// Renders every state of every figure whose controls have choices all known at build (period, map,
// measure, scope) into dist/states/, so the browser answers a control from the build, without DuckDB.
// Runs after `astro build`: it reads each built page's figures and controls, so pages say it once.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { openParquetDb } from '../src/build/db.ts';
import { renderFigureState, type GeometryStore } from '../src/build/figure-states.ts';
import '../src/build/render-view.ts'; // sets the map loader to read the built topology from disk
import type { Lang } from '../src/lib/format.ts';
import { pageRelease } from '../src/lib/integrity.ts';
import { STATES_DIR, stateKey } from '../src/views/figure-state.ts';

const DIST = path.resolve(process.argv[2] ?? 'dist');
const OUT = path.join(DIST, STATES_DIR);

async function pages(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== STATES_DIR && !entry.name.startsWith('_'))
      found.push(...(await pages(full)));
    else if (entry.name === 'index.html') found.push(full);
  }
  return found;
}

/** Every combination of the controls' values, in the form's order. */
function combinations(controls: ReadonlyArray<{ name: string; values: string[] }>): string[][] {
  return controls.reduce<string[][]>((all, c) => all.flatMap((prefix) => c.values.map((v) => [...prefix, v])), [[]]);
}

// Compressed only to be measured (sizes.json). Brotli at its default quality took a third of this script's time
// when it ran on the main thread: in libuv's pool it runs beside the rendering, and is awaited once at the end.
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const sizeOf = async (text: string) => ({
  bytes: Buffer.byteLength(text),
  gzip: (await gzipAsync(text)).length,
  brotli: (await brotliAsync(text)).length,
});

const db = await openParquetDb();
const geometry: GeometryStore = {};
/** sizes.json's entries in the order they are written, measured in the background. */
const sizes: Array<[string, Promise<unknown>]> = [];
let count = 0;
for (const file of await pages(DIST)) {
  const html = await readFile(file, 'utf8');
  if (!html.includes('data-live-form')) continue; // no control to render a state for: no need to parse the page
  const { document } = new JSDOM(html).window;
  const lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  const release = pageRelease(document);
  const page = path.relative(DIST, path.dirname(file)) || '.';
  const pageStates: Record<string, unknown> = {};
  const perState: Array<Promise<number>> = [];
  for (const block of document.querySelectorAll<HTMLElement>('section[data-view]')) {
    const selects = [...block.querySelectorAll<HTMLSelectElement>('form[data-live-form] select')];
    if (selects.length === 0) continue;
    const id = block.dataset.figure!;
    const controls = selects.map((s) => ({ name: s.name, values: [...s.options].map((o) => o.value) }));
    const fixed = JSON.parse(block.dataset.params ?? '{}') as Record<string, string>;
    for (const values of combinations(controls)) {
      const params = { ...fixed, ...Object.fromEntries(controls.map((c, i) => [c.name, values[i]!])) };
      const state = await renderFigureState(db, block.dataset.view!, id, params, lang, geometry, release);
      const text = JSON.stringify(state);
      const key = stateKey(values);
      await mkdir(path.join(OUT, lang, id), { recursive: true });
      await writeFile(path.join(OUT, lang, id, `${key}.json`), text);
      pageStates[`${id}/${key}`] = state;
      perState.push(sizeOf(text).then((size) => size.brotli));
      count++;
    }
  }
  if (perState.length === 0) continue;
  // The two ways to ship a page's states, measured: one file per state fetched when chosen, or all in one.
  const all = sizeOf(JSON.stringify(pageStates));
  sizes.push([
    `${lang}:${page}`,
    Promise.all(perState).then(async (brotli) => ({
      states: brotli.length,
      oneStateBrotliMedian: brotli.sort((a, b) => a - b)[Math.floor(brotli.length / 2)],
      oneStateBrotliMax: brotli.at(-1),
      allStatesInOneFile: await all,
    })),
  ]);
}
await mkdir(path.join(OUT, 'geo'), { recursive: true });
for (const [name, outlines] of Object.entries(geometry)) {
  const text = JSON.stringify(outlines);
  await writeFile(path.join(OUT, 'geo', `${name}.json`), text);
  sizes.push([`geometry:${name}`, sizeOf(text)]);
}
const measured = Object.fromEntries(await Promise.all(sizes.map(async ([key, size]) => [key, await size] as const)));
await writeFile(path.join(OUT, 'sizes.json'), `${JSON.stringify(measured, null, 2)}\n`);
db.close();
console.log(`build-states: ${count} figure states, ${Object.keys(geometry).length} map geometries → ${OUT}`);
