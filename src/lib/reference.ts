import { parseDate } from './dates.ts';
import type { CsvTable } from './csv.ts';
import type { AliasRow, ClusterAliasRow } from './geography.ts';
import { expectedBasis, INDICATOR_KINDS, type Indicator, type IndicatorKind } from './indicators.ts';
import { NormalizeError, type Problem } from './problems.ts';
import { readRecords, type RecordRow } from './records.ts';
import { isSourceKind, SOURCE_KINDS, type SourceKind } from './sources.ts';

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  /** Publication date; null where the page did not keep one (listed in quality.json). */
  date: string | null;
  /** A curator's remark (title not kept, repost of …); never part of the title. */
  note: string | null;
  /** Official report, official portal, press or repost; null where not given (synthetic data, older files). */
  kind: SourceKind | null;
}

/** A source that lacks its date or address: kept, and shown as such on the sources page. */
export interface IncompleteSource {
  file: string;
  line: number;
  id: string;
  missing: Array<'date' | 'url'>;
}

/** Reads sources.csv: every figure's title, publisher, date and address. */
export function readSources(table: CsvTable): {
  sources: Source[];
  incomplete: IncompleteSource[];
  problems: Problem[];
} {
  const { records, problems } = readRecords(table, ['id', 'title', 'publisher', 'url', 'date']);
  const sources: Source[] = [];
  const incomplete: IncompleteSource[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    const fail = (column: string, reason: string) =>
      problems.push({ file: table.file, line: r.line, column, value: r[column] ?? '', reason });
    if (!r.id) fail('id', 'no id');
    else if (seen.has(r.id)) fail('id', 'duplicate source id');
    seen.add(r.id!);
    if (!r.title) fail('title', 'a source needs its title');
    if (!r.publisher) fail('publisher', 'a source needs its publisher');
    if (r.url && !/^https?:\/\/\S+$/.test(r.url)) fail('url', 'not an http(s) address');
    if (r.kind && !isSourceKind(r.kind)) fail('kind', `kind must be one of ${SOURCE_KINDS.join(', ')}`);
    let date: string | null = null;
    if (r.date) {
      try {
        date = parseDate(r.date);
      } catch (error) {
        if (!(error instanceof NormalizeError)) throw error;
        fail('date', error.message);
      }
    }
    const missing = [...(r.date ? [] : ['date' as const]), ...(r.url ? [] : ['url' as const])];
    if (missing.length > 0) incomplete.push({ file: table.file, line: r.line, id: r.id!, missing });
    sources.push({
      id: r.id!,
      title: r.title!,
      publisher: r.publisher!,
      url: r.url || null,
      date,
      note: r.note || null,
      kind: r.kind && isSourceKind(r.kind) ? r.kind : null,
    });
  }
  return { sources, incomplete, problems };
}

/** Reads indicators.csv and checks each definition against the domain rules. */
export function readIndicators(table: CsvTable): { indicators: Indicator[]; problems: Problem[] } {
  const { records, problems } = readRecords(table, [
    'id',
    'name_vi',
    'name_en',
    'kind',
    'unit',
    'numerator',
    'denominator',
    'period_basis',
  ]);
  const indicators: Indicator[] = [];
  const ids = new Set(records.map((r) => r.id));
  for (const r of records) {
    const fail = (column: string, reason: string) =>
      problems.push({ file: table.file, line: r.line, column, value: r[column] ?? '', reason });
    const id = r.id!;
    if (!/^[a-z][a-z0-9_]*$/.test(id)) fail('id', 'ids are lower-case letters, digits and _');
    const kind = r.kind as IndicatorKind;
    if (!INDICATOR_KINDS.includes(kind)) fail('kind', `kind must be one of ${INDICATOR_KINDS.join(', ')}`);
    if (r.period_basis !== expectedBasis(id)) fail('period_basis', `${id} must use the ${expectedBasis(id)} basis`);
    if (kind === 'rate' && r.unit !== 'percent') fail('unit', 'a rate is in percent');
    if (kind === 'money' && r.unit !== 'VND') fail('unit', 'money is stored in VND');
    for (const column of ['numerator', 'denominator'] as const) {
      if (kind === 'rate' && !r[column]) fail(column, `a rate names its ${column} indicator`);
      if (r[column] && !ids.has(r[column])) fail(column, 'unknown indicator');
    }
    indicators.push({
      id,
      name_vi: r.name_vi!,
      name_en: r.name_en!,
      kind,
      unit: r.unit!,
      numerator: r.numerator || null,
      denominator: r.denominator || null,
      period_basis: expectedBasis(id),
      description_vi: r.description_vi ?? '',
      description_en: r.description_en ?? '',
    });
  }
  return { indicators, problems };
}

export function readAliases(table: CsvTable): { aliases: AliasRow[]; problems: Problem[] } {
  const { records, problems } = readRecords(table, ['alias', 'code', 'map']);
  for (const r of records) {
    if (r.valid_to && !/^\d{4}-\d{2}-\d{2}$/.test(r.valid_to))
      problems.push({
        file: table.file,
        line: r.line,
        column: 'valid_to',
        value: r.valid_to,
        reason: 'not an ISO date',
      });
  }
  return {
    aliases: records.map((r) => ({
      alias: r.alias!,
      code: r.code!,
      map: r.map!,
      valid_to: r.valid_to || null,
      note: r.note || null,
    })),
    problems,
  };
}

export function readClusterAliases(table: CsvTable): { aliases: ClusterAliasRow[]; problems: Problem[] } {
  const { records, problems } = readRecords(table, ['alias', 'cluster_id']);
  return { aliases: records.map((r) => ({ alias: r.alias!, cluster_id: r.cluster_id! })), problems };
}

export type { RecordRow };
