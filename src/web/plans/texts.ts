// Texts of the regioplan pages added for safe publishing, confirmations, conflicts and form errors (Dutch first,
// English second). The older texts are in i18n/nl.ts and en.ts.
import { type Lang, useI18n } from '../i18n/index.tsx';

const nl = {
  // goal form: only indicators with data for the region
  indicatorsWithData: (region: string) => `Alleen indicatoren met gegevens voor ${region} staan in de lijst.`,
  indicatorsLoading: 'De indicatoren met gegevens voor uw regio worden opgezocht…',
  whyMissing: (n: number) =>
    n === 1 ? 'Waarom staat 1 indicator er niet bij?' : `Waarom staan ${n} indicatoren er niet bij?`,
  nationalOnly: 'Alleen een landelijk cijfer: de bron geeft geen waarde per regio.',
  noRegionalValue: 'Geen waarde voor deze regio.',
  partnerAll: 'Bij eigen gegevens van de partners kunt u elke regionale indicator kiezen.',
  // milestones
  milestoneDueMissing: 'Vul een datum in voor deze mijlpaal, of maak de naam leeg.',
  milestoneTitleMissing: 'Geef deze mijlpaal een naam, of maak de datum leeg.',
  required: 'Vul dit veld in.',
  notANumber: 'Vul een getal in, bijvoorbeeld 12,5.',
  // conflict on save
  conflictTitle: 'Iemand anders heeft dit doel intussen gewijzigd',
  conflictIntro:
    'Uw wijziging is niet opgeslagen en ook niet weggegooid. Vergelijk de twee versies en kies welke blijft.',
  yourVersion: 'Uw versie (niet opgeslagen)',
  savedVersion: (n: number) => `Opgeslagen versie ${n}`,
  keepMine: 'Mijn versie opslaan',
  keepSaved: 'De opgeslagen versie houden',
  keptSaved: 'U ziet nu de opgeslagen versie; uw invoer is verworpen.',
  duidingConflictTitle: 'Iemand anders heeft deze duiding intussen gewijzigd',
  // duiding: private until published, with preview
  duidingPrivate:
    'Uw tekst is eerst alleen zichtbaar voor de leden van de werkruimte. Pas als u hem openbaar maakt, staat hij in het regiobeeld.',
  duidingIsPublic: 'Openbaar: deze tekst staat in het regiobeeld.',
  duidingIsPrivate: 'Niet openbaar: alleen leden van de werkruimte zien deze tekst.',
  saveDraft: 'Opslaan (niet openbaar)',
  preview: 'Voorbeeld in het regiobeeld',
  previewIntro: 'Zo ziet een bezoeker van het regiobeeld de tekst als u hem openbaar maakt:',
  publishDuiding: 'Openbaar maken',
  publishDuidingWhat:
    'De tekst komt in het openbare regiobeeld te staan, met de naam van uw organisatie. U kunt hem later weer intrekken.',
  publishDuidingYes: 'Ja, maak openbaar',
  withdrawDuiding: 'Intrekken',
  withdrawDuidingWhat:
    'De tekst verdwijnt uit het openbare regiobeeld. Hij blijft bewaard voor de leden, met alle versies; het intrekken wordt vastgelegd in het logboek.',
  withdrawDuidingYes: 'Ja, trek in',
  duidingPublishedNow: 'De duiding is openbaar.',
  duidingWithdrawnNow: 'De duiding is ingetrokken; alleen leden zien haar nog.',
  duidingDraftSaved: 'De duiding is opgeslagen. Ze is nog niet openbaar.',
  // confirmations of irreversible steps
  publishPlanWhat:
    'Het regioplan komt op een openbare pagina: iedereen kan de kernopgaven, doelen, acties en hun voortgang lezen (geen e-mailadressen; eigen gegevens van partners alleen beschermd). U kunt het later weer intrekken.',
  publishPlanYes: 'Ja, maak het plan openbaar',
  withdrawPlanWhat:
    'De openbare pagina van het plan verdwijnt; bezoekers krijgen de melding dat er geen openbaar plan is. Het intrekken wordt vastgelegd in het logboek.',
  withdrawPlanYes: 'Ja, trek het plan in',
  closeRoundWhat:
    'Daarna kan niemand meer scores invullen of wijzigen. Alle leden zien de uitslag. Een gesloten ronde gaat niet meer open; voor een nieuwe stemming opent u een vervolgronde.',
  closeRoundYes: 'Ja, sluit de ronde',
  fixWhat: (n: number) =>
    `U legt ${n} kernopgaven vast in deze volgorde. Daarna werken de partners er doelen en acties voor uit; een vastgelegde kernopgave kunt u niet meer terugzetten naar de ronde.`,
  fixYes: 'Ja, leg vast',
  // scores
  noScore: 'Kies',
  scoresIncomplete: (n: number) => (n === 1 ? 'Eén score ontbreekt nog.' : `Er ontbreken nog ${n} scores.`),
  emptyResult:
    'Er zijn nog geen scores ingevuld. De uitslag verschijnt zodra een organisatie scores heeft opgeslagen.',
};

export type PlanTexts = typeof nl;

const en: PlanTexts = {
  indicatorsWithData: (region) => `Only indicators with data for ${region} are listed.`,
  indicatorsLoading: 'Looking up the indicators with data for your region…',
  whyMissing: (n) => (n === 1 ? 'Why is 1 indicator not listed?' : `Why are ${n} indicators not listed?`),
  nationalOnly: 'National figure only: the source has no value per region.',
  noRegionalValue: 'No value for this region.',
  partnerAll: "With the partners' own data you can choose any regional indicator.",
  milestoneDueMissing: 'Enter a date for this milestone, or clear its name.',
  milestoneTitleMissing: 'Give this milestone a name, or clear its date.',
  required: 'Please fill in this field.',
  notANumber: 'Enter a number, for example 12.5.',
  conflictTitle: 'Someone else changed this goal in the meantime',
  conflictIntro:
    'Your change was not saved and not thrown away. Compare both versions and choose which one stays.',
  yourVersion: 'Your version (not saved)',
  savedVersion: (n) => `Saved version ${n}`,
  keepMine: 'Save my version',
  keepSaved: 'Keep the saved version',
  keptSaved: 'You now see the saved version; your input was discarded.',
  duidingConflictTitle: 'Someone else changed this interpretation in the meantime',
  duidingPrivate:
    'Your text is first visible only to the members of the workspace. Only when you publish it does it appear in the regional profile.',
  duidingIsPublic: 'Public: this text appears in the regional profile.',
  duidingIsPrivate: 'Not public: only members of the workspace see this text.',
  saveDraft: 'Save (not public)',
  preview: 'Preview in the regional profile',
  previewIntro: 'This is how a visitor of the regional profile sees the text once you publish it:',
  publishDuiding: 'Publish',
  publishDuidingWhat:
    'The text appears in the public regional profile, with the name of your organisation. You can withdraw it later.',
  publishDuidingYes: 'Yes, publish',
  withdrawDuiding: 'Withdraw',
  withdrawDuidingWhat:
    'The text disappears from the public regional profile. It stays available to members with all its versions; the withdrawal is recorded in the audit log.',
  withdrawDuidingYes: 'Yes, withdraw',
  duidingPublishedNow: 'The interpretation is public.',
  duidingWithdrawnNow: 'The interpretation has been withdrawn; only members still see it.',
  duidingDraftSaved: 'The interpretation has been saved. It is not public yet.',
  publishPlanWhat:
    'The regional plan goes on a public page: anyone can read its core tasks, goals, actions and their progress (no e-mail addresses; partner data only protected). You can withdraw it later.',
  publishPlanYes: 'Yes, publish the plan',
  withdrawPlanWhat:
    'The public page of the plan disappears; visitors are told there is no public plan. The withdrawal is recorded in the audit log.',
  withdrawPlanYes: 'Yes, withdraw the plan',
  closeRoundWhat:
    'After this nobody can enter or change scores. All members see the result. A closed round does not reopen; for a new vote open a follow-up round.',
  closeRoundYes: 'Yes, close the round',
  fixWhat: (n) =>
    `You fix ${n} core tasks in this order. The partners then work out goals and actions for them; a fixed core task cannot be sent back to the round.`,
  fixYes: 'Yes, fix them',
  noScore: 'Choose',
  scoresIncomplete: (n) => (n === 1 ? 'One score is still missing.' : `${n} scores are still missing.`),
  emptyResult:
    'No scores have been entered yet. The result appears once an organisation has saved its scores.',
};

const texts: Record<Lang, PlanTexts> = { nl, en };

export function usePlanTexts(): PlanTexts {
  return texts[useI18n().lang];
}
