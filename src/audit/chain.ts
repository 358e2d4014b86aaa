// Verifying the audit log's hash chain: every entry's hash is sha256(previous hash || its canonical content), the
// seq numbers run 1, 2, 3 … without gaps, and the head (audit_chain) is the last entry. Pure: it is given the rows.
import { createHash } from 'node:crypto';
import type { ChainBreak } from './api.ts';

export interface ChainEntry {
  id: number;
  seq: number;
  prevHash: string;
  hash: string;
  content: string;
}

export const entryHash = (prevHashHex: string, content: string): string =>
  createHash('sha256')
    .update(Buffer.concat([Buffer.from(prevHashHex, 'hex'), Buffer.from(content, 'utf8')]))
    .digest('hex');

/** Walks the chain page by page; keeps only the last hash. */
export class ChainVerifier {
  private expectedSeq = 1;
  private lastHash = '';
  entries = 0;
  broken: ChainBreak | null = null;

  constructor(private readonly head: { seq: number; hash: string } | null) {}

  /** Checks the next entries (in seq order); false once a break is found. */
  add(rows: readonly ChainEntry[]): boolean {
    for (const row of rows) {
      if (this.broken) return false;
      this.check(row);
      this.entries++;
      this.expectedSeq = row.seq + 1;
      this.lastHash = row.hash;
    }
    return !this.broken;
  }

  private fail(problem: ChainBreak['problem'], row: ChainEntry | null, seq: number, message: string) {
    this.broken = { problem, id: row?.id ?? null, seq, message };
  }

  private check(row: ChainEntry) {
    const where = `regel ${row.id} (seq ${row.seq})`;
    if (this.head && row.seq > this.head.seq) {
      this.fail(
        'forged',
        row,
        row.seq,
        `${where} ligt voorbij de kop van de keten (seq ${this.head.seq}): buiten de trigger om geschreven (vervalst)`,
      );
    } else if (row.seq > this.expectedSeq) {
      const missing =
        row.seq - 1 === this.expectedSeq
          ? `seq ${this.expectedSeq}`
          : `seq ${this.expectedSeq}–${row.seq - 1}`;
      this.fail(
        'removed',
        row,
        row.seq,
        `${missing} verwijderd: ${where} volgt op seq ${this.expectedSeq - 1}`,
      );
    } else if (row.seq < this.expectedSeq) {
      this.fail('forged', row, row.seq, `${where} herhaalt een plaats in de keten (vervalst)`);
    } else if (entryHash(row.prevHash, row.content) !== row.hash) {
      this.fail(
        'changed',
        row,
        row.seq,
        `${where} is gewijzigd: de inhoud geeft de opgeslagen hash niet meer`,
      );
    } else if (row.prevHash !== this.lastHash) {
      this.fail(
        'relinked',
        row,
        row.seq,
        `${where} sluit niet aan op de regel ervoor (ingevoegd, of de regel ervoor vervangen)`,
      );
    }
  }

  /** After the last page: the head must be the last entry. */
  finish(): ChainBreak | null {
    if (this.broken || !this.head) return this.broken;
    const lastSeq = this.expectedSeq - 1;
    if (this.head.seq > lastSeq)
      this.fail(
        'truncated',
        null,
        lastSeq + 1,
        `de laatste regels zijn verwijderd: de kop van de keten staat op seq ${this.head.seq}, het log eindigt bij seq ${lastSeq}`,
      );
    else if (this.head.hash !== this.lastHash)
      this.fail(
        'changed',
        null,
        lastSeq,
        `de kop van de keten past niet bij de laatste regel (seq ${lastSeq})`,
      );
    return this.broken;
  }
}
