// npm run release -- [--in data] [--out public/data] : records the built release in data/releases/<id>/.
// Commit the folder: later builds keep serving its files and list what changed since it.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { recordRelease } from './lib/releases.ts';

const { values } = parseArgs({
  options: { in: { type: 'string', default: 'data' }, out: { type: 'string', default: 'public/data' } },
});
const release = await recordRelease(path.resolve(values.in!), path.resolve(values.out!));
console.log(release ? `release: recorded ${release.id}` : 'release: this build is already recorded');
