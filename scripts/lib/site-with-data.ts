import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MANIFEST_META } from '../../src/lib/integrity.ts';

/**
 * The built site served with another data folder as its `/data/` (a large synthetic set, for the
 * bench and the tests): every file of `dist` linked, and Explore's page bound to that folder's
 * manifest.json by its SHA-256, as the build binds a page to the data it was built with.
 */
export function siteWithData(dist: string, data: string, out: string, page = 'kham-pha'): string {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, page), { recursive: true });
  for (const entry of readdirSync(dist))
    if (entry !== 'data' && entry !== page) symlinkSync(path.resolve(dist, entry), path.join(out, entry));
  for (const entry of readdirSync(path.join(dist, page)))
    if (entry !== 'index.html') symlinkSync(path.resolve(dist, page, entry), path.join(out, page, entry));
  symlinkSync(path.resolve(data), path.join(out, 'data'));
  const hash = createHash('sha256')
    .update(readFileSync(path.join(data, 'manifest.json')))
    .digest('hex');
  const html = readFileSync(path.join(dist, page, 'index.html'), 'utf8');
  const meta = new RegExp(`(<meta name="${MANIFEST_META}" content=")[0-9a-f]*(")`);
  if (!meta.test(html)) throw new Error(`${page}/index.html carries no ${MANIFEST_META}`);
  writeFileSync(path.join(out, page, 'index.html'), html.replace(meta, `$1${hash}$2`));
  return out;
}
