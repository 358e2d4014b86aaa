// Issue 17, "Bad input": a scale run that would exceed the machine's memory is refused with a clear message.
import { describe, expect, it } from 'vitest';
import { SIZES, scaleMemoryCheck } from '../../../bench/scale.bench.ts';

const GB = 2 ** 30;

describe('the scale benchmark memory guard', () => {
  it('accepts the full run on a machine with room and refuses it on a small one, naming the figures', () => {
    expect(scaleMemoryCheck(SIZES.full, { gemeenten: 342 }, { free: 20 * GB, total: 24 * GB }).ok).toBe(true);
    const refused = scaleMemoryCheck(SIZES.full, { gemeenten: 342 }, { free: 1 * GB, total: 4 * GB });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.message).toMatch(
        /^Schaalrun geweigerd: de engine heeft naar schatting \d+\.\d\d GB nodig/,
      );
      expect(refused.message).toContain('1.00 GB vrij van 4.00 GB');
      expect(refused.message).toContain('SCALE_SIZE=small');
    }
  });

  it('grows its estimate with the number of gemeente observations', () => {
    const small = scaleMemoryCheck(SIZES.small, { gemeenten: 342 }, { free: 20 * GB, total: 24 * GB });
    const full = scaleMemoryCheck(SIZES.full, { gemeenten: 342 }, { free: 20 * GB, total: 24 * GB });
    expect(full.estimate).toBeGreaterThan(small.estimate);
    // 10× the gemeenten no longer fit in 2 GB free
    expect(scaleMemoryCheck(SIZES.full, { gemeenten: 3420 }, { free: 2 * GB, total: 24 * GB }).ok).toBe(
      false,
    );
  });
});
