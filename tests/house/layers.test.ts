import { describe, expect, it } from 'vitest';
import { filesUnder, read } from './files.ts';

const imports = (path: string) => [...read(path).matchAll(/^import[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);

describe('layers: lib → geo/i18n → charts → views → live → explore', () => {
  it('no chart reaches up into a page module (src/charts/ never imports src/explore/)', () => {
    const charts = filesUnder('src/charts', ['.ts']);
    expect(charts).toContain('src/charts/explore.ts');
    expect(
      charts.flatMap((f) =>
        imports(f)
          .filter((i) => i.includes('/explore/'))
          .map((i) => `${f}: ${i}`),
      ),
    ).toEqual([]);
  });

  it('sees the imports it checks', () => {
    expect(imports('src/charts/explore.ts')).toContain('../lib/result-row.ts');
  });
});
