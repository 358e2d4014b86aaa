// Turning what a user asked for (a region code, or a list of gemeente codes) into a region the engine can use.
// Pure.
import { ServiceError } from '../access/errors.ts';
import { describeProblem, parseGemeenteList } from '../geo/adhoc.ts';
import type { RegiobeeldEngine } from './engine.ts';
import type { RegionRef } from './profile.ts';

export class RegionRefError extends Error {
  constructor(
    readonly kind: 'not-found' | 'bad-request',
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** A region that cannot be used as the service error: 404 for an unknown code, else 400 naming the parameter. */
export const regionServiceError = (error: RegionRefError): ServiceError =>
  error.kind === 'not-found'
    ? new ServiceError('not-found', 'not-found', error.message)
    : new ServiceError('invalid', 'bad-request', error.message, { parameter: error.parameter });

/** Runs `find`, turning a RegionRefError into the service error. */
export function regionOrError<T>(find: () => T): T {
  try {
    return find();
  } catch (error) {
    if (error instanceof RegionRefError) throw regionServiceError(error);
    throw error;
  }
}

export function standardRegion(engine: RegiobeeldEngine, code: string): RegionRef {
  const region = engine.regionsByCode.get(code.toUpperCase());
  if (!region) throw new RegionRefError('not-found', 'code', `Regio '${code}' bestaat niet`);
  return {
    code: region.code,
    name: region.name,
    type: region.type,
    gemeenten: engine.membersOf(region.code),
  };
}

export function adHocRegion(
  engine: RegiobeeldEngine,
  gemeenten: string | string[],
  name?: string,
): RegionRef {
  const known = new Set(engine.regionsOfType('gemeente').map((r) => r.code));
  const parsed = parseGemeenteList(gemeenten, known);
  if ('problem' in parsed)
    throw new RegionRefError('bad-request', 'gemeenten', describeProblem(parsed.problem));
  const label = name?.trim() || `Eigen regio (${parsed.codes.length} gemeenten)`;
  return { code: null, name: label, type: 'eigen', gemeenten: parsed.codes };
}

/** "GM0363" or "ZK02" → that region; "GM0363,GM0384" → an ad-hoc region of those gemeenten. */
export function regionFromArgument(engine: RegiobeeldEngine, argument: string): RegionRef {
  return argument.includes(',') ? adHocRegion(engine, argument) : standardRegion(engine, argument);
}
