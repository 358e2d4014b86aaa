// The editorial workflow: draft → review → published → retired, and who may do what. Pure.
//
// Role model (docs/decisions.md): a *redacteur* is an account the platform administrator appointed; redacteuren and
// the platform administrator write and edit items and move them through the states. Publishing needs a second pair
// of eyes: the account that made the last change of the content may not publish it. Anyone signed in may propose
// a lesson from a learning cycle; it arrives in review. Everyone reads published items.
import type { Text } from '../indicators/schema.ts';
import type { ItemStatus } from './vocabulary.ts';

/** The moves between states; content can be edited only in draft and review. */
export const TRANSITIONS: Record<ItemStatus, readonly ItemStatus[]> = {
  draft: ['review', 'retired'],
  review: ['draft', 'published', 'retired'],
  published: ['draft', 'retired'],
  retired: ['draft'],
};

export const EDITABLE: readonly ItemStatus[] = ['draft', 'review'];

export const TRANSITION_LABELS: Record<string, Text> = {
  'draft>review': { nl: 'Ter beoordeling aanbieden', en: 'Submit for review' },
  'review>draft': { nl: 'Terug naar concept', en: 'Back to draft' },
  'review>published': { nl: 'Publiceren', en: 'Publish' },
  'published>draft': { nl: 'Herzien (uit publicatie)', en: 'Revise (unpublish)' },
  'draft>retired': { nl: 'Intrekken', en: 'Retire' },
  'review>retired': { nl: 'Intrekken', en: 'Retire' },
  'published>retired': { nl: 'Intrekken', en: 'Retire' },
  'retired>draft': { nl: 'Terughalen als concept', en: 'Restore as draft' },
};

export type TransitionProblem = 'not-allowed' | 'same-editor';

/** Whether `actorId` may move an item from `from` to `to`; null when allowed. */
export function transitionProblem(
  from: ItemStatus,
  to: ItemStatus,
  actorId: string,
  lastEditor: string | null,
): TransitionProblem | null {
  if (!TRANSITIONS[from].includes(to)) return 'not-allowed';
  if (to === 'published' && lastEditor !== null && lastEditor === actorId) return 'same-editor';
  return null;
}
