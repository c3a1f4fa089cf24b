import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { UnitNav, WelcomePage, outsideLocalhost, pinToday, recordRequests, shot } from './pages/app';

async function documentXml(page: Page, click: () => Promise<void>): Promise<string> {
  const download = page.waitForEvent('download');
  await click();
  const file = await (await download).path();
  const zip = unzipSync(new Uint8Array(readFileSync(file)));
  return strFromU8(zip['word/document.xml']);
}

test('R-STAGE-PLAN: 规定动作 are locked, 自选动作 are the unit\'s, the plan is reviewed and printed in Word', async ({ page }) => {
  const requests = recordRequests(page);
  await pinToday(page, '2026-09-02T09:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.createUnit({ name: '某市经济局', orgName: '中共某市经济局机关委员会', parentOrg: '中共某市直属机关工作委员会', year: 2026, contact: '李建国' });
  const nav = new UnitNav(page);
  await nav.go('阶段工作方案');

  const mandatoryRow = page.getByRole('row', { name: /召开转段动员会/ });
  await expect(mandatoryRow).toContainText('规定动作');
  await expect(mandatoryRow.getByText('删除')).toHaveCount(0);

  // An optional action without real content is refused (no 花架子), then added properly.
  await page.getByRole('button', { name: '添加自选动作' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('工作内容').fill('走访服务对象企业');
  await dialog.getByLabel('具体要求和做法').fill('班子成员每人走访两家企业，当面听取对机关作风的意见');
  await dialog.getByLabel('完成时间').fill('2026年9月12日');
  await dialog.getByLabel('完成时间').press('Enter');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByRole('row', { name: /走访服务对象企业/ })).toContainText('自选动作');

  await page.getByLabel('指导思想').fill('以党章为根本遵循，结合经济局服务企业的实际开展分析评议。');
  await page.getByTestId('save-plan-texts').click();
  await expect(page.getByText('方案正文已保存')).toBeVisible();

  await page.getByRole('button', { name: '报督导组审核' }).click();
  await expect(page.getByTestId('plan-state')).toHaveText('已报督导组审核');
  await shot(page, '20-plan-submitted');

  const xml = await documentXml(page, () => page.getByTestId('export-plan').click());
  expect(xml.includes('中共某市经济局机关委员会'), '中共某市经济局机关委员会').toBe(true);
  expect(xml.includes('以党章为根本遵循'), '以党章为根本遵循').toBe(true);
  expect(xml.includes('走访服务对象企业'), '走访服务对象企业').toBe(true);
  expect(xml.includes('召开转段动员会'), '召开转段动员会').toBe(true);

  await nav.go('打印材料');
  const form = await documentXml(page, () => page.getByTestId('export-opinionForm').click());
  expect(form.includes('征求意见表'), '征求意见表').toBe(true);
  const ballot = await documentXml(page, () => page.getByTestId('export-surveyBallot').click());
  expect(ballot.includes('领导班子专题民主生活会'), '领导班子专题民主生活会').toBe(true);

  expect(outsideLocalhost(requests)).toEqual([]);
});

test('what the user is typing in the plan is kept when another part of the plan is saved', async ({ page }) => {
  await pinToday(page, '2026-09-10T10:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.openDemo();
  await new UnitNav(page).go('阶段工作方案');
  await page.getByLabel('目标任务').fill('正在输入、尚未保存的目标任务');
  await page.getByRole('button', { name: '添加自选动作' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('工作内容').fill('组织党员到社区报到服务');
  await dialog.getByLabel('具体要求和做法').fill('每名在职党员到居住地社区报到，认领一项服务');
  await dialog.getByLabel('完成时间').fill('2005年9月20日');
  await dialog.getByLabel('完成时间').press('Enter');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByRole('row', { name: /组织党员到社区报到服务/ })).toBeVisible();
  await expect(page.getByLabel('目标任务')).toHaveValue('正在输入、尚未保存的目标任务');
});
