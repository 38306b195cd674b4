/**
 * The site's Content-Security-Policy, stated once: each page's <meta> (src/layouts/Page.astro) and the
 * header the preview server sends (scripts/lib/static-server.ts) are this string.
 *
 * `live`: whether the page may start DuckDB-wasm; only then may it compile WebAssembly.
 */
export function contentSecurityPolicy(live: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self'${live ? " 'wasm-unsafe-eval'" : ''}`,
    "worker-src 'self'",
    // Observable Plot writes a <style> element and style attributes into its SVG.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
