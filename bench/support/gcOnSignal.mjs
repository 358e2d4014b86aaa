// Preloaded into the server that bench/load.bench.ts starts (with --expose-gc): SIGUSR2 runs a full garbage
// collection, so the bench can read the memory the server keeps, not what it has yet to free.
process.on('SIGUSR2', () => globalThis.gc?.());
