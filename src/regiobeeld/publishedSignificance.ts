// A comparison with Nederland that the source published itself, read as our comparison categories. RIVM writes
// 'boven, 99% zeker', 'onder, 95% zeker' or 'geen' (VZinfo, life expectancy per GGD-regio). Pure.
import type { Polarity } from '../indicators/schema.ts';
import type { Comparison } from '../stats/compare.ts';

/**
 * At 95 %: 'boven'/'onder' at 95 % or 99 % certainty is a significant difference, 'geen' is similar. At 99.8 %
 * the source says nothing (99 % certainty does not imply 99.8 %), so that level is not compared.
 */
export function publishedComparison(
  text: string | null | undefined,
  polarity: Polarity,
): { at95: Comparison; at998: Comparison } | null {
  if (!text) return null;
  const m = /^(geen|(boven|onder), (95|99)% zeker)$/.exec(text.trim());
  if (!m) return null;
  if (m[1] === 'geen') return { at95: 'similar', at998: 'not-compared' };
  const side = m[2] === 'boven' ? 'higher' : 'lower';
  const at95: Comparison =
    polarity === 'neutral'
      ? side
      : (side === 'higher') === (polarity === 'higher-is-better')
        ? 'better'
        : 'worse';
  return { at95, at998: 'not-compared' };
}
