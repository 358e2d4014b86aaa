// The DSV questionnaire as a versioned definition (data in catalog/dsv-questionnaire/<version>.json, never code):
// its schema, the cross-checks of a definition file, and the validation of answers against it. Pure: the service
// reads the files and passes their content here.
import { z } from 'zod';
import { text } from '../indicators/schema.ts';
import { QUINTUPLE_AIMS } from '../jzojp/vocabulary.ts';

export const scaleDefinition = z.object({
  min: z.number().int(),
  max: z.number().int(),
  /** labels of (some of) the points; at least the two ends */
  labels: z.record(z.string().regex(/^-?\d+$/), text),
  /** scores from this value up count as "high" (4 or 5 on a 1–5 scale; 6 or 7 on the 0–7 trust scale) */
  topBox: z.number().int(),
});
export type ScaleDefinition = z.infer<typeof scaleDefinition>;

const option = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: text });

export const itemDefinition = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'kleine letters, cijfers en streepjes'),
  section: z.string(),
  kind: z.enum(['single', 'multiple', 'scale']),
  text,
  options: z.array(option).optional(),
  scale: z.string().optional(),
  notApplicable: z.boolean().default(false),
  required: z.boolean().default(false),
  aim: z.enum(QUINTUPLE_AIMS).optional(),
});
export type ItemDefinition = z.infer<typeof itemDefinition>;

export const sectionDefinition = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: text,
  intro: text.optional(),
  /** a battery: items on one scale that are also summarised per collaboration (seed 001 Fig. 24) */
  battery: z
    .object({
      scale: z.string(),
      /** also the share of collaborations that scored every item at or above this value (seed 001: trust ≥ 6) */
      allAtLeast: z.number().int().optional(),
    })
    .optional(),
  /** where the section and its numbers come from */
  source: z.string(),
});
export type SectionDefinition = z.infer<typeof sectionDefinition>;

export const questionnaireDefinition = z.object({
  version: z.string().regex(/^\d{4}$/),
  title: text,
  source: z.object({ title: z.string(), publisher: z.string(), note: text }),
  scales: z.record(z.string(), scaleDefinition),
  sections: z.array(sectionDefinition).min(1),
  items: z.array(itemDefinition).min(1),
});
export type QuestionnaireDefinition = z.infer<typeof questionnaireDefinition>;

export class DefinitionError extends Error {
  constructor(readonly issues: string[]) {
    super(
      `Ongeldige vragenlijstdefinitie (${issues.length} fout${issues.length === 1 ? '' : 'en'}):\n${issues.join('\n')}`,
    );
    this.name = 'DefinitionError';
  }
}

/** Validates a definition file's content and cross-checks it; every problem names the file and the field. */
export function parseDefinition(fileName: string, content: unknown): QuestionnaireDefinition {
  const parsed = questionnaireDefinition.safeParse(content);
  if (!parsed.success) {
    throw new DefinitionError(
      parsed.error.issues.map((i) => `${fileName}: ${i.path.join('.') || '(bestand)'}: ${i.message}`),
    );
  }
  const definition = parsed.data;
  const issues: string[] = [];
  const at = (path: string, message: string) => issues.push(`${fileName}: ${path}: ${message}`);
  if (!fileName.endsWith(`${definition.version}.json`))
    at('version', `versie ${definition.version} hoort in het bestand ${definition.version}.json`);
  for (const [id, scale] of Object.entries(definition.scales)) {
    if (scale.max <= scale.min) at(`scales.${id}`, 'max moet groter zijn dan min');
    if (scale.topBox < scale.min || scale.topBox > scale.max)
      at(`scales.${id}.topBox`, `ligt buiten de schaal ${scale.min}–${scale.max}`);
    for (const point of Object.keys(scale.labels)) {
      if (Number(point) < scale.min || Number(point) > scale.max)
        at(`scales.${id}.labels.${point}`, `ligt buiten de schaal ${scale.min}–${scale.max}`);
    }
    if (!scale.labels[String(scale.min)] || !scale.labels[String(scale.max)])
      at(`scales.${id}.labels`, 'de twee uiteinden van de schaal hebben een label nodig');
  }
  const sections = new Map(definition.sections.map((s) => [s.id, s]));
  if (sections.size !== definition.sections.length) at('sections', 'een sectie-id komt twee keer voor');
  for (const [i, s] of definition.sections.entries()) {
    if (s.battery && !definition.scales[s.battery.scale])
      at(`sections.${i}.battery.scale`, `onbekende schaal '${s.battery.scale}'`);
  }
  const seen = new Set<string>();
  for (const [i, item] of definition.items.entries()) {
    const path = `items.${i} (${item.id})`;
    if (seen.has(item.id)) at(path, 'deze item-id komt twee keer voor');
    seen.add(item.id);
    const section = sections.get(item.section);
    if (!section) at(`${path}.section`, `onbekende sectie '${item.section}'`);
    if (item.kind === 'scale') {
      if (!item.scale || !definition.scales[item.scale])
        at(`${path}.scale`, `onbekende schaal '${item.scale}'`);
      if (item.options) at(`${path}.options`, 'een schaalvraag heeft geen opties');
      if (section?.battery && section.battery.scale !== item.scale)
        at(`${path}.scale`, `de sectie '${section.id}' is een batterij op schaal '${section.battery.scale}'`);
    } else {
      if (!item.options || item.options.length < 2) at(`${path}.options`, 'minstens twee opties');
      else if (new Set(item.options.map((o) => o.id)).size !== item.options.length)
        at(`${path}.options`, 'een optie-id komt twee keer voor');
      if (item.scale) at(`${path}.scale`, 'alleen een schaalvraag heeft een schaal');
      if (section?.battery)
        at(`${path}.kind`, `de sectie '${section.id}' is een batterij: alleen schaalvragen`);
    }
  }
  for (const s of definition.sections) {
    if (!definition.items.some((item) => item.section === s.id))
      at(`sections (${s.id})`, 'sectie zonder vragen');
  }
  if (issues.length > 0) throw new DefinitionError(issues);
  return definition;
}

/** One answer: a score, one option, several options, or "not applicable". A missing item is simply absent. */
export const answer = z.union([
  z.number(),
  z.string(),
  z.array(z.string()),
  z.object({ notApplicable: z.literal(true) }),
]);
export type Answer = z.infer<typeof answer>;
export const answers = z.record(z.string(), answer);
export type Answers = z.infer<typeof answers>;

export interface AnswerProblem {
  item: string;
  message: string;
}

export const isNotApplicable = (a: Answer | undefined): a is { notApplicable: true } =>
  typeof a === 'object' && a !== null && !Array.isArray(a) && a.notApplicable === true;

/** Checks every answer against its item: unknown items, scores outside the scale, unknown options, n.v.t. where it
 *  is not offered. Returns every problem, each naming the item. */
export function validateAnswers(definition: QuestionnaireDefinition, given: Answers): AnswerProblem[] {
  const items = new Map(definition.items.map((i) => [i.id, i]));
  const problems: AnswerProblem[] = [];
  for (const [id, value] of Object.entries(given)) {
    const item = items.get(id);
    const problem = (message: string) => problems.push({ item: id, message });
    if (!item) {
      problem(`onbekende vraag in vragenlijst ${definition.version}`);
      continue;
    }
    if (isNotApplicable(value)) {
      if (!item.notApplicable) problem('"niet van toepassing" kan bij deze vraag niet');
      continue;
    }
    if (item.kind === 'scale') {
      const scale = definition.scales[item.scale!]!;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < scale.min || value > scale.max)
        problem(
          `${JSON.stringify(value)} ligt buiten de schaal: kies een geheel getal van ${scale.min} tot en met ${scale.max}`,
        );
      continue;
    }
    const ids = new Set(item.options!.map((o) => o.id));
    if (item.kind === 'single') {
      if (typeof value !== 'string' || !ids.has(value))
        problem(`${JSON.stringify(value)} is geen antwoordmogelijkheid (kies uit: ${[...ids].join(', ')})`);
      continue;
    }
    if (!Array.isArray(value)) {
      problem('verwacht een lijst met antwoordmogelijkheden');
      continue;
    }
    const unknown = value.filter((v) => !ids.has(v));
    if (unknown.length > 0) problem(`onbekende antwoordmogelijkheid: ${unknown.join(', ')}`);
    else if (new Set(value).size !== value.length) problem('een antwoordmogelijkheid staat er twee keer in');
  }
  return problems;
}

/** The items without an answer (neither a value nor "not applicable"), in the order of the questionnaire. */
export function unanswered(definition: QuestionnaireDefinition, given: Answers): ItemDefinition[] {
  return definition.items.filter((item) => given[item.id] === undefined);
}
