// Texts of the forgiving states, the summary and the executive report of the regiobeeld pages (nl and en).
import { useI18n } from '../i18n/index.tsx';

const nl = {
  skippedTitle: 'Niet alles kon worden getoond',
  skipped: (n: number) =>
    n === 1
      ? 'Eén code uit het adres is niet meegenomen; de rest ziet u hieronder.'
      : `${n} codes uit het adres zijn niet meegenomen; de rest ziet u hieronder.`,
  regionNotFound: (code: string) => `Regio ‘${code}’ bestaat niet.`,
  removeSkipped: 'Haal ze uit het adres',
  periodUnknownTitle: (period: string) => `Geen cijfers voor ${period}`,
  periodUnknown: (period: string, region: string) =>
    `Voor ${region} zijn er geen cijfers over ${period}. Kies een jaar waarvoor wel cijfers zijn:`,
  periodLatest: 'De nieuwste cijfers',
  noDataYetTitle: 'Nog geen cijfers',
  noDataYet: (publisher: string) =>
    `Voor deze indicator zijn nog geen cijfers beschikbaar. Ze komen van ${publisher}. Zodra ze zijn ingelezen, ziet u hier de kaart en de ranglijst.`,
  indicatorPeriodUnknown: (period: string) =>
    `Voor ${period} zijn er geen cijfers van deze indicator. Kies een periode waarvoor wel cijfers zijn:`,
  strongestTitle: 'De grootste verschillen met Nederland',
  strongestNone: 'Geen cijfer wijkt duidelijk af van Nederland: alle verschillen kunnen toeval zijn.',
  comparableTitle: 'Cijfers die we met Nederland vergelijken',
  uncompared: (n: number) =>
    n === 1
      ? '1 cijfer van de regio heeft geen marge of geen landelijk cijfer en wordt niet vergeleken.'
      : `${n} cijfers van de regio hebben geen marge of geen landelijk cijfer en worden niet vergeleken.`,
  nationalTitle: (n: number) => `Alleen landelijke cijfers (${n})`,
  nationalIntro:
    'Deze cijfers publiceert de bron alleen voor heel Nederland. Ze zeggen iets over het land, niet over deze regio.',
  nationalCaption: 'Cijfers die alleen voor Nederland bestaan',
  theme: 'Thema',
  themeNational: (n: number) => (n === 1 ? 'Ook een landelijk cijfer:' : `Ook ${n} landelijke cijfers:`),
  toNationalTable: 'naar de tabel met landelijke cijfers',
  // The executive report (print and PDF).
  reportKicker: 'Regiobeeld',
  reportIntro: (region: string, date: string) =>
    `Een samenvatting van de gezondheid en zorg in ${region}, op open data, gemaakt op ${date}.`,
  reportRegion: 'De regio',
  reportGemeenten: (n: number) => (n === 1 ? 'Gemeente' : `De ${n} gemeenten`),
  reportPopulation: (value: string, period: string) => `${value} inwoners op 1 januari ${period}.`,
  reportComparisons: 'Vergelijking met Nederland',
  reportNationalFigures: 'De landelijke cijfers',
  reportPlanTitle: 'Het regioplan',
  reportPlanIntro: (title: string, date: string) =>
    `Uit het openbare regioplan ‘${title}’ (bijgewerkt ${date}).`,
  reportGoal: 'Doel',
  reportStatus: 'Stand',
  reportNoGoals: 'Het regioplan heeft nog geen doelen.',
  reportSources: 'Bronnen',
  reportSourcesIntro:
    'Alle cijfers komen uit open data. Bij elk cijfer op de website staan de tabel, de licentie en de bewerking.',
  reportMade: (date: string) => `Gemaakt met Juiste Plek op ${date}.`,
  reportAppendix: 'Bijlage: alle cijfers',
  reportAppendixCaption: (region: string) => `Alle cijfers van ${region} naast Nederland`,
  printFull: 'Met de volledige tabel als bijlage',
  printHint: 'Het afdrukken geeft een samenvatting van 2 tot 4 pagina’s.',
  colValue: 'Waarde',
  colWords: 'In woorden',
  colInterval: '95%-interval',
};

export type RegiobeeldTexts = typeof nl;

const en: RegiobeeldTexts = {
  skippedTitle: 'Not everything could be shown',
  skipped: (n: number) =>
    n === 1
      ? 'One code in the address was left out; the rest is shown below.'
      : `${n} codes in the address were left out; the rest is shown below.`,
  regionNotFound: (code: string) => `Region ‘${code}’ does not exist.`,
  removeSkipped: 'Remove them from the address',
  periodUnknownTitle: (period: string) => `No figures for ${period}`,
  periodUnknown: (period: string, region: string) =>
    `There are no figures about ${period} for ${region}. Choose a year that has figures:`,
  periodLatest: 'The latest figures',
  noDataYetTitle: 'No figures yet',
  noDataYet: (publisher: string) =>
    `There are no figures for this indicator yet. They come from ${publisher}. Once they are loaded, the map and the ranking appear here.`,
  indicatorPeriodUnknown: (period: string) =>
    `There are no figures for ${period} for this indicator. Choose a period that has figures:`,
  strongestTitle: 'The largest differences with the Netherlands',
  strongestNone: 'No figure clearly differs from the Netherlands: every difference may be chance.',
  comparableTitle: 'Figures compared with the Netherlands',
  uncompared: (n: number) =>
    n === 1
      ? '1 figure of the region has no margin or no national figure and is not compared.'
      : `${n} figures of the region have no margin or no national figure and are not compared.`,
  nationalTitle: (n: number) => `National figures only (${n})`,
  nationalIntro:
    'The source publishes these figures for the Netherlands as a whole only. They describe the country, not this region.',
  nationalCaption: 'Figures that exist for the Netherlands only',
  theme: 'Theme',
  themeNational: (n: number) => (n === 1 ? 'Also a national figure:' : `Also ${n} national figures:`),
  toNationalTable: 'to the table of national figures',
  reportKicker: 'Regional profile',
  reportIntro: (region: string, date: string) =>
    `A summary of health and care in ${region}, on open data, made on ${date}.`,
  reportRegion: 'The region',
  reportGemeenten: (n: number) => (n === 1 ? 'Municipality' : `The ${n} municipalities`),
  reportPopulation: (value: string, period: string) => `${value} inhabitants on 1 January ${period}.`,
  reportComparisons: 'Compared with the Netherlands',
  reportNationalFigures: 'The national figures',
  reportPlanTitle: 'The regional plan',
  reportPlanIntro: (title: string, date: string) =>
    `From the published regional plan ‘${title}’ (updated ${date}).`,
  reportGoal: 'Goal',
  reportStatus: 'Status',
  reportNoGoals: 'The regional plan has no goals yet.',
  reportSources: 'Sources',
  reportSourcesIntro:
    'All figures come from open data. On the website every figure shows its table, licence and processing.',
  reportMade: (date: string) => `Made with Juiste Plek on ${date}.`,
  reportAppendix: 'Appendix: all figures',
  reportAppendixCaption: (region: string) => `All figures of ${region} next to the Netherlands`,
  printFull: 'With the full table as an appendix',
  printHint: 'Printing gives a summary of 2 to 4 pages.',
  colValue: 'Value',
  colWords: 'In words',
  colInterval: '95% interval',
};

export function useRegiobeeldTexts(): RegiobeeldTexts {
  return useI18n().lang === 'en' ? en : nl;
}
