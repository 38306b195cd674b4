import { localName } from '../i18n/local-name.ts';
import { reasonText } from '../lib/extract/confidence.ts';
import { langOf } from '../i18n/routes.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Candidate } from '../lib/extract/candidates.ts';
import { LOW_CONFIDENCE } from '../lib/extract/confidence.ts';
import { candidateRow, type ContractRow, rowsToCsv, sourceToCsv } from '../lib/extract/csv.ts';
import { readReportText } from '../lib/extract/formats.ts';
import { extractCandidates } from '../lib/extract/index.ts';
import type { Lang } from '../lib/format.ts';
import { handOver } from '../explore/review-handoff.ts';
import { saveBlob } from '../scripts/save-file.ts';
import { type ExtractReference, extractContextOf } from './reference.ts';

type Words = Messages['extract'];
type Decision = 'pending' | 'accept' | 'reject';
/** The editable cells of a row, by contract column. */
const EDITABLE = [
  'indicator',
  'geo',
  'period_label',
  'period_start',
  'period_end',
  'numerator',
  'denominator',
  'value_reported',
  'unit',
] as const;

interface Row {
  candidate: Candidate;
  decision: Decision;
  inputs: Map<(typeof EDITABLE)[number], HTMLInputElement | HTMLSelectElement>;
}

/**
 * The review page: reads pasted text or a dropped file in the browser, runs the shared extractor,
 * shows the text with each figure linked to its row, and writes the accepted rows as a CSV in the
 * data contract. Every text reaches the page through textContent or value, never as markup.
 */
export function start(root: HTMLElement, words: Words, lang: Lang): void {
  const reference = JSON.parse(root.dataset.reference ?? '{}') as ExtractReference;
  const context = extractContextOf(reference);
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('[data-extract-form]');
  const textarea = $<HTMLTextAreaElement>('#extract-text');
  const fileInput = $<HTMLInputElement>('#extract-file');
  const status = $<HTMLElement>('[data-extract-status]');
  const output = $<HTMLElement>('[data-extract-output]');
  const textView = $<HTMLElement>('[data-extract-text]');
  const tbody = $<HTMLTableSectionElement>('[data-extract-table] tbody');
  const downloadStatus = $<HTMLElement>('[data-download-status]');
  let rows: Row[] = [];

  const run = () => {
    const reportDate = $<HTMLInputElement>('#extract-date').value || null;
    const reportPlace = $<HTMLInputElement>('#extract-place').value.trim() || null;
    const { text, candidates } = extractCandidates(textarea.value, { ...context, reportDate, reportPlace });
    rows = candidates.map((candidate) => ({ candidate, decision: 'pending', inputs: new Map() }));
    renderText(textView, text, candidates, words, reference);
    renderRows(tbody, rows, words, reference, lang);
    status.textContent = candidates.length > 0 ? words.found(candidates.length) : words.none;
    output.hidden = false;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  const readFile = async (file: File) => {
    status.textContent = words.reading;
    try {
      textarea.value = await readReportText(file.name, new Uint8Array(await file.arrayBuffer()));
      run();
    } catch (error) {
      status.textContent = words.fileError(error instanceof Error ? error.message : String(error));
    }
  };
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void readFile(file);
  });
  const zone = $<HTMLElement>('[data-extract-drop]');
  zone.addEventListener('dragover', (event) => event.preventDefault());
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void readFile(file);
  });
  $<HTMLButtonElement>('[data-extract-example]').addEventListener('click', () => {
    const example = $<HTMLElement>('[data-example-text]');
    textarea.value = example.textContent ?? '';
    $<HTMLInputElement>('#extract-date').value = example.dataset.date ?? '';
    for (const [key, value] of Object.entries(JSON.parse(example.dataset.source ?? '{}') as Record<string, string>)) {
      const input = root.querySelector<HTMLInputElement>(`[name="source-${key}"]`);
      if (input) input.value = value;
    }
    run();
  });
  $<HTMLButtonElement>('[data-accept-all]').addEventListener('click', () => {
    for (const row of rows) setDecision(row, 'accept', tbody);
  });
  tbody.addEventListener('change', (event) => {
    const select = (event.target as Element).closest<HTMLSelectElement>('select[data-decision]');
    if (!select) return;
    const row = rows.find((r) => r.candidate.id === select.dataset.decision);
    if (row) setDecision(row, select.value as Decision, tbody);
  });

  const source = () => {
    const value = (key: string) => root.querySelector<HTMLInputElement>(`[name="source-${key}"]`)?.value.trim() ?? '';
    return {
      id: value('id'),
      title: value('title'),
      publisher: value('publisher'),
      url: value('url'),
      date: value('date'),
    };
  };
  $<HTMLButtonElement>('[data-download]').addEventListener('click', () => {
    const { id } = source();
    const accepted = rows.filter((r) => r.decision === 'accept');
    if (!id) return void (downloadStatus.textContent = words.needSource);
    if (accepted.length === 0) return void (downloadStatus.textContent = words.needAccepted);
    const csv = rowsToCsv(accepted.map((r) => editedRow(r, id)));
    download(`${id}.csv`, csv);
    downloadStatus.textContent = words.accepted(accepted.length);
  });
  const toExplore = $<HTMLButtonElement>('[data-to-explore]');
  toExplore.addEventListener('click', () => {
    const { id } = source();
    const accepted = rows.filter((r) => r.decision === 'accept');
    if (!id) return void (downloadStatus.textContent = words.needSource);
    if (accepted.length === 0) return void (downloadStatus.textContent = words.needAccepted);
    // Explore loads them by its upload path, as if this CSV had been uploaded there.
    if (!handOver(`${id}.csv`, rowsToCsv(accepted.map((r) => editedRow(r, id)))))
      return void (downloadStatus.textContent = words.handOverFailed);
    location.assign(`${toExplore.dataset.toExplore}#upload`);
  });
  $<HTMLButtonElement>('[data-download-source]').addEventListener('click', () => {
    const s = source();
    if (!s.id) return void (downloadStatus.textContent = words.needSource);
    download(`${s.id}-source.csv`, sourceToCsv(s));
  });
}

function setDecision(row: Row, decision: Decision, tbody: HTMLElement): void {
  row.decision = decision;
  const tr = tbody.querySelector<HTMLTableRowElement>(`#cand-${row.candidate.id}`);
  if (!tr) return;
  tr.dataset.decision = decision;
  const detail = tbody.querySelector<HTMLElement>(`[data-detail-of="${row.candidate.id}"]`);
  if (detail) detail.dataset.decision = decision;
  const select = tr.querySelector<HTMLSelectElement>('select[data-decision]');
  if (select) select.value = decision;
}

/** The row as the reviewer left it: the contract's cells from the inputs, the provenance from the extractor. */
function editedRow(row: Row, sourceId: string): ContractRow {
  const cells = candidateRow(row.candidate, sourceId);
  for (const [key, input] of row.inputs) cells[key] = input.value.trim();
  return cells;
}

/** A CSV with a BOM, so that Excel in a Vietnamese locale reads it as UTF-8. */
function download(name: string, text: string): void {
  saveBlob(new Blob([`\ufeff${text}`], { type: 'text/csv;charset=utf-8' }), name);
}

function indicatorName(reference: ExtractReference, id: string, lang: Lang): string {
  const indicator = reference.indicators.find((i) => i.id === id);
  return indicator ? localName(indicator, lang) : id;
}

/** The text with each candidate's figure as a link to its row. */
function renderText(
  view: HTMLElement,
  text: string,
  candidates: readonly Candidate[],
  words: Words,
  reference: ExtractReference,
): void {
  const lang = langOf(document.documentElement.lang);
  const marks = candidates
    .map((c) => ({
      c,
      part: (['value', 'numerator', 'keyword'] as const).map((r) => c.parts.find((p) => p.role === r)).find(Boolean),
    }))
    .filter((m): m is { c: Candidate; part: NonNullable<typeof m.part> } => m.part !== undefined)
    .sort((a, b) => a.part.start - b.part.start);
  view.replaceChildren();
  let at = 0;
  for (const { c, part } of marks) {
    if (part.start < at) continue; // two candidates on one figure: the first keeps the link
    view.append(text.slice(at, part.start));
    const a = document.createElement('a');
    a.href = `#cand-${c.id}`;
    a.className = `figure${c.confidence < LOW_CONFIDENCE ? ' low' : ''}`;
    a.textContent = text.slice(part.start, part.end);
    a.title = words.figureLink(indicatorName(reference, c.indicator, lang));
    a.dataset.candidate = c.id;
    view.append(a);
    at = part.end;
  }
  view.append(text.slice(at));
}

function renderRows(
  tbody: HTMLTableSectionElement,
  rows: readonly Row[],
  words: Words,
  reference: ExtractReference,
  lang: Lang,
): void {
  tbody.replaceChildren();
  for (const row of rows) {
    const c = row.candidate;
    const tr = document.createElement('tr');
    tr.id = `cand-${c.id}`;
    tr.tabIndex = -1;
    tr.dataset.decision = row.decision;
    const cells = candidateRow(c, '');
    for (const key of EDITABLE) {
      const td = document.createElement('td');
      const label = `${columnWord(words, key)} (${c.id})`;
      let input: HTMLInputElement | HTMLSelectElement;
      if (key === 'indicator') {
        const select = document.createElement('select');
        for (const i of reference.indicators) {
          const option = new Option(`${localName(i, lang)} (${i.id})`, i.id);
          select.append(option);
        }
        select.value = c.indicator;
        input = select;
      } else {
        const field = document.createElement('input');
        field.type = key === 'period_start' || key === 'period_end' ? 'date' : 'text';
        field.value = cells[key] ?? '';
        field.size = key === 'geo' || key === 'period_label' ? 16 : 9;
        input = field;
      }
      input.setAttribute('aria-label', label);
      row.inputs.set(key, input);
      td.append(input);
      tr.append(td);
    }
    const confidence = document.createElement('p');
    const score = document.createElement('strong');
    score.textContent = `${Math.round(c.confidence * 100)}%`;
    const reason = document.createElement('small');
    const flags = [c.confidence < LOW_CONFIDENCE ? words.lowConfidence : '', c.period_inferred ? words.inferred : '']
      .filter(Boolean)
      .join(', ');
    reason.textContent = ` ${flags ? `(${flags}) ` : ''}${reasonText(c.reasons, words.reasons)}`;
    confidence.append(score, reason);
    const q = document.createElement('q');
    q.textContent = c.sentence.text;
    const decision = document.createElement('td');
    decision.className = 'decision';
    const select = document.createElement('select');
    select.dataset.decision = c.id;
    select.setAttribute('aria-label', `${words.colDecision} (${c.id})`);
    for (const [value, text] of [
      ['pending', words.pending],
      ['accept', words.accept],
      ['reject', words.reject],
    ] as const) {
      select.append(new Option(text, value));
    }
    decision.append(select);
    const id = document.createElement('th');
    id.scope = 'row';
    id.textContent = c.id;
    tr.prepend(id, decision);
    // The evidence on a row of its own under the figure: the row stays one line wide on a phone.
    const detail = document.createElement('tr');
    detail.className = 'extract-detail';
    detail.dataset.detailOf = c.id;
    const cell = document.createElement('td');
    cell.colSpan = EDITABLE.length + 2;
    const said = document.createElement('span');
    said.textContent = `${words.sentence}: `;
    cell.append(confidence, said, q);
    detail.append(cell);
    tbody.append(tr, detail);
  }
}

function columnWord(words: Words, key: (typeof EDITABLE)[number]): string {
  const map: Record<(typeof EDITABLE)[number], string> = {
    indicator: words.colIndicator,
    geo: words.colPlace,
    period_label: words.colPeriod,
    period_start: words.colStart,
    period_end: words.colEnd,
    numerator: words.colNumerator,
    denominator: words.colDenominator,
    value_reported: words.colValue,
    unit: words.colUnit,
  };
  return map[key];
}
