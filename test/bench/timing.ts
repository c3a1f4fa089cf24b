/** Timing for the benches: warmed samplers, medians, and runs interleaved so load weighs on all alike. */

export const REPEAT = Number(process.env.BENCH_REPEAT ?? 9);

/** One operation to time: `warm` runs it until the JIT has settled, `sample` returns ms. */
export interface Sampler {
  warm(): Promise<void>;
  sample(): Promise<number>;
}

/** A synchronous call, looped when shorter than ~20 ms so the clock can see it. */
export function looped(fn: () => unknown): Sampler {
  let loops = 1;
  return {
    async warm() {
      const t0 = performance.now();
      let calls = 0;
      while (calls < 2 || performance.now() - t0 < 250) {
        fn();
        calls++;
      }
      loops = Math.max(1, Math.ceil(20 / Math.max((performance.now() - t0) / calls, 0.001)));
    },
    async sample() {
      const t0 = performance.now();
      for (let k = 0; k < loops; k++) fn();
      return (performance.now() - t0) / loops;
    },
  };
}

/** An asynchronous run that times its own part (setup such as a fresh database excluded). */
export function timed(run: () => Promise<number>): Sampler {
  return { warm: async () => void (await run()), sample: run };
}

export async function stopwatch(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Medians of each sampler, sampled in turn so that a busy machine weighs on all of them alike. */
export async function interleaved(samplers: Sampler[]): Promise<number[]> {
  for (const s of samplers) await s.warm();
  const samples = samplers.map((): number[] => []);
  for (let r = 0; r < REPEAT; r++) {
    for (const [i, s] of samplers.entries()) samples[i].push(await s.sample());
  }
  return samples.map(median);
}

