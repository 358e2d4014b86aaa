// Reading one cell: numbers in Dutch or English notation, region codes. Pure. (Period codes: indicators/period.ts.)

const patterns = {
  // A thousands group never follows a leading 0: "0.123" with a decimal comma is refused, not read as 123.
  ',': /^[+-]?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)?(?:,\d+)?(?:[eE][+-]?\d+)?$/,
  '.': /^[+-]?(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/,
};

/** Parses "1.234,5" (decimal comma) or "1,234.5" (decimal point); thousands separators only in groups of three,
 *  so "12.5" with a decimal comma is refused, never misread. Empty → null; anything else that is not a finite
 *  number → NaN. */
export function parseNumber(text: string, decimalSeparator: ',' | '.'): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (!patterns[decimalSeparator].test(t) || !/\d/.test(t)) return Number.NaN;
  const plain = decimalSeparator === ',' ? t.replaceAll('.', '').replace(',', '.') : t.replaceAll(',', '');
  const n = Number(plain);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** Region code as CBS writes it: upper case, and with a prefix a bare number becomes e.g. GM0363. */
export function regionCode(text: string, codePrefix?: string): string {
  const t = text.trim().toUpperCase();
  return codePrefix && /^\d{1,4}$/.test(t) ? `${codePrefix}${t.padStart(4, '0')}` : t;
}
