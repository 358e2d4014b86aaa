// Converting the 2022 indeling to today's gemeenten, with the real weights of data/regions (CBS 03759ned 1-1-2022)
// and the real 50120NED values of the former gemeenten.
import { describe, expect, it } from 'vitest';
import { type ConversionRow, describeConversion, harmonise } from '../../../src/geo/harmonise.ts';

const table: ConversionRow[] = [
  { from: 'GM0363', fromName: 'Amsterdam', to: 'GM0363', weight: 882633 },
  { from: 'GM0457', fromName: 'Weesp', to: 'GM0363', weight: 20766 },
  { from: 'GM0501', fromName: 'Brielle', to: 'GM1992', weight: 17704 },
  { from: 'GM0530', fromName: 'Hellevoetsluis', to: 'GM1992', weight: 40574 },
  { from: 'GM0614', fromName: 'Westvoorne', to: 'GM1992', weight: 14960 },
];
// Ervaren gezondheid goed/zeer goed 2022 (RIVM 50120NED, indeling 2022).
const health = new Map([
  ['GM0363', { value: 66.8 }],
  ['GM0457', { value: 71.2 }],
  ['GM0501', { value: 70.7 }],
  ['GM0530', { value: 67.6 }],
  ['GM0614', { value: 72.1 }],
]);

describe('harmonising to today’s gemeenten', () => {
  it('gives an estimate the mean of the former gemeenten weighted by their population', () => {
    const { results, missing } = harmonise(table, health, 'population-weighted-mean');
    expect(missing).toEqual([]);
    const amsterdam = results.find((r) => r.code === 'GM0363')!;
    // (66.8 × 882,633 + 71.2 × 20,766) / 903,399 = 60,438,423.6 / 903,399 = 66.90114…
    expect(amsterdam.value).toBeCloseTo(60438423.6 / 903399, 10);
    expect(amsterdam.value).toBeCloseTo(66.9011, 4);
    const voorne = results.find((r) => r.code === 'GM1992')!;
    // (70.7 × 17,704 + 67.6 × 40,574 + 72.1 × 14,960) / 73,238 = 5,073,091.2 / 73,238 = 69.2686…
    expect(voorne.value).toBeCloseTo(5073091.2 / 73238, 10);
    expect(voorne.value).toBeCloseTo(69.2686, 4);
    expect(voorne.parts.map((p) => p.code)).toEqual(['GM0501', 'GM0530', 'GM0614']);
  });

  it('sums counts of the former gemeenten (CBS’s conversion): 1-1-2022 Amsterdam + Weesp = 903,399', () => {
    const population = new Map(table.map((r) => [r.from, { value: r.weight, count: r.weight }]));
    const { results } = harmonise(table, population, 'sum');
    expect(results.find((r) => r.code === 'GM0363')).toMatchObject({ value: 903399, count: 903399 });
    expect(results.find((r) => r.code === 'GM1992')).toMatchObject({ value: 73238, count: 73238 });
  });

  it('gives no value when a former gemeente is missing, and suppresses when one is suppressed', () => {
    const withoutWeesp = new Map(health);
    withoutWeesp.delete('GM0457');
    const { results, missing } = harmonise(table, withoutWeesp, 'population-weighted-mean');
    expect(missing).toEqual([{ code: 'GM0363', from: 'GM0457' }]);
    expect(results.map((r) => r.code)).toEqual(['GM1992']);

    const suppressed = new Map(health).set('GM0614', { value: null, suppressed: true } as never);
    const voorne = harmonise(table, suppressed, 'population-weighted-mean').results.find(
      (r) => r.code === 'GM1992',
    )!;
    expect(voorne).toMatchObject({ value: null, suppressed: true });
  });

  it('states the conversion in words for the figure', () => {
    const amsterdam = harmonise(table, health, 'population-weighted-mean').results[0]!;
    expect(describeConversion(amsterdam, 'population-weighted-mean', 2024, 2022)).toBe(
      'omgerekend van de indeling 2022 naar de indeling 2024: Amsterdam GM0363 (66.8; 882.633 inw.) + Weesp GM0457 (71.2; 20.766 inw.), gemiddelde gewogen naar inwoners op 1-1-2022',
    );
  });
});
