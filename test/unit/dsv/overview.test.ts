// The overview statistics on a worked example, computed by hand: item-level n without "not applicable" and missing
// answers, the share scoring 4 or 5, the per-collaboration battery means rounded to the nearest category (seed 001
// Fig. 24), the share with every trust statement ≥ 6, and suppression below 5.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  nearestCategory,
  summariseBattery,
  summariseItem,
  summariseQuestionnaire,
} from '../../../src/dsv/overview.ts';
import { type Answers, parseDefinition } from '../../../src/dsv/questionnaire.ts';

const file = new URL('../../../catalog/dsv-questionnaire/2024.json', import.meta.url);
const definition = parseDefinition('2024.json', JSON.parse(readFileSync(file, 'utf8')));
const item = (id: string) => definition.items.find((i) => i.id === id)!;
const NA = { notApplicable: true as const };

// Eight collaborations. Quality: 5,4,4,3,3,2, one n.v.t., one missing. SES: three scores, the rest n.v.t.
// Trust (welwillendheid, competentie, eerlijkheid): see the comments.
const rows: [Answers['x'] | undefined, Answers['x'] | undefined, (number | undefined)[]][] = [
  [5, 4, [6, 7, 6]], // mean 6.33 → 6, all ≥ 6
  [4, NA, [7, 7, 7]], // 7, all ≥ 6
  [4, NA, [6, 5, 7]], // 6, one 5
  [3, 2, [6, 6, undefined]], // 6, one blank
  [3, NA, [3, 4, 4]], // 3.67 → 4
  [2, 1, [0, 1, 2]], // 1
  [NA, NA, [undefined, undefined, undefined]], // no trust answer at all
  [undefined, NA, [6, 6, 6]], // 6, all ≥ 6
];
const trustIds = ['vertrouwen-welwillendheid', 'vertrouwen-competentie', 'vertrouwen-eerlijkheid'];
const responses = rows.map(([quality, ses, trust], i) => {
  const answers: Answers = {};
  if (quality !== undefined) answers['effectiviteit-kwaliteit'] = quality;
  if (ses !== undefined) answers['effectiviteit-ses'] = ses;
  trust.forEach((v, j) => {
    if (v !== undefined) answers[trustIds[j]!] = v;
  });
  return { collaborationId: `c${i}`, answers };
});

describe('item statistics', () => {
  it('counts n without "not applicable" and missing answers, and the share scoring 4 or 5', () => {
    const s = summariseItem(definition, item('effectiviteit-kwaliteit'), responses);
    expect(s).toMatchObject({ n: 6, notApplicable: 1, missing: 1, suppressed: false, mean: 3.5 });
    // 5, 4, 4 of 6 score 4 or 5: 3/6 = 50.0 %
    expect(s.topBox).toEqual({ from: 4, count: 3, percent: 50, denominator: 6 });
    expect(s.distribution).toEqual([
      { value: '1', count: 0, percent: 0 },
      { value: '2', count: 1, percent: 16.7 },
      { value: '3', count: 2, percent: 33.3 },
      { value: '4', count: 2, percent: 33.3 },
      { value: '5', count: 1, percent: 16.7 },
    ]);
  });

  it('suppresses an item answered by fewer than 5 collaborations, with the reason', () => {
    const s = summariseItem(definition, item('effectiviteit-ses'), responses);
    expect(s).toMatchObject({ n: 3, notApplicable: 5, missing: 0, suppressed: true, mean: null });
    expect(s.reason?.nl).toMatch(/minder dan 5 samenwerkingsverbanden \(n = 3\)/);
    expect(s.distribution.every((d) => d.count === null && d.percent === null)).toBe(true);
    expect(s.topBox).toEqual({ from: 4, count: null, percent: null, denominator: 3 });
  });

  it('counts each option of a multiple-choice item against the collaborations that answered it', () => {
    const multi = ['co-creatie', 'co-creatie,bestuurlijke-medezeggenschap', 'geen', 'co-creatie', 'geen'].map(
      (v, i) => ({ collaborationId: `m${i}`, answers: { 'participatie-vormen': v.split(',') } as Answers }),
    );
    multi.push({ collaborationId: 'm5', answers: {} });
    const s = summariseItem(definition, item('participatie-vormen'), multi);
    expect(s.n).toBe(5);
    expect(s.missing).toBe(1);
    expect(s.distribution).toEqual([
      { value: 'co-creatie', count: 3, percent: 60 },
      { value: 'bestuurlijke-medezeggenschap', count: 1, percent: 20 },
      { value: 'geen', count: 2, percent: 40 },
    ]);
    expect(s.topBox).toBeNull();
  });
});

describe('battery statistics', () => {
  it('rounds each collaboration’s mean to the nearest category and counts all-items-at-least-6', () => {
    const b = summariseBattery(definition, 'vertrouwen', responses);
    expect(b.n).toBe(7); // the collaboration without any trust answer has no mean
    const byValue = Object.fromEntries(b.roundedMeans.map((d) => [d.value, d]));
    expect(byValue['6']).toEqual({ value: '6', count: 4, percent: 57.1 });
    expect(byValue['7']).toEqual({ value: '7', count: 1, percent: 14.3 });
    expect(byValue['4']).toEqual({ value: '4', count: 1, percent: 14.3 });
    expect(byValue['1']).toEqual({ value: '1', count: 1, percent: 14.3 });
    expect(byValue['5']!.count).toBe(0);
    // Every statement 6 or 7, none blank: collaborations 1, 2 and 8 of all 8 respondents = 37.5 %.
    expect(b.allAtLeast).toEqual({ from: 6, count: 3, percent: 37.5, denominator: 8 });
  });

  it('rounds halfway up and suppresses a battery of fewer than 5', () => {
    expect(nearestCategory(3.5)).toBe(4);
    expect(nearestCategory(2.49)).toBe(2);
    expect(nearestCategory(14 / 3)).toBe(5);
    const b = summariseBattery(definition, 'synergie', responses.slice(0, 4));
    expect(b).toMatchObject({ n: 0, suppressed: true });
  });

  it('summarises every item and battery of the definition', () => {
    const all = summariseQuestionnaire(definition, responses);
    expect(all.respondents).toBe(8);
    expect(all.items).toHaveLength(definition.items.length);
    expect(all.batteries.map((b) => b.section)).toEqual([
      'effectiviteit',
      'verandering',
      'synergie',
      'vertrouwen',
      'leiderschap',
      'middelen',
    ]);
  });
});

describe('CSV of the overview', () => {
  it('has one row per item and answer value, with n, and the reason where suppressed', async () => {
    const { overviewCsv } = await import('../../../src/cli/dsv.ts');
    const questionnaire = summariseQuestionnaire(definition, responses);
    const csv = overviewCsv({
      round: {
        year: 2025,
        definitionVersion: '2024',
        status: 'published',
        openedAt: '',
        closedAt: null,
        publishedAt: null,
        submitted: 8,
      },
      definition,
      questionnaire,
      register: undefined as never,
      method: [],
    });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('ronde,vraag,antwoord,aantal,procent,n,niet_van_toepassing,leeg,onderdrukt');
    expect(lines).toContain('2025,effectiviteit-kwaliteit,4,2,33.3,6,1,1,');
    expect(lines.find((l) => l.startsWith('2025,effectiviteit-ses,1,'))).toMatch(
      /^2025,effectiviteit-ses,1,,,3,5,0,"Niet getoond: minder dan 5 samenwerkingsverbanden \(n = 3\)/,
    );
    const rows = definition.items.reduce(
      (sum, i) =>
        sum +
        (i.kind === 'scale'
          ? definition.scales[i.scale!]!.max - definition.scales[i.scale!]!.min + 1
          : i.options!.length),
      0,
    );
    expect(lines).toHaveLength(rows + 1);
  });
});
