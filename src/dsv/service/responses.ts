// A collaboration's questionnaire for one year: read, save as draft, submit. Editable until the round closes; a save
// names the version it read, so two members editing at once cannot overwrite each other (409 with both versions).

import type { Actor } from '../../access/actor.ts';
import { conflict, ServiceError, stale } from '../../access/errors.ts';
import { getCollaboration, getResponse, getRound, type RoundRow, saveResponse } from '../../db/dsvStore.ts';
import { appendAudit } from '../../db/workspaceStore.ts';
import { deriveArea } from '../area.ts';
import { checkDefinition } from '../definitionCheck.ts';
import { type Answers, unanswered, validateAnswers } from '../questionnaire.ts';
import { profileOf } from '../registerStats.ts';
import type { ResponseView } from '../views.ts';
import { requireCollaboration } from './access.ts';
import { geographyOf, noSuchCollaboration } from './collaborations.ts';
import type { DsvDeps } from './context.ts';
import { loadDefinition } from './definitions.ts';
import { noSuchRound, roundView } from './rounds.ts';

function view(
  collaborationId: string,
  round: RoundRow,
  row: Awaited<ReturnType<typeof getResponse>>,
): ResponseView {
  const definition = loadDefinition(round.definitionVersion);
  const answers = row?.answers ?? {};
  const open = unanswered(definition, answers);
  return {
    collaborationId,
    year: round.year,
    round: roundView(round),
    status: row?.status ?? 'none',
    answers,
    version: row?.version ?? 0,
    updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
    submittedAt: row?.submittedAt ? new Date(row.submittedAt).toISOString() : null,
    unanswered: open.map((i) => i.id),
    requiredMissing: open.filter((i) => i.required).map((i) => i.id),
  };
}

export async function readResponse(
  deps: DsvDeps,
  actor: Actor,
  collaborationId: string,
  year: number,
): Promise<ResponseView> {
  const c = await getCollaboration(deps.db, collaborationId);
  if (!c) throw noSuchCollaboration();
  await requireCollaboration(deps.db, actor, c, 'read');
  const round = await getRound(deps.db, year);
  if (!round) throw noSuchRound(year);
  return view(collaborationId, round, await getResponse(deps.db, collaborationId, year));
}

export interface ResponseInput {
  answers: Answers;
  version: number;
  submit: boolean;
}

export async function saveAnswers(
  deps: DsvDeps,
  actor: Actor,
  collaborationId: string,
  year: number,
  input: ResponseInput,
): Promise<ResponseView> {
  const engine = await deps.engine();
  return deps.db.transaction(async (tx) => {
    const c = await getCollaboration(tx, collaborationId);
    if (!c) throw noSuchCollaboration();
    const account = await requireCollaboration(tx, actor, c, 'edit');
    const round = await getRound(tx, year, true);
    if (!round) throw noSuchRound(year);
    if (round.status !== 'open')
      throw conflict(
        'round-closed',
        `De ronde ${year} is gesloten${round.closedAt ? ` sinds ${new Date(round.closedAt).toISOString().slice(0, 10)}` : ''}: antwoorden kunnen niet meer worden opgeslagen of ingediend. Uw invoer staat in 'yours'.`,
        { yours: input },
      );
    const definition = loadDefinition(round.definitionVersion);
    const problems = validateAnswers(definition, input.answers);
    if (problems.length > 0) {
      throw new ServiceError(
        'invalid',
        'bad-request',
        problems.map((p) => `answers.${p.item}: ${p.message}`).join('; '),
        { parameter: `answers.${problems[0]!.item}`, extra: { problems } },
      );
    }
    let profile = null;
    if (input.submit) {
      const check = checkDefinition(c.entry);
      if (!check.passes)
        throw conflict(
          'not-a-dsv',
          `Indienen kan pas als het samenwerkingsverband aan de DSV-definitie voldoet: ${check.reasons.map((r) => r.text.nl).join(' ')} Uw antwoorden zijn niet opgeslagen; sla ze op als concept.`,
          { reasons: check.reasons, yours: input },
        );
      const missing = unanswered(definition, input.answers).filter((i) => i.required);
      if (missing.length > 0)
        throw new ServiceError(
          'invalid',
          'bad-request',
          `Nog niet beantwoord (verplicht om in te dienen): ${missing.map((i) => `answers.${i.id}`).join(', ')}`,
          { parameter: `answers.${missing[0]!.id}`, extra: { missing: missing.map((i) => i.id) } },
        );
      profile = profileOf(c.entry, deriveArea(c.entry.area, geographyOf(engine)), check);
    }
    const saved = await saveResponse(tx, {
      collaborationId,
      year,
      answers: input.answers,
      status: input.submit ? 'submitted' : 'draft',
      profile,
      version: input.version,
      accountId: account.id,
    });
    if (!saved) {
      const current = await getResponse(tx, collaborationId, year);
      throw stale('De antwoorden', current ? view(collaborationId, round, current) : null, input);
    }
    await appendAudit(tx, {
      actorId: account.id,
      actorEmail: account.email,
      action: input.submit ? 'dsv.response.submit' : 'dsv.response.save',
      workspaceId: c.workspaceId,
      detail: { collaboration: collaborationId, year, version: saved.version },
      ip: actor.ip,
    });
    return view(collaborationId, round, saved);
  });
}
