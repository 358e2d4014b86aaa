// All Dutch texts of the web app in one place. `en.ts` has the same shape (type Messages).
import type { Comparison } from '../../stats/compare.ts';

export type Side = 'higher' | 'lower' | 'equal';

export interface SentenceParts {
  region: string;
  short: string;
  value: string;
  national: string;
  unit: string;
  comparison: Comparison;
  side: Side;
  rate: boolean;
}

/** Lower-cases the first letter of a word, but leaves acronyms such as COVID-19 alone. */
export const lcFirst = (text: string) =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

export const nl = {
  lang: 'nl',
  locale: 'nl-NL',
  siteName: 'Juiste Plek',
  siteTagline: 'Regiobeeld van gezondheid en zorg, op open data',
  skipLink: 'Direct naar de inhoud',
  documentTitle: (page: string) => `${page} – Juiste Plek`,
  nav: {
    label: 'Hoofdmenu',
    home: 'Start',
    national: 'Nederland',
    ownRegion: 'Eigen regio',
    compare: 'Vergelijken',
    api: 'API',
  },
  languageSwitch: { label: 'English', lang: 'en', title: 'Read this site in English' },
  footer: {
    about:
      'Juiste Plek is een open platform voor De Juiste Zorg op de Juiste Plek: een gedeeld regiobeeld op open data, met de bron bij elk cijfer.',
    data: 'Gegevens: CBS, PDOK/Kadaster, RIVM (open data; licentie per cijfer bij “Bron”).',
    api: 'Open API en documentatie',
    licence: 'Broncode: EUPL-1.2',
  },
  common: {
    loading: 'Gegevens laden…',
    errorTitle: 'Er ging iets mis',
    errorLoad: (message: string) => `De gegevens konden niet worden geladen: ${message}`,
    notFoundTitle: 'Pagina niet gevonden',
    notFoundText: 'Dit adres bestaat niet (meer). Zoek een regio vanaf de startpagina.',
    backHome: 'Naar de startpagina',
    dash: '–',
    showAsTable: 'Bekijk als tabel',
    source: 'Bron',
    downloadCsv: 'Download CSV',
    downloadAll: 'Download alle cijfers (CSV)',
    downloading: 'Bestand maken…',
    downloadError: 'Het bestand kon niet worden gemaakt.',
    print: 'Afdrukken / PDF',
    period: 'Periode',
    nederland: 'Nederland',
    remove: 'Verwijderen',
    of: 'van',
    value: 'Waarde',
    lower: 'Ondergrens 95%',
    upper: 'Bovengrens 95%',
    region: 'Regio',
    code: 'Code',
    type: 'Type',
    unit: 'Eenheid',
    partialMark: '(onvolledige periode)',
    mapAndRanking: 'Kaart en ranglijst',
    andMore: (n: number) => `en nog ${n}`,
  },
  regionTypePlural: {
    land: 'landen',
    landsdeel: 'landsdelen',
    provincie: 'provincies',
    ggdregio: "GGD-regio's",
    zorgkantoorregio: "zorgkantoorregio's",
    arbeidsmarktregio: "arbeidsmarktregio's",
    veiligheidsregio: "veiligheidsregio's",
    gemeente: 'gemeenten',
    eigen: "eigen regio's",
  } as Record<string, string>,
  regionTypeOwn: 'Eigen regio',
  search: {
    label: 'Zoek een gemeente of regio',
    hint: 'Typ een naam of code, bijvoorbeeld Utrecht, GGD Amsterdam, zorgkantoor of GM0363. Kies met de pijltjestoetsen en Enter.',
    noResults: 'Geen regio gevonden',
    results: (n: number) =>
      n === 1 ? '1 resultaat. Kies met pijltje omlaag.' : `${n} resultaten. Kies met pijltje omlaag.`,
    placeholder: 'Bijvoorbeeld Amsterdam of ZK02',
  },
  home: {
    title: 'Hoe gaat het met gezondheid en zorg in uw regio?',
    intro:
      'Zoek een gemeente, GGD-regio, zorgkantoorregio of andere regio. U ziet per onderwerp hoe de regio ervoor staat, vergeleken met Nederland, met de marge van elk cijfer en de bron.',
    entryTitle: 'Verder kijken',
    nationalTitle: 'Nederland',
    nationalText:
      "De landelijke monitor van De Juiste Zorg op de Juiste Plek: 25 thema's in vijf categorieën.",
    ownTitle: 'Eigen regio maken',
    ownText: 'Kies zelf gemeenten, op de kaart of uit een lijst, en bekijk het regiobeeld van dat gebied.',
    compareTitle: "Regio's vergelijken",
    compareText: "Zet twee tot vier regio's naast elkaar op alle indicatoren.",
    listsTitle: "Alle regio's per type",
    regionsCount: (n: number) => (n === 1 ? '1 regio' : `${n} regio's`),
    indicatorsTitle: 'Indicatoren op de kaart',
    indicatorsIntro: "Bekijk één onderwerp voor alle regio's van een type, op de kaart en in een ranglijst.",
  },
  comparison: {
    better: 'beter dan Nederland',
    worse: 'slechter dan Nederland',
    similar: 'vergelijkbaar met Nederland',
    higher: 'hoger dan Nederland',
    lower: 'lager dan Nederland',
    'not-compared': 'niet te vergelijken',
  } as Record<Comparison, string>,
  comparisonWith: (comparison: Comparison, benchmark: string): string => {
    switch (comparison) {
      case 'better':
        return `beter dan ${benchmark}`;
      case 'worse':
        return `slechter dan ${benchmark}`;
      case 'similar':
        return `vergelijkbaar met ${benchmark}`;
      case 'higher':
        return `hoger dan ${benchmark}`;
      case 'lower':
        return `lager dan ${benchmark}`;
      default:
        return 'niet te vergelijken';
    }
  },
  comparisonShort: {
    better: 'beter',
    worse: 'slechter',
    similar: 'vergelijkbaar',
    higher: 'hoger',
    lower: 'lager',
    'not-compared': 'niet te vergelijken',
  } as Record<Comparison, string>,
  sentence: (p: SentenceParts): string => {
    const more = p.side === 'higher' ? 'meer' : 'minder';
    const higher = p.side === 'higher' ? 'hoger' : 'lager';
    const numbers = `${p.value} tegen ${p.national} ${p.unit}`;
    if (p.comparison === 'similar' || p.side === 'equal')
      return `${p.region} verschilt niet duidelijk van Nederland bij ‘${p.short}’ (${numbers}). Het verschil kan toeval zijn.`;
    if (p.comparison === 'not-compared')
      return `${p.region}: ${p.value} ${p.unit}; Nederland: ${p.national}. Zonder betrouwbaarheidsinterval zeggen we niet of dit verschil meer is dan toeval.`;
    const main = p.rate
      ? `${p.region} heeft ${more} ${lcFirst(p.short)} ${p.unit} dan Nederland: ${p.value} tegen ${p.national}.`
      : `${p.region} heeft een ${higher} cijfer voor ‘${p.short}’ dan Nederland: ${numbers}.`;
    if (p.comparison === 'better') return `${main} Dat is beter.`;
    if (p.comparison === 'worse') return `${main} Dat is slechter.`;
    return main;
  },
  nationalSentence: (short: string, amount: string, period: string) =>
    `In Nederland was ‘${short}’ in ${period} ${amount}.`,
  flags: {
    'partial-period': 'Onvolledige periode: de bron dekt niet de hele periode.',
    'denominator-year-differs': 'De noemer (het aantal inwoners) komt uit een ander jaar dan de teller.',
    'suppressed-by-source': 'Door de bron afgeschermd om privacyredenen.',
    estimate: 'Gepubliceerde schatting uit een enquête, geen telling.',
  } as Record<string, string>,
  suppressed: 'Niet getoond',
  method: {
    observed: 'Gepubliceerd cijfer van de bron voor deze regio.',
    'sum-counts':
      'Berekend: de aantallen (teller en noemer) van de gemeenten zijn opgeteld en opnieuw gedeeld; het interval is opnieuw berekend.',
    'population-weighted-mean':
      'Berekend: het gemiddelde van de gemeenten, gewogen naar het aantal inwoners (de RIVM-regel voor regio’s).',
    'not-aggregable': 'Dit cijfer is niet op te tellen tot deze regio.',
    'no-data': 'Geen gegevens.',
  } as Record<string, string>,
  intervalMethod: {
    wilson: 'Wilson-score-interval (voor percentages)',
    'byar-exact-poisson':
      'Byar-benadering; exact Poisson bij minder dan 10 gebeurtenissen (voor cijfers per inwoners)',
    t: 't-interval uit de standaardafwijking (voor gemiddelden)',
    'dsr-dobson': 'Dobson-methode (voor leeftijdsgestandaardiseerde cijfers)',
    none: 'Geen interval: gepubliceerd cijfer zonder marge',
  } as Record<string, string>,
  aggregation: {
    'sum-counts': 'Aantallen optellen en opnieuw delen',
    'population-weighted-mean': 'Gemiddelde gewogen naar inwonertal',
    'not-aggregable': 'Niet op te tellen',
  } as Record<string, string>,
  polarity: {
    'higher-is-better': 'Hoger is beter',
    'lower-is-better': 'Lager is beter',
    neutral: 'Hoger of lager is niet vanzelf beter of slechter',
  } as Record<string, string>,
  trend: {
    title: 'Ontwikkeling',
    increasing: 'Stijgend',
    decreasing: 'Dalend',
    'no-significant-change': 'Geen duidelijke verandering',
    'cannot-be-calculated': 'Trend niet te berekenen',
    'getting-better': 'dat is een verbetering',
    'getting-worse': 'dat is een verslechtering',
    onePoint: 'Eén meetmoment: nog geen reeks om te tekenen.',
    chartLabel: (name: string, short: string, first: string, last: string) =>
      `Lijngrafiek: ${short} in ${name} van ${first} tot ${last}.`,
    band: 'Gekleurde band: 95%-betrouwbaarheidsinterval.',
    partial: 'Open rondje: onvolledige periode.',
    convertedMark: '(omgerekend)',
    converted: (periods: string, how: string) => `${periods}: ${how}.`,
    dashed: 'Stippellijn: Nederland.',
  },
  spine: {
    title: (plural: string) => `Positie tussen alle ${plural}`,
    worst: 'slechtst',
    best: 'best',
    lowest: 'laagst',
    highest: 'hoogst',
    legend: 'Grijze balk: alle regio’s (donker: middelste helft). Streep: Nederland. Rondje: deze regio.',
    alt: (p: {
      name: string;
      value: string;
      national: string;
      plural: string;
      min: string;
      q1: string;
      median: string;
      q3: string;
      max: string;
    }) =>
      `${p.name}: ${p.value}. Nederland: ${p.national}. Van alle ${p.plural}: laagste ${p.min}, middelste helft tussen ${p.q1} en ${p.q3}, mediaan ${p.median}, hoogste ${p.max}.`,
  },
  rank: (position: number, of: number, plural: string) => `Plaats ${position} van ${of} ${plural} (1 = best)`,
  rankNeutral: (position: number, of: number, plural: string) =>
    `Plaats ${position} van ${of} ${plural} (1 = hoogste waarde)`,
  sourceBox: {
    summary: 'Bron',
    publisher: 'Uitgever',
    title: 'Titel',
    table: 'Tabel',
    licence: 'Licentie',
    attribution: 'Bronvermelding',
    snapshot: 'Snapshot',
    method: 'Bewerking',
    transformation: 'Herkomst van de waarde',
    link: 'Naar de bron',
    loadingTransformation: 'Herkomst laden…',
  },
  profile: {
    population: 'Inwoners',
    gemeenten: 'Gemeenten',
    gemeentenCount: (n: number) => (n === 1 ? '1 gemeente' : `${n} gemeenten`),
    partOf: 'Hoort bij',
    parent: (name: string) => `Cijfers worden vergeleken met Nederland en met ${name}.`,
    toc: 'Op deze pagina',
    periodLabel: 'Periode',
    periodLatest: 'Laatste volledige periode per indicator',
    compareWith: 'Vergelijk met andere regio’s',
    summaryTitle: 'In het kort',
    summary: (name: string, counts: Record<string, number>) => {
      const parts: string[] = [];
      if (counts.better) parts.push(`${counts.better} keer beter`);
      if (counts.worse) parts.push(`${counts.worse} keer slechter`);
      if (counts.similar) parts.push(`${counts.similar} keer vergelijkbaar`);
      if (counts.higher || counts.lower)
        parts.push(`${(counts.higher ?? 0) + (counts.lower ?? 0)} keer hoger of lager (zonder oordeel)`);
      if (parts.length === 0)
        return `Voor ${name} zijn nog geen cijfers die we met Nederland kunnen vergelijken.`;
      return `Op de indicatoren die we met Nederland kunnen vergelijken, scoort ${name} ${parts.join(', ')}.`;
    },
    summaryNotCompared: (n: number) =>
      `${n} cijfers zijn alleen landelijk beschikbaar of hebben geen interval en worden niet vergeleken.`,
    howToReadTitle: 'Zo leest u deze cijfers',
    howToRead: [
      'Elk cijfer heeft een 95%-betrouwbaarheidsinterval: de marge waarbinnen de werkelijke waarde waarschijnlijk ligt, als we toeval meetellen. Kleine regio’s hebben bredere marges.',
      'We noemen een regio alleen “beter” of “slechter dan Nederland” als de hele marge aan één kant van het landelijke cijfer ligt. Raakt de marge het landelijke cijfer, dan heet het verschil “vergelijkbaar”: het kan toeval zijn.',
      'Bij onderwerpen waar hoger niet vanzelf beter of slechter is (zoals het aandeel 65-plussers) zeggen we “hoger” of “lager”. “Niet te vergelijken” betekent dat er geen marge of geen landelijk cijfer is.',
      'De kleuren zijn ook voor kleurenblinden te onderscheiden, en staan er altijd in woorden bij.',
    ],
    legendTitle: 'Kleuren',
    populationTitle: 'Bevolking',
    populationValue: (value: string, period: string) => `${value} inwoners (${period})`,
    share65: (value: string, national: string, period: string) =>
      `${value}% is 65 jaar of ouder (Nederland: ${national}%, ${period}).`,
    agePyramidTitle: 'Leeftijdsopbouw',
    agePyramidMissing:
      'Een bevolkingspiramide per leeftijdsgroep kunnen we nog niet tonen: de meegeleverde gegevens hebben geen leeftijdsgroepen per gemeente. Die komen uit de CBS-tabel Bevolking op 1 januari naar leeftijd en zijn nog niet ingelezen. We tonen hier geen geschatte cijfers.',
    pyramid: {
      men: 'Mannen',
      women: 'Vrouwen',
      all: 'Alle inwoners',
      age: 'Leeftijd',
      national: 'Nederland',
      /** How the groups shown are cut: five-year bands, or the groups themselves when they are not. */
      groups: (fiveYear: boolean, list: string) =>
        fiveYear
          ? 'per leeftijdsgroep van vijf jaar'
          : `per leeftijdsgroep (${list} jaar; de groepen zijn niet even breed)`,
      note: (groups: string) => `Balken: aandeel van alle inwoners ${groups}. Zwart streepje: Nederland.`,
      alt: (name: string, period: string, groups: string, older: string) =>
        `Bevolkingspiramide van ${name} op 1 januari ${period}: mannen links, vrouwen rechts, ${groups}. ${older}`,
      caption: (name: string, period: string) =>
        `Leeftijdsopbouw van ${name}, 1 januari ${period} (% van alle inwoners)`,
    },
    agePyramidAlt: (name: string) => `Staafdiagram: inwoners van ${name} per leeftijdsgroep.`,
    themeNoIndicator: 'Geen bruikbare indicator',
    themeWhy: 'Waarom niet?',
    themesWithout: (n: number) => `Thema’s zonder bruikbare indicator (${n})`,
    otherIndicators: 'Andere cijfers in deze categorie',
    noTheme: 'Overige indicatoren',
    nationalOnly: 'Alleen landelijk beschikbaar',
    nationalValue: 'Nederland',
    interval: (lower: string, upper: string) => `95%-interval: ${lower} tot ${upper}`,
    noInterval: 'Geen interval bekend',
    counts: (count: string, denominator: string) => `${count} op ${denominator}`,
    periodOf: (period: string) => `Periode: ${period}`,
    vsParent: (text: string, value: string) => `${text} (${value})`,
    noData: 'Geen gegevens voor deze regio.',
    themesTitle: (usable: number, total: number) =>
      `${usable} van de ${total} thema’s hebben een bruikbare indicator`,
    printedFrom: (url: string, date: string) => `Afgedrukt uit Juiste Plek (${url}) op ${date}.`,
    rankLabel: 'Plaats',
    indicatorRow: 'Indicator',
  },
  national: {
    title: 'Nederland',
    subtitle: 'Landelijke monitor De Juiste Zorg op de Juiste Plek',
    intro:
      'De lerende evaluatie van De Juiste Zorg op de Juiste Plek (RIVM, 2019–2023) volgt 25 thema’s in vijf categorieën van de Quintuple Aim. Voor 14 thema’s vond het RIVM een bruikbare indicator; voor 11 thema’s niet, en daar staat de reden bij. De landelijke cijfers komen uit het eindrapport; de meeste zijn schattingen uit enquêtes zonder marge.',
    usable: (usable: number, unusable: number) =>
      `${usable} thema’s met een bruikbare indicator, ${unusable} zonder.`,
    overviewTitle: 'Alle 25 thema’s in één overzicht',
    colTheme: 'Thema',
    colCategory: 'Categorie',
    colLatest: 'Laatste landelijke waarde',
    otherTitle: 'Andere cijfers voor heel Nederland',
    otherIntro: 'Deze cijfers zijn ook per gemeente beschikbaar; bekijk ze op de kaart.',
  },
  indicator: {
    typeLabel: 'Regiotype',
    periodLabel: 'Periode',
    breakdownLabel: 'Groep',
    colourLabel: 'Kleuring van de kaart',
    colourQuintile: 'Vijf even grote groepen',
    colourComparison: 'Vergelijking met Nederland',
    apply: 'Toon',
    mapTitle: 'Kaart',
    mapAlt: (short: string, typeName: string, period: string) =>
      `Kaart van ${short} per ${typeName.toLowerCase()} in ${period}. De ranglijst ernaast bevat dezelfde cijfers.`,
    mapHint:
      'Klik op een gebied om de ontwikkeling te zien. De ranglijst is het alternatief voor toetsenbord en schermlezer.',
    legendQuintile: 'Waarde (vijf even grote groepen)',
    legendComparison: 'Vergeleken met Nederland (95%-interval)',
    noDataLegend: 'Geen gegevens',
    rankedTitle: 'Ranglijst',
    rankedCaption: (short: string, period: string) =>
      `${short} per regio, ${period}, gesorteerd van best naar slechtst`,
    rankedCaptionNeutral: (short: string, period: string) =>
      `${short} per regio, ${period}, gesorteerd van hoog naar laag`,
    colRank: 'Plaats',
    colRegion: 'Regio',
    colValue: 'Waarde',
    colInterval: '95%-interval',
    colComparison: 'Vergeleken met Nederland',
    colBar: 'Waarde en marge',
    showTrend: (name: string) => `Toon de ontwikkeling van ${name}`,
    profileLink: (name: string) => `Regiobeeld van ${name}`,
    trendTitle: 'Ontwikkeling',
    trendOf: (name: string) => `${name} en Nederland`,
    trendChoose: 'Kies een regio in de kaart of de ranglijst om die naast Nederland te zien.',
    definitionTitle: 'Definitie en bron',
    definition: 'Definitie',
    numerator: 'Teller',
    denominator: 'Noemer',
    unit: 'Eenheid',
    polarity: 'Richting',
    intervalMethod: 'Betrouwbaarheidsinterval',
    aggregation: 'Optellen tot grotere regio’s',
    suppression: 'Afscherming kleine aantallen',
    suppressionRule: (minNumerator?: number, minDenominator?: number) => {
      const parts: string[] = [];
      if (minNumerator) parts.push(`teller onder ${minNumerator}`);
      if (minDenominator) parts.push(`noemer onder ${minDenominator}`);
      return parts.length ? `Niet getoond bij ${parts.join(' of ')}.` : 'Geen afscherming nodig.';
    },
    caveats: 'Let op',
    nationalOnly:
      'Dit cijfer is alleen voor heel Nederland beschikbaar: de bron publiceert geen cijfers per gemeente of regio. Daarom is er geen kaart.',
    summary: (p: {
      short: string;
      period: string;
      min: string;
      minName: string;
      max: string;
      maxName: string;
      national: string;
    }) =>
      `In ${p.period} loopt ‘${p.short}’ uiteen van ${p.min} (${p.minName}) tot ${p.max} (${p.maxName}). Nederland: ${p.national}.`,
    counts: (p: Record<string, number>) =>
      `${p.better ?? 0} beter, ${p.similar ?? 0} vergelijkbaar, ${p.worse ?? 0} slechter dan Nederland.`,
    countsNeutral: (p: Record<string, number>) =>
      `${p.higher ?? 0} hoger, ${p.similar ?? 0} vergelijkbaar, ${p.lower ?? 0} lager dan Nederland.`,
    selected: 'gekozen',
  },
  compare: {
    title: 'Regio’s vergelijken',
    intro:
      'Zet twee tot vier regio’s naast elkaar. Elke waarde staat met haar marge en de vergelijking met Nederland.',
    add: 'Regio toevoegen',
    max: 'U kunt maximaal vier regio’s vergelijken.',
    needTwo: 'Kies minstens twee regio’s om te vergelijken.',
    tableCaption: (names: string) => `Alle indicatoren voor ${names}, met Nederland`,
    removeRegion: (name: string) => `${name} verwijderen uit de vergelijking`,
    regions: 'Gekozen regio’s',
  },
  own: {
    title: 'Eigen regio maken',
    intro:
      'Kies gemeenten op de kaart of uit de lijst. Het regiobeeld rekent de cijfers opnieuw uit voor precies deze gemeenten, met marges en afscherming van kleine aantallen. Het adres van deze pagina is de vaste link naar uw regio.',
    builderTitle: 'Gemeenten kiezen',
    nameLabel: 'Naam van de regio',
    defaultName: 'Eigen regio',
    filterLabel: 'Zoek in de lijst met gemeenten',
    listLegend: 'Gemeenten',
    selected: (n: number) => (n === 1 ? '1 gemeente gekozen' : `${n} gemeenten gekozen`),
    clear: 'Alles wissen',
    skipList: 'Lijst overslaan: naar de kaart',
    mapTitle: 'Kies op de kaart',
    mapHelp:
      'Klik op een gemeente om haar toe te voegen of te verwijderen. Met het toetsenbord: Tab naar de kaart, pijltjestoetsen om te bewegen, Enter of spatie om te kiezen.',
    mapLabel: 'Kaart van de gemeenten; kies met Enter of spatie',
    save: 'Opslaan',
    saving: 'Opslaan…',
    saved: 'Opgeslagen. Vaste link:',
    saveError: (message: string) => `Opslaan lukte niet: ${message}`,
    permalink: 'Vaste link naar deze samenstelling',
    pickFirst: 'Kies hierboven minstens één gemeente om het regiobeeld te zien.',
    updating: 'Regiobeeld bijwerken…',
    profileTitle: (name: string) => `Regiobeeld van ${name}`,
    loadSaved: 'Opgeslagen regio laden…',
    noMatches: 'Geen gemeente gevonden',
  },
  period: (code: string): string => {
    let m = /^(\d{4})Q([1-4])$/.exec(code);
    if (m) return `${m[2]}e kwartaal ${m[1]}`;
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(code);
    if (m) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
    m = /^(\d{4})-(\d{2})$/.exec(code);
    if (m) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
    m = /^(\d{4})-(\d{4})$/.exec(code);
    if (m) return `${m[1]}–${m[2]}`;
    return code;
  },
  /** A short period label for chart axes. */
  periodShort: (code: string): string => {
    const months = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
    let m = /^(\d{4})Q([1-4])$/.exec(code);
    if (m) return `K${m[2]} ${m[1]}`;
    m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(code);
    if (m) return `${months[Number(m[2]) - 1]} ${m[1]}`;
    m = /^(\d{4})-(\d{4})$/.exec(code);
    if (m) return `${m[1]}–${m[2]!.slice(2)}`;
    return code;
  },
  exports: {
    readmeTitle: 'Juiste Plek – export',
    exportedAt: 'Geëxporteerd op',
    address: 'Adres',
    files: 'Bestanden',
    csvNote:
      'CSV: UTF-8, komma als scheidingsteken, punt als decimaalteken. Tekstcellen die met = + - of @ beginnen krijgen een apostrof ervoor (bescherming tegen formules in spreadsheets).',
    indicator: 'Indicator',
    definition: 'Definitie',
    numerator: 'Teller',
    denominator: 'Noemer',
    unit: 'Eenheid',
    polarity: 'Richting',
    intervalMethod: 'Intervalmethode',
    aggregation: 'Optellen tot regio’s',
    caveats: 'Kanttekeningen',
    source: 'Bron',
    licence: 'Licentie',
    snapshots: 'Snapshots (bronversies)',
    method: 'Bewerking',
    retrieval: 'Ophaaldatum',
    retrievalNote:
      'De snapshot-id noemt de versie van de bron; de ophaaldatum staat in de bundelbeschrijving (data/bundle.json).',
  },
  account: {
    nav: 'Mijn werkruimten',
    loginTitle: 'Inloggen',
    loginIntro: 'Log in om het regioplan van uw werkruimte te zien en eraan te werken.',
    loginFirst: 'Log eerst in',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    login: 'Inloggen',
    logout: 'Uitloggen',
    invitationTitle: 'Uitnodiging aannemen',
    invitationText: (workspace: string, email: string, role: string) =>
      `U bent uitgenodigd voor de werkruimte ${workspace} als ${role}, met het e-mailadres ${email}. Kies een wachtwoord om verder te gaan.`,
    newPassword: 'Nieuw wachtwoord',
    invitationOrganisation: (name: string) => `U neemt deel namens ${name}.`,
    passwordHint: 'Minstens 12 tekens.',
    passwordAgain: 'Wachtwoord nog een keer',
    passwordsDiffer: 'De twee wachtwoorden zijn niet gelijk.',
    accept: 'Uitnodiging aannemen',
    workspacesTitle: 'Mijn werkruimten',
    signedInAs: (email: string) => `U bent ingelogd als ${email}.`,
    noWorkspaces: 'U bent nog geen lid van een werkruimte.',
    roleLabel: (role: string) =>
      (
        ({ beheerder: 'beheerder', analist: 'analist', partner: 'partner', lezer: 'lezer' }) as Record<
          string,
          string
        >
      )[role] ?? role,
  },
  members: {
    link: 'Leden en organisaties',
    title: 'Leden en organisaties',
    intro:
      'Wie er in deze werkruimte samenwerkt, met welke rol en namens welke organisatie. Partners scoren in een prioriteringsronde namens de organisatie waaraan hun lidmaatschap is gekoppeld.',
    readOnly: 'Alleen een beheerder kan organisaties, leden en uitnodigingen wijzigen.',
    toPlan: 'Naar het regioplan',
    organisationsTitle: 'Organisaties',
    organisationsCaption: 'Deelnemende organisaties',
    noOrganisations:
      'Er zijn nog geen organisaties. Voeg de deelnemende organisaties toe, dan kunt u leden eraan koppelen.',
    name: 'Naam',
    type: 'Soort',
    laws: 'Wetten',
    linkedMembers: 'Gekoppelde leden',
    addOrganisationTitle: 'Een organisatie toevoegen',
    organisationName: 'Naam van de organisatie',
    chooseType: 'Kies een soort',
    lawsLegend: 'Wetten waaronder de organisatie werkt',
    lawsHint: 'Kies er geen, één of meer.',
    addOrganisation: 'Organisatie toevoegen',
    organisationAdded: (name: string) => `Organisatie ${name} is toegevoegd.`,
    organisationTypes: {
      gemeente: 'Gemeente',
      zorgverzekeraar: 'Zorgverzekeraar',
      zorgkantoor: 'Zorgkantoor',
      ggd: 'GGD',
      ziekenhuis: 'Ziekenhuis',
      huisartsenorganisatie: 'Huisartsenorganisatie',
      welzijn: 'Welzijnsorganisatie',
      other: 'Andere organisatie',
    } as Record<string, string>,
    lawNames: {
      Zvw: 'Zvw (Zorgverzekeringswet)',
      Wlz: 'Wlz (Wet langdurige zorg)',
      Wmo: 'Wmo (Wet maatschappelijke ondersteuning)',
      Jeugdwet: 'Jeugdwet',
      Wpg: 'Wpg (Wet publieke gezondheid)',
    } as Record<string, string>,
    membersTitle: 'Leden',
    membersCaption: 'Leden met hun rol en organisatie',
    email: 'E-mailadres',
    role: 'Rol',
    organisation: 'Organisatie',
    change: 'Wijzigen',
    you: '(u)',
    noOrganisation: 'Geen organisatie',
    roleOf: (email: string) => `Rol van ${email}`,
    organisationOf: (email: string) => `Organisatie van ${email}`,
    roleHint:
      'Lezer: ziet de werkruimte en het plan. Partner: scoort ook, uploadt gegevens en schrijft duiding. Analist: bewerkt ook doelen, acties en evaluaties. Beheerder: beheert ook organisaties, leden en uitnodigingen.',
    save: 'Opslaan',
    saveFor: (email: string) => `wijzigingen voor ${email}`,
    memberSaved: (email: string) => `De wijzigingen voor ${email} zijn opgeslagen.`,
    remove: 'Verwijderen',
    removeFor: (email: string) => `${email} uit de werkruimte`,
    confirmRemove: (email: string) =>
      `${email} uit de werkruimte verwijderen? Het account blijft bestaan, maar heeft hier geen toegang meer.`,
    confirmYes: 'Ja, verwijderen',
    cancel: 'Annuleren',
    memberRemoved: (email: string) => `${email} is uit de werkruimte verwijderd.`,
    inviteTitle: 'Iemand uitnodigen',
    inviteIntro:
      'Er wordt geen e-mail verstuurd: u krijgt een link die u zelf doorgeeft. De link werkt één keer en is 7 dagen geldig.',
    organisationHint:
      'Na het aannemen is het lidmaatschap aan deze organisatie gekoppeld; een partner scoort dan namens haar.',
    invite: 'Uitnodiging maken',
    linkTitle: (email: string) => `Uitnodigingslink voor ${email}`,
    linkLabel: 'Uitnodigingslink',
    linkText: (email: string, date: string) =>
      `Geef deze link door aan ${email}. Hij werkt één keer en is geldig tot ${date}. De link wordt niet bewaard en is later niet meer te zien: kopieer hem nu.`,
    copy: 'Link kopiëren',
    copied: 'De link is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. De link is geselecteerd: kopieer hem met Ctrl+C (op een Mac Cmd+C).',
    invitationsTitle: 'Openstaande uitnodigingen',
    invitationsCaption: 'Uitnodigingen die nog niet zijn aangenomen',
    noInvitations: 'Er staan geen uitnodigingen open.',
    validUntil: 'Geldig tot',
    invitedBy: 'Uitgenodigd door',
    withdraw: 'Intrekken',
    withdrawFor: (email: string) => `uitnodiging voor ${email}`,
    withdrawn: (email: string) => `De uitnodiging voor ${email} is ingetrokken; de link werkt niet meer.`,
    fieldProblem: (field: string, message: string) => `${field}: ${message}`,
    offline: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
  },
  plans: {
    title: 'Regioplan',
    planLink: 'regioplan',
    contents: 'Inhoud van het regioplan',
    yourRole: (role: string) => `Uw rol: ${role}.`,
    isPublished: 'Het plan is openbaar.',
    isNotPublished: 'Het plan is (nog) niet openbaar.',
    printPdf: 'Plan afdrukken (PDF)',
    exportJson: 'Download als JSON',
    publicPage: 'Openbare pagina van het plan',
    publish: 'Plan openbaar maken',
    unpublish: 'Plan niet meer openbaar maken',
    publishedNow: 'Het plan is nu openbaar.',
    unpublishedNow: 'Het plan is niet meer openbaar.',
    roundsTitle: 'Prioriteren',
    roundsIntro:
      'De partners kiezen samen de kernopgaven: elke organisatie scoort de kandidaat-thema’s op urgentie, impact en haalbaarheid (of zet ze op volgorde). In een vervolgronde ziet iedereen eerst de anonieme uitkomst van de vorige ronde. Inwoners geven hun mening in een datadialoog.',
    noRounds: 'Er is nog geen ronde.',
    roundName: (n: number, title: string) => `Ronde ${n}: ${title}`,
    method: { score: 'scoren', rank: 'rangschikken', importance: 'inwoners' } as Record<string, string>,
    audiencePublic: 'datadialoog met inwoners',
    audiencePartners: 'met de partners',
    open: 'open',
    closed: 'gesloten',
    openRound: 'Een ronde openen',
    roundTitle: 'Naam van de ronde',
    audience: 'Met wie',
    methodLabel: 'Manier',
    followUpOf: 'Vervolg op (Delphi)',
    noFollowUp: 'Geen: een nieuwe ronde',
    nextToPartnerRound: 'Uitkomst tonen naast de partnerronde',
    noPartnerRound: 'Geen',
    candidatesJzojp: 'Thema’s van De Juiste Zorg op de Juiste Plek',
    candidatesIza: 'Thema’s uit het Integraal Zorgakkoord',
    candidatesOwn: 'Eigen thema’s (één per regel)',
    openRoundButton: 'Ronde openen',
    roundOpened: (title: string) => `Ronde “${title}” is geopend.`,
    submissions: (n: number, of: number, residents: boolean) =>
      residents ? `${n} antwoorden van inwoners` : `${n} van de ${of} organisaties hebben ingevuld`,
    submittedBy: (names: string) => `Ingevuld door: ${names}.`,
    publicLinkLabel: 'Link voor inwoners:',
    previousResult: (n: number) => `Uitkomst van ronde ${n} (anoniem)`,
    previousIntro:
      'Zo scoorde de groep in de vorige ronde. Namen van organisaties staan er niet bij. Kijk of u uw oordeel wilt bijstellen.',
    groupResult: (title: string) => `Groepsuitkomst van “${title}”`,
    yourScores: 'Uw scores',
    scoreIntro:
      'Geef elk thema een score van 1 (laag) tot 5 (hoog) voor urgentie, impact en haalbaarheid. Uw organisatie heeft één set scores; opnieuw opslaan vervangt de vorige.',
    scoresReplace:
      'U heeft al scores ingevuld; die staan hieronder en worden vervangen als u opnieuw opslaat.',
    onBehalfOf: 'Namens organisatie',
    chooseOrganisation: 'Kies een organisatie',
    yourEarlier: (scores: string) => `Uw score in de vorige ronde: ${scores}.`,
    criteria: { urgency: 'Urgentie', impact: 'Impact', feasibility: 'Haalbaarheid' },
    scaleLabel: (n: number) => ['', '1 – laag', '2', '3', '4', '5 – hoog'][n] ?? String(n),
    saveScores: 'Scores opslaan',
    scoresSaved: 'Uw scores zijn opgeslagen.',
    yourRanking: 'Uw volgorde',
    moveUp: (name: string) => `${name} omhoog`,
    moveDown: (name: string) => `${name} omlaag`,
    saveRanking: 'Volgorde opslaan',
    rankingSaved: 'Uw volgorde is opgeslagen.',
    resultTitle: 'Uitkomst',
    resultIntro: (n: number) =>
      `${n} ${n === 1 ? 'deelnemer' : 'deelnemers'}. De spreiding (interkwartielafstand) laat zien hoe eensgezind de partners zijn: 1 of minder op de schaal van 5 geldt als overeenstemming.`,
    resultCaption: (title: string) => `Rangorde van “${title}” met de spreiding`,
    residentsCaption: (title: string, n: number) => `Inwoners: “${title}” (${n} antwoorden)`,
    partnersCaption: 'Partners: de uitkomst van hun ronde',
    rank: 'Plaats',
    theme: 'Thema',
    mean: 'Gemiddelde',
    median: 'Mediaan',
    range: 'Laagste–hoogste',
    iqr: 'Spreiding (IKA)',
    points: 'Punten (Borda)',
    medianPosition: 'Mediane plaats',
    agreement: 'Overeenstemming',
    consensus: 'ja',
    noConsensus: 'nee',
    closeRound: 'Ronde sluiten',
    roundClosedNow: 'De ronde is gesloten.',
    fixTitle: 'Kernopgaven vastleggen',
    fixLegend: 'Kies drie tot vijf kernopgaven',
    fixButton: 'Kernopgaven vastleggen',
    kernopgavenTitle: 'Kernopgaven, doelen en acties',
    noKernopgaven: 'Er zijn nog geen kernopgaven. Sluit een ronde en leg de kernopgaven vast.',
    kernopgaveName: (n: number, title: string) => `Kernopgave ${n}: ${title}`,
    goalsTitle: 'Doelen',
    noGoals: 'Nog geen doelen.',
    indicator: 'Indicator',
    baseline: 'Uitgangswaarde',
    target: 'Streefwaarde',
    targetDate: 'Streefdatum',
    latest: 'Laatste meting',
    owner: 'Eigenaar',
    ownerIs: (name: string) => `Eigenaar: ${name}.`,
    notSmart: 'Dit doel is nog niet SMART:',
    partnerData: 'partnergegevens',
    openData: 'open data',
    source: 'Bron van de cijfers',
    addGoal: 'Een doel toevoegen',
    goalTitle: 'Omschrijving van het doel',
    indicatorHint: 'De uitgangswaarde komt uit de gegevens van uw regio (de laatste volledige periode).',
    chooseIndicator: 'Kies een indicator',
    themeIndicators: 'Bij dit thema',
    allIndicators: 'Alle indicatoren met regionale gegevens',
    noOwner: 'Nog geen eigenaar',
    saveGoal: 'Doel opslaan',
    goalAdded: 'Het doel is toegevoegd; de uitgangswaarde komt uit de gegevens van de regio.',
    goalSaved: 'Het doel is opgeslagen.',
    staleGoal:
      'Iemand anders heeft dit doel intussen gewijzigd. Uw wijziging is niet opgeslagen; hieronder staat de nieuwe versie. Voer uw wijziging opnieuw in.',
    editGoal: 'Doel wijzigen',
    versionNote: (v: number) => `U wijzigt versie ${v} van dit doel.`,
    monitoringTitle: 'Voortgang',
    expectedNow: (value: string) =>
      `Volgens de lijn naar het doel hoort de laatste meting rond ${value} te liggen.`,
    ruleTitle: 'Hoe de status wordt bepaald',
    chartLegend:
      'Blauwe punten: gemeten waarden met 95%-interval (open punt: onvolledige periode). Gestreepte lijn: van uitgangswaarde naar streefwaarde.',
    chartLabel: (title: string, values: string, target: string) =>
      `Grafiek bij “${title}”: ${values || 'geen metingen'}; streefwaarde ${target}.`,
    valuesCaption: (title: string) => `Metingen bij “${title}”`,
    actionsTitle: 'Acties',
    noActions: 'Nog geen acties.',
    addAction: 'Een actie toevoegen',
    actionTitle: 'Naam van de actie',
    description: 'Toelichting',
    actionType: 'Soort actie',
    forms: 'Vorm van verplaatsing van zorg',
    responsible: 'Verantwoordelijke partners',
    forGoals: 'Draagt bij aan de doelen',
    payment: 'Bekostiging',
    noPayment: 'Nog niet bekend',
    paymentNote: 'Toelichting op de bekostiging',
    milestonesTitle: 'Mijlpalen',
    milestone: 'Mijlpaal',
    milestoneN: (n: number) => `Mijlpaal ${n}`,
    milestonesOf: (title: string) => `Mijlpalen van “${title}”`,
    due: 'Datum',
    status: 'Status',
    statusOf: (title: string) => `Status van ${title}`,
    addMilestone: 'Nog een mijlpaal',
    saveAction: 'Actie opslaan',
    actionAdded: 'De actie is toegevoegd.',
    milestoneSaved: 'De status van de mijlpaal is opgeslagen.',
    evaluationsTitle: 'Evaluaties (leren en bijsturen)',
    evaluationsIntro:
      'Op vaste momenten kijken de partners samen terug (plannen, uitvoeren, controleren, bijsturen) en besluiten per doel of actie: doorgaan, bijstellen of stoppen.',
    noEvaluations: 'Nog geen evaluatiemomenten.',
    addEvaluation: 'Een evaluatiemoment toevoegen',
    heldOn: 'Datum',
    phase: 'Fase',
    notes: 'Notities',
    decision: 'Besluit',
    decisionAbout: 'Over',
    noDecision: 'Geen besluit',
    decisionNote: 'Toelichting op het besluit',
    saveEvaluation: 'Evaluatie opslaan',
    evaluationAdded: 'Het evaluatiemoment is opgeslagen.',
    versionsTitle: 'Versies',
    noVersions: 'Nog geen versies.',
    versionsList: (n: number) => `Alle ${n} versies`,
    versionLine: (n: number, summary: string, author: string, at: string) =>
      `Versie ${n}: ${summary} (${author}, ${at})`,
    compareFrom: 'Vergelijk versie',
    compareTo: 'met versie',
    compare: 'Vergelijken',
    changesCaption: (from: number, to: number, n: number) =>
      `Verschillen tussen versie ${from} en ${to} (${n} ${n === 1 ? 'wijziging' : 'wijzigingen'})`,
    changeWhat: 'Wat',
    changeKind: 'Soort',
    changeKinds: { added: 'toegevoegd', removed: 'verwijderd', changed: 'gewijzigd' } as Record<
      string,
      string
    >,
    before: 'Was',
    after: 'Wordt',
    dialogueTitle: 'Datadialoog',
    dialogueIntro:
      'De partners in uw regio kiezen waar ze de komende jaren samen aan werken. Wat vindt u belangrijk? U hoeft geen account te hebben en we vragen niets over u.',
    importance: (n: number) =>
      ['', '1 – niet belangrijk', '2', '3', '4', '5 – heel belangrijk'][n] ?? String(n),
    dialoguePrivacy:
      'Uw browser onthoudt met een cookie dat u al hebt geantwoord; stuurt u opnieuw in, dan vervangt dat uw eerdere antwoord. We bewaren geen naam, e-mailadres of IP-adres bij uw antwoord.',
    dialogueSend: 'Antwoord versturen',
    dialogueReplace: 'Mijn antwoord vervangen',
    dialogueClosed: 'Deze datadialoog is gesloten. Dit is de uitkomst, naast die van de partners.',
    publicPre: (region: string) => `Regioplan · ${region}`,
    publicPartners: (names: string) => `Partners: ${names}.`,
    duidingTitle: 'Duiding door de partners',
    duidingBy: (authors: string, workspace: string, date: string) =>
      `Geschreven door ${authors} (${workspace}), bijgewerkt op ${date}.`,
    duidingIntro:
      'Schrijf samen wat een cijfer betekent voor uw regio. Een openbare duiding staat naast het cijfer in het regiobeeld; elke versie wordt bewaard met wie haar schreef.',
    duidingText: 'Duiding',
    duidingPublished: 'Openbaar tonen in het regiobeeld',
    duidingSave: 'Duiding opslaan',
    duidingSaved: 'De duiding is opgeslagen.',
    duidingStale:
      'Iemand anders heeft deze duiding intussen gewijzigd. Uw tekst is niet opgeslagen; hieronder staat de nieuwe versie.',
    duidingVersion: (n: number, author: string, at: string) => `Versie ${n}: ${author}, ${at}`,
    whatWeDo: 'Wat we doen',
  },
};

export type Messages = typeof nl;
