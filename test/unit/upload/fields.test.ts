import { describe, expect, it } from 'vitest';
import { parseNumber, regionCode } from '../../../src/sources/upload/fields.ts';

describe('parseNumber', () => {
  it('reads Dutch notation with a decimal comma', () => {
    expect(parseNumber('1.234,5', ',')).toBe(1234.5);
    expect(parseNumber('12.345.678', ',')).toBe(12345678);
    expect(parseNumber(' -0,25 ', ',')).toBe(-0.25);
    expect(parseNumber('1,5e-7', ',')).toBe(1.5e-7);
  });

  it('reads English notation with a decimal point', () => {
    expect(parseNumber('1234.5', '.')).toBe(1234.5);
    expect(parseNumber('1,234.5', '.')).toBe(1234.5);
    expect(parseNumber('+3', '.')).toBe(3);
  });

  it('gives null for an empty cell', () => {
    expect(parseNumber('', ',')).toBeNull();
    expect(parseNumber('  ', '.')).toBeNull();
  });

  it('refuses text and wrongly grouped numbers instead of misreading them', () => {
    for (const [text, sep] of [
      ['12.5', ','],
      ['1,5', '.'],
      ['0.123', ','], // an English decimal in a decimal-comma file, not 123
      ['0,125', '.'],
      ['veel', '.'],
      ['-', '.'],
      ['1.23.456', ','],
      ['12,5%', ','],
      ['e5', '.'],
      ['Infinity', '.'],
    ] as const) {
      expect(parseNumber(text, sep), text).toBeNaN();
    }
  });
});

describe('regionCode', () => {
  it('adds the prefix to a bare number, zero-padded to four digits', () => {
    expect(regionCode('363', 'GM')).toBe('GM0363');
    expect(regionCode(' 0599 ', 'GM')).toBe('GM0599');
    expect(regionCode('gm0344', 'GM')).toBe('GM0344');
  });
  it('only normalises case without a prefix', () => {
    expect(regionCode('gg3301')).toBe('GG3301');
    expect(regionCode('363')).toBe('363');
  });
});
