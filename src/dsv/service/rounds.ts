// Questionnaire rounds: the platform administrator opens one per year with a definition version, closes it (no more
// answers) and publishes it (the overview becomes public; the publication is in the audit log).

import type { Actor } from '../../access/actor.ts';
import { signedIn } from '../../access/actor.ts';
import { conflict, forbidden, notFound } from '../../access/errors.ts';
import { getRound, insertRound, listRounds, type RoundRow, setRoundStatus } from '../../db/dsvStore.ts';
import { appendAudit } from '../../db/workspaceStore.ts';
import type { RoundView } from '../views.ts';
import type { DsvDeps } from './context.ts';
import { loadDefinition } from './definitions.ts';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function roundView(row: RoundRow): RoundView {
  return {
    year: row.year,
    definitionVersion: row.definitionVersion,
    status: row.status,
    openedAt: iso(row.openedAt)!,
    closedAt: iso(row.closedAt),
    publishedAt: iso(row.publishedAt),
    submitted: row.status === 'open' ? null : row.submitted,
  };
}

function requireAdmin(actor: Actor) {
  const account = signedIn(actor);
  if (!account.platformAdmin)
    throw forbidden('Alleen de platformbeheerder opent, sluit en publiceert rondes.');
  return account;
}

export const noSuchRound = (year: number) => notFound(`Er is geen vragenlijstronde ${year}.`);

export async function rounds(deps: DsvDeps): Promise<RoundView[]> {
  return (await listRounds(deps.db)).map(roundView);
}

export async function openRound(
  deps: DsvDeps,
  actor: Actor,
  input: { year: number; definitionVersion: string },
): Promise<RoundView> {
  const account = requireAdmin(actor);
  loadDefinition(input.definitionVersion);
  return deps.db.transaction(async (tx) => {
    if (!(await insertRound(tx, input.year, input.definitionVersion)))
      throw conflict('round-exists', `Er is al een ronde ${input.year}.`, undefined, 'year');
    await appendAudit(tx, {
      actorId: account.id,
      actorEmail: account.email,
      action: 'dsv.round.open',
      detail: { year: input.year, definitionVersion: input.definitionVersion },
      ip: actor.ip,
    });
    return roundView((await getRound(tx, input.year))!);
  });
}

export async function changeRound(
  deps: DsvDeps,
  actor: Actor,
  year: number,
  to: 'closed' | 'published',
): Promise<RoundView> {
  const account = requireAdmin(actor);
  return deps.db.transaction(async (tx) => {
    const round = await getRound(tx, year, true);
    if (!round) throw noSuchRound(year);
    const from = to === 'closed' ? 'open' : 'closed';
    if (round.status !== from)
      throw conflict(
        'round-status',
        to === 'closed'
          ? `Ronde ${year} is al gesloten.`
          : round.status === 'open'
            ? `Sluit ronde ${year} eerst; een open ronde kan niet gepubliceerd worden.`
            : `Ronde ${year} is al gepubliceerd.`,
      );
    await setRoundStatus(tx, year, to);
    await appendAudit(tx, {
      actorId: account.id,
      actorEmail: account.email,
      action: to === 'closed' ? 'dsv.round.close' : 'dsv.round.publish',
      detail: { year, submitted: round.submitted },
      ip: actor.ip,
    });
    return roundView((await getRound(tx, year))!);
  });
}
