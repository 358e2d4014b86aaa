// The public kennisagenda: per theme its description, rode draden (ordered by how many items support them, then
// in the order they were written), quotes and knowledge questions and topics; the recommendations with the
// questions linked to them; and the gaps (questions linked to no recommendation, recommendations and parts with
// few questions). Pure.
import type { Recommendation, TaxonomyDocument } from './taxonomy.ts';

export interface AgendaThread {
  id: string;
  theme: string;
  kind: 'knelpunt' | 'behoefte';
  text: string;
  position: number;
  itemIds: string[];
  version: number;
}

export interface AgendaQuestion {
  id: string;
  theme: string;
  kind: 'vraag' | 'onderwerp';
  text: string;
  recommendations: string[];
  position: number;
  version: number;
}

export interface AgendaQuote {
  id: string;
  theme: string;
  text: string;
  itemId: string | null;
}

/** A recommendation or part with fewer questions than this is shown as a gap. */
export const FEW_QUESTIONS = 2;

export interface AgendaView {
  taxonomyVersion: number;
  edition: string;
  themes: {
    id: string;
    label: TaxonomyDocument['knowledgeThemes'][number]['label'];
    heading: string;
    description: string | null;
    threads: (AgendaThread & { support: number })[];
    quotes: AgendaQuote[];
    questions: AgendaQuestion[];
  }[];
  recommendations: (Omit<Recommendation, 'parts'> & {
    questions: string[];
    parts: (Recommendation['parts'][number] & { questions: string[] })[];
  })[];
  gaps: {
    unlinkedQuestions: string[];
    /** recommendation or part ids with fewer than FEW_QUESTIONS questions */
    fewQuestions: { id: string; questions: number }[];
    /** links to an id that the current taxonomy does not have */
    unknownLinks: { question: string; target: string }[];
  };
}

export function agendaView(
  taxonomy: { version: number; document: TaxonomyDocument },
  threads: readonly AgendaThread[],
  quotes: readonly AgendaQuote[],
  questions: readonly AgendaQuestion[],
): AgendaView {
  const doc = taxonomy.document;
  const linked = (target: string) =>
    questions.filter((q) => q.recommendations.includes(target)).map((q) => q.id);
  const targets = new Set(doc.recommendations.flatMap((r) => [r.id, ...r.parts.map((p) => p.id)]));
  const recommendations = doc.recommendations.map((r) => ({
    ...r,
    questions: linked(r.id),
    parts: r.parts.map((p) => ({ ...p, questions: linked(p.id) })),
  }));
  // A question linked to a part counts for its recommendation too.
  const fewQuestions: { id: string; questions: number }[] = [];
  for (const r of recommendations) {
    const all = new Set([...r.questions, ...r.parts.flatMap((p) => p.questions)]);
    if (all.size < FEW_QUESTIONS) fewQuestions.push({ id: r.id, questions: all.size });
    for (const p of r.parts)
      if (p.questions.length < FEW_QUESTIONS) fewQuestions.push({ id: p.id, questions: p.questions.length });
  }
  return {
    taxonomyVersion: taxonomy.version,
    edition: doc.edition,
    themes: doc.knowledgeThemes.map((t) => ({
      id: t.id,
      label: t.label,
      heading: t.heading,
      description: t.description?.nl ?? null,
      threads: threads
        .filter((th) => th.theme === t.id)
        .map((th) => ({ ...th, support: th.itemIds.length }))
        .sort((a, b) => b.support - a.support || a.position - b.position),
      quotes: quotes.filter((q) => q.theme === t.id),
      questions: questions.filter((q) => q.theme === t.id).sort((a, b) => a.position - b.position),
    })),
    recommendations,
    gaps: {
      unlinkedQuestions: questions.filter((q) => q.recommendations.length === 0).map((q) => q.id),
      fewQuestions,
      unknownLinks: questions.flatMap((q) =>
        q.recommendations
          .filter((target) => !targets.has(target))
          .map((target) => ({ question: q.id, target })),
      ),
    },
  };
}
