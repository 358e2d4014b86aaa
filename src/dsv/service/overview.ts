// The national overview of a published round (public), and a collaboration's own answers next to it (members).

import type { Actor } from '../../access/actor.ts';
import { conflict, notFound } from '../../access/errors.ts';
import { getCollaboration, getResponse, getRound, submittedResponses } from '../../db/dsvStore.ts';
import type { Text } from '../../indicators/schema.ts';
import { batteryMean, MIN_GROUP, nearestCategory, summariseQuestionnaire } from '../overview.ts';
import { summariseRegister } from '../registerStats.ts';
import type { Benchmark, NationalOverview } from '../views.ts';
import { requireCollaboration } from './access.ts';
import { noSuchCollaboration } from './collaborations.ts';
import type { DsvDeps } from './context.ts';
import { loadDefinition } from './definitions.ts';
import { roundView } from './rounds.ts';

export const OVERVIEW_METHOD: Text[] = [
  {
    nl: 'Alleen ingediende vragenlijsten van de ronde tellen mee. Per vraag is n het aantal samenwerkingsverbanden dat een antwoord gaf; "niet van toepassing" en lege antwoorden tellen niet mee en staan er apart bij.',
    en: 'Only submitted questionnaires of the round count. Per item, n is the number of collaborations that answered; "not applicable" and blank answers do not count and are shown separately.',
  },
  {
    nl: 'Percentages hebben één decimaal en staan altijd bij hun noemer. "Score 4 of 5" (bij vertrouwen: 6 of 7) is het aandeel van n.',
    en: 'Percentages have one decimal and always come with their denominator. "Score 4 or 5" (trust: 6 or 7) is the share of n.',
  },
  {
    nl: 'Per samenwerkingsverband is het gemiddelde van de beantwoorde stellingen van een onderdeel afgerond op de dichtstbijzijnde categorie (x,5 naar boven), zoals in figuur 24 van het RIVM-eindrapport.',
    en: 'Per collaboration, the mean of the answered statements of a battery is rounded to the nearest category (x.5 up), as in Fig. 24 of the RIVM final report.',
  },
  {
    nl: `Groepen van minder dan ${MIN_GROUP} samenwerkingsverbanden worden niet getoond, zodat geen antwoord van één samenwerkingsverband te herleiden is. De kenmerken (startjaar, organisaties, aansturing, betalers) zijn die uit het register op het moment van indienen.`,
    en: `Groups of fewer than ${MIN_GROUP} collaborations are not shown, so that no single collaboration's answer can be traced. The characteristics (start year, organisations, governance, payers) are those of the register at submission.`,
  },
];

async function publishedRound(deps: DsvDeps, year: number) {
  const round = await getRound(deps.db, year);
  if (round?.status !== 'published')
    throw notFound(
      `Ronde ${year} is (nog) niet gepubliceerd; het landelijk overzicht verschijnt na publicatie.`,
    );
  return round;
}

export async function nationalOverview(deps: DsvDeps, year: number): Promise<NationalOverview> {
  const round = await publishedRound(deps, year);
  const definition = loadDefinition(round.definitionVersion);
  const responses = await submittedResponses(deps.db, year);
  return {
    round: roundView(round),
    definition,
    questionnaire: summariseQuestionnaire(definition, responses),
    register: summariseRegister(responses.flatMap((r) => (r.profile ? [r.profile] : []))),
    method: OVERVIEW_METHOD,
  };
}

export async function benchmark(
  deps: DsvDeps,
  actor: Actor,
  collaborationId: string,
  year: number,
): Promise<Benchmark> {
  const c = await getCollaboration(deps.db, collaborationId);
  if (!c) throw noSuchCollaboration();
  await requireCollaboration(deps.db, actor, c, 'read');
  const overview = await nationalOverview(deps, year);
  const response = await getResponse(deps.db, collaborationId, year);
  if (response?.status !== 'submitted')
    throw conflict(
      'no-response',
      `Dit samenwerkingsverband heeft in ronde ${year} geen vragenlijst ingediend.`,
    );
  const definition = overview.definition;
  return {
    collaborationId,
    overview,
    own: {
      answers: response.answers,
      batteries: definition.sections
        .filter((s) => s.battery)
        .map((s) => {
          const mean = batteryMean(
            definition.items.filter((i) => i.section === s.id),
            response.answers,
          );
          return {
            section: s.id,
            mean: mean === null ? null : Math.round(mean * 100) / 100,
            category: mean === null ? null : nearestCategory(mean),
          };
        }),
    },
  };
}
