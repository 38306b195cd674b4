import { API_VERSION, type CoverageRow, hasIndicatorPage } from './api.ts';
import { LICENCE } from './licence.ts';
import { API_INDEX_PATH, apiIndicatorPath, indicatorPath } from './routes.ts';

/** One indicator in `/api/v1/indicators.json`: what it is, where it has figures, where to get them. */
export function indicatorEntry(row: CoverageRow) {
  return {
    id: row.id,
    name_vi: row.name_vi,
    name_en: row.name_en,
    kind: row.kind,
    unit: row.unit,
    numerator: row.numerator,
    denominator: row.denominator,
    period_basis: row.period_basis,
    definition_vi: row.description_vi,
    definition_en: row.description_en,
    coverage: {
      figures: row.figures,
      first_period_start: row.first_period_start,
      last_period_end: row.last_period_end,
      places: row.places,
      national: row.national,
      provinces_63_map: row.provinces63,
      provinces_34_map: row.provinces34,
    },
    links: {
      json: apiIndicatorPath(row.id, 'json'),
      csv: apiIndicatorPath(row.id, 'csv'),
      parquet: apiIndicatorPath(row.id, 'parquet'),
      page_vi: hasIndicatorPage(row.kind) ? indicatorPath(row.id, 'vi') : null,
      page_en: hasIndicatorPage(row.kind) ? indicatorPath(row.id, 'en') : null,
    },
  };
}

/** The envelope every API document shares: its version, release and licence. */
export function apiEnvelope(release: { id: string; date: string }) {
  return {
    api_version: API_VERSION,
    release: release.id,
    release_date: release.date,
    licence: { id: LICENCE.id, url: LICENCE.url },
    index: API_INDEX_PATH,
  };
}
