// Texts of the wijk/buurt pages and of the GGD-regio and bounds labels (issue 12), Dutch first.
import type { Lang } from '../i18n/index.tsx';

const nl = {
  areasTitle: (gemeente: string) => `Wijken van ${gemeente}`,
  areasIntro: (n: number) =>
    `${n} wijken, per indicator gerangschikt (1 = hoogste waarde, of de beste waar hoger of lager beter is). Er zijn geen wijkgrenzen in de open data, daarom een lijst in plaats van een kaart.`,
  areasNone: 'Geen wijkcijfers voor deze gemeente.',
  indicatorSelect: 'Indicator',
  tableCaption: (indicator: string, gemeente: string, period: string) =>
    `${indicator} per wijk van ${gemeente}, ${period}`,
  columns: { rank: 'Plaats', name: 'Wijk', value: 'Waarde', counts: 'Aantal / totaal' },
  gemeenteValue: (v: string) => `Gemeente: ${v}`,
  nationalValue: (v: string) => `Nederland: ${v}`,
  noValue: 'geen waarde',
  valueOf: 'Waarde van de GGD-regio',
  bounds: (lower: string, upper: string) => `tussen ${lower} en ${upper}`,
  boundsTag: 'Bereik, geen puntwaarde',
  publishedSignificance: 'Vergelijking met Nederland door de bron',
  share80: (value: string, national: string, period: string) =>
    `${value}% van de inwoners is 80 jaar of ouder (Nederland: ${national}%), ${period}.`,
  share80MissingArea: (kind: string) =>
    `Het aandeel 80-plussers is er niet per ${kind}: de Kerncijfers wijken en buurten 2024 (CBS 85984NED) hebben als oudste leeftijdsgroep 65 jaar of ouder. Het regiobeeld van de gemeente geeft het aandeel 80-plussers wel.`,
  share80Missing: 'Voor dit gebied is er geen aandeel 80-plussers in de gegevens.',
  flags: {
    harmonised: 'Omgerekend naar de gemeentelijke indeling van nu (afgeleid door Juiste Plek; zie de bron).',
    'suppressed-member':
      'Een deel van het gebied heeft een door de bron afgeschermde waarde; alleen het bereik is bekend.',
  } as Record<string, string>,
};

const en: typeof nl = {
  areasTitle: (gemeente) => `Districts of ${gemeente}`,
  areasIntro: (n) =>
    `${n} districts, ranked per indicator (1 = highest value, or the best where higher or lower is better). The open data have no district boundaries, hence a list instead of a map.`,
  areasNone: 'No district figures for this municipality.',
  indicatorSelect: 'Indicator',
  tableCaption: (indicator, gemeente, period) => `${indicator} per district of ${gemeente}, ${period}`,
  columns: { rank: 'Rank', name: 'District', value: 'Value', counts: 'Number / total' },
  gemeenteValue: (v) => `Municipality: ${v}`,
  nationalValue: (v) => `Netherlands: ${v}`,
  noValue: 'no value',
  valueOf: 'Value of the GGD region',
  bounds: (lower, upper) => `between ${lower} and ${upper}`,
  boundsTag: 'Range, not a point value',
  publishedSignificance: 'Comparison with the Netherlands by the source',
  share80: (value, national, period) =>
    `${value}% of the inhabitants are aged 80 or over (Netherlands: ${national}%), ${period}.`,
  share80MissingArea: (kind) =>
    `The share aged 80 or over is not available per ${kind}: the Key figures for districts and neighbourhoods 2024 (CBS 85984NED) stop at 65 or over. The municipality's profile does give the share aged 80 or over.`,
  share80Missing: 'The data have no share aged 80 or over for this area.',
  flags: {
    harmonised: "Converted to today's municipal division (derived by Juiste Plek; see the source).",
    'suppressed-member': 'Part of the area has a value withheld by the source; only the range is known.',
  },
};

export const areaTexts: Record<Lang, typeof nl> = { nl, en };
