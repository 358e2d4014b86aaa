// Shared test context: a few real gemeenten and three indicators of each kind that matters to the validator.
import { fileURLToPath } from 'node:url';
import type { IndicatorInfo } from '../../../src/sources/upload/index.ts';

export const fixture = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/upload/${name}`, import.meta.url));

export const knownRegions = new Set(['GM0363', 'GM0344', 'GM0599', 'GM0518']);

export const indicators = new Map<string, IndicatorInfo>([
  ['ervaren-gezondheid', { id: 'ervaren-gezondheid', valueType: 'proportion', multiplier: 100 }],
  ['huisartscontacten', { id: 'huisartscontacten', valueType: 'rate', multiplier: 1000 }],
  ['inwoners', { id: 'inwoners', valueType: 'count', multiplier: 1 }],
]);

export const context = { knownRegions, indicators };
