// The headers a real host must send with dist/, in one place: the preview server sends them and the
// README's "Deploy" section states them (tests/server/static-server.test.ts holds both to this file).
import type { OutgoingHttpHeaders } from 'node:http';
import { contentSecurityPolicy } from '../../src/lib/content-security-policy.ts';
import { ENGINE_DIR } from '../../src/live/engine-files.ts';
import { EMBED_FOLDERS } from '../../src/service/routes.ts';

/**
 * Astro names what it puts in /_astro/ by content hash, and the engine's folder carries its version
 * (src/live/engine-files.ts): a changed file is a new address.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else keeps its address across builds (pages, /data/, /states/, /api/, /map/): stored, but
 * checked against the ETag before each use, which costs a 304 and no body when nothing changed.
 */
export const REVALIDATE = 'no-cache';

export function cacheControl(urlPath: string): string {
  return urlPath.startsWith('/_astro/') || urlPath.startsWith(ENGINE_DIR) ? IMMUTABLE : REVALIDATE;
}

export const HARDENING: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  // The address can carry a reader's SQL (?sql=): other sites see at most the origin.
  'referrer-policy': 'strict-origin-when-cross-origin',
  // `frame-ancestors` is ignored in a <meta> policy; this keeps the header's policy equal to the page's.
  'x-frame-options': 'SAMEORIGIN',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

const POLICIES = [contentSecurityPolicy(true), contentSecurityPolicy(false)];
const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i;

/**
 * The policy a page states in its <meta>, sent again as a header; only one of the site's own policies
 * is ever sent, so a page with no (or another) <meta> gets the strict one, without WebAssembly.
 */
export function pagePolicy(html: string): string {
  const stated = META.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&amp;', '&');
  return POLICIES.find((p) => p === stated) ?? contentSecurityPolicy(false);
}

/**
 * Other responses carry the live policy: a worker takes its policy from its own response, and
 * DuckDB-wasm's worker compiles WebAssembly.
 */
export const FILE_POLICY = contentSecurityPolicy(true);

/** An embed page (`/nhung/<id>/`, `/en/embed/<id>/`): made for other sites to frame. */
export function isEmbedPage(urlPath: string): boolean {
  return EMBED_FOLDERS.some((folder) => urlPath.startsWith(folder));
}

/**
 * An embed page's headers: its page's policy with `frame-ancestors *` (a <meta> cannot say it), and no
 * X-Frame-Options, whose SAMEORIGIN would refuse every other site.
 */
export function embedHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const { 'x-frame-options': _refused, ...rest } = headers;
  return { ...rest, 'content-security-policy': `${headers['content-security-policy']}; frame-ancestors *` };
}
