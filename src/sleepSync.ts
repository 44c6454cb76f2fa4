// A blocking sleep for the places that may block (the sampler's worker, the CLI): Atomics.wait on a
// cell nobody notifies returns after ms.
const cell = new Int32Array(new SharedArrayBuffer(4));

export function sleepSync(ms: number): void {
  Atomics.wait(cell, 0, 0, ms);
}
