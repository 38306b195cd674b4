import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

/** `new URL('./x-worker.ts', import.meta.url)`, the form Vite bundles a module worker from. */
const WORKER_URL = /new URL\('\.\/([\w-]+)\.ts', import\.meta\.url\)/g;

/** Each module worker a bundled file starts is bundled beside it, as the site's build (Vite) does. */
function workers(outdir: string): Plugin {
  return {
    name: 'workers',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const names = [...source.matchAll(WORKER_URL)].map((m) => m[1]!);
        for (const name of names)
          await bundle(path.join(path.dirname(args.path), `${name}.ts`), path.join(outdir, `${name}.js`));
        return { contents: source.replace(WORKER_URL, "new URL('./$1.js', import.meta.url)"), loader: 'ts' };
      });
    },
  };
}

/** Bundles a bench-only browser module (never part of the site) into one ES module file. */
export async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'error',
    plugins: [workers(path.dirname(outfile))],
  });
}
