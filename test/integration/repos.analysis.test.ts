import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { openDb, PytDb } from '../../renderer/db/db';
import {
  addAnalysisComment,
  deleteAnalysisComment,
  getAnalysisOf,
  listAnalyses,
  loadAnalysisDetail,
  pageAnalysisList,
  publishAnalyses,
  reviewAnalysis,
  saveAnalysisMode,
  saveAnalysisText,
  saveReceived,
} from '../../renderer/db/repos/analysis';
import { listAudit } from '../../renderer/db/repos/audit';
import { saveBranch, saveMember } from '../../renderer/db/repos/members';
import { createUnit } from '../../renderer/db/repos/units';
import { loadAnalysisFacts } from '../../renderer/features/analysis/facts';
import { MEASURES } from '@shared/campaign/measures';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { makeSnapshot } from '@shared/campaign/testing';
import type { MemberDraft } from '@shared/members/types';
import { UserError } from '@shared/util/result';

const template = defaultTemplate();
const open: PytDb[] = [];
const at = (day: string) => ({ actor: '孙书记', now: `${day}T09:00:00.000Z`, today: day, template });
const ctx = at('2005-09-10');

const person = (name: string, branchId: string, extra: Partial<MemberDraft> = {}): MemberDraft => ({
  kind: 'party', name, branchId, roles: [], oversees: [], employment: 'working', frail: false, cannotWrite: false, away: null, ...extra,
});

async function setup() {
  const db = await openDb(`repos-analysis-${crypto.randomUUID()}`);
  open.push(db);
  const unit = await createUnit(db, { name: '示例市经济局', orgName: '中共示例市经济局机关委员会', parentOrg: '', year: 2005, contact: '' }, ctx);
  const branch = await saveBranch(db, unit.id, { name: '机关第一党支部' }, ctx);
  const save = (name: string, extra: Partial<MemberDraft> = {}) => saveMember(db, unit.id, person(name, branch.id, extra), ctx);
  const zhang = await save('张三');
  const old = await save('吴老汉', { employment: 'retired', frail: true });
  const away = await save('蒋卫东', { away: { place: '新疆和田', contact: '13909031234' } });
  const secretary = await save('孙丽萍', { roles: ['branchSecretary'] });
  return { db, unitId: unit.id, zhang, old, away, secretary };
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const texts = { problems: '我理论学习不够深入。', roots: '主观上放松了学习。', measures: '每月读一本书。' };

describe('党性分析材料 repository', () => {
  it('R-ANALYSIS-REWRITE: write → submit → return with reasons → rewrite as a new version → resubmit → approve; every version kept', async () => {
    const { db, unitId, zhang } = await setup();
    const first = await saveAnalysisText(db, unitId, zhang.id, texts, ctx);
    expect(first).toMatchObject({ version: 1, changed: true, analysis: { state: 'draft', mode: 'self' } });
    // A draft nobody has seen is saved over.
    await saveAnalysisText(db, unitId, zhang.id, { ...texts, measures: '每月读一本理论书籍。' }, ctx);
    const id = first.analysis.id;
    expect((await loadAnalysisDetail(db, unitId, id)).versions).toHaveLength(1);

    await reviewAnalysis(db, unitId, id, 'submit', {}, ctx);
    await expect(saveAnalysisText(db, unitId, zhang.id, texts, ctx)).rejects.toThrow('审阅人退回后才能修改');
    await expect(reviewAnalysis(db, unitId, id, 'return', { reasons: [] }, ctx)).rejects.toThrow('退回修改要选择退回的原因');
    expect((await getAnalysisOf(db, unitId, zhang.id))?.state).toBe('submitted');

    await reviewAnalysis(db, unitId, id, 'return', { reasons: ['fewProblems', 'objectiveCauses'], note: '多找主观原因', by: '孙丽萍' }, ctx);
    const rewrite = { ...texts, roots: '根本在于我主观上放松了世界观改造。' };
    expect(await saveAnalysisText(db, unitId, zhang.id, rewrite, ctx)).toMatchObject({ version: 2, analysis: { state: 'returned', version: 2 } });
    // Still unseen: saved over version 2, no third.
    expect(await saveAnalysisText(db, unitId, zhang.id, { ...rewrite, problems: '我理论学习不够深入，联系实际不够。' }, ctx)).toMatchObject({ version: 2 });
    await reviewAnalysis(db, unitId, id, 'submit', {}, ctx);
    await reviewAnalysis(db, unitId, id, 'approve', { by: '孙丽萍' }, ctx);

    const detail = await loadAnalysisDetail(db, unitId, id);
    expect(detail.versions.map((v) => [v.version, v.roots])).toEqual([
      [1, '主观上放松了学习。'],
      [2, '根本在于我主观上放松了世界观改造。'],
    ]);
    expect(detail.steps.map((s) => [s.event, s.version, s.reasons, s.by])).toEqual([
      ['submit', 1, [], '孙书记'],
      ['return', 1, ['fewProblems', 'objectiveCauses'], '孙丽萍'],
      ['submit', 2, [], '孙书记'],
      ['approve', 2, [], '孙丽萍'],
    ]);
    expect((await listAudit(db, unitId, { limit: 1 }))[0]).toMatchObject({ action: 'analysis.approve', summary: expect.stringContaining('张三的党性分析材料（第 2 稿）审阅通过') });
  });

  it('R-ANALYSIS-PUBLIC: 公示 with a period, comments while it runs, the revision as a new version, 定稿 after the period', async () => {
    const { db, unitId, zhang } = await setup();
    const { analysis } = await saveAnalysisText(db, unitId, zhang.id, texts, ctx);
    await reviewAnalysis(db, unitId, analysis.id, 'submit', {}, ctx);
    await reviewAnalysis(db, unitId, analysis.id, 'approve', {}, ctx);
    await expect(addAnalysisComment(db, unitId, analysis.id, { from: '李四', text: '措施再具体些', date: '2005-09-10' }, ctx)).rejects.toThrow('公示中才能登记');
    await expect(publishAnalyses(db, unitId, [analysis.id], { publicFrom: '2005-09-12', publicTo: '2005-09-11' }, ctx)).rejects.toThrow(UserError);
    expect(await publishAnalyses(db, unitId, [analysis.id], { publicFrom: '2005-09-10', publicTo: '2005-09-12' }, ctx)).toBe(1);

    await expect(addAnalysisComment(db, unitId, analysis.id, { from: '李四', text: ' ', date: '2005-09-10' }, ctx)).rejects.toThrow('请填写意见内容');
    await expect(addAnalysisComment(db, unitId, analysis.id, { from: '李四', text: '太早', date: '2005-09-09' }, ctx)).rejects.toThrow('不能早于公示开始');
    const c = await addAnalysisComment(db, unitId, analysis.id, { from: '李四', text: '措施再具体些', date: '2005-09-11' }, at('2005-09-11'));
    const extra = await addAnalysisComment(db, unitId, analysis.id, { from: '王五', text: '写错了', date: '2005-09-11' }, at('2005-09-11'));
    await deleteAnalysisComment(db, unitId, extra.id, at('2005-09-11'));

    expect(await saveAnalysisText(db, unitId, zhang.id, { ...texts, measures: '每月读一本书，年底前走访十家企业。' }, at('2005-09-12'))).toMatchObject({ version: 2 });
    await expect(reviewAnalysis(db, unitId, analysis.id, 'finalise', {}, at('2005-09-11'))).rejects.toThrow('公示期满后再修改定稿');
    const final = await reviewAnalysis(db, unitId, analysis.id, 'finalise', {}, at('2005-09-12'));
    expect(final).toMatchObject({ state: 'final', publicFrom: '2005-09-10', publicTo: '2005-09-12', version: 2 });
    const detail = await loadAnalysisDetail(db, unitId, analysis.id);
    expect(detail.comments).toEqual([c]);
    await expect(deleteAnalysisComment(db, unitId, c.id, at('2005-09-12'))).rejects.toThrow('公示结束后');
    await expect(saveAnalysisText(db, unitId, zhang.id, texts, at('2005-09-13'))).rejects.toThrow('已定稿');
  });

  it('R-ANALYSIS-MODE: a frail member is set to dictation; submitting needs the recorder, another party member', async () => {
    const { db, unitId, old, zhang, secretary } = await setup();
    const { analysis } = await saveAnalysisText(db, unitId, old.id, texts, ctx);
    expect(analysis.mode).toBe('dictated');
    await expect(reviewAnalysis(db, unitId, analysis.id, 'submit', {}, ctx)).rejects.toThrow('口述代记的材料要写明记录人');
    await expect(saveAnalysisMode(db, unitId, old.id, { mode: 'dictated', recorderId: old.id }, ctx)).rejects.toThrow('记录人不能是本人');
    await expect(saveAnalysisMode(db, unitId, old.id, { mode: 'dictated', recorderId: 'nobody' }, ctx)).rejects.toThrow('记录人不在本单位名册中');
    expect(await saveAnalysisMode(db, unitId, old.id, { mode: 'dictated', recorderId: secretary.id }, ctx)).toMatchObject({ recorderId: secretary.id });
    await reviewAnalysis(db, unitId, analysis.id, 'submit', {}, ctx);
    // The secretary may override the suggestion; switching to handwriting drops the recorder.
    const self = await saveAnalysisMode(db, unitId, old.id, { mode: 'self', recorderId: secretary.id }, ctx);
    expect(self.mode).toBe('self');
    expect(self.recorderId).toBeUndefined();
    expect((await getAnalysisOf(db, unitId, zhang.id))).toBeUndefined();
  });

  it('R-ANALYSIS-MODE: selfAnalysis.written counts a material received in writing from an away member, and names who is missing', async () => {
    const { db, unitId, away, zhang } = await setup();
    await expect(saveReceived(db, unitId, zhang.id, { receivedOn: '2005-09-08', receivedWay: 'post' }, ctx)).rejects.toThrow('不是外出党员');
    await expect(saveReceived(db, unitId, away.id, { receivedOn: '2005-09-11', receivedWay: 'post' }, ctx)).rejects.toThrow('不能晚于今天');
    await saveReceived(db, unitId, away.id, { receivedOn: '2005-09-08', receivedWay: 'email' }, ctx);
    const facts = await loadAnalysisFacts(db, unitId);
    expect(facts).toMatchObject({ party: 4, written: 1, received: 1 });
    const r = MEASURES['selfAnalysis.written'].compute(makeSnapshot(), { analysis: facts }, '2005-09-10');
    expect(r.done).toBe(false);
    expect(r.detail).toMatch(/^3 名党员还没有交党性分析材料：/);
    for (const name of ['张三', '吴老汉', '孙丽萍']) expect(r.detail).toContain(name);
    expect(r.detail).not.toContain('蒋卫东');
    expect(await listAnalyses(db, unitId)).toHaveLength(1);
  });

  it('refuses bad input with a Chinese message and writes nothing', async () => {
    const { db, unitId, zhang } = await setup();
    const before = await listAudit(db, unitId);
    await expect(saveAnalysisText(db, unitId, zhang.id, { ...texts, problems: '问'.repeat(5001) }, ctx)).rejects.toThrow('“存在的主要问题”不能超过 5000 个字');
    await expect(saveAnalysisText(db, unitId, 'nobody', texts, ctx)).rejects.toThrow('该党员不在本单位名册中');
    await expect(reviewAnalysis(db, unitId, 'nothing', 'submit', {}, ctx)).rejects.toThrow('不存在');
    expect(await db.analyses.count()).toBe(0);
    expect(await db.analysisVersions.count()).toBe(0);
    expect(await listAudit(db, unitId)).toHaveLength(before.length);
  });

  it('lists 2,000 materials of 3 versions each without reading a single version; one material reads only its own', async () => {
    const reads: string[] = [];
    const counting: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'count-version-reads',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          if (name !== 'analysisVersions') return t;
          return {
            ...t,
            get: (req) => (reads.push('get'), t.get(req)),
            getMany: (req) => (reads.push('getMany'), t.getMany(req)),
            query: (req) => (reads.push('query'), t.query(req)),
            openCursor: (req) => (reads.push('openCursor'), t.openCursor(req)),
            count: (req) => (reads.push('count'), t.count(req)),
          };
        },
      }),
    };
    const db = new PytDb(`repos-analysis-big-${crypto.randomUUID()}`);
    db.use(counting);
    await db.open();
    open.push(db);
    const unit = await createUnit(db, { name: '示例市大局', orgName: '中共示例市大局机关委员会', parentOrg: '', year: 2005, contact: '' }, ctx);
    const branch = await saveBranch(db, unit.id, { name: '机关党支部' }, ctx);
    const T = ctx.now;
    const ids = Array.from({ length: 2000 }, (_, i) => `m${i}`);
    await db.members.bulkAdd(ids.map((id, i) => ({ id, unitId: unit.id, kind: 'party' as const, name: `党员${i}`, branchId: branch.id, roles: [], oversees: [], employment: 'working' as const, frail: false, cannotWrite: false, away: null, createdAt: T, updatedAt: T })));
    await db.analyses.bulkAdd(ids.map((id) => ({ id: `a-${id}`, unitId: unit.id, memberId: id, mode: 'self' as const, state: 'final' as const, version: 3, publicFrom: '2005-09-01', publicTo: '2005-09-03', createdAt: T, updatedAt: T })));
    await db.analysisVersions.bulkAdd(ids.flatMap((id) => [1, 2, 3].map((version) => ({ id: `v-${id}-${version}`, unitId: unit.id, analysisId: `a-${id}`, version, problems: '问'.repeat(2000), roots: '根'.repeat(1000), measures: '措'.repeat(1000), by: '孙书记', savedAt: T }))));

    reads.length = 0;
    const [list, facts] = await Promise.all([listAnalyses(db, unit.id), loadAnalysisFacts(db, unit.id)]);
    expect(list).toHaveLength(2000);
    expect(facts).toMatchObject({ party: 2000, written: 2000, final: 2000 });
    expect(reads).toEqual([]);

    const detail = await loadAnalysisDetail(db, unit.id, 'a-m7');
    expect(detail.versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(reads).toEqual(['query']);
  });

  it('the list is read a page at a time in branch order then pinyin, with filters, totals, and reviewers from the role holders', async () => {
    const { db, unitId, zhang, secretary } = await setup();
    const second = await saveBranch(db, unitId, { name: '机关第二党支部' }, ctx);
    const ba = await saveMember(db, unitId, person('白云', second.id), ctx);
    // A party member of no branch (the roster refuses one now; an old import may hold one): listed first.
    const loose = await saveMember(db, unitId, person('钱无支', second.id), ctx);
    await db.members.update(loose.id, { branchId: undefined });
    await saveMember(db, unitId, { ...person('赵群众', second.id), kind: 'masses', branchId: undefined }, ctx);
    await saveAnalysisText(db, unitId, zhang.id, texts, ctx);
    const names = (p: { rows: { member: { name: string } }[] }) => p.rows.map((r) => r.member.name);
    // No branch first, then 机关第一党支部 (蒋, 孙, 吴, 张 by pinyin), then 机关第二党支部.
    const order = ['钱无支', '蒋卫东', '孙丽萍', '吴老汉', '张三', '白云'];
    const pages = await Promise.all([0, 2, 4].map((offset) => pageAnalysisList(db, unitId, {}, { offset, limit: 2 })));
    expect(pages.flatMap(names)).toEqual(order);
    expect(pages.map((p) => p.total)).toEqual([6, 6, 6]);
    expect(pages[2].rows.map((r) => r.analysis?.state)).toEqual(['draft', undefined]);
    expect(pages[0].people.map((m) => m.id)).toContain(secretary.id);
    expect(names(await pageAnalysisList(db, unitId, { branchId: second.id }, { offset: 0, limit: 50 }))).toEqual(['白云']);
    expect(names(await pageAnalysisList(db, unitId, { state: 'draft' }, { offset: 0, limit: 50 }))).toEqual(['张三']);
    const none = await pageAnalysisList(db, unitId, { state: 'none' }, { offset: 1, limit: 2 });
    expect([none.total, names(none)]).toEqual([5, ['蒋卫东', '孙丽萍']]);
    expect(names(await pageAnalysisList(db, unitId, { query: '白' }, { offset: 0, limit: 50 }))).toEqual([ba.name]);
  });
});
