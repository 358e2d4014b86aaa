// The national synthesis: cells of 1–4 hidden, a second cell hidden where one hidden cell could be worked out
// from the totals, nothing shown with too few workspaces.
import { describe, expect, it } from 'vitest';
import { type LessonCount, MIN_CELL, synthesise } from '../../../src/learning/synthesis.ts';

const count = (
  buildingBlock: LessonCount['buildingBlock'],
  perspective: LessonCount['perspective'],
  n: number,
) => ({
  buildingBlock,
  perspective,
  count: n,
});
const cell = (s: ReturnType<typeof synthesise>, block: string, perspective: string) =>
  s.rows.find((r) => r.buildingBlock === block)!.cells.find((c) => c.perspective === perspective)!;

describe('synthesise', () => {
  it('shows counts of five and more, hides 1–4, shows zeros', () => {
    const s = synthesise(
      [
        count('bekostiging', 'bestuurlijk', 7),
        count('bekostiging', 'professionals', 6),
        count('bekostiging', 'inwoners', 2),
        count('bekostiging', 'toezicht', 9),
      ],
      4,
      3,
    );
    expect(cell(s, 'bekostiging', 'bestuurlijk')).toEqual({
      perspective: 'bestuurlijk',
      count: 7,
      suppressed: null,
    });
    expect(cell(s, 'bekostiging', 'inwoners')).toEqual({
      perspective: 'inwoners',
      count: null,
      suppressed: 'small',
    });
    expect(cell(s, 'lerend-vermogen', 'inwoners')).toEqual({
      perspective: 'inwoners',
      count: 0,
      suppressed: null,
    });
    expect(s.lessons).toBe(24);
  });
  it('hides the smallest other cell of a line with one hidden cell, so totals give nothing away', () => {
    const s = synthesise(
      [
        count('bekostiging', 'bestuurlijk', 7),
        count('bekostiging', 'professionals', 6),
        count('bekostiging', 'inwoners', 2),
        count('bekostiging', 'toezicht', 9),
      ],
      4,
      3,
    );
    expect(cell(s, 'bekostiging', 'professionals')).toMatchObject({ count: null, suppressed: 'secondary' });
    expect(s.rows.find((r) => r.buildingBlock === 'bekostiging')!.total).toBe(24);
    // columns inwoners and professionals each have one hidden cell and nothing else: their totals are hidden
    expect(s.columnTotals.find((c) => c.perspective === 'inwoners')!.total).toBeNull();
    expect(s.columnTotals.find((c) => c.perspective === 'professionals')!.total).toBeNull();
    expect(s.columnTotals.find((c) => c.perspective === 'bestuurlijk')!.total).toBe(7);
    // no visible line total minus visible cells equals a single hidden count
    for (const row of s.rows) {
      const hidden = row.cells.filter((c) => c.count === null).length;
      if (row.total !== null) expect(hidden === 0 || hidden >= 2).toBe(true);
    }
  });
  it('shows nothing with fewer than three workspaces', () => {
    const s = synthesise([count('bekostiging', 'bestuurlijk', 40)], 5, 2);
    expect(s.enough).toBe(false);
    expect(s.lessons).toBeNull();
    expect(cell(s, 'bekostiging', 'bestuurlijk').count).toBeNull();
    expect(s.rule.minCell).toBe(MIN_CELL);
  });
});
