import { describe, expect, it } from 'vitest';
import { defaultTemplate } from './defaultTemplate';
import { parseTemplate } from './loadTemplate';
import type { CampaignTemplate } from './template';
import { itemIdMap, migrateTicks, migrateTicksThrough } from './templateMigration';
import type { ChecklistTick } from './types';

const v1 = defaultTemplate();

/** Version 2 of the default template: lookback.notes renamed, lookback.catchUp dropped. */
function v2(): CampaignTemplate {
  const t: CampaignTemplate = JSON.parse(JSON.stringify(v1));
  t.version = 2;
  const study = t.stages[0];
  study.lookback = study.lookback
    .filter((i) => i.id !== 'lookback.catchUp')
    .map((i) => (i.id === 'lookback.notes' ? { ...i, id: 'lookback.studyNotes' } : i));
  t.migratesFrom = { version: 1, itemIds: { 'lookback.notes': 'lookback.studyNotes', 'lookback.catchUp': null } };
  const r = parseTemplate(t);
  if (!r.ok) throw new Error(r.error.join('；'));
  return r.value;
}

function tick(itemId: string, at = '2005-08-30T10:00:00.000Z'): ChecklistTick {
  return { unitId: 'u1', itemId, done: true, by: '王书记', at };
}

describe('migrateTicks', () => {
  it('a renamed item keeps its tick; an unchanged one is carried as is', () => {
    const kept = { ...tick('lookback.report'), note: '已报督导组' };
    const r = migrateTicks([tick('lookback.notes'), kept], v1, v2());
    expect(r).toEqual({
      ok: true,
      value: { ticks: [tick('lookback.studyNotes'), kept], dropped: [], unknownItemIds: [] },
    });
  });

  it('a dropped item loses its tick, which is reported', () => {
    const r = migrateTicks([tick('lookback.catchUp'), tick('lookback.report')], v1, v2());
    expect(r).toEqual({
      ok: true,
      value: { ticks: [tick('lookback.report')], dropped: [tick('lookback.catchUp')], unknownItemIds: [] },
    });
  });

  it('ticks naming no item of the old version are left out and their ids reported once', () => {
    const r = migrateTicks([tick('lookback.gone'), tick('lookback.gone', '2005-08-31T10:00:00.000Z'), tick('lookback.report')], v1, v2());
    expect(r).toEqual({
      ok: true,
      value: { ticks: [tick('lookback.report')], dropped: [], unknownItemIds: ['lookback.gone'] },
    });
  });

  it('the same version keeps every known tick', () => {
    const ticks = [tick('lookback.notes'), tick('lookback.catchUp')];
    expect(migrateTicks(ticks, v1, v1)).toEqual({ ok: true, value: { ticks, dropped: [], unknownItemIds: [] } });
  });

  it('refuses another template, an older version, or a version that does not say how', () => {
    const other = { ...v2(), id: 'zuzhi-shenghuo-2024' };
    expect(migrateTicks([], v1, other)).toEqual({
      ok: false,
      error: ['不能把活动模板“fenxi-pingyi-2005”的勾选记录迁移到活动模板“zuzhi-shenghuo-2024”'],
    });
    expect(migrateTicks([], v2(), v1).ok).toBe(false);
    const silent = { ...v2(), migratesFrom: undefined };
    expect(migrateTicks([], v1, silent)).toEqual({
      ok: false,
      error: [`活动模板“${v1.title}”第 2 版没有说明如何从第 1 版迁移`],
    });
  });

  it('an item that vanishes without a word in the migration, or a mapping from an unknown id, is an error', () => {
    const t = v2();
    t.migratesFrom = { version: 1, itemIds: { 'lookback.notes': 'lookback.studyNotes', 'lookback.nope': null } };
    expect(itemIdMap(v1, t)).toEqual({
      ok: false,
      error: [
        `活动模板“${v1.title}”第 2 版的迁移说明中，检查项 lookback.nope 不在第 1 版中`,
        `第 1 版的检查项 lookback.catchUp 在活动模板“${v1.title}”第 2 版中去向不明，请在迁移说明中写明改名或删除`,
      ],
    });
  });

  it('moves ticks along several versions at once', () => {
    const second = v2();
    const third: CampaignTemplate = {
      ...second,
      version: 3,
      migratesFrom: { version: 2, itemIds: { 'lookback.studyNotes': null } },
      stages: second.stages.map((st, i) =>
        i === 0 ? { ...st, lookback: st.lookback.filter((x) => x.id !== 'lookback.studyNotes') } : st,
      ),
    };
    const r = migrateTicksThrough([tick('lookback.notes'), tick('lookback.catchUp'), tick('lookback.report')], [v1, second, third]);
    expect(r).toEqual({
      ok: true,
      value: {
        ticks: [tick('lookback.report')],
        dropped: [tick('lookback.catchUp'), tick('lookback.studyNotes')],
        unknownItemIds: [],
      },
    });
  });
});
