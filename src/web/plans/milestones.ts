// Milestones as typed in the action form: empty rows are left out, a row with only a name or only a date is an
// error at the missing field (never dropped silently). Pure.
import type { FieldErrors } from '../components/FormField.tsx';
import type { PlanTexts } from './texts.ts';

/** Milestone rows as typed: empty rows are left out, half-filled ones are errors under `milestones.N.title|due`. */
export function milestoneRows(
  titles: string[],
  dues: string[],
  p: Pick<PlanTexts, 'milestoneDueMissing' | 'milestoneTitleMissing'>,
) {
  const errors: FieldErrors = {};
  const milestones: { title: string; due: string }[] = [];
  titles.forEach((raw, i) => {
    const title = raw.trim();
    const due = (dues[i] ?? '').trim();
    if (!title && !due) return;
    if (!due) errors[`milestones.${i}.due`] = p.milestoneDueMissing;
    else if (!title) errors[`milestones.${i}.title`] = p.milestoneTitleMissing;
    else milestones.push({ title, due });
  });
  return { milestones, errors };
}
