import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compares text with a committed golden file. On a mismatch the actual text is written beside
 * it as `<name>-changed.<ext>` for a person to diff; UPDATE_GOLDEN=1 rewrites the golden file.
 */
export function expectGolden(actual: string, goldenPath: string): void {
  const changed = goldenPath.replace(/(\.[^.]+)$/, '-changed$1');
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenPath)) {
    writeFileSync(goldenPath, actual);
    if (process.env.UPDATE_GOLDEN !== '1')
      throw new Error(`${goldenPath} did not exist: written now, check it and commit it`);
  }
  const expected = readFileSync(goldenPath, 'utf8');
  if (actual === expected) rmSync(changed, { force: true });
  else writeFileSync(changed, actual);
  expect(actual, `differs from ${goldenPath}; see ${changed}`).toBe(expected);
}
