/**
 * Runs `build` over many items one after another, for batches of documents (three printable
 * forms today, hundreds of 党性分析材料 later): it reports progress before each item, lets the
 * page draw and take clicks between items, keeps going when one item fails, and stops at the
 * next item once `signal` is aborted.
 */

export interface BatchProgress<T> {
  /** Items finished so far (built or failed). */
  done: number;
  total: number;
  /** The item being built now; absent once all are done. */
  current?: T;
}

export interface BatchResult<T, R> {
  built: { item: T; value: R }[];
  failed: { item: T; error: unknown }[];
  /** Stopped early by the signal: what was built so far is in `built`. */
  cancelled: boolean;
}

/**
 * Gives the browser a turn (paint, clicks such as 取消) before the next item. A timer rather than
 * `scheduler.yield()`, whose continuation runs ahead of other tasks and would let a long batch
 * starve them; rather than `requestAnimationFrame`, which stops while the window is minimised.
 */
export const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function runBatch<T, R>(
  items: readonly T[],
  build: (item: T, index: number) => Promise<R>,
  onProgress: (progress: BatchProgress<T>) => void,
  signal?: AbortSignal,
  pause: () => Promise<void> = yieldToUi,
): Promise<BatchResult<T, R>> {
  const result: BatchResult<T, R> = { built: [], failed: [], cancelled: false };
  const total = items.length;
  for (let i = 0; i < total; i++) {
    if (signal?.aborted) return { ...result, cancelled: true };
    onProgress({ done: i, total, current: items[i] });
    await pause();
    if (signal?.aborted) return { ...result, cancelled: true };
    try {
      result.built.push({ item: items[i], value: await build(items[i], i) });
    } catch (error) {
      result.failed.push({ item: items[i], error });
    }
  }
  onProgress({ done: total, total });
  return result;
}
