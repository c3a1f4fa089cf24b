import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { OpinionsPage } from './pages/opinions';
import { RosterPage } from './pages/roster';
import { UnitNav, WelcomePage, outsideLocalhost, pinToday, recordRequests } from './pages/app';

const ROSTER = path.resolve('test/fixtures/roster/awkward.xlsx');
const SHOTS = process.env.OPINION_SHOTS;

/** Screenshots for someone to look at, only when OPINION_SHOTS names a folder. */
async function look(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

// Typed up from paper forms: headings, numbering, tags in front and behind, a blank line, a
// duplicate, a line with only its number. Nothing about 领导班子's 工作作风 yet.
const PASTED = [
  '一、对党组织的意见',
  '1、【党员】理想信念：组织生活不经常，学习流于形式',
  '（2）工作学习：支部活动内容单一——群众',
  '3、作风：联系群众不够（服务对象，意见箱）',
  '',
  '二、对领导班子的意见',
  '（一）理想信念方面',
  '1、【服务对象】对宗旨的理解停留在口头上',
  '（二）工作学习方面',
  '1、下基层调研少（群众）',
  '2、下基层调研少。',
  '三、对党员个人的意见',
  '陈小红：理想信念：外出期间很少参加组织生活',
  '冯刚：工作学习：业务学习不够主动',
  '冯刚：作风：对待办事群众态度生硬',
  '4、',
].join('\n');

test('征求意见: pasted opinions leave a blank in the matrix; filling it turns the item green; the 汇总表 downloads with the opinions', async ({ page }) => {
  const requests = recordRequests(page);
  // React and antd warnings count; not the favicon the preview server lacks, nor the <style> of
  // antd's Modal scroll lock, which carries no CSP nonce (electron/main/csp.ts).
  const logged: string[] = [];
  page.on('console', (m) => {
    const known = m.location().url.endsWith('/favicon.ico') || m.text().includes('Applying inline style violates');
    if ((m.type() === 'error' || m.type() === 'warning') && !known) logged.push(m.text());
  });
  await pinToday(page, '2026-09-10T09:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.createUnit({ name: '某市经济局', orgName: '中共某市经济局机关委员会', parentOrg: '中共某市直属机关工作委员会', year: 2026, contact: '李建国' });
  await new UnitNav(page).go('党员名册');
  const roster = new RosterPage(page);
  await roster.importFile(ROSTER);
  await roster.confirmImport();

  const op = new OpinionsPage(page);
  await op.open();
  await expect(op.item('opinions.content')).toHaveAttribute('data-done', 'no');
  await expect(op.item('opinions.content')).toContainText('还有 9 处空白');

  // The preview shows what each line gave, the duplicate, and the line it cannot use.
  const dialog = await op.paste(PASTED, { channel: '座谈会', source: '群众' });
  const preview = dialog.getByTestId('paste-preview');
  await expect(preview.getByRole('row', { name: /^11 下基层调研少。/ })).toContainText('与第 10 行重复');
  await expect(preview.getByRole('row', { name: /^16 4、/ })).toContainText('只有序号，没有意见内容');
  await expect(preview.getByRole('row', { name: /^13 外出期间很少参加组织生活/ })).toContainText('陈小红');
  await expect(dialog.getByTestId('paste-summary')).toHaveText('将保存 8 条意见；1 行不能用（见“情况”一栏）；5 行是分组标题；空行 1 行已跳过');
  await look(page, 'opinions-paste-preview');
  await dialog.getByTestId('paste-save').click();
  await expect(page.getByText('已保存 8 条意见')).toBeVisible();
  await expect(page.getByTestId('opinion-count')).toHaveText('共 8 条意见');

  // The one blank left is named in words, on the matrix and on the checklist item.
  await expect(op.cell('leadership', 'style')).toHaveText('空白');
  await expect(op.cell('member', 'style')).toHaveText('1 条');
  await expect(op.blanks()).toHaveText(/对领导班子的工作作风方面还没有意见/);
  await expect(op.item('opinions.content')).toHaveAttribute('data-done', 'no');
  await expect(op.item('opinions.content')).toContainText('还有 1 处空白：对领导班子的工作作风方面还没有意见');
  await expect(op.item('opinions.scope')).toHaveAttribute('data-done', 'yes');

  await op.addOne({ text: '会议多、文件多，陪会多', target: '领导班子', category: '工作作风', channel: '个别交谈', source: '党员' });
  await expect(op.cell('leadership', 'style')).toHaveText('1 条');
  await expect(op.blanks()).toHaveCount(0);
  await expect(op.item('opinions.content')).toHaveAttribute('data-done', 'yes');
  await expect(op.item('opinions.channels')).toHaveAttribute('data-done', 'yes');
  await look(page, 'opinions-page');

  // The home page's checklist shows the item green too.
  await new UnitNav(page).go('工作台');
  const homeItem = page.locator('li', { hasText: '征求对党组织、领导班子和每名党员的意见' });
  await expect(homeItem.locator('.anticon-check-circle')).toBeVisible();
  await op.open();

  // The 汇总表, read back from the .docx.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-opinion-summary').click();
  const file = await (await download).path();
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']);
  for (const text of ['征求意见汇总表', '组织生活不经常，学习流于形式', '会议多、文件多，陪会多', '陈小红同志', '座谈会']) {
    expect(xml.includes(text), text).toBe(true);
  }

  // Last year's opinions and feedback, for the record (and to look at).
  await page.getByRole('tab', { name: '去年民主生活会意见' }).click();
  await page.getByRole('button', { name: '添加去年的意见' }).click();
  const ly = page.getByRole('dialog', { name: '添加去年民主生活会的意见' });
  await ly.getByLabel('去年群众提的意见').fill('办事窗口少，排队时间长');
  await ly.getByText('部分整改', { exact: true }).click();
  await ly.getByLabel(/说明/).fill('增设了一个窗口，高峰时仍要排队');
  await ly.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('last-year')).toContainText('办事窗口少，排队时间长');
  await expect(op.item('opinions.lastYear')).toHaveAttribute('data-done', 'yes');
  await look(page, 'opinions-last-year');

  await page.getByRole('tab', { name: '意见反馈' }).click();
  await expect(page.getByTestId('feedback')).toContainText('还没有反馈意见');
  await look(page, 'opinions-feedback');
  expect(outsideLocalhost(requests)).toEqual([]);
  expect(logged, 'the console stays clean').toEqual([]);
});

test('R-OPIN-FEEDBACK: in the 示例单位, feedback recorded for one person takes him off the list of those still waiting', async ({ page }) => {
  await pinToday(page, '2026-09-20T10:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.openDemo();
  const op = new OpinionsPage(page);
  await op.open();
  await look(page, 'opinions-demo');
  await page.getByRole('tab', { name: '意见反馈' }).click();
  const card = page.getByTestId('feedback');
  const waiting = async () => Number(/还没反馈（(\d+)）/.exec(await card.getByText(/还没反馈（\d+）/).innerText())?.[1]);
  // The demo may have fed back to everyone already: then take one record away first.
  if ((await waiting()) === 0) {
    await card.getByText(/全部（\d+）/).click();
    await card.getByRole('link', { name: '删除' }).first().click();
    await page.getByRole('button', { name: /删\s*除/ }).click();
    await card.getByText(/还没反馈（\d+）/).click();
  }
  const before = await waiting();
  expect(before).toBeGreaterThan(0);
  const row = card.getByRole('row').filter({ has: page.getByRole('button', { name: '记录反馈', disabled: false }) }).first();
  const name = (await row.getByRole('cell').first().innerText()).trim();
  await row.getByRole('button', { name: '记录反馈' }).click();
  const dialog = page.getByRole('dialog', { name: `向${name}反馈意见` });
  await dialog.getByText('单独反馈', { exact: true }).click();
  await dialog.getByLabel('备注').fill('当面反馈了群众对其工作作风的意见');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已记录反馈')).toBeVisible();
  await expect.poll(waiting).toBe(before - 1);
  await expect(card.getByRole('row', { name: new RegExp(`^${name} `) })).toHaveCount(0);
  const item = op.item('opinions.feedback');
  if (before - 1 > 0) await expect(item).toContainText(`${before - 1} 人还没有反馈意见`);
  else await expect(item).toHaveAttribute('data-done', 'yes');
  await look(page, 'opinions-demo-feedback');
});
