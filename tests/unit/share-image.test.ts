import { describe, expect, it } from 'vitest';
import { fitTitle, wrapText } from '../../src/build/share-image.ts';

const TASKS =
  '01/01/2024–17/12/2024: Bộ Tư pháp: 49 nhiệm vụ đã hoàn thành trong 212 nhiệm vụ được giao ' +
  '(gồm cả nhiệm vụ chưa đến hạn)';

describe('a share image title', () => {
  it('is made smaller to stay whole, its caveat included, where the largest size would cut it', () => {
    // At 40 px in two lines the caveat was cut ("… 212 nhiệm vụ được …"): the shared image then read as 23 %.
    expect(wrapText(TASKS, 1088, 40, 'bold', 2).join(' ')).toMatch(/…$/);
    const { size, lines } = fitTitle(TASKS, 1088, [
      [40, 2],
      [34, 2],
      [30, 3],
    ]);
    expect(size).toBeLessThan(40);
    expect(lines.join(' ')).toBe(TASKS);
  });

  it('keeps the largest size for a title that fits, and cuts only what no size can hold', () => {
    expect(fitTitle('Tỷ lệ hòa giải thành', 1088, [[40, 2]])).toEqual({ size: 40, lines: ['Tỷ lệ hòa giải thành'] });
    const { lines } = fitTitle(TASKS.repeat(4), 1088, [[30, 3]]);
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/…$/);
  });
});
