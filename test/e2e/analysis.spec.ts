import { expect, test } from '@playwright/test';
import path from 'node:path';
import { AnalysisPages, docxXml, zipEntries } from './pages/analysis';
import { UnitNav, WelcomePage, outsideLocalhost, pinToday, recordRequests, shot } from './pages/app';
import { RosterPage } from './pages/roster';

const ROSTER = path.resolve('test/fixtures/roster/remarks.xlsx');

test('R-ANALYSIS-REWRITE: a material is written, returned with a reason, rewritten, approved, publicised, finalised and printed', async ({ page }) => {
  const requests = recordRequests(page);
  // React and antd warnings count; two things outside this page do not: the favicon the preview
  // server lacks, and antd's scroll lock of Modal and Drawer, whose <style> carries no CSP nonce.
  const logged: string[] = [];
  page.on('console', (m) => {
    const known = m.location().url.endsWith('/favicon.ico') || m.text().includes('Applying inline style violates');
    if ((m.type() === 'error' || m.type() === 'warning') && !known) logged.push(m.text());
  });
  await pinToday(page, '2026-09-12T09:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.createUnit({ name: '某市经济局', orgName: '中共某市经济局机关委员会', parentOrg: '中共某市直属机关工作委员会', year: 2026, contact: '李建国' });
  await new UnitNav(page).go('党员名册');
  const roster = new RosterPage(page);
  await roster.importFile(ROSTER);
  await roster.confirmImport();

  const a = new AnalysisPages(page);
  await a.open();
  // Mode suggested from the roster's conditions, reviewer assigned by roles (R-ANALYSIS-MODE, R-ANALYSIS-REVIEW).
  await expect(a.row('王秀兰')).toContainText('口述代记');
  await expect(a.row('许平')).toContainText('督导组');
  await expect(a.row('陈立新')).toContainText('督导组、市级分管领导');
  // A branch secretary does not review her own: the 机关党委 secretary does.
  await expect(a.row('周红')).toContainText('亲笔撰写');
  await expect(a.row('周红')).toContainText('孙明');
  await expect(a.row('周红')).toContainText('未开始');
  await shot(page, '56-analysis-list');

  await a.openMaterial('周红');
  await expect(page.getByTestId('analysis-reviewer')).toHaveText('孙明');
  await a.section('存在的主要问题').fill('一是我理论学习不够深入，满足于一知半解。二是我深入企业调研不够。');
  await a.section('产生问题的根源').fill('主要是工作忙、任务重，没有时间学习。');
  await a.section('今后努力方向和整改措施').fill('每月读一本理论书籍，年底前走访十家企业。');
  // A gentle note, never a gate.
  await expect(page.getByTestId('analysis-hints')).toContainText('客观原因');
  await a.save();
  await a.button('提交审阅').click();
  await expect(a.state()).toHaveText('已提交');

  // A return must name its reasons: the one the note suggested is pre-ticked; without any it is refused.
  await a.button('退回修改').click();
  const objective = a.dialog().getByLabel('客观原因讲得多，主观原因找得少');
  await expect(objective).toBeChecked();
  await objective.uncheck();
  await a.confirmDialog();
  await expect(page.getByText('退回修改要选择退回的原因')).toBeVisible();
  await expect(a.state()).toHaveText('已提交');
  await objective.check();
  await a.dialog().getByLabel('审阅意见').fill('多从主观上找原因');
  await a.confirmDialog();
  await expect(a.state()).toHaveText('退回修改');
  await expect(page.getByTestId('return-reasons')).toHaveText('客观原因讲得多，主观原因找得少');
  await shot(page, '57-analysis-returned');

  // The rewrite is a new version; the returned one is kept and compared side by side.
  await a.section('产生问题的根源').fill('根本在于我主观上放松了世界观改造，党性修养不够。');
  await expect(page.getByTestId('analysis-hints')).toHaveCount(0);
  await a.save();
  await expect(page.getByText('材料内容（第 2 稿）')).toBeVisible();
  await expect(page.getByTestId('diff-left-roots')).toContainText('工作忙、任务重');
  await expect(page.getByTestId('diff-right-roots')).toContainText('世界观改造');
  await a.button('重新提交审阅').click();
  await expect(a.state()).toHaveText('已提交');
  await a.button('审阅通过').click();
  await a.confirmDialog();
  await expect(a.state()).toHaveText('审阅通过');

  // 公示 (R-ANALYSIS-PUBLIC): the period, a comment, the revision, 定稿 once the period is over.
  await a.button('开始公示').click();
  await a.confirmDialog();
  await expect(a.state()).toHaveText('公示中');
  await expect(page.getByTestId('analysis-public')).toContainText('2026年9月12日至2026年9月14日');
  await page.getByLabel('提意见的人').fill('许平');
  await page.getByLabel('意见内容').fill('整改措施可以再具体一些，写明走访哪些企业');
  await a.button('登记意见').click();
  await expect(page.getByTestId('analysis-public')).toContainText('整改措施可以再具体一些');
  await a.section('今后努力方向和整改措施').fill('每月读一本理论书籍，年底前走访开发区十家中小企业，写出两篇调研报告。');
  await a.save();
  await expect(page.getByText('材料内容（第 3 稿）')).toBeVisible();
  await a.button('修改定稿').click();
  await a.dialog().getByRole('button', { name: /定\s*稿/ }).click();
  await expect(page.getByText('公示期到2026年9月14日，公示期满后再修改定稿')).toBeVisible();
  await expect(a.state()).toHaveText('公示中');

  await pinToday(page, '2026-09-15T09:00:00+08:00');
  await a.button('修改定稿').click();
  await a.dialog().getByRole('button', { name: /定\s*稿/ }).click();
  await expect(a.state()).toHaveText('定稿');
  await expect(page.getByTestId('analysis-history')).toContainText('客观原因讲得多，主观原因找得少');
  await expect(a.dialog()).toHaveCount(0);
  await shot(page, '58-analysis-final');

  // Word, one by one: the final text is on the paper.
  const xml = docxXml(await a.download(() => page.getByTestId('analysis-export').click()));
  for (const text of ['周红', '世界观改造', '开发区十家中小企业', '产生问题的根源']) expect(xml.includes(text), text).toBe(true);

  // And the branch as one .zip, with its progress.
  await page.getByText('返回党性分析材料列表').click();
  await expect(a.row('周红')).toContainText('定稿');
  await page.getByLabel('按支部筛选').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="机关第一党支部"]').click();
  const zip = zipEntries(await a.download(() => page.getByTestId('analysis-batch-export').click()));
  const names = Object.keys(zip);
  expect(names).toEqual(['01-周红-党性分析材料.docx']);
  expect(docxXml(zip[names[0]]).includes('开发区十家中小企业')).toBe(true);
  await expect(page.getByTestId('batch-result')).toContainText('已全部生成，共 1 份');

  // The checklist item is decided by the data and names who has handed in nothing.
  await new UnitNav(page).go('工作台');
  const item = page.getByRole('listitem').filter({ hasText: '每名党员撰写党性分析材料' });
  await item.getByText('每名党员撰写党性分析材料（亲笔撰写或口述记录）').hover();
  // Shown on the item or in its tooltip, whichever the home page does.
  await expect(page.getByText(/\d+ 名党员还没有交党性分析材料：/).first()).toBeVisible();
  await item.getByText('办理').click();
  await expect(page.getByRole('heading', { name: /党性分析材料/ })).toBeVisible();
  expect(outsideLocalhost(requests)).toEqual([]);
  expect(logged, 'the console stays clean').toEqual([]);
});

test('R-ANALYSIS-MODE: a frail member dictates, another member records; an away member sends the material in writing', async ({ page }) => {
  await pinToday(page, '2026-09-12T09:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.createUnit({ name: '某县农业局', orgName: '中共某县农业局机关委员会', parentOrg: '中共某县直属机关工作委员会', year: 2026, contact: '周红' });
  await new UnitNav(page).go('党员名册');
  const roster = new RosterPage(page);
  await roster.importFile(ROSTER);
  await roster.confirmImport();
  const a = new AnalysisPages(page);
  await a.open();

  await a.openMaterial('王秀兰');
  await expect(page.getByTestId('mode-suggestion')).toHaveText('建议口述代记：年老体弱、无书写能力、文化程度低（小学及以下）');
  await a.section('存在的主要问题').fill('我年纪大了，参加组织生活少了，对党的新政策学得不够。');
  await a.save();
  await a.button('提交审阅').click();
  await expect(page.getByText('口述代记的材料要写明记录人，请先选择记录人')).toBeVisible();
  await expect(a.state()).toHaveText('草稿');
  await page.getByLabel('记录人').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="蒋丽"]').click();
  await expect(page.getByText('已保存撰写方式')).toBeVisible();
  await a.button('提交审阅').click();
  await expect(a.state()).toHaveText('已提交');
  const xml = docxXml(await a.download(() => page.getByTestId('analysis-export').click()));
  for (const text of ['王秀兰', '蒋丽', '记录人']) expect(xml.includes(text), text).toBe(true);

  await page.getByText('返回党性分析材料列表').click();
  await a.openMaterial('郑小兵');
  await page.getByLabel('收到日期').fill('2026年9月10日');
  await page.getByLabel('收到日期').press('Enter');
  await page.getByLabel('寄回方式').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="邮寄"]').click();
  await a.button('登记书面寄回').click();
  await expect(page.getByTestId('analysis-received')).toHaveText('2026年9月10日以邮寄方式书面寄回');
  await shot(page, '59-analysis-away');
  await page.getByText('返回党性分析材料列表').click();
  await expect(a.row('郑小兵')).toContainText('书面寄回');
  await expect(a.row('王秀兰')).toContainText('记录人：蒋丽');
});
