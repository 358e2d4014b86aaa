// The national synthesis of the learning evaluation: lessons of published cycles counted per building block and
// perspective, with small counts suppressed so that no cycle can be recognised. Pure.
//
// Rule (docs/decisions.md): a cell of 1–4 lessons is not shown; when a row or column then has exactly one hidden
// cell, the smallest other non-zero cell of that line is hidden too (or, when there is none, the line's total), so
// no hidden count can be worked out from the totals. With fewer than MIN_WORKSPACES workspaces nothing is shown.
import { BUILDING_BLOCKS, type BuildingBlock, PERSPECTIVES, type Perspective } from '../jzojp/vocabulary.ts';

export const MIN_CELL = 5;
export const MIN_WORKSPACES = 3;

export interface LessonCount {
  buildingBlock: BuildingBlock;
  perspective: Perspective;
  count: number;
}

export interface SynthesisCell {
  perspective: Perspective;
  /** null when suppressed */
  count: number | null;
  suppressed: 'small' | 'secondary' | null;
}

export interface Synthesis {
  cycles: number;
  workspaces: number;
  /** null when too few workspaces took part */
  lessons: number | null;
  rows: { buildingBlock: BuildingBlock; cells: SynthesisCell[]; total: number | null }[];
  columnTotals: { perspective: Perspective; total: number | null }[];
  enough: boolean;
  rule: { minCell: number; minWorkspaces: number };
}

export function synthesise(counts: readonly LessonCount[], cycles: number, workspaces: number): Synthesis {
  const grid = BUILDING_BLOCKS.map((b) =>
    PERSPECTIVES.map((p) => counts.find((c) => c.buildingBlock === b && c.perspective === p)?.count ?? 0),
  );
  const enough = workspaces >= MIN_WORKSPACES;
  const hidden: ('small' | 'secondary' | null)[][] = grid.map((row) =>
    row.map((n) => (!enough ? 'small' : n > 0 && n < MIN_CELL ? 'small' : null)),
  );
  const rowTotalHidden = grid.map(() => !enough);
  const colTotalHidden = PERSPECTIVES.map(() => !enough);

  // Secondary suppression until no line has exactly one hidden cell with a visible total.
  for (let changed = enough; changed; ) {
    changed = false;
    const lines = [
      ...grid.map((_, r) => ({
        cells: PERSPECTIVES.map((_p, c) => [r, c] as const),
        total: rowTotalHidden,
        at: r,
      })),
      ...PERSPECTIVES.map((_p, c) => ({
        cells: grid.map((_r, r) => [r, c] as const),
        total: colTotalHidden,
        at: c,
      })),
    ];
    for (const line of lines) {
      if (line.total[line.at]) continue;
      const hiddenCells = line.cells.filter(([r, c]) => hidden[r]![c] !== null);
      if (hiddenCells.length !== 1) continue;
      const candidates = line.cells
        .filter(([r, c]) => hidden[r]![c] === null && grid[r]![c]! > 0)
        .sort(([r1, c1], [r2, c2]) => grid[r1]![c1]! - grid[r2]![c2]!);
      if (candidates.length > 0) {
        const [r, c] = candidates[0]!;
        hidden[r]![c] = 'secondary';
      } else line.total[line.at] = true;
      changed = true;
    }
  }

  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const total = sum(grid.map(sum));
  return {
    cycles,
    workspaces,
    lessons: enough ? total : null,
    enough,
    rows: BUILDING_BLOCKS.map((buildingBlock, r) => ({
      buildingBlock,
      cells: PERSPECTIVES.map((perspective, c) => ({
        perspective,
        count: hidden[r]![c] === null ? grid[r]![c]! : null,
        suppressed: hidden[r]![c]!,
      })),
      total: rowTotalHidden[r] ? null : sum(grid[r]!),
    })),
    columnTotals: PERSPECTIVES.map((perspective, c) => ({
      perspective,
      total: colTotalHidden[c] ? null : sum(grid.map((row) => row[c]!)),
    })),
    rule: { minCell: MIN_CELL, minWorkspaces: MIN_WORKSPACES },
  };
}
