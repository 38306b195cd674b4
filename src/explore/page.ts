import { useBrowserTranslations } from '../i18n/browser.ts';
import type { Lang } from '../lib/format.ts';
import { formatNumber } from '../lib/format.ts';
import { qualityNoteText } from '../lib/quality-notes.ts';
import { langOf } from '../i18n/routes.ts';
import { formatProblem } from '../lib/problems.ts';
import type { BrowserDb } from '../live/duckdb.ts';
import { IntegrityError, pageRelease } from '../lib/integrity.ts';
import { EngineStopped } from '../live/engine-stopped.ts';
import { refuseData } from '../live/refusal.ts';
import {
  stopConsole,
  LINK_TIME_LIMIT_MS,
  TimeLimitError,
  WriteRefusal,
  runConsole,
  SCHEMA_SQL,
  type ConsoleResult,
  type SchemaColumn,
} from './console.ts';
import type { SpanAggregate } from './cross-filter.ts';
import type { ExploreResult } from './run.ts';
import {
  DEFAULT_STATE,
  filterKey,
  parseState,
  serializeState,
  type ExploreState,
  type GeoLevelChoice,
  type PeriodTypeChoice,
  type ProvinceMapChoice,
} from './state.ts';
import type { VietnamTopology } from '../geo/map.ts';
import { errorText, renderResultTable, renderRowsTable } from './table.ts';
import type { UploadOutcome } from './upload.ts';

/**
 * The Explore page in the browser: the URL holds the selection (pushState on every change,
 * popstate restores it), DuckDB-wasm answers, and every value reaches the DOM as text.
 */
export function start(root: HTMLElement): void {
  const lang: Lang = langOf(document.documentElement.lang);
  const t = useBrowserTranslations(lang).explore;
  const security = useBrowserTranslations(lang).security;
  const form = root.querySelector<HTMLFormElement>('#explore-filters')!;
  const block = root.querySelector<HTMLElement>('#result')!;
  const status = root.querySelector<HTMLElement>('[data-explore-status]')!;
  const sqlInput = root.querySelector<HTMLTextAreaElement>('#sql-input')!;
  const sampleSql = sqlInput.value;
  let state = parseState(location.search);
  let result: ExploreResult | null = null;
  let shownKey = filterKey(DEFAULT_STATE); // the build rendered the default selection
  /** The selection's one answer for every year; a year span is cut from it with no query (cross-filter.ts). */
  let aggregate: SpanAggregate | null = null;
  let topology: VietnamTopology | undefined;
  let drawing: Awaited<ReturnType<typeof drawingModules>> | null = null;
  let spanNotice = '';
  /** The reader asked for every row of this result, not the table's first rows. */
  let allRows = false;
  let consoleResult: ConsoleResult | null = null;
  let dbPromise: Promise<BrowserDb> | null = null;
  /** The data files were refused: the build's figures stay, and nothing may start the engine again. */
  let refused = false;
  /** Uploads made on the current engine: a restarted engine has lost them. */
  let uploads = 0;

  const db = (): Promise<BrowserDb> => {
    dbPromise ??= (async () => {
      say(t.status.loading, true);
      // The engine, Plot and the writers load with the first interaction, not with the page.
      const { openBrowserDb } = await import('../live/duckdb.ts');
      const engine = await openBrowserDb(undefined, state); // a large set: reads this selection's partitions
      say('');
      // Everything else the workbench needs, fetched now: once loaded, it works offline (said on the
      // root for whoever must know, the tests among them: a module still on its way would fail offline).
      void Promise.all([
        import('./figure.ts'),
        import('./download.ts'),
        import('../scripts/chart-export.ts'),
        import('./upload.ts').then((m) => m.prepareUploads()),
        import('../geo/load.ts').then((m) => m.loadTopology()),
      ]).then(
        () => (root.dataset.offline = 'ready'),
        () => {},
      );
      void showSchema(engine);
      return engine;
    })();
    dbPromise.catch((error) => {
      dbPromise = null;
      if (!(error instanceof IntegrityError)) return say(`${t.status.engineFailed}: ${String(error)}`);
      refused = true;
      say('');
      const parts = ['#explore-filters', '#console', '#upload'].map((s) => root.querySelector(s)!);
      refuseData(lang, status, parts);
    });
    return dbPromise;
  };
  function say(text: string, busy = false): void {
    status.textContent = text;
    status.dataset.busy = String(busy);
  }

  // ---- the URL and the form -------------------------------------------------------------
  function writeForm(s: ExploreState): void {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="ind"]'))
      box.checked = s.indicators.includes(box.value);
    form.querySelector<HTMLSelectElement>('select[name="geo"]')!.value = s.geo;
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="map"]'))
      radio.checked = radio.value === s.map;
    form.querySelector<HTMLSelectElement>('select[name="ptype"]')!.value = s.periodType;
    form.querySelector<HTMLSelectElement>('select[name="from"]')!.value = s.from === null ? '' : String(s.from);
    form.querySelector<HTMLSelectElement>('select[name="to"]')!.value = s.to === null ? '' : String(s.to);
    form.querySelector<HTMLInputElement>('input[name="versions"]')!.checked = s.allVersions;
    showGroups(s);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="places"]'))
      box.checked = !box.disabled && s.places.includes(box.value);
    sqlInput.value = s.sql || sampleSql;
  }
  function showGroups(s: Pick<ExploreState, 'geo' | 'map'>): void {
    for (const el of form.querySelectorAll<HTMLElement>('[data-show-for]')) {
      const shown = el.dataset.showFor === s.geo && (!el.dataset.map || el.dataset.map === s.map);
      el.hidden = !shown;
      if (el instanceof HTMLFieldSetElement) el.disabled = !shown; // FormData skips the hidden lists
    }
  }
  function readForm(): ExploreState {
    const data = new FormData(form);
    const chosen = data.getAll('ind').map(String);
    const geo = String(data.get('geo') ?? 'national') as GeoLevelChoice;
    const map = String(data.get('map') ?? '63') as ProvinceMapChoice;
    // Keep the reader's order: those chosen before stay in place, new ones come last.
    const indicators = [
      ...state.indicators.filter((i) => chosen.includes(i)),
      ...chosen.filter((i) => !state.indicators.includes(i)),
    ];
    const levelChanged = geo !== state.geo || (geo === 'province' && map !== state.map);
    const search = new URLSearchParams();
    search.set('ind', indicators.join(','));
    search.set('geo', geo);
    search.set('map', map);
    if (!levelChanged) search.set('places', data.getAll('places').map(String).join(','));
    for (const key of ['from', 'to', 'ptype'] as const) search.set(key, String(data.get(key) ?? ''));
    if (data.get('versions')) search.set('versions', 'all');
    const next = parseState(search);
    return {
      ...next,
      periodType: String(data.get('ptype')) as PeriodTypeChoice,
      sort: state.sort,
      sql: state.sql,
      view: state.view,
      mapIndicator: state.mapIndicator,
      mapPeriod: state.mapPeriod,
    };
  }
  function push(next: ExploreState): void {
    state = next;
    const url = `${location.pathname}${serializeState(state)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
  }

  // ---- the filtered result ---------------------------------------------------------------
  const drawingModules = async () => {
    const [cross, figure, span] = await Promise.all([
      import('./cross-filter.ts'),
      import('./figure.ts'),
      import('./span-chart.ts'),
    ]);
    return { ...cross, ...figure, ...span };
  };
  let runId = 0;
  /** The selection's one DuckDB query (every year), then the span shown from it. */
  async function runFilters(): Promise<void> {
    const id = ++runId;
    const key = filterKey(state);
    block.setAttribute('aria-busy', 'true');
    try {
      const engine = await db();
      await engine.prepare?.(state, status, formatNumber); // a large set: this selection's partitions, by range
      say(t.status.querying, true);
      const modules = await drawingModules();
      const next = await modules.loadAggregate(engine, state);
      if (id !== runId) return; // a newer selection is on its way
      const map = await mapTopology();
      if (id !== runId) return;
      drawing = modules;
      aggregate = next;
      topology = map;
      shownKey = key;
      block.dataset.queries = String(Number(block.dataset.queries ?? 0) + 1); // tests count them
      showSpan();
      say([spanNotice, t.status.updated(formatNumber(result!.rows.length, lang, 0))].filter(Boolean).join(' '));
    } catch (error) {
      if (error instanceof EngineStopped && id === runId) return runFilters(); // a new engine answers
      if (id === runId && !refused)
        say(`${t.status.queryError}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      if (id === runId) block.removeAttribute('aria-busy');
    }
  }
  /** The year span cut from the aggregate and drawn: table, chart or map, and the span's time chart. No query. */
  function showSpan(): void {
    if (!drawing || !aggregate) return;
    result = drawing.spanResult(aggregate, state.from, state.to);
    allRows = false;
    // The time chart first: it reads its width before the result below changes the layout (no forced layout).
    drawing.fillSpan(block, drawing.figuresByYear(aggregate), state.from, state.to, lang, changeSpan);
    drawing.fillResult(block, result, state, lang, document, state.view === 'map' ? topology : undefined);
    block.dataset.live = 'true';
    block.dataset.state = serializeState({ ...state, sql: '' }); // tests wait for it
  }
  /**
   * The address of a span, written once the change is drawn: the history waits for the next frame, not the
   * drawing for the history (a key held on the brush changes the span many times a second). Changes within one
   * frame make one entry; push() writes nothing when the address is already this one.
   */
  let spanPush = 0; // the waiting write's number, 0 when none waits
  let spanPushes = 0;
  function pushAfterFrame(): void {
    if (spanPush) return; // the write already waiting takes the latest state
    const id = ++spanPushes;
    spanPush = id;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (spanPush !== id) return;
        spanPush = 0;
        push(state);
      }),
    );
  }
  /** A span from the time chart: shown at once; kept in the address when the drag ends. */
  function changeSpan(from: number | null, to: number | null, final: boolean): void {
    spanNotice = '';
    state = { ...state, from, to };
    if (final) pushAfterFrame();
    for (const [name, year] of [
      ['from', from],
      ['to', to],
    ] as const)
      form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value = year === null ? '' : String(year);
    showSpan();
    const brush = block.querySelector<HTMLElement>('[data-span-brush]');
    if (final && brush && document.activeElement !== brush) brush.focus({ preventScroll: true });
  }
  /** A span the year selects do not offer (a link made by hand) is refused, and the page says so. */
  function refuseUnknownSpan(): void {
    const offered = (name: string, year: number | null) =>
      year === null || form.querySelector(`select[name="${name}"] option[value="${year}"]`) !== null;
    if (offered('from', state.from) && offered('to', state.to)) return;
    spanNotice = t.span.refused([state.from, state.to].filter((y) => y !== null).join('–'));
    state = { ...state, from: null, to: null };
    history.replaceState(null, '', `${location.pathname}${serializeState(state)}${location.hash}`);
    say(spanNotice);
  }
  /** The province map, fetched from the site on first need; without it the chart stands in, and the page says why. */
  async function mapTopology(): Promise<VietnamTopology | undefined> {
    if (state.view !== 'map' || state.geo !== 'province') return undefined;
    try {
      const { loadTopology } = await import('../geo/load.ts');
      return await loadTopology();
    } catch (error) {
      say(`${t.status.mapFailed}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
  /** Chart or map, another period on the map, or another span: the same aggregate, drawn again. */
  async function redraw(focus: string | null): Promise<void> {
    if (!aggregate || shownKey !== filterKey(state)) return runFilters();
    const id = ++runId;
    const map = await mapTopology();
    if (id !== runId) return;
    topology = map ?? topology;
    showSpan();
    if (focus) block.querySelector<HTMLElement>(focus)?.focus();
  }
  function rerenderTable(): void {
    const wrap = block.querySelector<HTMLElement>('[data-part="table"]')!;
    if (result)
      wrap.replaceChildren(
        renderResultTable(document, result.rows, lang, state.sort, result.sources, allRows ? Infinity : undefined),
      );
    else {
      // Still the build's table: sort its rows in place by the same rule once the data is here.
      void runFilters();
    }
    block.dataset.state = serializeState({ ...state, sql: '' }); // tests wait for it
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLSelectElement && target.name === 'geo')
      showGroups({ geo: target.value as GeoLevelChoice, map: state.map });
    if (target instanceof HTMLInputElement && target.name === 'map')
      showGroups({ geo: 'province', map: target.value as ProvinceMapChoice });
    const next = readForm();
    showGroups(next);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="places"]'))
      if (!next.places.includes(box.value)) box.checked = false;
    push(next);
    spanNotice = '';
    // A year span alone needs no query: it is cut from the aggregate at once.
    if (aggregate && filterKey(next) === shownKey) showSpan();
    else void runFilters();
  });
  block.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'view') push({ ...state, view: target.value === 'map' ? 'map' : 'chart' });
    else if (target.name === 'mapind') push({ ...state, mapIndicator: target.value, mapPeriod: null });
    else if (target.name === 'at') push({ ...state, mapPeriod: target.value });
    else return;
    const focus =
      target.name === 'view' ? `input[name="view"][value="${state.view}"]` : `select[name="${target.name}"]`;
    void redraw(focus);
  });
  block.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const sortButton = target.closest<HTMLButtonElement>('button[data-sort]');
    if (sortButton) {
      const column = sortButton.dataset.sort!;
      const direction = state.sort?.column === column && state.sort.direction === 'asc' ? 'desc' : 'asc';
      push({ ...state, sort: { column, direction } });
      rerenderTable();
      block.querySelector<HTMLButtonElement>(`button[data-sort="${column}"]`)?.focus();
      return;
    }
    if (target.closest('button[data-table-all]')) {
      allRows = true;
      rerenderTable();
      return;
    }
    const download = target.closest<HTMLButtonElement>('button[data-download]');
    if (download) void downloadResult(download.dataset.download!);
  });

  async function downloadResult(format: string): Promise<void> {
    const mapped =
      block.querySelector<HTMLElement>('[data-part="chart"]')?.dataset.kind === 'map' &&
      (format === 'svg' || format === 'png');
    const mapIndicator = () =>
      block.querySelector<HTMLSelectElement>('select[name="mapind"]')?.value ??
      state.indicators.find((i) => result?.rows.some((r) => r.indicator === i && r.kind === 'rate')) ??
      '';
    const mapPeriod = () => block.querySelector<HTMLSelectElement>('select[name="at"]')?.value.replace('..', '_') ?? '';
    const name = mapped
      ? `kham-pha_ban-do-${state.map}_${mapIndicator()}_${mapPeriod()}`
      : `kham-pha_${state.indicators.join('-') || 'ket-qua'}`.slice(0, 80);
    if (format === 'csv' || format === 'parquet') {
      const { csvBlob, parquetBlob, saveBlob, resultTable } = await import('./download.ts');
      if (!aggregate || shownKey !== filterKey(state)) await runFilters();
      if (!result) return;
      const table = resultTable(result, state.sort, lang, pageRelease(document));
      saveBlob(format === 'csv' ? csvBlob(table) : parquetBlob(table), `${name}.${format}`);
      return;
    }
    // The chart framed by its title, source, release and licence: the same file as a topic page's.
    const { downloadChart } = await import('../scripts/chart-export.ts');
    await downloadChart(block, format === 'png' ? 'png' : 'svg', name);
  }

  // ---- the SQL console -------------------------------------------------------------------
  const consoleEl = root.querySelector<HTMLElement>('#console')!;
  const runButton = consoleEl.querySelector<HTMLButtonElement>('[data-console-run]')!;
  const cancelButton = consoleEl.querySelector<HTMLButtonElement>('[data-console-cancel]')!;
  const consoleStatus = consoleEl.querySelector<HTMLElement>('[data-console-status]')!;
  const consoleError = consoleEl.querySelector<HTMLElement>('[data-console-error]')!;
  const consoleOut = consoleEl.querySelector<HTMLElement>('[data-console-result]')!;
  const consoleDownloads = [...consoleEl.querySelectorAll<HTMLButtonElement>('[data-console-download]')];

  let fromLinkRun = false;
  async function runSql(sql: string, remember = true, fromLink = false): Promise<void> {
    fromLinkRun = fromLink;
    if (remember) push({ ...state, sql });
    consoleError.hidden = true;
    consoleError.textContent = '';
    runButton.disabled = true;
    cancelButton.disabled = false;
    consoleEl.setAttribute('aria-busy', 'true');
    consoleStatus.textContent = t.console.running;
    let engine: BrowserDb | undefined;
    try {
      engine = await db();
      // A link runs within a time limit; like every console query, only if it reads (see runConsole).
      consoleResult = await runConsole(engine, sql, fromLink ? LINK_TIME_LIMIT_MS : undefined);
      consoleOut.replaceChildren(
        renderRowsTable(document, consoleResult.columns, consoleResult.rows, lang, consoleResult.types),
      );
      const shown = consoleResult.rows.length;
      consoleStatus.textContent = t.console.rows(
        formatNumber(consoleResult.total, lang, 0),
        consoleResult.total > shown ? formatNumber(shown, lang, 0) : null,
      );
      for (const b of consoleDownloads) b.disabled = false;
      void showSchema(engine); // a CREATE TABLE adds to the list
    } catch (error) {
      consoleResult = null;
      consoleOut.replaceChildren();
      for (const b of consoleDownloads) b.disabled = true;
      if (refused) consoleStatus.textContent = '';
      else if (engine?.isStopped) await restarted(linkStatus(error));
      else {
        const cancelled = /cancel|interrupt/i.test(String(error));
        consoleStatus.textContent = linkStatus(error) ?? (cancelled ? t.console.cancelled : t.console.failed);
        consoleError.textContent = errorText(error);
        consoleError.hidden = false;
      }
    } finally {
      runButton.disabled = refused;
      cancelButton.disabled = true;
      consoleEl.removeAttribute('aria-busy');
    }
  }
  /**
   * Cancelling did not stop the query, so its engine was ended (stopConsole): wait for the new one, with
   * the published data reloaded and checked, and say so; uploads went with the old engine.
   */
  async function restarted(before: string | null): Promise<void> {
    consoleStatus.textContent = security.restarting;
    dbPromise = null;
    try {
      await db();
    } catch {
      consoleStatus.textContent = '';
      return; // db() has said why the new engine did not start
    }
    const lost = uploads > 0 ? [security.uploadsLost] : [];
    if (lost.length > 0) {
      uploads = 0;
      delete uploadEl.dataset.table;
      uploadResult.replaceChildren();
      uploadStatus.textContent = security.uploadsLost;
    }
    consoleStatus.textContent = [before, security.restarted, ...lost].filter(Boolean).join(' ');
  }
  function linkStatus(error: unknown): string | null {
    if (error instanceof WriteRefusal) return fromLinkRun ? security.linkRefused : security.writeRefused;
    if (error instanceof TimeLimitError) return security.linkTimedOut(LINK_TIME_LIMIT_MS / 1000);
    return null;
  }
  runButton.addEventListener('click', () => void runSql(sqlInput.value));
  sqlInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void runSql(sqlInput.value);
    }
  });
  cancelButton.addEventListener('click', async () => {
    consoleStatus.textContent = t.console.cancelling;
    await stopConsole(await db()); // runSql says whether it was cancelled or the engine restarted
  });
  for (const button of consoleDownloads) {
    button.addEventListener('click', async () => {
      const { csvBlob, parquetBlob, saveBlob } = await import('./download.ts');
      if (!consoleResult) return;
      const table = { columns: consoleResult.columns, rows: consoleResult.rows };
      saveBlob(
        button.dataset.consoleDownload === 'csv' ? csvBlob(table) : parquetBlob(table),
        `truy-van.${button.dataset.consoleDownload}`,
      );
    });
  }
  async function showSchema(engine: BrowserDb): Promise<void> {
    const columns = await engine.query<SchemaColumn>(SCHEMA_SQL);
    const list = document.createElement('div');
    const byTable = new Map<string, SchemaColumn[]>();
    for (const c of columns) byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), c]);
    for (const [table, cols] of byTable) {
      const details = document.createElement('details');
      details.dataset.table = table;
      const summary = document.createElement('summary');
      summary.textContent = `${table} (${cols.length})`;
      const ul = document.createElement('ul');
      for (const c of cols) {
        const li = document.createElement('li');
        const code = document.createElement('code');
        code.textContent = c.column_name;
        li.append(code, document.createTextNode(` ${c.data_type}`));
        ul.append(li);
      }
      details.append(summary, ul);
      list.append(details);
    }
    consoleEl.querySelector('[data-console-schema]')!.replaceChildren(list);
  }

  // ---- uploads ---------------------------------------------------------------------------
  const uploadEl = root.querySelector<HTMLElement>('#upload')!;
  const zone = uploadEl.querySelector<HTMLElement>('[data-upload-zone]')!;
  const fileInput = uploadEl.querySelector<HTMLInputElement>('#upload-file')!;
  const progressWrap = uploadEl.querySelector<HTMLElement>('[data-upload-progress]')!;
  const progress = progressWrap.querySelector('progress')!;
  const uploadStatus = uploadEl.querySelector<HTMLElement>('[data-upload-status]')!;
  const uploadResult = uploadEl.querySelector<HTMLElement>('[data-upload-result]')!;

  async function upload(file: File): Promise<void> {
    progressWrap.hidden = false;
    progress.value = 0;
    uploadEl.setAttribute('aria-busy', 'true');
    uploadStatus.textContent = t.upload.reading(file.name);
    let engineRef: BrowserDb | null = null;
    try {
      const engine = await db();
      engineRef = engine;
      const { describeUpload, joinSql, uploadCsv } = await import('./upload.ts');
      const outcome = await uploadCsv(engine, file, (bytes, total, rows) => {
        progress.value = Math.round((bytes / Math.max(1, total)) * 100);
        uploadStatus.textContent = t.upload.progress(
          file.name,
          formatNumber(bytes / 1e6, lang, 1),
          formatNumber(total / 1e6, lang, 1),
          formatNumber(rows, lang, 0),
        );
      });
      progress.value = 100;
      uploadStatus.textContent = describeUpload(outcome, lang);
      uploadEl.dataset.table = outcome.table;
      uploads += 1;
      uploadResult.replaceChildren(...uploadReport(outcome, joinSql));
      void showSchema(engine);
    } catch (error) {
      if (refused) return;
      const { describeFailure, UploadFailure } = await import('./upload.ts');
      const text =
        error instanceof UploadFailure
          ? describeFailure(error, lang)
          : `${t.upload.notLoaded(file.name)}: ${error instanceof Error ? error.message : String(error)}`;
      uploadStatus.textContent = `${t.upload.notLoaded(file.name)}.`;
      const alert = Object.assign(document.createElement('p'), { className: 'error', textContent: text });
      alert.setAttribute('role', 'alert');
      alert.dataset.uploadFailed = file.name;
      uploadResult.replaceChildren(alert);
      delete uploadEl.dataset.table;
      progressWrap.hidden = true;
      if (engineRef) void showSchema(engineRef); // the discarded table leaves the list
    } finally {
      uploadEl.removeAttribute('aria-busy');
      fileInput.value = '';
    }
  }
  function uploadReport(outcome: UploadOutcome, joinSql: (table: string) => string): Node[] {
    const nodes: Node[] = [];
    const join = document.createElement('button');
    join.type = 'button';
    join.dataset.uploadJoin = outcome.table;
    join.textContent = t.upload.join(outcome.table);
    join.addEventListener('click', () => {
      sqlInput.value = joinSql(outcome.table);
      consoleEl.scrollIntoView({ block: 'start' });
      void runSql(sqlInput.value);
    });
    nodes.push(join);
    if (outcome.problems.length > 0) {
      const h = document.createElement('h3');
      h.textContent = t.upload.refused(formatNumber(outcome.bad, lang, 0));
      const rows = outcome.problems.map((p) => ({ line: p.line, column: p.column, value: p.value, reason: p.reason }));
      const table = renderRowsTable(document, ['line', 'column', 'value', 'reason'], rows, lang);
      table.dataset.uploadProblems = 'true';
      const head = table.tHead!.rows[0]!.cells;
      t.upload.problemColumns.forEach((label, i) => (head[i]!.textContent = label));
      const wrap = document.createElement('div');
      wrap.className = 'table-wrap';
      wrap.append(table);
      const copy = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = t.upload.asText;
      const pre = document.createElement('pre');
      pre.textContent = outcome.problems.map(formatProblem).join('\n');
      copy.append(summary, pre);
      nodes.push(h, wrap, copy);
    }
    if (outcome.notes.length > 0) {
      const h = document.createElement('h3');
      h.textContent = t.upload.notes(outcome.notes.length);
      const ul = document.createElement('ul');
      ul.className = 'quality-list';
      for (const n of outcome.notes.slice(0, 200))
        ul.append(
          Object.assign(document.createElement('li'), {
            textContent: `${n.file}:${n.line}: ${qualityNoteText(n, lang)}`,
          }),
        );
      nodes.push(h, ul);
    }
    return nodes;
  }
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void upload(file);
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.dataset.over = 'true';
  });
  zone.addEventListener('dragleave', () => delete zone.dataset.over);
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    delete zone.dataset.over;
    const file = event.dataTransfer?.files[0];
    if (file) void upload(file);
  });
  // Rows accepted on the extraction review page arrive as an upload (src/explore/review-handoff.ts); the review
  // page opens Explore at #upload, so other visits do not fetch the hand-over module.
  if (location.hash === '#upload')
    void import('./review-handoff.ts').then(({ takeHandOver }) => {
      const reviewed = takeHandOver();
      if (!reviewed) return;
      uploadEl.scrollIntoView();
      void upload(reviewed);
    });

  // ---- history and the first run -----------------------------------------------------------
  addEventListener('popstate', () => {
    spanPush = 0; // a span not yet in the address is not written over the one gone back to
    const previous = state;
    state = parseState(location.search);
    refuseUnknownSpan();
    writeForm(state);
    if (!aggregate || filterKey(state) !== shownKey) void runFilters();
    else void redraw(null);
    if (state.sql && state.sql !== previous.sql) void runSql(state.sql, false, true);
  });
  // Warm up the engine when a reader reaches for a control: the answer is then ready sooner.
  // The selection's aggregate comes with it, so that the year span can be brushed at once.
  const warm = () => void (aggregate || runId > 0 ? db() : runFilters());
  root.addEventListener('focusin', warm, { once: true });
  root.addEventListener('pointerdown', warm, { once: true });

  refuseUnknownSpan();
  writeForm(state);
  if (filterKey(state) !== shownKey || state.sort || state.from !== null || state.to !== null) void runFilters();
  if (state.sql) void runSql(state.sql, false, true);
  root.dataset.ready = 'true';
}
