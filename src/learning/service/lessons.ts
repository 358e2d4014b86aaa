// Lessons of a learning cycle: recorded per perspective and building block, quotes by role only (a phrase that looks
// like a person's name is refused until the writer confirms it is not one), whether it repeats an earlier lesson,
// and proposing a lesson to the kennisbank.
import type { Actor } from '../../access/actor.ts';
import { conflict, invalid, notFound, ServiceError } from '../../access/errors.ts';
import { newId } from '../../db/ids.ts';
import {
  getScopeLesson,
  insertLesson,
  listLessons,
  listSessions,
  setProposedItem,
  similarLessons,
  touchCycle,
} from '../../db/learningStore.ts';
import { BUILDING_BLOCK_LABELS, PERSPECTIVE_LABELS } from '../../jzojp/vocabulary.ts';
import { parseQuery, prefixQuery } from '../../kennisbank/searchQuery.ts';
import { proposeItem } from '../../kennisbank/service/index.ts';
import { findPossibleNames } from '../personNames.ts';
import type { LessonInput } from '../schema.ts';
import { audit, cycleOf } from './cycles.ts';
import type { LearningDeps } from './deps.ts';
import { type Owner, resolveOwner } from './owner.ts';

/** 400 naming the field and the phrases that look like names; the input is returned in 'yours'. */
function checkNames(input: LessonInput) {
  if (input.namesChecked) return;
  for (const field of ['quote', 'quoteRole', 'text'] as const) {
    const value = input[field];
    if (!value) continue;
    const flags = findPossibleNames(value);
    if (flags.length === 0) continue;
    throw new ServiceError(
      'invalid',
      'possible-name',
      `${field}: ${flags.map((f) => `'${f.text}'`).join(', ')} lijkt een naam van een persoon (${flags[0]!.reason}). Citaten noemen alleen de rol van de spreker, zoals 'bestuurder ziekenhuis'. Haal de naam weg, of bevestig met namesChecked dat het geen persoon is. Er is niets opgeslagen; uw invoer staat in 'yours'.`,
      { parameter: field, extra: { flagged: flags, yours: input } },
    );
  }
}

export async function addLesson(
  deps: LearningDeps,
  actor: Actor,
  owner: Owner,
  cycleId: string,
  input: LessonInput,
) {
  const resolved = await resolveOwner(deps.db, actor, owner, 'write');
  if (input.quote && !input.quoteRole)
    throw invalid(
      'quoteRole',
      "noem bij een citaat de rol van de spreker, bijvoorbeeld 'professional wijkteam'",
    );
  checkNames(input);
  if (input.themeId && !deps.catalog.themes.some((t) => t.id === input.themeId))
    throw invalid('themeId', `onbekend JZOJP-thema '${input.themeId}'`);
  return deps.db.transaction(async (tx) => {
    await cycleOf(tx, resolved, cycleId, true);
    if (input.sessionId && !(await listSessions(tx, cycleId)).some((s) => s.id === input.sessionId))
      throw invalid('sessionId', 'deze sessie hoort niet bij deze leercyclus');
    if (input.repeatsLessonId && !(await getScopeLesson(tx, resolved.scope, input.repeatsLessonId)))
      throw invalid(
        'repeatsLessonId',
        'die eerdere les bestaat niet in deze werkruimte of dit samenwerkingsverband',
      );
    const lesson = await insertLesson(tx, newId(), cycleId, input, resolved.account.id);
    await touchCycle(tx, cycleId);
    await audit(tx, actor, resolved, 'learning.lesson.create', { cycle: cycleId, lesson: lesson.id });
    // Earlier lessons that say much the same: a hint to mark this one as a repeat.
    const parsed = parseQuery(input.text);
    const similar =
      input.repeatsLessonId || parsed.kind !== 'words'
        ? []
        : await similarLessons(
            tx,
            resolved.scope,
            input.buildingBlock,
            prefixQuery(
              parsed.words.filter((w) => w.length > 3),
              'any',
            ),
            lesson.id,
          );
    return { lesson, similarEarlier: similar };
  });
}

/** Proposes a lesson to the kennisbank: a lesson item in review, its source the cycle, for a redacteur to judge. */
export async function proposeLesson(
  deps: LearningDeps,
  actor: Actor,
  owner: Owner,
  cycleId: string,
  lessonId: string,
  proposal: { title: string },
) {
  const resolved = await resolveOwner(deps.db, actor, owner, 'write');
  const cycle = await cycleOf(deps.db, resolved, cycleId);
  const lesson = (await listLessons(deps.db, cycleId)).find((l) => l.id === lessonId);
  if (!lesson) throw notFound('Deze les bestaat niet in deze leercyclus.');
  if (lesson.proposedItemId)
    throw conflict('already-proposed', 'Deze les is al voorgesteld aan de kennisbank.', {
      item: lesson.proposedItemId,
    });
  const item = await proposeItem(
    deps,
    actor,
    {
      kind: 'lesson',
      title: proposal.title,
      summary: lesson.text,
      source: {
        document: `Leercyclus '${cycle.title}' (${resolved.label})`,
        section: `${PERSPECTIVE_LABELS[lesson.perspective].nl}, ${BUILDING_BLOCK_LABELS[lesson.buildingBlock].nl}`,
        page: null,
      },
      perspectives: [lesson.perspective],
      buildingBlocks: [lesson.buildingBlock],
      themes: lesson.themeId ? [lesson.themeId] : [],
    },
    `Voorgesteld vanuit leercyclus ${cycle.id}`,
  );
  await deps.db.transaction(async (tx) => {
    await setProposedItem(tx, lesson.id, item.id);
    await touchCycle(tx, cycleId);
    await audit(tx, actor, resolved, 'learning.lesson.propose', { lesson: lesson.id, item: item.id });
  });
  return item;
}
