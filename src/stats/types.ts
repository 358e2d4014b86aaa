// Shared types of the statistics module.

/** Confidence level: 95 % (z = 1.959963985) or 99.8 % (z = 3.090232306), as used by OHID Fingertips. */
export type Level = 0.95 | 0.998;

/** A point estimate with confidence limits; `null` means "not defined" (never NaN). */
export interface Estimate {
  value: number | null;
  lower: number | null;
  upper: number | null;
}

/** A plain-language text in Dutch and English. */
export interface Reason {
  nl: string;
  en: string;
}

/** An estimate in which nothing is defined. */
export const EMPTY_ESTIMATE: Readonly<Estimate> = Object.freeze({ value: null, lower: null, upper: null });
