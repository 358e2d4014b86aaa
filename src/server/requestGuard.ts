// Input no route can use, refused before validation with a plain 400: a NUL byte (PostgreSQL cannot store it in
// text and answered with a raw error) and JSON nested deeper than any of our inputs (recursive validators ran out
// of stack). Walks iteratively, so that the guard itself cannot overflow.
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Deeper than any input of the API (a mapping is 3 levels deep, a plan document about 6). */
export const MAX_INPUT_DEPTH = 32;

export type InputProblem = { parameter: string; message: string };

/** The first problem in a parsed input (query, params or body), or null. `where` names the part in the answer. */
export function inputProblem(input: unknown, where: string): InputProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: input, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    const parameter = path || where;
    if (typeof value === 'string') {
      if (value.includes('\u0000'))
        return { parameter, message: `${parameter}: bevat een ongeldig teken (een NUL-teken, \\u0000)` };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH)
      return {
        parameter: where,
        message: `${where}: te diep genest (hoogstens ${MAX_INPUT_DEPTH} niveaus)`,
      };
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key.includes('\u0000'))
        return {
          parameter: where,
          message: `${where}: een veldnaam bevat een ongeldig teken (een NUL-teken)`,
        };
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return null;
}

/** A preValidation hook for the whole API. */
export async function guardInput(request: FastifyRequest, reply: FastifyReply) {
  for (const [part, value] of [
    ['params', request.params],
    ['query', request.query],
    ['body', request.body],
  ] as const) {
    const problem = inputProblem(value, part);
    if (problem) return reply.code(400).send({ error: 'bad-request', ...problem });
  }
}
