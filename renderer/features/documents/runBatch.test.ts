import { describe, expect, it, vi } from 'vitest';
import { runBatch, type BatchProgress } from './runBatch';

const noPause = async () => undefined;

describe('runBatch', () => {
  it('builds every item in order and reports progress before each one and at the end', async () => {
    const order: string[] = [];
    const progress: BatchProgress<string>[] = [];
    const r = await runBatch(
      ['方案', '征求意见表', '测评表'],
      async (item, i) => {
        order.push(item);
        return `${i}:${item}`;
      },
      (p) => progress.push(p),
      undefined,
      noPause,
    );
    expect(order).toEqual(['方案', '征求意见表', '测评表']);
    expect(r).toEqual({
      built: [
        { item: '方案', value: '0:方案' },
        { item: '征求意见表', value: '1:征求意见表' },
        { item: '测评表', value: '2:测评表' },
      ],
      failed: [],
      cancelled: false,
    });
    expect(progress).toEqual([
      { done: 0, total: 3, current: '方案' },
      { done: 1, total: 3, current: '征求意见表' },
      { done: 2, total: 3, current: '测评表' },
      { done: 3, total: 3 },
    ]);
  });

  it('keeps going past an item that fails, and names it', async () => {
    const r = await runBatch(
      ['a', 'b', 'c'],
      async (item) => {
        if (item === 'b') throw new Error('模板缺字段');
        return item.toUpperCase();
      },
      () => undefined,
      undefined,
      noPause,
    );
    expect(r.built.map((b) => b.value)).toEqual(['A', 'C']);
    expect(r.failed).toEqual([{ item: 'b', error: new Error('模板缺字段') }]);
    expect(r.cancelled).toBe(false);
  });

  it('stops before the next item once cancelled, keeping what was built', async () => {
    const controller = new AbortController();
    const build = vi.fn(async (item: number) => {
      if (item === 2) controller.abort();
      return item;
    });
    const r = await runBatch([1, 2, 3, 4], build, () => undefined, controller.signal, noPause);
    expect(build).toHaveBeenCalledTimes(2);
    expect(r).toEqual({ built: [{ item: 1, value: 1 }, { item: 2, value: 2 }], failed: [], cancelled: true });
  });

  it('does not start the item when cancel comes while the page had its turn', async () => {
    const controller = new AbortController();
    const build = vi.fn(async (item: number) => item);
    const r = await runBatch([1, 2], build, () => undefined, controller.signal, async () => controller.abort());
    expect(build).not.toHaveBeenCalled();
    expect(r.cancelled).toBe(true);
  });

  it('gives the page a turn before every item, so a long batch never freezes it', async () => {
    const events: string[] = [];
    await runBatch(
      ['x', 'y'],
      async (item) => void events.push(`build ${item}`),
      () => undefined,
      undefined,
      async () => void events.push('pause'),
    );
    expect(events).toEqual(['pause', 'build x', 'pause', 'build y']);
  });

  it('handles 500 items with the real pause between them', async () => {
    const items = Array.from({ length: 500 }, (_, i) => i);
    let last: BatchProgress<number> | undefined;
    const r = await runBatch(items, async (i) => i * 2, (p) => (last = p));
    expect(r.built).toHaveLength(500);
    expect(last).toEqual({ done: 500, total: 500 });
  });

  it('an empty list finishes at once', async () => {
    const progress: BatchProgress<never>[] = [];
    const r = await runBatch([], async () => 1, (p) => progress.push(p), undefined, noPause);
    expect(r).toEqual({ built: [], failed: [], cancelled: false });
    expect(progress).toEqual([{ done: 0, total: 0 }]);
  });
});
