// The learning evaluation pages' texts, Dutch first (B1 on the residents' page) and English second.
import { useI18n } from '../i18n/index.tsx';

const nl = {
  residentsPre: 'Voor inwoners',
  residentsLink: 'Voor inwoners: deze regio in gewone taal, en hoe u meepraat',
  residentsTitle: (region: string) => `Gezondheid en zorg in ${region}`,
  residentsLead:
    'Op deze pagina leest u wat de cijfers over uw regio zeggen, wat de organisaties in de regio samen hebben gekozen en hoe u zelf kunt meepraten.',
  figuresTitle: 'Wat zeggen de cijfers?',
  figuresLead: 'We vergelijken uw regio met heel Nederland. We noemen alleen verschillen die duidelijk zijn.',
  figuresSimilar: (n: number, total: number) =>
    `${n} van de ${total} cijfers zijn ongeveer gelijk aan heel Nederland.`,
  figuresNone: 'Er zijn geen duidelijke verschillen met heel Nederland.',
  figuresTable: 'De cijfers in een tabel',
  colTopic: 'Onderwerp',
  colRegion: 'Uw regio',
  colNl: 'Nederland',
  colVerdict: 'Vergelijking',
  verdict: { better: 'beter', worse: 'minder goed', higher: 'hoger', lower: 'lager' } as Record<
    string,
    string
  >,
  figuresMore: 'Alle cijfers van uw regio',
  chosenTitle: 'Wat kozen de partners?',
  chosenNone:
    'De organisaties in uw regio hebben nog geen plan gepubliceerd. Zodra dat er is, ziet u hier waar zij samen aan werken.',
  chosenLead: (plan: string) => `In het plan "${plan}" werken de partners aan deze onderwerpen:`,
  readPlan: 'Lees het hele plan',
  joinTitle: 'Doe mee',
  joinOpen:
    'U kunt nu meedoen aan een datadialoog. Daarin zegt u welke onderwerpen u het belangrijkst vindt. Het kost een paar minuten en u hoeft geen account te maken.',
  joinLink: (title: string) => `Doe mee: ${title}`,
  joinNone:
    'Er is nu geen datadialoog open. Wilt u meepraten? Vraag bij uw gemeente of de GGD wanneer de volgende datadialoog is.',
  source: 'Bron',
  synthesisTitle: 'Landelijke synthese van de lerende evaluatie',
  synthesisLead:
    'Hoeveel lessen regio’s vastlegden in gepubliceerde leercycli, per bouwsteen en per perspectief. Aantallen onder de vijf tonen we niet, zodat geen regio te herkennen is.',
  synthesisCount: (cycles: number, workspaces: number) =>
    `${cycles} gepubliceerde leercycli uit ${workspaces} werkruimten.`,
  synthesisNotEnough: (min: number) =>
    `Er zijn nog te weinig werkruimten (minder dan ${min}) om aantallen te tonen.`,
  hidden: (min: number) => `minder dan ${min}`,
  hiddenSecondary: 'verborgen',
  total: 'Totaal',
  buildingBlock: 'Bouwsteen',
  tableCaption: 'Lessen per bouwsteen en perspectief',
  suppressionNote: (min: number) =>
    `"Minder dan ${min}": te weinig lessen om te tonen. "Verborgen": niet getoond omdat anders een klein aantal uit de totalen terug te rekenen is.`,
  cyclesTitle: 'Leercycli',
  cyclesLead:
    'Leer in korte cycli vanuit vier perspectieven: bestuurlijk, professionals, inwoners en toezicht.',
  newCycle: 'Nieuwe leercyclus',
  cycleTitle: 'Titel',
  question: 'Leervraag',
  role: 'Rol van de leercyclus',
  create: 'Aanmaken',
  sessions: 'Sessies',
  lessons: 'Lessen',
  newSession: 'Sessie vastleggen',
  heldOn: 'Datum',
  participants: 'Aantal deelnemers per perspectief',
  decisions: 'Besluiten (één per regel)',
  newLesson: 'Les vastleggen',
  perspective: 'Perspectief',
  lessonText: 'De les',
  quote: 'Citaat (optioneel)',
  quoteRole: 'Rol van de spreker (geen naam)',
  quoteHint: 'Noem alleen de rol, bijvoorbeeld "bestuurder ziekenhuis".',
  namesChecked: 'Ik heb gecontroleerd: dit is geen naam van een persoon',
  save: 'Opslaan',
  saved: 'Opgeslagen.',
  similar: 'Lijkt op een eerdere les:',
  propose: 'Voorstellen aan de kennisbank',
  proposed: 'Voorgesteld aan de kennisbank',
  publish: 'Publiceren (telt mee in de landelijke synthese)',
  published: 'Gepubliceerd',
  loginFirst: 'Log eerst in om de leercycli te zien.',
  open: 'Openen',
  synthesisLink: 'Landelijke synthese van alle gepubliceerde leercycli',
  collaborationCycles: 'Leercycli van dit samenwerkingsverband',
};

const en: typeof nl = {
  residentsPre: 'For residents',
  residentsLink: 'For residents: this region in plain language, and how to have your say',
  residentsTitle: (region: string) => `Health and care in ${region}`,
  residentsLead:
    'On this page you read what the figures say about your region, what the organisations in the region chose together and how you can have your say.',
  figuresTitle: 'What do the figures say?',
  figuresLead:
    'We compare your region with the whole of the Netherlands. We only mention differences that are clear.',
  figuresSimilar: (n: number, total: number) =>
    `${n} of the ${total} figures are about the same as in the Netherlands.`,
  figuresNone: 'There are no clear differences with the Netherlands.',
  figuresTable: 'The figures in a table',
  colTopic: 'Topic',
  colRegion: 'Your region',
  colNl: 'Netherlands',
  colVerdict: 'Comparison',
  verdict: { better: 'better', worse: 'worse', higher: 'higher', lower: 'lower' },
  figuresMore: 'All figures of your region',
  chosenTitle: 'What did the partners choose?',
  chosenNone:
    'The organisations in your region have not published a plan yet. Once they do, you will see here what they work on together.',
  chosenLead: (plan: string) => `In the plan "${plan}" the partners work on these topics:`,
  readPlan: 'Read the whole plan',
  joinTitle: 'Take part',
  joinOpen:
    'You can take part in a data dialogue now. You say which topics matter most to you. It takes a few minutes and you need no account.',
  joinLink: (title: string) => `Take part: ${title}`,
  joinNone:
    'No data dialogue is open now. Would you like to have your say? Ask your municipality or the GGD when the next data dialogue is.',
  source: 'Source',
  synthesisTitle: 'National synthesis of the learning evaluation',
  synthesisLead:
    'How many lessons regions recorded in published learning cycles, per building block and perspective. Counts below five are not shown, so that no region can be recognised.',
  synthesisCount: (cycles: number, workspaces: number) =>
    `${cycles} published learning cycles from ${workspaces} workspaces.`,
  synthesisNotEnough: (min: number) => `Too few workspaces so far (fewer than ${min}) to show counts.`,
  hidden: (min: number) => `fewer than ${min}`,
  hiddenSecondary: 'hidden',
  total: 'Total',
  buildingBlock: 'Building block',
  tableCaption: 'Lessons per building block and perspective',
  suppressionNote: (min: number) =>
    `"Fewer than ${min}": too few lessons to show. "Hidden": not shown because a small count could otherwise be worked out from the totals.`,
  cyclesTitle: 'Learning cycles',
  cyclesLead:
    'Learn in short cycles from four perspectives: governance, professionals, residents and supervision.',
  newCycle: 'New learning cycle',
  cycleTitle: 'Title',
  question: 'Learning question',
  role: 'Role of the learning cycle',
  create: 'Create',
  sessions: 'Sessions',
  lessons: 'Lessons',
  newSession: 'Record a session',
  heldOn: 'Date',
  participants: 'Participants per perspective',
  decisions: 'Decisions (one per line)',
  newLesson: 'Record a lesson',
  perspective: 'Perspective',
  lessonText: 'The lesson',
  quote: 'Quote (optional)',
  quoteRole: 'Role of the speaker (no name)',
  quoteHint: 'Give the role only, for example "hospital executive".',
  namesChecked: 'I checked: this is not the name of a person',
  save: 'Save',
  saved: 'Saved.',
  similar: 'Looks like an earlier lesson:',
  propose: 'Propose to the knowledge base',
  proposed: 'Proposed to the knowledge base',
  publish: 'Publish (counts in the national synthesis)',
  published: 'Published',
  loginFirst: 'Sign in first to see the learning cycles.',
  open: 'Open',
  synthesisLink: 'National synthesis of all published learning cycles',
  collaborationCycles: 'Learning cycles of this collaboration',
};

export function useLearningTexts() {
  const { lang } = useI18n();
  return lang === 'en' ? en : nl;
}
