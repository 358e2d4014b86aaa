// Reproducible randomness for the senior's sample: the same seed and the same items always give the same sample,
// so anyone can check which items were drawn and why. Pure.

/** mulberry32: a small, well-known 32-bit generator; numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `size` of the ids, drawn without replacement (Fisher–Yates on the ids in sorted order), in drawing order. */
export function seededSample(ids: readonly string[], size: number, seed: number): string[] {
  const pool = [...ids].sort();
  const random = seededRandom(seed);
  const take = Math.min(Math.max(0, Math.floor(size)), pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take);
}

/** Shuffled copy (the cross-validation folds). */
export function seededShuffle<T>(values: readonly T[], seed: number): T[] {
  const out = [...values];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
