/**
 * The talks list's order and its first page (./list.ts): the page opens on the first page kept on
 * disk, and reading everything must not reorder what the user was looking at.
 */
import { describe, expect, it } from 'vitest';
import { rng } from '../../test/fuzz/backupFuzz';
import { talkStage } from './coverage';
import { filterTalks, patchList, sortTalks, stageCounts, type TalkChange } from './list';
import { doneTalk, talk } from './testing';
import type { Talk } from './types';

const rank = new Map(['a', 'b', 'c', 'd', 'e'].map((id, i) => [id, i]));

describe('the talks list', () => {
  it('lists 待安排 first, then 已安排 by date and time, then 已谈, then 已取消; within each, by the names in pinyin order', () => {
    const talks: Talk[] = [
      talk('c', 'a', { status: 'cancelled' }),
      doneTalk('a', 'b'),
      talk('b', 'c', { date: '2005-09-10', time: '09:00', place: '会议室' }),
      talk('a', 'd', { date: '2005-09-09', time: '15:00', place: '会议室' }),
      talk('d', 'e'),
      talk('a', 'e'),
      talk('a', 'c'),
      // A date without a place is not yet arranged.
      talk('e', 'a', { date: '2005-09-01' }),
    ];
    const list = sortTalks(talks, rank);
    expect(list.map((t) => [talkStage(t), t.aId, t.bId])).toEqual([
      ['unplanned', 'a', 'c'],
      ['unplanned', 'a', 'e'],
      ['unplanned', 'd', 'e'],
      ['unplanned', 'e', 'a'],
      ['planned', 'a', 'd'],
      ['planned', 'b', 'c'],
      ['done', 'a', 'b'],
      ['cancelled', 'c', 'a'],
    ]);
    expect(filterTalks(list, 'planned').map((t) => t.aId)).toEqual(['a', 'b']);
    expect(filterTalks(list, 'all', 'e').map((t) => `${t.aId}${t.bId}`)).toEqual(['ae', 'de', 'ea']);
    expect(stageCounts(talks)).toEqual({ unplanned: 4, planned: 2, done: 1, cancelled: 1 });
  });

  it('patched where talks changed (added, edited, deleted), the list is the list sorted afresh (300 random runs)', () => {
    const { next: random, pick, int } = rng(42);
    const ids = [...rank.keys(), 'gone'];
    const make = (id?: string): Talk => {
      const over: Partial<Talk> = {};
      const kind = pick(['unplanned', 'planned', 'done', 'cancelled'] as const);
      if (kind === 'planned') Object.assign(over, { date: `2005-09-1${int(3)}`, time: pick(['09:00', '15:00']), place: '会议室' });
      if (kind === 'done') Object.assign(over, { status: 'done', doneOn: '2005-09-08', date: pick(['2005-09-08', '2005-09-07']) });
      if (kind === 'cancelled') over.status = 'cancelled';
      const t = talk(pick(ids), pick(ids), over);
      return id ? { ...t, id } : t;
    };
    for (let run = 0; run < 300; run += 1) {
      const talks = Array.from({ length: int(40) }, () => make());
      const list = sortTalks(talks, rank);
      const now = new Map(talks.map((t) => [t.id, t]));
      const changes: TalkChange[] = [];
      for (let k = int(5); k >= 0; k -= 1) {
        const old = talks.length > 0 && random() < 0.7 ? pick([...now.values()]) : undefined;
        const op = old ? pick(['edit', 'delete'] as const) : 'add';
        if (op === 'add') {
          const t = make();
          now.set(t.id, t);
          changes.push({ now: t });
        } else if (op === 'edit') {
          const t = make(old!.id);
          now.set(t.id, t);
          changes.push({ before: old, now: t });
        } else {
          now.delete(old!.id);
          changes.push({ before: old });
        }
      }
      expect(patchList(list, rank, changes), `run ${run}`).toEqual(sortTalks([...now.values()], rank));
    }
  });
});
