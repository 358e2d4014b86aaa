// A heuristic that flags what looks like a person's name in a lesson's text, quote or quote role: quotes are
// attributed by role only. It errs on the side of flagging; the writer may confirm that a flagged phrase is not a
// name (an organisation, a place). Pure.
//
// Flagged: (1) a form of address or title followed by a capitalised word ("mevrouw Jansen", "wethouder De Boer");
// (2) a common Dutch first name followed by a capitalised word ("Piet Hendriks"); (3) a capitalised word, a
// tussenvoegsel and a capitalised word not at the start of a sentence ("… zei Anouk van Dijk"); (4) e-mail
// addresses and @handles.

const TITLE_WORDS =
  'meneer|mevrouw|mevr\\.?|mw\\.?|dhr\\.?|heer|dokter|dr\\.?|drs\\.?|ir\\.?|prof\\.?|wethouder|burgemeester|gedeputeerde|zuster|broeder|collega|juf|meester|dominee|pastoor|imam';
/** The titles with either case of their first letter (the name after them must be capitalised). */
const TITLES = TITLE_WORDS.split('|')
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');

/** Common first names in the Netherlands (a short list: it only adds a signal to a capitalised pair). */
export const FIRST_NAMES = new Set(
  (
    'jan piet kees henk gerrit klaas willem johan peter hans erik marco mark dennis tim thomas daan lucas sem bram ' +
    'ruben jeroen bas sander martijn mohammed mohamed ahmed ali youssef mustafa anna maria emma julia sophie ' +
    'lisa sanne anouk femke iris eva lotte fleur laura linda marieke monique ingrid petra anja karin els ria ' +
    'fatima aisha fatma sara noor yara ilse esther wendy miranda annemarie joke truus gerda'
  ).split(' '),
);

const CAPITAL = "\\p{Lu}[\\p{Ll}'’-]+";
const TUSSENVOEGSEL = "(?:van der|van den|van de|van 't|van|de|der|den|ter|ten|te|in 't|op de|'t)";

const patterns: { reason: string; regex: RegExp }[] = [
  {
    reason: 'aanspreekvorm of titel met een naam',
    regex: new RegExp(`\\b(?:${TITLES})\\s+(?:${TUSSENVOEGSEL}\\s+)?${CAPITAL}`, 'gu'),
  },
  {
    reason: 'voornaam en achternaam',
    regex: new RegExp(`\\b${CAPITAL}\\s+(?:${TUSSENVOEGSEL}\\s+)?${CAPITAL}`, 'gu'),
  },
  {
    reason: 'naam met tussenvoegsel',
    regex: new RegExp(`(?<![.!?:]\\s|^)\\b${CAPITAL}\\s+${TUSSENVOEGSEL}\\s+${CAPITAL}`, 'gu'),
  },
  { reason: 'e-mailadres of gebruikersnaam', regex: /[\w.+-]+@[\w-]+(?:\.[\w-]+)*|(?<!\w)@\w{2,}/gu },
];

export interface NameFlag {
  text: string;
  reason: string;
}

/** The phrases in `text` that may be a person's name, each once. */
export function findPossibleNames(text: string): NameFlag[] {
  const flags = new Map<string, NameFlag>();
  for (const { reason, regex } of patterns) {
    for (const match of text.matchAll(regex)) {
      const phrase = match[0];
      if (reason === 'voornaam en achternaam') {
        const first = phrase.split(/\s+/)[0]!.toLowerCase();
        if (!FIRST_NAMES.has(first)) continue;
      }
      if (![...flags.keys()].some((k) => k.includes(phrase) || phrase.includes(k)))
        flags.set(phrase, { text: phrase, reason });
    }
  }
  return [...flags.values()];
}
