import { describe, expect, it } from 'vitest';
import { milestoneRows } from './milestones.ts';

const p = { milestoneDueMissing: 'datum ontbreekt', milestoneTitleMissing: 'naam ontbreekt' };

describe('milestones as typed', () => {
  it('keeps complete rows, leaves out empty ones and marks the missing field of a half-filled one', () => {
    const { milestones, errors } = milestoneRows(
      ['Pilot', '', ' Evaluatie ', '', 'Uitrol'],
      ['2026-06-30', '', '', '2027-01-01', ' 2027-06-30 '],
      p,
    );
    expect(milestones).toEqual([
      { title: 'Pilot', due: '2026-06-30' },
      { title: 'Uitrol', due: '2027-06-30' },
    ]);
    expect(errors).toEqual({ 'milestones.2.due': 'datum ontbreekt', 'milestones.3.title': 'naam ontbreekt' });
  });
  it('has nothing to say about a form without milestones', () => {
    expect(milestoneRows([''], [''], p)).toEqual({ milestones: [], errors: {} });
  });
});
