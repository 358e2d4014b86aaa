// All English texts of the web app in one place, in the same shape as `nl.ts`.
import type { Comparison } from '../../stats/compare.ts';
import { lcFirst, type Messages, type SentenceParts } from './nl.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const en: Messages = {
  lang: 'en',
  locale: 'en-GB',
  siteName: 'Juiste Plek',
  siteTagline: 'Regional picture of health and care, on open data',
  skipLink: 'Skip to content',
  documentTitle: (page: string) => `${page} – Juiste Plek`,
  nav: {
    label: 'Main menu',
    home: 'Home',
    national: 'The Netherlands',
    ownRegion: 'Own region',
    compare: 'Compare',
    api: 'API',
  },
  languageSwitch: { label: 'Nederlands', lang: 'nl', title: 'Lees deze site in het Nederlands' },
  footer: {
    about:
      'Juiste Plek is an open platform for De Juiste Zorg op de Juiste Plek (the right care in the right place): a shared regional picture on open data, with the source of every number.',
    data: 'Data: CBS, PDOK/Kadaster, RIVM (open data; licence per number under “Source”).',
    api: 'Open API and documentation',
    licence: 'Source code: EUPL-1.2',
  },
  common: {
    loading: 'Loading data…',
    errorTitle: 'Something went wrong',
    errorLoad: (message: string) => `The data could not be loaded: ${message}`,
    notFoundTitle: 'Page not found',
    notFoundText: 'This address does not exist (any more). Search for a region from the home page.',
    backHome: 'Go to the home page',
    dash: '–',
    showAsTable: 'View as table',
    source: 'Source',
    downloadCsv: 'Download CSV',
    downloadAll: 'Download all figures (CSV)',
    downloading: 'Preparing file…',
    downloadError: 'The file could not be made.',
    print: 'Print / PDF',
    period: 'Period',
    nederland: 'The Netherlands',
    remove: 'Remove',
    of: 'of',
    value: 'Value',
    lower: 'Lower limit 95%',
    upper: 'Upper limit 95%',
    region: 'Region',
    code: 'Code',
    type: 'Type',
    unit: 'Unit',
    partialMark: '(incomplete period)',
    mapAndRanking: 'Map and ranking',
    andMore: (n: number) => `and ${n} more`,
  },
  regionTypePlural: {
    land: 'countries',
    landsdeel: 'parts of the country',
    provincie: 'provinces',
    ggdregio: 'public health service regions',
    zorgkantoorregio: 'care office regions',
    arbeidsmarktregio: 'labour market regions',
    veiligheidsregio: 'safety regions',
    gemeente: 'municipalities',
    eigen: 'own regions',
  },
  regionTypeOwn: 'Own region',
  search: {
    label: 'Search for a municipality or region',
    hint: 'Type a name or code, for example Utrecht, GGD Amsterdam, zorgkantoor or GM0363. Choose with the arrow keys and Enter.',
    noResults: 'No region found',
    results: (n: number) =>
      n === 1 ? '1 result. Use arrow down to choose.' : `${n} results. Use arrow down to choose.`,
    placeholder: 'For example Amsterdam or ZK02',
  },
  home: {
    title: 'How are health and care in your region?',
    intro:
      'Search for a municipality, public health service region, care office region or other region. For each topic you see how the region is doing compared with the Netherlands, with the margin of every number and its source.',
    entryTitle: 'Explore further',
    nationalTitle: 'The Netherlands',
    nationalText: 'The national monitor of De Juiste Zorg op de Juiste Plek: 25 themes in five categories.',
    ownTitle: 'Make your own region',
    ownText:
      'Choose municipalities yourself, on the map or from a list, and see the regional picture of that area.',
    compareTitle: 'Compare regions',
    compareText: 'Put two to four regions side by side on all indicators.',
    listsTitle: 'All regions by type',
    regionsCount: (n: number) => (n === 1 ? '1 region' : `${n} regions`),
    indicatorsTitle: 'Indicators on the map',
    indicatorsIntro: 'See one topic for all regions of a type, on the map and in a ranked list.',
  },
  comparison: {
    better: 'better than the Netherlands',
    worse: 'worse than the Netherlands',
    similar: 'similar to the Netherlands',
    higher: 'higher than the Netherlands',
    lower: 'lower than the Netherlands',
    'not-compared': 'not compared',
  },
  comparisonWith: (comparison: Comparison, benchmark: string): string => {
    switch (comparison) {
      case 'better':
        return `better than ${benchmark}`;
      case 'worse':
        return `worse than ${benchmark}`;
      case 'similar':
        return `similar to ${benchmark}`;
      case 'higher':
        return `higher than ${benchmark}`;
      case 'lower':
        return `lower than ${benchmark}`;
      default:
        return 'not compared';
    }
  },
  comparisonShort: {
    better: 'better',
    worse: 'worse',
    similar: 'similar',
    higher: 'higher',
    lower: 'lower',
    'not-compared': 'not compared',
  },
  sentence: (p: SentenceParts): string => {
    const more = p.side === 'higher' ? 'more' : 'fewer';
    const higher = p.side === 'higher' ? 'higher' : 'lower';
    const numbers = `${p.value} against ${p.national} ${p.unit}`;
    if (p.comparison === 'similar' || p.side === 'equal')
      return `${p.region} does not clearly differ from the Netherlands on ‘${p.short}’ (${numbers}). The difference may be chance.`;
    if (p.comparison === 'not-compared')
      return `${p.region}: ${p.value} ${p.unit}; the Netherlands: ${p.national}. Without a confidence interval we cannot say whether this difference is more than chance.`;
    const main = p.rate
      ? `${p.region} has ${more} ${lcFirst(p.short)} ${p.unit} than the Netherlands: ${p.value} against ${p.national}.`
      : `${p.region} has a ${higher} figure for ‘${p.short}’ than the Netherlands: ${numbers}.`;
    if (p.comparison === 'better') return `${main} That is better.`;
    if (p.comparison === 'worse') return `${main} That is worse.`;
    return main;
  },
  nationalSentence: (short: string, amount: string, period: string) =>
    `In the Netherlands, ‘${short}’ was ${amount} in ${period}.`,
  flags: {
    'partial-period': 'Incomplete period: the source does not cover the whole period.',
    'denominator-year-differs':
      'The denominator (the number of inhabitants) is from another year than the numerator.',
    'suppressed-by-source': 'Withheld by the source for privacy reasons.',
    estimate: 'A published survey estimate, not a count.',
  },
  suppressed: 'Not shown',
  method: {
    observed: 'Figure published by the source for this region.',
    'sum-counts':
      'Calculated: the counts (numerator and denominator) of the municipalities were added up and divided again; the interval was recalculated.',
    'population-weighted-mean':
      'Calculated: the mean of the municipalities, weighted by number of inhabitants (the RIVM rule for regions).',
    'not-aggregable': 'This figure cannot be added up to this region.',
    'no-data': 'No data.',
  },
  intervalMethod: {
    wilson: 'Wilson score interval (for percentages)',
    'byar-exact-poisson': "Byar's approximation; exact Poisson below 10 events (for rates per inhabitants)",
    t: 't interval from the standard deviation (for means)',
    'dsr-dobson': "Dobson's method (for age-standardised rates)",
    none: 'No interval: published figure without a margin',
  },
  aggregation: {
    'sum-counts': 'Add up counts and divide again',
    'population-weighted-mean': 'Mean weighted by population',
    'not-aggregable': 'Cannot be added up',
  },
  polarity: {
    'higher-is-better': 'Higher is better',
    'lower-is-better': 'Lower is better',
    neutral: 'Higher or lower is not in itself better or worse',
  },
  trend: {
    title: 'Trend',
    increasing: 'Increasing',
    decreasing: 'Decreasing',
    'no-significant-change': 'No clear change',
    'cannot-be-calculated': 'Trend cannot be calculated',
    'getting-better': 'that is an improvement',
    'getting-worse': 'that is a deterioration',
    onePoint: 'One measurement: no series to draw yet.',
    chartLabel: (name: string, short: string, first: string, last: string) =>
      `Line chart: ${short} in ${name} from ${first} to ${last}.`,
    band: 'Coloured band: 95% confidence interval.',
    partial: 'Open circle: incomplete period.',
    convertedMark: '(converted)',
    converted: (periods: string, how: string) => `${periods} (converted to today's municipalities): ${how}.`,
    dashed: 'Dashed line: the Netherlands.',
  },
  spine: {
    title: (plural: string) => `Position among all ${plural}`,
    worst: 'worst',
    best: 'best',
    lowest: 'lowest',
    highest: 'highest',
    legend: 'Grey bar: all regions (dark: middle half). Line: the Netherlands. Circle: this region.',
    alt: (p) =>
      `${p.name}: ${p.value}. The Netherlands: ${p.national}. Of all ${p.plural}: lowest ${p.min}, middle half between ${p.q1} and ${p.q3}, median ${p.median}, highest ${p.max}.`,
  },
  rank: (position: number, of: number, plural: string) => `Rank ${position} of ${of} ${plural} (1 = best)`,
  rankNeutral: (position: number, of: number, plural: string) =>
    `Rank ${position} of ${of} ${plural} (1 = highest value)`,
  sourceBox: {
    summary: 'Source',
    publisher: 'Publisher',
    title: 'Title',
    table: 'Table',
    licence: 'Licence',
    attribution: 'Attribution',
    snapshot: 'Snapshot',
    method: 'Processing',
    transformation: 'Origin of the value',
    link: 'Go to the source',
    loadingTransformation: 'Loading origin…',
  },
  profile: {
    population: 'Inhabitants',
    gemeenten: 'Municipalities',
    gemeentenCount: (n: number) => (n === 1 ? '1 municipality' : `${n} municipalities`),
    partOf: 'Part of',
    parent: (name: string) => `Figures are compared with the Netherlands and with ${name}.`,
    toc: 'On this page',
    periodLabel: 'Period',
    periodLatest: 'Latest complete period per indicator',
    compareWith: 'Compare with other regions',
    summaryTitle: 'In short',
    summary: (name: string, counts: Record<string, number>) => {
      const parts: string[] = [];
      const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
      if (counts.better) parts.push(`better ${times(counts.better)}`);
      if (counts.worse) parts.push(`worse ${times(counts.worse)}`);
      if (counts.similar) parts.push(`similar ${times(counts.similar)}`);
      if (counts.higher || counts.lower)
        parts.push(`higher or lower ${times((counts.higher ?? 0) + (counts.lower ?? 0))} (no judgement)`);
      if (parts.length === 0)
        return `For ${name} there are no figures yet that we can compare with the Netherlands.`;
      return `On the indicators we can compare with the Netherlands, ${name} scores ${parts.join(', ')}.`;
    },
    summaryNotCompared: (n: number) =>
      `${n} figures are only available nationally or have no interval, and are not compared.`,
    howToReadTitle: 'How to read these figures',
    howToRead: [
      'Every figure has a 95% confidence interval: the margin within which the true value probably lies, taking chance into account. Small regions have wider margins.',
      'We only call a region “better” or “worse than the Netherlands” when the whole margin lies on one side of the national figure. When the margin touches the national figure, the difference is “similar”: it may be chance.',
      'For topics where higher is not in itself better or worse (such as the share aged 65+), we say “higher” or “lower”. “Not compared” means there is no margin or no national figure.',
      'The colours can also be told apart by colour-blind readers, and are always given in words as well.',
    ],
    legendTitle: 'Colours',
    populationTitle: 'Population',
    populationValue: (value: string, period: string) => `${value} inhabitants (${period})`,
    share65: (value: string, national: string, period: string) =>
      `${value}% is aged 65 or over (the Netherlands: ${national}%, ${period}).`,
    agePyramidTitle: 'Age structure',
    agePyramidMissing:
      'We cannot show a population pyramid by age group yet: the shipped data have no age groups per municipality. They come from the CBS table Population on 1 January by age, which has not been loaded yet. We do not show estimated numbers here.',
    pyramid: {
      men: 'Men',
      women: 'Women',
      all: 'All inhabitants',
      age: 'Age',
      national: 'The Netherlands',
      groups: (fiveYear: boolean, list: string) =>
        fiveYear
          ? 'per five-year age group'
          : `per age group (${list} years; the groups are not equally wide)`,
      note: (groups: string) => `Bars: share of all inhabitants ${groups}. Black tick: the Netherlands.`,
      alt: (name: string, period: string, groups: string, older: string) =>
        `Population pyramid of ${name} on 1 January ${period}: men left, women right, ${groups}. ${older}`,
      caption: (name: string, period: string) =>
        `Age structure of ${name}, 1 January ${period} (% of all inhabitants)`,
    },
    agePyramidAlt: (name: string) => `Bar chart: inhabitants of ${name} by age group.`,
    themeNoIndicator: 'No usable indicator',
    themeWhy: 'Why not?',
    themesWithout: (n: number) => `Themes without a usable indicator (${n})`,
    otherIndicators: 'Other figures in this category',
    noTheme: 'Other indicators',
    nationalOnly: 'Only available nationally',
    nationalValue: 'The Netherlands',
    interval: (lower: string, upper: string) => `95% interval: ${lower} to ${upper}`,
    noInterval: 'No interval known',
    counts: (count: string, denominator: string) => `${count} of ${denominator}`,
    periodOf: (period: string) => `Period: ${period}`,
    vsParent: (text: string, value: string) => `${text} (${value})`,
    noData: 'No data for this region.',
    themesTitle: (usable: number, total: number) =>
      `${usable} of the ${total} themes have a usable indicator`,
    printedFrom: (url: string, date: string) => `Printed from Juiste Plek (${url}) on ${date}.`,
    rankLabel: 'Rank',
    indicatorRow: 'Indicator',
  },
  national: {
    title: 'The Netherlands',
    subtitle: 'National monitor of De Juiste Zorg op de Juiste Plek',
    intro:
      'The learning evaluation of De Juiste Zorg op de Juiste Plek (RIVM, 2019–2023) follows 25 themes in five Quintuple Aim categories. For 14 themes RIVM found a usable indicator; for 11 themes it did not, and the reason is given. The national figures come from the final report; most are survey estimates without a margin.',
    usable: (usable: number, unusable: number) =>
      `${usable} themes with a usable indicator, ${unusable} without.`,
    overviewTitle: 'All 25 themes at a glance',
    colTheme: 'Theme',
    colCategory: 'Category',
    colLatest: 'Latest national value',
    otherTitle: 'Other figures for the whole country',
    otherIntro: 'These figures are also available per municipality; see them on the map.',
  },
  indicator: {
    typeLabel: 'Region type',
    periodLabel: 'Period',
    breakdownLabel: 'Group',
    colourLabel: 'Map colouring',
    colourQuintile: 'Five equal groups',
    colourComparison: 'Compared with the Netherlands',
    apply: 'Show',
    mapTitle: 'Map',
    mapAlt: (short: string, typeName: string, period: string) =>
      `Map of ${short} by ${typeName.toLowerCase()} in ${period}. The ranked list next to it has the same figures.`,
    mapHint:
      'Click an area to see its trend. The ranked list is the alternative for keyboard and screen reader.',
    legendQuintile: 'Value (five equal groups)',
    legendComparison: 'Compared with the Netherlands (95% interval)',
    noDataLegend: 'No data',
    rankedTitle: 'Ranked list',
    rankedCaption: (short: string, period: string) =>
      `${short} by region, ${period}, sorted from best to worst`,
    rankedCaptionNeutral: (short: string, period: string) =>
      `${short} by region, ${period}, sorted from high to low`,
    colRank: 'Rank',
    colRegion: 'Region',
    colValue: 'Value',
    colInterval: '95% interval',
    colComparison: 'Compared with the Netherlands',
    colBar: 'Value and margin',
    showTrend: (name: string) => `Show the trend of ${name}`,
    profileLink: (name: string) => `Regional picture of ${name}`,
    trendTitle: 'Trend',
    trendOf: (name: string) => `${name} and the Netherlands`,
    trendChoose: 'Choose a region on the map or in the ranked list to see it next to the Netherlands.',
    definitionTitle: 'Definition and source',
    definition: 'Definition',
    numerator: 'Numerator',
    denominator: 'Denominator',
    unit: 'Unit',
    polarity: 'Direction',
    intervalMethod: 'Confidence interval',
    aggregation: 'Adding up to larger regions',
    suppression: 'Suppression of small numbers',
    suppressionRule: (minNumerator?: number, minDenominator?: number) => {
      const parts: string[] = [];
      if (minNumerator) parts.push(`numerator below ${minNumerator}`);
      if (minDenominator) parts.push(`denominator below ${minDenominator}`);
      return parts.length ? `Not shown when ${parts.join(' or ')}.` : 'No suppression needed.';
    },
    caveats: 'Please note',
    nationalOnly:
      'This figure is only available for the Netherlands as a whole: the source publishes no figures per municipality or region. That is why there is no map.',
    summary: (p) =>
      `In ${p.period}, ‘${p.short}’ ranges from ${p.min} (${p.minName}) to ${p.max} (${p.maxName}). The Netherlands: ${p.national}.`,
    counts: (p: Record<string, number>) =>
      `${p.better ?? 0} better, ${p.similar ?? 0} similar, ${p.worse ?? 0} worse than the Netherlands.`,
    countsNeutral: (p: Record<string, number>) =>
      `${p.higher ?? 0} higher, ${p.similar ?? 0} similar, ${p.lower ?? 0} lower than the Netherlands.`,
    selected: 'selected',
  },
  compare: {
    title: 'Compare regions',
    intro:
      'Put two to four regions side by side. Each value is shown with its margin and the comparison with the Netherlands.',
    add: 'Add a region',
    max: 'You can compare at most four regions.',
    needTwo: 'Choose at least two regions to compare.',
    tableCaption: (names: string) => `All indicators for ${names}, with the Netherlands`,
    removeRegion: (name: string) => `Remove ${name} from the comparison`,
    regions: 'Chosen regions',
  },
  own: {
    title: 'Make your own region',
    intro:
      'Choose municipalities on the map or from the list. The regional picture recalculates the figures for exactly these municipalities, with margins and suppression of small numbers. The address of this page is the permanent link to your region.',
    builderTitle: 'Choose municipalities',
    nameLabel: 'Name of the region',
    defaultName: 'Own region',
    filterLabel: 'Search the list of municipalities',
    listLegend: 'Municipalities',
    selected: (n: number) => (n === 1 ? '1 municipality chosen' : `${n} municipalities chosen`),
    clear: 'Clear all',
    skipList: 'Skip the list: go to the map',
    mapTitle: 'Choose on the map',
    mapHelp:
      'Click a municipality to add or remove it. With the keyboard: Tab to the map, arrow keys to move, Enter or space to choose.',
    mapLabel: 'Map of the municipalities; choose with Enter or space',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved. Permanent link:',
    saveError: (message: string) => `Saving failed: ${message}`,
    permalink: 'Permanent link to this selection',
    pickFirst: 'Choose at least one municipality above to see the regional picture.',
    updating: 'Updating the regional picture…',
    profileTitle: (name: string) => `Regional picture of ${name}`,
    loadSaved: 'Loading saved region…',
    noMatches: 'No municipality found',
  },
  period: (code: string): string => {
    let m = /^(\d{4})Q([1-4])$/.exec(code);
    if (m) return `Q${m[2]} ${m[1]}`;
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
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    let m = /^(\d{4})Q([1-4])$/.exec(code);
    if (m) return `Q${m[2]} ${m[1]}`;
    m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(code);
    if (m) return `${months[Number(m[2]) - 1]} ${m[1]}`;
    m = /^(\d{4})-(\d{4})$/.exec(code);
    if (m) return `${m[1]}–${m[2]!.slice(2)}`;
    return code;
  },
  exports: {
    readmeTitle: 'Juiste Plek – export',
    exportedAt: 'Exported on',
    address: 'Address',
    files: 'Files',
    csvNote:
      'CSV: UTF-8, comma as separator, point as decimal mark. Text cells starting with = + - or @ get an apostrophe in front (protection against formulas in spreadsheets).',
    indicator: 'Indicator',
    definition: 'Definition',
    numerator: 'Numerator',
    denominator: 'Denominator',
    unit: 'Unit',
    polarity: 'Direction',
    intervalMethod: 'Interval method',
    aggregation: 'Adding up to regions',
    caveats: 'Caveats',
    source: 'Source',
    licence: 'Licence',
    snapshots: 'Snapshots (source versions)',
    method: 'Processing',
    retrieval: 'Retrieval date',
    retrievalNote:
      'The snapshot id names the version of the source; the retrieval date is in the bundle description (data/bundle.json).',
  },
  account: {
    nav: 'My workspaces',
    loginTitle: 'Sign in',
    loginIntro: 'Sign in to see and work on the regional plan of your workspace.',
    loginFirst: 'Sign in first',
    email: 'E-mail address',
    password: 'Password',
    login: 'Sign in',
    logout: 'Sign out',
    invitationTitle: 'Accept invitation',
    invitationText: (workspace: string, email: string, role: string) =>
      `You have been invited to the workspace ${workspace} as ${role}, with the e-mail address ${email}. Choose a password to continue.`,
    newPassword: 'New password',
    invitationOrganisation: (name: string) => `You take part on behalf of ${name}.`,
    passwordHint: 'At least 12 characters.',
    passwordAgain: 'Password again',
    passwordsDiffer: 'The two passwords are not the same.',
    accept: 'Accept invitation',
    workspacesTitle: 'My workspaces',
    signedInAs: (email: string) => `You are signed in as ${email}.`,
    noWorkspaces: 'You are not a member of any workspace yet.',
    roleLabel: (role: string) =>
      (
        ({ beheerder: 'administrator', analist: 'analyst', partner: 'partner', lezer: 'reader' }) as Record<
          string,
          string
        >
      )[role] ?? role,
  },
  members: {
    link: 'Members and organisations',
    title: 'Members and organisations',
    intro:
      'Who works together in this workspace, in which role and on behalf of which organisation. Partners score in a prioritisation round on behalf of the organisation their membership is linked to.',
    readOnly: 'Only an administrator can change organisations, members and invitations.',
    toPlan: 'To the regional plan',
    organisationsTitle: 'Organisations',
    organisationsCaption: 'Participating organisations',
    noOrganisations:
      'There are no organisations yet. Add the participating organisations, then you can link members to them.',
    name: 'Name',
    type: 'Type',
    laws: 'Laws',
    linkedMembers: 'Linked members',
    addOrganisationTitle: 'Add an organisation',
    organisationName: 'Name of the organisation',
    chooseType: 'Choose a type',
    lawsLegend: 'Laws the organisation works under',
    lawsHint: 'Choose none, one or more.',
    addOrganisation: 'Add organisation',
    organisationAdded: (name: string) => `Organisation ${name} has been added.`,
    organisationTypes: {
      gemeente: 'Municipality',
      zorgverzekeraar: 'Health insurer',
      zorgkantoor: 'Care office (Wlz)',
      ggd: 'Municipal public health service (GGD)',
      ziekenhuis: 'Hospital',
      huisartsenorganisatie: 'GP organisation',
      welzijn: 'Social welfare organisation',
      other: 'Other organisation',
    } as Record<string, string>,
    lawNames: {
      Zvw: 'Zvw (Health Insurance Act)',
      Wlz: 'Wlz (Long-term Care Act)',
      Wmo: 'Wmo (Social Support Act)',
      Jeugdwet: 'Jeugdwet (Youth Act)',
      Wpg: 'Wpg (Public Health Act)',
    } as Record<string, string>,
    membersTitle: 'Members',
    membersCaption: 'Members with their role and organisation',
    email: 'E-mail address',
    role: 'Role',
    organisation: 'Organisation',
    change: 'Change',
    you: '(you)',
    noOrganisation: 'No organisation',
    roleOf: (email: string) => `Role of ${email}`,
    organisationOf: (email: string) => `Organisation of ${email}`,
    roleHint:
      'Reader: sees the workspace and the plan. Partner: also scores, uploads data and writes interpretations. Analyst: also edits goals, actions and evaluations. Administrator: also manages organisations, members and invitations.',
    save: 'Save',
    saveFor: (email: string) => `changes for ${email}`,
    memberSaved: (email: string) => `The changes for ${email} have been saved.`,
    remove: 'Remove',
    removeFor: (email: string) => `${email} from the workspace`,
    confirmRemove: (email: string) =>
      `Remove ${email} from the workspace? The account stays, but no longer has access here.`,
    confirmYes: 'Yes, remove',
    cancel: 'Cancel',
    memberRemoved: (email: string) => `${email} has been removed from the workspace.`,
    inviteTitle: 'Invite someone',
    inviteIntro:
      'No e-mail is sent: you get a link to pass on yourself. The link works once and is valid for 7 days.',
    organisationHint:
      'Once accepted, the membership is linked to this organisation; a partner then scores on its behalf.',
    invite: 'Create invitation',
    linkTitle: (email: string) => `Invitation link for ${email}`,
    linkLabel: 'Invitation link',
    linkText: (email: string, date: string) =>
      `Pass this link on to ${email}. It works once and is valid until ${date}. The link is not stored and cannot be shown again: copy it now.`,
    copy: 'Copy link',
    copied: 'The link has been copied.',
    copyFailed: 'Copying did not work. The link is selected: copy it with Ctrl+C (Cmd+C on a Mac).',
    invitationsTitle: 'Open invitations',
    invitationsCaption: 'Invitations not yet accepted',
    noInvitations: 'There are no open invitations.',
    validUntil: 'Valid until',
    invitedBy: 'Invited by',
    withdraw: 'Withdraw',
    withdrawFor: (email: string) => `invitation for ${email}`,
    withdrawn: (email: string) => `The invitation for ${email} has been withdrawn; the link no longer works.`,
    fieldProblem: (field: string, message: string) => `${field}: ${message}`,
    offline: 'The server cannot be reached. Check the connection and try again.',
  },
  plans: {
    title: 'Regional plan',
    planLink: 'regional plan',
    contents: 'Contents of the regional plan',
    yourRole: (role: string) => `Your role: ${role}.`,
    isPublished: 'The plan is public.',
    isNotPublished: 'The plan is not public (yet).',
    printPdf: 'Print the plan (PDF)',
    exportJson: 'Download as JSON',
    publicPage: 'Public page of the plan',
    publish: 'Make the plan public',
    unpublish: 'Make the plan private again',
    publishedNow: 'The plan is now public.',
    unpublishedNow: 'The plan is no longer public.',
    roundsTitle: 'Prioritising',
    roundsIntro:
      'The partners choose the core tasks together: each organisation scores the candidate themes on urgency, impact and feasibility (or ranks them). In a follow-up round everyone first sees the anonymous result of the previous round. Residents give their view in a data dialogue.',
    noRounds: 'There is no round yet.',
    roundName: (n: number, title: string) => `Round ${n}: ${title}`,
    method: { score: 'scoring', rank: 'ranking', importance: 'residents' } as Record<string, string>,
    audiencePublic: 'data dialogue with residents',
    audiencePartners: 'with the partners',
    open: 'open',
    closed: 'closed',
    openRound: 'Open a round',
    roundTitle: 'Name of the round',
    audience: 'With whom',
    methodLabel: 'Method',
    followUpOf: 'Follow-up of (Delphi)',
    noFollowUp: 'None: a new round',
    nextToPartnerRound: 'Show the result next to the partner round',
    noPartnerRound: 'None',
    candidatesJzojp: 'Themes of Right Care in the Right Place',
    candidatesIza: 'Themes of the Integral Care Agreement',
    candidatesOwn: 'Own themes (one per line)',
    openRoundButton: 'Open round',
    roundOpened: (title: string) => `Round “${title}” has been opened.`,
    submissions: (n: number, of: number, residents: boolean) =>
      residents ? `${n} answers from residents` : `${n} of ${of} organisations have answered`,
    submittedBy: (names: string) => `Answered by: ${names}.`,
    publicLinkLabel: 'Link for residents:',
    previousResult: (n: number) => `Result of round ${n} (anonymous)`,
    previousIntro:
      'This is how the group scored in the previous round. Names of organisations are not shown. Consider whether you want to adjust your judgement.',
    groupResult: (title: string) => `Group result of “${title}”`,
    yourScores: 'Your scores',
    scoreIntro:
      'Give each theme a score from 1 (low) to 5 (high) for urgency, impact and feasibility. Your organisation has one set of scores; saving again replaces the previous one.',
    scoresReplace:
      'You have already entered scores; they are shown below and are replaced when you save again.',
    onBehalfOf: 'On behalf of organisation',
    chooseOrganisation: 'Choose an organisation',
    yourEarlier: (scores: string) => `Your score in the previous round: ${scores}.`,
    criteria: { urgency: 'Urgency', impact: 'Impact', feasibility: 'Feasibility' },
    scaleLabel: (n: number) => ['', '1 – low', '2', '3', '4', '5 – high'][n] ?? String(n),
    saveScores: 'Save scores',
    scoresSaved: 'Your scores have been saved.',
    yourRanking: 'Your order',
    moveUp: (name: string) => `Move ${name} up`,
    moveDown: (name: string) => `Move ${name} down`,
    saveRanking: 'Save order',
    rankingSaved: 'Your order has been saved.',
    resultTitle: 'Result',
    resultIntro: (n: number) =>
      `${n} ${n === 1 ? 'participant' : 'participants'}. The spread (interquartile range) shows how much the partners agree: 1 or less on the 5-point scale counts as consensus.`,
    resultCaption: (title: string) => `Ranking of “${title}” with the spread`,
    residentsCaption: (title: string, n: number) => `Residents: “${title}” (${n} answers)`,
    partnersCaption: 'Partners: the result of their round',
    rank: 'Rank',
    theme: 'Theme',
    mean: 'Mean',
    median: 'Median',
    range: 'Lowest–highest',
    iqr: 'Spread (IQR)',
    points: 'Points (Borda)',
    medianPosition: 'Median position',
    agreement: 'Consensus',
    consensus: 'yes',
    noConsensus: 'no',
    closeRound: 'Close round',
    roundClosedNow: 'The round has been closed.',
    fixTitle: 'Fix the core tasks',
    fixLegend: 'Choose three to five core tasks',
    fixButton: 'Fix core tasks',
    kernopgavenTitle: 'Core tasks, goals and actions',
    noKernopgaven: 'There are no core tasks yet. Close a round and fix the core tasks.',
    kernopgaveName: (n: number, title: string) => `Core task ${n}: ${title}`,
    goalsTitle: 'Goals',
    noGoals: 'No goals yet.',
    indicator: 'Indicator',
    baseline: 'Baseline',
    target: 'Target value',
    targetDate: 'Target date',
    latest: 'Latest value',
    owner: 'Owner',
    ownerIs: (name: string) => `Owner: ${name}.`,
    notSmart: 'This goal is not SMART yet:',
    partnerData: 'partner data',
    openData: 'open data',
    source: 'Source of the figures',
    addGoal: 'Add a goal',
    goalTitle: 'Description of the goal',
    indicatorHint: 'The baseline comes from your region’s data (the latest full period).',
    chooseIndicator: 'Choose an indicator',
    themeIndicators: 'For this theme',
    allIndicators: 'All indicators with regional data',
    noOwner: 'No owner yet',
    saveGoal: 'Save goal',
    goalAdded: 'The goal has been added; the baseline comes from the region’s data.',
    goalSaved: 'The goal has been saved.',
    staleGoal:
      'Someone else has changed this goal in the meantime. Your change was not saved; the new version is shown below. Enter your change again.',
    editGoal: 'Change goal',
    versionNote: (v: number) => `You are changing version ${v} of this goal.`,
    monitoringTitle: 'Progress',
    expectedNow: (value: string) =>
      `Following the line towards the goal, the latest value should be about ${value}.`,
    ruleTitle: 'How the status is determined',
    chartLegend:
      'Blue dots: measured values with 95% interval (open dot: incomplete period). Dashed line: from baseline to target.',
    chartLabel: (title: string, values: string, target: string) =>
      `Chart for “${title}”: ${values || 'no measurements'}; target ${target}.`,
    valuesCaption: (title: string) => `Measurements for “${title}”`,
    actionsTitle: 'Actions',
    noActions: 'No actions yet.',
    addAction: 'Add an action',
    actionTitle: 'Name of the action',
    description: 'Explanation',
    actionType: 'Type of action',
    forms: 'Form of moving care',
    responsible: 'Responsible partners',
    forGoals: 'Contributes to the goals',
    payment: 'Payment',
    noPayment: 'Not known yet',
    paymentNote: 'Note on payment',
    milestonesTitle: 'Milestones',
    milestone: 'Milestone',
    milestoneN: (n: number) => `Milestone ${n}`,
    milestonesOf: (title: string) => `Milestones of “${title}”`,
    due: 'Date',
    status: 'Status',
    statusOf: (title: string) => `Status of ${title}`,
    addMilestone: 'Another milestone',
    saveAction: 'Save action',
    actionAdded: 'The action has been added.',
    milestoneSaved: 'The milestone’s status has been saved.',
    evaluationsTitle: 'Evaluations (learning and adjusting)',
    evaluationsIntro:
      'At set moments the partners look back together (plan, do, check, act) and decide per goal or action: continue, adjust or stop.',
    noEvaluations: 'No evaluation moments yet.',
    addEvaluation: 'Add an evaluation moment',
    heldOn: 'Date',
    phase: 'Phase',
    notes: 'Notes',
    decision: 'Decision',
    decisionAbout: 'About',
    noDecision: 'No decision',
    decisionNote: 'Note on the decision',
    saveEvaluation: 'Save evaluation',
    evaluationAdded: 'The evaluation moment has been saved.',
    versionsTitle: 'Versions',
    noVersions: 'No versions yet.',
    versionsList: (n: number) => `All ${n} versions`,
    versionLine: (n: number, summary: string, author: string, at: string) =>
      `Version ${n}: ${summary} (${author}, ${at})`,
    compareFrom: 'Compare version',
    compareTo: 'with version',
    compare: 'Compare',
    changesCaption: (from: number, to: number, n: number) =>
      `Differences between version ${from} and ${to} (${n} ${n === 1 ? 'change' : 'changes'})`,
    changeWhat: 'What',
    changeKind: 'Kind',
    changeKinds: { added: 'added', removed: 'removed', changed: 'changed' } as Record<string, string>,
    before: 'Was',
    after: 'Becomes',
    dialogueTitle: 'Data dialogue',
    dialogueIntro:
      'The partners in your region are choosing what to work on together in the coming years. What do you find important? You need no account and we ask nothing about you.',
    importance: (n: number) => ['', '1 – not important', '2', '3', '4', '5 – very important'][n] ?? String(n),
    dialoguePrivacy:
      'Your browser remembers with a cookie that you have answered; if you send again, your earlier answer is replaced. We keep no name, e-mail or IP address with your answer.',
    dialogueSend: 'Send answer',
    dialogueReplace: 'Replace my answer',
    dialogueClosed: 'This data dialogue is closed. This is the result, next to the partners’.',
    publicPre: (region: string) => `Regional plan · ${region}`,
    publicPartners: (names: string) => `Partners: ${names}.`,
    duidingTitle: 'Interpretation by the partners',
    duidingBy: (authors: string, workspace: string, date: string) =>
      `Written by ${authors} (${workspace}), updated on ${date}.`,
    duidingIntro:
      'Write together what a figure means for your region. A public interpretation is shown next to the figure in the regional profile; every version is kept with who wrote it.',
    duidingText: 'Interpretation',
    duidingPublished: 'Show publicly in the regional profile',
    duidingSave: 'Save interpretation',
    duidingSaved: 'The interpretation has been saved.',
    duidingStale:
      'Someone else has changed this interpretation in the meantime. Your text was not saved; the new version is shown below.',
    duidingVersion: (n: number, author: string, at: string) => `Version ${n}: ${author}, ${at}`,
    whatWeDo: 'What we do',
  },
};
