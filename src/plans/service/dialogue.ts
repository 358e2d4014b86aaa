// The datadialoog with residents (public link with a token, no account): the round as they see it, and their
// answer: one ballot per participant token (the jp_dialoog cookie, issued by the server, of which only a SHA-256
// is stored); a second answer with the same token replaces the first. The adapter reads and sets the cookie and
// decides how many new participants an address may bring (`admitNewParticipant`); this service gets its value.
import { createHash } from 'node:crypto';
import { invalid, notFound } from '../../access/errors.ts';
import { tokenPattern } from '../../accounts/tokens.ts';
import { newToken } from '../../db/ids.ts';
import {
  addDialogueParticipant,
  getPublicResponse,
  getRound,
  getRoundByToken,
  isDialogueParticipant,
  lockOpenRound,
  type RoundRow,
  upsertPublicResponse,
} from '../../db/plans/dialogue.ts';
import type { DialogueResponseInput } from '../api.ts';
import { SCALE } from '../prioritisation.ts';
import type { DialogueView } from '../views.ts';
import type { PlanDeps } from './context.ts';
import { roundClosed, roundResult } from './rounds.ts';

/** What is stored of a respondent: the hash of the round and their cookie. */
const respondentHash = (roundId: string, cookie: string) =>
  createHash('sha256').update(`${roundId}|${cookie}`).digest('hex');

/** What is stored of an issued participant token. */
const tokenHash = (cookie: string) => createHash('sha256').update(cookie).digest('hex');

const respondent = (roundId: string, cookie: string | null) =>
  cookie && tokenPattern.test(cookie) ? { cookie, hash: respondentHash(roundId, cookie) } : null;

async function dialogueRound(deps: PlanDeps, token: string) {
  const round = tokenPattern.test(token) ? await getRoundByToken(deps.db, token) : null;
  if (!round) throw notFound('Deze datadialoog bestaat niet.');
  return round;
}

async function dialogueView(deps: PlanDeps, round: RoundRow, cookie: string | null): Promise<DialogueView> {
  const who = respondent(round.id, cookie);
  const partner =
    round.status === 'closed' && round.partnerRoundId
      ? await getRound(deps.db, round.workspaceId, round.partnerRoundId)
      : null;
  return {
    title: round.title,
    status: round.status,
    scale: SCALE,
    question: {
      nl: 'Hoe belangrijk vindt u dit onderwerp voor uw regio? (1 = niet belangrijk, 5 = heel belangrijk)',
      en: 'How important is this topic for your region? (1 = not important, 5 = very important)',
    },
    candidates: round.candidates.map((c) => ({ id: c.id, label: c.label })),
    yourAnswers: who ? await getPublicResponse(deps.db, round.id, who.hash) : null,
    result: round.status === 'closed' ? await roundResult(deps.db, round) : null,
    partners: partner && partner.status === 'closed' ? await roundResult(deps.db, partner) : null,
  };
}

export async function readDialogue(
  deps: PlanDeps,
  token: string,
  cookie: string | null,
): Promise<DialogueView> {
  return dialogueView(deps, await dialogueRound(deps, token), cookie);
}

/** Stores (or replaces) a respondent's answer; `newCookie` is set when the browser had none yet. */
export async function answerDialogue(
  deps: PlanDeps,
  token: string,
  cookie: string | null,
  body: DialogueResponseInput,
  /** Called before a new participant token is issued; throws (rate-limited) when the caller may add no more. */
  admitNewParticipant?: () => void,
) {
  const round = await dialogueRound(deps, token);
  if (round.status === 'closed') throw roundClosed();
  const ids = new Set(round.candidates.map((c) => c.id));
  const entries = Object.entries(body.answers);
  if (entries.length === 0) throw invalid('answers', 'geef bij minstens één thema een antwoord');
  for (const [candidate, value] of entries) {
    if (!ids.has(candidate)) throw invalid(`answers.${candidate}`, `'${candidate}' staat niet op de lijst`);
    if (!Number.isInteger(value) || value < SCALE.min || value > SCALE.max)
      throw invalid(
        `answers.${candidate}`,
        `${value} ligt buiten de schaal ${SCALE.min}–${SCALE.max} (hele getallen)`,
      );
  }
  let who = respondent(round.id, cookie);
  // A token the server never issued (made up by the client) is no participant: it gets a new one.
  if (who && !(await isDialogueParticipant(deps.db, tokenHash(who.cookie), round.id, who.hash))) who = null;
  let newCookie: string | null = null;
  if (!who) {
    admitNewParticipant?.();
    newCookie = newToken();
    who = { cookie: newCookie, hash: respondentHash(round.id, newCookie) };
  }
  const hash = who.hash;
  const issued = newCookie;
  const outcome = await deps.db.transaction(async (tx) => {
    if (!(await lockOpenRound(tx, round.id))) throw roundClosed();
    if (issued) await addDialogueParticipant(tx, tokenHash(issued));
    return upsertPublicResponse(tx, round.id, hash, body.answers);
  });
  return {
    newCookie,
    answer: {
      outcome,
      message:
        outcome === 'created'
          ? { nl: 'Dank u wel! Uw antwoord is opgeslagen.', en: 'Thank you! Your answer has been saved.' }
          : {
              nl: 'Uw eerdere antwoord is vervangen door dit antwoord.',
              en: 'Your earlier answer was replaced.',
            },
      yourAnswers: body.answers,
    },
  };
}
