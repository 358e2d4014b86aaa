// The input guard: NUL bytes in values and keys, and nesting depth, found without recursion.
import { describe, expect, it } from 'vitest';
import { inputProblem, MAX_INPUT_DEPTH } from '../../../src/server/requestGuard.ts';

describe('inputProblem', () => {
  it('names the dotted path of a value with a NUL byte', () => {
    expect(inputProblem({ a: { b: ['ok', 'x\u0000y'] } }, 'body')).toEqual({
      parameter: 'a.b.1',
      message: 'a.b.1: bevat een ongeldig teken (een NUL-teken, \\u0000)',
    });
    expect(inputProblem('\u0000', 'query')?.parameter).toBe('query');
  });

  it('refuses a NUL byte in a key', () => {
    expect(inputProblem({ 'k\u0000': 1 }, 'body')?.message).toMatch(/veldnaam bevat een ongeldig teken/);
  });

  it('allows the maximum depth and refuses one more, also at depths that would overflow a recursive walk', () => {
    const nest = (levels: number) => {
      let value: unknown = 'x';
      for (let i = 0; i < levels; i++) value = { a: value };
      return value;
    };
    expect(inputProblem(nest(MAX_INPUT_DEPTH), 'body')).toBeNull();
    expect(inputProblem(nest(MAX_INPUT_DEPTH + 1), 'body')?.message).toBe(
      `body: te diep genest (hoogstens ${MAX_INPUT_DEPTH} niveaus)`,
    );
    expect(inputProblem(nest(200_000), 'body')?.parameter).toBe('body');
  });

  it('accepts ordinary input', () => {
    expect(
      inputProblem({ name: 'Regio Noord', gemeenten: ['GM0363'], n: 3, ok: true, none: null }, 'body'),
    ).toBeNull();
    expect(inputProblem(undefined, 'params')).toBeNull();
  });
});
