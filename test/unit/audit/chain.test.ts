// The audit chain verifier on hand-made chains: each kind of break is named at the right entry.
import { describe, expect, it } from 'vitest';
import { ChainVerifier, entryHash } from '../../../src/audit/chain.ts';

function chain(n: number) {
  const rows = [];
  let prev = '';
  for (let seq = 1; seq <= n; seq++) {
    const content = JSON.stringify([seq, seq * 10, 'login.success']);
    const hash = entryHash(prev, content);
    rows.push({ id: seq * 10, seq, prevHash: prev, hash, content });
    prev = hash;
  }
  return rows;
}
const check = (rows: ReturnType<typeof chain>, head = rows.at(-1)) => {
  const v = new ChainVerifier(head ? { seq: head.seq, hash: head.hash } : null);
  v.add(rows);
  return v.finish();
};

describe('ChainVerifier', () => {
  it('finds an intact chain intact, and an empty one', () => {
    expect(check(chain(5))).toBeNull();
    expect(check([], undefined)).toBeNull();
  });

  it('names each kind of break', () => {
    const rows = chain(5);
    const changed = rows.map((r) =>
      r.seq === 3 ? { ...r, content: r.content.replace('success', 'failure') } : r,
    );
    expect(check(changed)).toMatchObject({ problem: 'changed', id: 30, seq: 3 });
    expect(
      check(
        rows.filter((r) => r.seq !== 2),
        rows[4],
      ),
    ).toMatchObject({ problem: 'removed', id: 30 });
    expect(check(rows.slice(0, 4), rows[4])).toMatchObject({ problem: 'truncated', id: null, seq: 5 });
    // Entry 3 replaced by one with its own, self-consistent hash: entry 4 no longer follows on from it.
    const content = '"forged"';
    const replaced = rows.map((r) =>
      r.seq === 3 ? { ...r, content, hash: entryHash(r.prevHash, content) } : r,
    );
    expect(check(replaced)).toMatchObject({ problem: 'relinked', id: 40, seq: 4 });
    const beyond = [...rows, { id: 99, seq: 6, prevHash: rows[4]!.hash, hash: 'ab', content: 'x' }];
    expect(check(beyond, rows[4])).toMatchObject({ problem: 'forged', id: 99, seq: 6 });
    expect(check([...rows.slice(0, 3), rows[2]!, ...rows.slice(3)])).toMatchObject({
      problem: 'forged',
      seq: 3,
    });
  });
});
