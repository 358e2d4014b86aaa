// The gemeentelijke herindelingen since a date, read from CBS's own description of each RegioS code (03759ned's
// code list says, for a gemeente that was dissolved, "Opgeheven per 01-01-2021, overgegaan naar: - Eemsdelta
// (GM1979), ... 2378 hectare met 6023 woningen en 11496 inwoners"). This is how
// data/regions/gemeente_herindelingen_2019_2026.csv was made and how a test checks that file against the recording.
// Boundary corrections between gemeenten that both continue (grenswijzigingen) are not herindelingen and are left
// out, as CBS's own conversion does. Pure.
import type { ConversionRow } from './harmonise.ts';

export interface CodeDescription {
  key: string;
  title: string;
  description: string;
}

/** One former gemeente (or the continuing part of one) and the gemeente of today it went to. */
export interface Herindeling {
  from: string;
  fromName: string;
  to: string;
  toName: string;
  /** ISO date the change took effect. */
  date: string;
  /** Inhabitants that went over, as CBS states them; null for the continuing part CBS does not quantify. */
  inhabitants: number | null;
}

const ENTRY = /- (.+?) \((GM\d{4})\),?\s*\r?\n\.\.\. [\d.]+ hectare met .*?([\d.]+) inwoners?/g;
/** A block of a description: its heading, date (groups 2–4: day, month, year) and its entries (group 5). */
const BLOCK = (head: string) =>
  new RegExp(
    `(${head}) per (\\d\\d)-(\\d\\d)-(\\d{4}),? (?:[a-z ]+)?:?\\s*\\r?\\n((?:- .+\\r?\\n\\.\\.\\. .+(?:\\r?\\n|$))+)`,
    'g',
  );
const dateOf = (m: RegExpMatchArray) => `${m[4]}-${m[3]}-${m[2]}`;

function entries(text: string): { name: string; code: string; inhabitants: number }[] {
  return [...text.matchAll(ENTRY)].map((m) => ({
    name: m[1]!,
    code: m[2]!,
    inhabitants: Number(m[3]!.replace(/\./g, '')),
  }));
}

/**
 * The herindelingen that took effect after `since` (ISO date), into gemeenten in `today`. For every gemeente of
 * today that received a dissolved gemeente, its own continuing part is a row too (from = to), with the inhabitants
 * CBS lists for it when it does (Amsterdam, Purmerend), else null (Boxtel receiving part of Haaren).
 */
export function herindelingenFromCodes(
  codes: readonly CodeDescription[],
  since: string,
  today: ReadonlySet<string>,
): Herindeling[] {
  const names = new Map(codes.map((c) => [c.key, c.title.trim()]));
  const rows: Herindeling[] = [];
  for (const code of codes) {
    if (!code.key.startsWith('GM')) continue;
    for (const m of code.description.matchAll(BLOCK('Opgeheven'))) {
      const date = dateOf(m);
      if (date <= since) continue;
      for (const e of entries(m[5]!)) {
        if (!today.has(e.code)) continue;
        rows.push({
          from: code.key,
          fromName: names.get(code.key) ?? code.title,
          to: e.code,
          toName: names.get(e.code) ?? e.name,
          date,
          inhabitants: e.inhabitants,
        });
      }
    }
  }
  // The continuing part of a gemeente of today that received one.
  const targets = new Map<string, string>();
  for (const r of rows) if (today.has(r.to) && names.has(r.to)) targets.set(`${r.to}|${r.date}`, r.to);
  for (const [key, to] of targets) {
    const date = key.split('|')[1]!;
    if (rows.some((r) => r.from === to && r.date === date)) continue;
    const own = codes.find((c) => c.key === to)!;
    // "Gemeentelijke herindeling per 24-03-2022, ontvangen van: - Amsterdam (GM0363), ... 882633 inwoners"
    let inhabitants: number | null = null;
    let continuing = false;
    for (const m of own.description.matchAll(BLOCK('Gemeentelijke herindeling|Ontstaan'))) {
      if (dateOf(m) !== date) continue;
      // A gemeente newly formed (Ontstaan) has no continuing part of its own.
      continuing = m[1] !== 'Ontstaan';
      const self = entries(m[5]!).find((e) => e.code === to);
      if (self) inhabitants = self.inhabitants;
    }
    if (continuing) {
      const name = names.get(to)!;
      rows.push({ from: to, fromName: name, to, toName: name, date, inhabitants });
    }
  }
  return rows.sort(
    (a, b) => a.date.localeCompare(b.date) || a.to.localeCompare(b.to) || a.from.localeCompare(b.from),
  );
}

/**
 * The conversion rows for harmonise(): a former gemeente split over several gemeenten of today gives each its
 * share of the inhabitants that went over (Haaren: 2,149 of 14,318 to Boxtel).
 */
export function conversionRows(herindelingen: readonly Herindeling[]): ConversionRow[] {
  const total = new Map<string, number>();
  for (const h of herindelingen) total.set(h.from, (total.get(h.from) ?? 0) + (h.inhabitants ?? 0));
  return herindelingen.map((h) => {
    const parts = herindelingen.filter((x) => x.from === h.from).length;
    return {
      from: h.from,
      fromName: h.fromName,
      to: h.to,
      weight: h.inhabitants,
      share: parts === 1 ? 1 : (h.inhabitants ?? 0) / total.get(h.from)!,
    };
  });
}
