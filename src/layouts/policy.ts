/**
 * The pages' Content-Security-Policy, sent in a meta element. A meta policy cannot carry `frame-ancestors`:
 * who may frame a page is the host's header (see the README: embed pages allow any, others none).
 */
export function contentPolicy(live: boolean): string {
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
