// Defence against formula (CSV) injection, after the OWASP "CSV Injection" guidance: a cell that starts with
// = + - @ tab or carriage return may be run as a formula by Excel or LibreOffice.

const formulaStart = /^[=+\-@\t\r]/;

/** True when the text would be read as a formula by a spreadsheet (leading spaces ignored, as Excel does). */
export function looksLikeFormula(text: string): boolean {
  return formulaStart.test(text) || formulaStart.test(text.trimStart());
}

/** Neutralises a free-text value for storage and display: a formula-like text gets a leading apostrophe. */
export function neutralise(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

const plainNumber = /^[+-]?\d+(?:[.,]\d+)?$/;

/** One CSV field for an export: formula-like text is prefixed with an apostrophe, the field is always quoted and
 *  embedded quotes are doubled, so neither a delimiter nor a quote can start a new cell. A plain number
 *  ("-3,5") is left alone: it cannot be a formula. Write numeric columns as numbers, not through this. */
export function csvSafe(text: string): string {
  const safe = plainNumber.test(text) ? text : neutralise(text);
  return `"${safe.replaceAll('"', '""')}"`;
}
