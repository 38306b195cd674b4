import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCsvStream, parseCsv } from '../../src/lib/csv.ts';
import { createGeoResolver } from '../../src/lib/geography.ts';
import type { Indicator } from '../../src/lib/indicators.ts';
import {
  normalizeObservations,
  normalizeRows,
  readObservationHeader,
  type NormalizeContext,
} from '../../src/lib/observations.ts';
import { readAliases, readIndicators, readSources } from '../../src/lib/reference.ts';

const read = (file: string) => parseCsv(readFileSync(file, 'utf8'), file);
const indicators = readIndicators(read('data/indicators.csv')).indicators;
const context: NormalizeContext = {
  indicators: new Map<string, Indicator>(indicators.map((i) => [i.id, i])),
  sources: new Set(readSources(read('data/sources.csv')).sources.map((s) => s.id)),
  resolveGeo: createGeoResolver(readAliases(read('data/geo/aliases.csv')).aliases, []),
};
const FIXTURE = 'tests/fixtures/upload/mediation-vi.csv';

describe('the upload path of the normalizer', () => {
  it('attributes rows without a published source to the upload, with a note; the build refuses them', () => {
    const upload = normalizeObservations(read(FIXTURE), { ...context, uploadSource: 'upload:mediation-vi.csv' });
    expect(upload.observations.map((o) => [o.line, o.source_id])).toEqual([
      [4, 'dcsvn-2018-09-02'],
      [5, 'upload:mediation-vi.csv'],
      [6, 'upload:mediation-vi.csv'],
      [7, 'upload:mediation-vi.csv'],
    ]);
    expect(upload.notes.filter((n) => n.kind === 'upload_source').map((n) => n.line)).toEqual([6]);
    expect(upload.problems.map((p) => p.line)).toEqual([8, 9, 10, 11, 12]);
    const build = normalizeObservations(read(FIXTURE), context);
    expect(build.problems.filter((p) => p.column === 'nguồn').map((p) => p.line)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('gives the same rows, problems and notes when the file is read in pieces', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const whole = normalizeObservations(parseCsv(text, 'f.csv'), { ...context, uploadSource: 'upload:f.csv' });
    const stream = createCsvStream('f.csv');
    const pieces: ReturnType<typeof normalizeRows>[] = [];
    let header = null;
    for (let at = 0; at <= text.length; at += 37) {
      const rows = at < text.length ? stream.push(text.slice(at, at + 37)) : stream.end();
      header ??= stream.header
        ? readObservationHeader(
            { file: 'f.csv', locale: stream.locale, delimiter: stream.delimiter, header: stream.header },
            { uploadSource: 'upload:f.csv' },
          ).header
        : null;
      if (header) pieces.push(normalizeRows(rows, header, { ...context, uploadSource: 'upload:f.csv' }));
    }
    expect({
      observations: pieces.flatMap((p) => p.observations),
      problems: pieces.flatMap((p) => p.problems),
      notes: pieces.flatMap((p) => p.notes),
    }).toEqual(whole);
  });
});
