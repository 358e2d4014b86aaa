// The phase self-assessment (seed 002 §1.4–1.9, §4.1, §6.3 C–D): per phase the markers that show it (RIVM phases
// next to the OMK/DMIC markers), a reflection score per guiding principle, done by several members and combined with
// the spread shown, repeated over time; a later assessment may land in an earlier phase (a step back), which the
// history shows. Pure.
import { z } from 'zod';
import type { Text } from '../indicators/schema.ts';
import { PHASES, type Phase, PRINCIPLES, type Principle } from '../jzojp/vocabulary.ts';
import { median } from './registerStats.ts';

export interface Marker {
  id: string;
  phase: Phase;
  text: Text;
}

/** Markers per phase, from the common markers of seed 002 §4.1 (RIVM phases and OMK, Minkman 2012). */
export const PHASE_MARKERS: readonly Marker[] = [
  {
    id: 'gedeelde-visie',
    phase: 1,
    text: { nl: 'Een gedeeld probleem en een gedeelde visie', en: 'A shared problem and vision' },
  },
  {
    id: 'doelgroep-in-kaart',
    phase: 1,
    text: { nl: 'Doelgroep en behoeften in kaart', en: 'Target group and needs mapped' },
  },
  {
    id: 'convenant',
    phase: 1,
    text: { nl: 'Convenant of intentieverklaring getekend', en: 'Covenant or letter of intent signed' },
  },
  {
    id: 'pilots',
    phase: 2,
    text: { nl: 'Gezamenlijke pilots op kleine schaal', en: 'Joint small-scale pilots' },
  },
  {
    id: 'werkafspraken',
    phase: 2,
    text: {
      nl: 'Afspraken over rollen en werkwijzen (zorgpaden)',
      en: 'Agreements on roles and ways of working (care pathways)',
    },
  },
  {
    id: 'netwerkoverleg',
    phase: 2,
    text: { nl: 'Een vast netwerkoverleg', en: 'A regular network meeting' },
  },
  { id: 'coordinator', phase: 2, text: { nl: 'Een coördinator benoemd', en: 'A coordinator appointed' } },
  {
    id: 'systematische-monitoring',
    phase: 3,
    text: { nl: 'Resultaten worden systematisch gemonitord', en: 'Results are monitored systematically' },
  },
  {
    id: 'bereikte-populatie',
    phase: 3,
    text: { nl: 'De bereikte populatie is in kaart gebracht', en: 'The population reached is mapped' },
  },
  {
    id: 'structurele-financiering',
    phase: 3,
    text: { nl: 'Structurele financiering', en: 'Structural funding' },
  },
  {
    id: 'andere-domeinen',
    phase: 3,
    text: {
      nl: 'Partners uit andere domeinen (sociaal domein, onderwijs, bedrijfsleven) doen mee',
      en: 'Partners from other domains take part',
    },
  },
  {
    id: 'coordinatiepunt',
    phase: 4,
    text: {
      nl: 'Een coördinatiepunt op netwerkniveau is operationeel',
      en: 'A network-level coordination point operates',
    },
  },
  {
    id: 'integrale-financiering',
    phase: 4,
    text: {
      nl: 'Financiering integraal geregeld tussen aanbieders en financiers',
      en: 'Funding arranged integrally between providers and payers',
    },
  },
  {
    id: 'benchmarksysteem',
    phase: 4,
    text: { nl: 'Een monitorings- en benchmarksysteem', en: 'A monitoring and benchmark system' },
  },
];

export const PRINCIPLE_SCORE = { min: 1, max: 5 } as const;
export const PRINCIPLE_SCORE_LABELS: Record<number, Text> = {
  1: { nl: 'Nog geen aandacht', en: 'No attention yet' },
  2: { nl: 'Beperkt', en: 'Limited' },
  3: { nl: 'Op weg', en: 'Under way' },
  4: { nl: 'Goed', en: 'Good' },
  5: { nl: 'Sterk', en: 'Strong' },
};

export const contribution = z.object({
  phase: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  markers: z
    .array(z.string())
    .refine((ids) => ids.every((id) => PHASE_MARKERS.some((m) => m.id === id)), 'onbekend kenmerk')
    .default([]),
  principles: z
    .record(z.string(), z.number())
    .superRefine((scores, ctx) => {
      for (const [key, value] of Object.entries(scores)) {
        if (!(PRINCIPLES as readonly string[]).includes(key))
          ctx.addIssue({ code: 'custom', path: [key], message: 'onbekend leidend principe' });
        else if (!Number.isInteger(value) || value < PRINCIPLE_SCORE.min || value > PRINCIPLE_SCORE.max)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `${value} ligt buiten de schaal: kies een geheel getal van ${PRINCIPLE_SCORE.min} tot en met ${PRINCIPLE_SCORE.max}`,
          });
      }
    })
    .default({}),
  note: z.string().max(2000).default(''),
});
export type Contribution = z.infer<typeof contribution>;

export interface PrincipleResult {
  principle: Principle;
  n: number;
  median: number | null;
  min: number | null;
  max: number | null;
  /** max − min; 2 or more: the members see it differently, worth a conversation */
  spread: number | null;
}

export interface CombinedAssessment {
  contributors: number;
  /** the median of the members' phases; with an even number, the lower middle one (the cautious reading) */
  phase: Phase | null;
  phaseRange: { min: Phase; max: Phase } | null;
  markers: { id: string; phase: Phase; count: number }[];
  principles: PrincipleResult[];
  /** the principle with the lowest median (ties: the first in the published order), null without scores */
  weakestPrinciple: Principle | null;
}

export function combine(contributions: readonly Contribution[]): CombinedAssessment {
  const phases = contributions.map((c) => c.phase).sort((a, b) => a - b);
  const phase = phases.length === 0 ? null : phases[Math.floor((phases.length - 1) / 2)]!;
  const principles = PRINCIPLES.map((principle) => {
    const scores = contributions
      .map((c) => c.principles[principle])
      .filter((v): v is number => typeof v === 'number')
      .sort((a, b) => a - b);
    const lo = scores[0] ?? null;
    const hi = scores[scores.length - 1] ?? null;
    return {
      principle,
      n: scores.length,
      median: median(scores),
      min: lo,
      max: hi,
      spread: lo === null || hi === null ? null : hi - lo,
    };
  });
  let weakest: PrincipleResult | null = null;
  for (const p of principles)
    if (p.median !== null && (weakest === null || p.median < weakest.median!)) weakest = p;
  return {
    contributors: contributions.length,
    phase,
    phaseRange: phases.length === 0 ? null : { min: phases[0]!, max: phases[phases.length - 1]! },
    markers: PHASE_MARKERS.map((m) => ({
      id: m.id,
      phase: m.phase,
      count: contributions.filter((c) => c.markers.includes(m.id)).length,
    })),
    principles,
    weakestPrinciple: weakest?.principle ?? null,
  };
}

export interface HistoryEntry {
  id: string;
  date: string;
  phase: Phase | null;
  contributors: number;
  /** compared with the previous assessment that has a phase */
  movement: 'eerste' | 'vooruit' | 'gelijk' | 'terug' | null;
}

/** Assessments in date order with the movement of the combined phase: forward, same, or a step back. */
export function history(
  assessments: readonly { id: string; date: string; phase: Phase | null; contributors: number }[],
): HistoryEntry[] {
  let previous: Phase | null = null;
  return [...assessments]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((a) => {
      let movement: HistoryEntry['movement'] = null;
      if (a.phase !== null) {
        movement =
          previous === null
            ? 'eerste'
            : a.phase > previous
              ? 'vooruit'
              : a.phase < previous
                ? 'terug'
                : 'gelijk';
        previous = a.phase;
      }
      return { ...a, movement };
    });
}

export { PHASES };
