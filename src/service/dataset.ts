import { LICENCE } from './licence.ts';
import { absolute } from './site-address.ts';

export interface DatasetInput {
  name: string;
  description: string;
  url: string;
  first: string;
  last: string;
  places: string[];
  files: Array<{ path: string; format: string }>;
  publisher: string;
  release: { id: string; date: string };
  keywords: string[];
}

/** schema.org `Dataset` for an indicator page, as search engines and data catalogues read it. */
export function datasetJsonLd(d: DatasetInput): Record<string, unknown> {
  const creator = { '@type': 'Organization', name: d.publisher, url: absolute('/') };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    url: absolute(d.url),
    identifier: absolute(d.url),
    keywords: d.keywords,
    temporalCoverage: `${d.first}/${d.last}`,
    spatialCoverage: d.places.map((name) => ({ '@type': 'Place', name })),
    distribution: d.files.map((f) => ({
      '@type': 'DataDownload',
      encodingFormat: f.format,
      contentUrl: absolute(f.path),
    })),
    license: LICENCE.url,
    isAccessibleForFree: true,
    creator,
    publisher: creator,
    version: d.release.id,
    dateModified: d.release.date,
  };
}

/** JSON for a `<script type="application/ld+json">`: no `<` that could close the element early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
