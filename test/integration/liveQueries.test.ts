/**
 * Pages read what they show: each live query re-runs only when a table it reads changes. A
 * roster write does not re-read the campaign state; a hand tick does not re-read the roster's
 * facts; neither re-runs for an audit entry alone.
 */
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { loadUnitFacts } from '../../renderer/app/facts';
import { openDb, type PytDb } from '../../renderer/db/db';
import { setTick } from '../../renderer/db/repos/campaign';
import { loadSnapshot } from '../../renderer/db/repos/snapshot';
import { createUnit } from '../../renderer/db/repos/units';
import { writeUnit } from '../../renderer/db/write';

const template = defaultTemplate();
const ctx = { actor: '张书记', now: '2005-09-02T09:00:00.000Z', template, today: '2005-09-02' };
const open: PytDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

/** Subscribes and counts how often the query produced a result. */
function watch<T>(query: () => Promise<T>) {
  let runs = 0;
  let last: T | undefined;
  const sub = liveQuery(query).subscribe({ next: (v) => { runs += 1; last = v; } });
  return { runs: () => runs, last: () => last, stop: () => sub.unsubscribe() };
}
const settle = () => new Promise((r) => setTimeout(r, 50));
/** Waits until the queries have run `expected` times (a busy machine is slow), then a little longer, so an extra run would show. */
async function runsReach(expected: number[], watched: { runs(): number }[]) {
  await vi.waitFor(() => expect(watched.map((w, i) => w.runs() >= expected[i])).toEqual(expected.map(() => true)), { timeout: 10_000, interval: 20 });
  await settle();
}

describe('live queries re-run only for the tables they read', () => {
  it('a member write re-reads the facts, not the campaign state; a tick the other way round', async () => {
    const db = await openDb(`live-${crypto.randomUUID()}`);
    open.push(db);
    const unit = await createUnit(db, { name: '甲局', orgName: '中共甲局机关委员会', parentOrg: '', year: 2005, contact: '' }, ctx);
    const campaign = watch(() => loadSnapshot(db, unit.id, template));
    const facts = watch(() => loadUnitFacts(db, unit.id));
    await runsReach([1, 1], [campaign, facts]);
    expect([campaign.runs(), facts.runs()]).toEqual([1, 1]);
    expect(facts.last()).toMatchObject({ roster: { hasParty: false, branches: 0, unplaced: [] } });

    await writeUnit(db, unit.id, ctx, ['branches'], async (w) => {
      await db.branches.add({ id: 'b1', unitId: unit.id, name: '第一党支部', order: 0 });
      w.audit({ action: 'branch.create', entity: 'branch', entityId: 'b1', summary: '新增支部 第一党支部' });
    });
    await runsReach([1, 2], [campaign, facts]);
    expect([campaign.runs(), facts.runs()]).toEqual([1, 2]);
    expect(facts.last()).toMatchObject({ roster: { hasParty: false, branches: 1, unplaced: [] } });

    await setTick(db, unit.id, 'transition.briefing', { done: true }, ctx);
    await runsReach([2, 2], [campaign, facts]);
    expect([campaign.runs(), facts.runs()]).toEqual([2, 2]);
    expect(campaign.last()!.ticks.map((t) => t.itemId)).toEqual(['transition.briefing']);
    campaign.stop();
    facts.stop();
  });
});
