import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { WelcomePage } from './pages/app';
import { SelfCheckPage } from './pages/selfcheck';

const SHOTS = process.env.SELFCHECK_SHOTS ?? path.resolve('test-results/screens');

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Console errors and warnings, less the CSP's knowing refusals of rc-components' inline styles and the browser's favicon request. */
function consoleProblems(page: Page): string[] {
  const out: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    if (/^Applying inline style violates the following Content Security Policy directive 'style-src /.test(m.text())) return;
    // Chromium asks the preview server for a /favicon.ico the app does not have.
    if (m.location().url.endsWith('/favicon.ico')) return;
    out.push(`${m.text()} (${m.location().url})`);
  });
  return out;
}

test('R-STAGE-SELFCHECK: the self-inspection of the demo, pre-filled with the measured figures, edited, saved, exported and put to the 督导组', async ({ page }) => {
  const problems = consoleProblems(page);
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.openDemo();
  await expect(page.getByTestId('demo-today')).toHaveText('演示日期 2005年9月13日');
  // The home page's checklist: decided by the data, not yet done.
  await expect(page.getByTestId('detail-selfCheck.done')).toContainText('尚未开展阶段自查');

  const sc = new SelfCheckPage(page);
  await sc.open();
  // The figures are the measured ones, and the drafted paragraph says the same numbers.
  const opinions = await sc.figure('opinions', '征求到意见');
  expect(opinions).toMatch(/^\d+条$/);
  await expect(sc.assessment('opinions')).toHaveValue(new RegExp(`本阶段共征求到意见${opinions}`));
  const talksDone = await sc.figure('talks', '已谈');
  await expect(sc.assessment('talks')).toHaveValue(new RegExp(`已谈${talksDone}`));
  expect(await sc.figure('meetings', '领导班子专题民主生活会')).toBe('计划9月22日召开');
  expect(await sc.figure('satisfaction', '满意度测评')).toBe('尚未开展');
  expect(await sc.figure('fixNow', '已过期')).toBe('1项');
  // The stage's unfinished items, as warnings the report must state.
  await expect(sc.unfinished()).toContainText('本阶段还有');
  await expect(sc.unfinished()).toContainText('制定谈心计划');
  await expect(sc.shortcomings()).toHaveValue(/^1\. /);
  await shot(page, 'selfcheck-1-prefilled');

  // Nothing saved yet: the request for acceptance is refused with the reason.
  await sc.askReady();
  await expect(sc.message('还没有保存自查情况')).toBeVisible();

  // A point left empty is saved, and keeps the checklist item unmet.
  await sc.assessment('satisfaction').fill('');
  await sc.save();
  await expect(sc.message('自查情况已保存')).toBeVisible();
  await sc.askReady();
  await expect(sc.message(/还有 1 个方面没有写自查情况：群众满意程度/)).toBeVisible();
  await expect(sc.message(/还没有导出自查报告/).first()).toBeVisible();

  const satisfaction = '两个会议还没有召开，会后组织群众满意度测评，低于百分之七十的认真补课。';
  await sc.assessment('satisfaction').fill(satisfaction);
  const talks = `${await sc.assessment('talks').inputValue()}离退休党支部的谈心由支部书记上门进行。`;
  await sc.assessment('talks').fill(talks);
  await sc.save();
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();

  // The 自查报告: the edited texts and the figures, read back from the .docx.
  const text = await sc.exportReportText();
  expect(text).toContain('中共示例市经济局机关委员会分析评议阶段自查报告');
  expect(text).toContain('谈心活动是否普遍、深入、有效');
  expect(text).toContain(talks);
  expect(text).toContain(satisfaction);
  expect(text).toContain(`主要数据：征求到意见${opinions}；`);
  expect(text).toContain('领导班子专题民主生活会计划9月22日召开');
  expect(text).toContain('存在的不足');
  expect(text).toContain('2005年9月13日');
  await expect(page.getByTestId('selfcheck-steps')).toContainText('2005年9月13日已导出');

  // Put to the 督导组: the open items are asked about once, then the stage is marked ready.
  await sc.askReady();
  const dialog = page.locator('.ant-modal:visible');
  await expect(dialog).toContainText('项工作没有完成');
  await dialog.getByRole('button', { name: '提请验收' }).click();
  await expect(page.getByTestId('selfcheck-ready')).toContainText('已于2005年9月13日提请督导组检查验收');
  await shot(page, 'selfcheck-2-ready');

  // The checklist follows.
  await page.getByRole('menuitem', { name: '工作台' }).click();
  await expect(page.getByText('对照六个方面开展阶段自查', { exact: true })).toBeVisible();
  await expect(page.getByTestId('detail-selfCheck.done')).toHaveCount(0);
  await expect(page.getByTestId('detail-selfCheck.report')).toHaveCount(0);

  // An edit after the request withdraws it: the report must be exported and put again.
  await sc.open();
  await sc.assessment('fixNow').fill(`${await sc.assessment('fixNow').inputValue()}过期的一项已督促办理。`);
  await sc.save();
  await expect(page.getByTestId('selfcheck-ready')).toHaveCount(0);
  await sc.askReady();
  await expect(sc.message(/还没有导出自查报告/).last()).toBeVisible();
  expect(problems).toEqual([]);
});
