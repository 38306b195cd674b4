/**
 * The site's public origin (e.g. `https://ketqua.example.gov.vn`), given at build by `SITE_URL`. Without it the
 * build knows no host: addresses stay site-relative and feeds use `tag:` ids, which need none.
 */
export const SITE_ORIGIN = (process.env.SITE_URL ?? '').replace(/\/+$/, '');

/** An address as a reader should keep it: absolute when the origin is known. */
export function absolute(path: string): string {
  return `${SITE_ORIGIN}${path}`;
}

/** The authority of the site's `tag:` URIs (RFC 4151); stable whatever host serves the site. */
export const TAG_AUTHORITY = 'ket-qua-nganh-tu-phap';
