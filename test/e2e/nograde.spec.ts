/**
 * R-EVAL-NOGRADE in the running app: with evaluations present (one of them holding a grade, as a
 * restored backup of a later template could), no page of the demo unit, no open evaluation and no
 * paper the app prints shows a grade, a vote count or a ranking; the scan is
 * shared/evaluation/noGrade.ts. A template copy that allows grades shows the field, saves it
 * and prints it.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { WelcomePage, shot } from './pages/app';
import { EvaluationPage, dialogShot, downloadedDocText, seedHeldMeetings, unitIdOf } from './pages/evaluation';
import { docxTexts, gradeFindings } from '../../shared/evaluation/noGrade';
import { SERIOUS } from '../../shared/evaluation/testing';

/**
 * The 督导组's verdict on a stage (R-STAGE-ACCEPT: 合格 / 不合格，需补课, on the stages page's
 * acceptance form) judges a stage, not a member: it is the one place a bare 合格 is right.
 */
const NOT_ABOUT_MEMBERS = '[data-testid^="stage-"] form .ant-form-item:has(.ant-radio-group)';

/** Every piece of text the page holds: each element's own text, blocks and cells whole, titles, field values. */
async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate((exempt) => {
    const out: string[] = [];
    const blocks = 'td, th, li, p, label, h1, h2, h3, h4, h5, .ant-form-item, .ant-statistic, .ant-alert, .ant-tag, .ant-select-selector';
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest(exempt)) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('');
      if (own.trim()) out.push(own);
      if (el.matches(blocks) && el.innerText.trim()) out.push(...el.innerText.split('\n'));
      const title = el.getAttribute('title');
      if (title) out.push(title);
    }
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) if (el.value) out.push(el.value);
    return out;
  }, NOT_ABOUT_MEMBERS);
}

async function expectNoGrade(page: Page, where: string) {
  expect(gradeFindings(await pageTexts(page)), where).toEqual([]);
}

const GRADED = '徐静';
const SHORT = '唐俊';

test('R-EVAL-NOGRADE: with evaluations present, no page, no open evaluation and no printed paper shows a grade, a vote count or a ranking', async ({ page }) => {
  test.setTimeout(240_000);
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.openDemo();
  await expect(page.getByTestId('demo-today')).toBeVisible();
  const unitId = unitIdOf(page);
  await seedHeldMeetings(page, unitId, {
    branches: ['机关第一党支部', '机关第二党支部', '离退休党支部'],
    evaluations: [
      { memberName: GRADED, fields: { fulfils: true, qualified: true, opinion: '能够履行党员义务，符合党员条件。', grade: 'excellent' } },
      {
        memberName: SHORT,
        fields: {
          fulfils: false,
          qualified: true,
          opinion: '很少参加组织生活，没有认真履行党员义务。',
          distinctions: SERIOUS,
          requirement: '按时参加组织生活',
          deadline: '2005-12-31',
          helperName: '周海涛',
          proposal: 'notFulfilling',
          facts: '一年很少参加组织生活。',
          help: '三次谈心。',
          grade: 'unqualified',
        },
      },
    ],
    report: { recipients: '市委组织部、市先进性教育活动办公室', intro: '现报告如下：', supervisorReview: '同意上报。', sentOn: '2005-09-13', memberNames: [SHORT] },
  });

  // Every page of the menu.
  await expect(page.getByRole('menuitem', { name: '党员评议' })).toBeVisible();
  const labels = (await page.getByRole('menuitem').allInnerTexts()).map((t) => t.trim());
  expect(labels).toEqual(expect.arrayContaining(['工作台', '党员评议', '两个通报', '操作记录']));
  for (const [i, label] of labels.entries()) {
    await page.getByRole('menuitem').nth(i).click();
    await expect(page.locator('.pyt-page, main').first()).toBeVisible();
    await page.waitForTimeout(400);
    await expectNoGrade(page, label);
  }

  // The evaluation page: each branch, the graded member's record open, the short member's too.
  const ev = new EvaluationPage(page);
  await ev.open();
  await ev.branch('机关第二党支部');
  await expect(ev.row(GRADED)).toContainText('能够履行党员义务，符合党员条件。');
  await expect(ev.row(SHORT)).toContainText('拟定为不履行党员义务，已上报');
  await expectNoGrade(page, '党员评议 机关第二党支部');
  await shot(page, '62-nograde-evaluation');
  for (const name of [GRADED, SHORT]) {
    await ev.evaluate(name);
    await expect(ev.dialog().getByLabel('支部评议意见')).not.toHaveValue('');
    await expect(ev.dialog().getByText('格次')).toHaveCount(0);
    await expectNoGrade(page, `评议 ${name}`);
    await ev.dialog().getByRole('button', { name: /取\s*消/ }).click();
    await expect(ev.dialog()).toBeHidden();
  }

  // The papers of the evaluation, from these records.
  const tab = page.getByTestId(/^branch-/).filter({ visible: true });
  for (const click of [
    () => tab.getByTestId('export-summary').click(),
    () => ev.row(GRADED).getByRole('button', { name: `导出${GRADED}的评议意见表` }).click(),
    () => ev.row(SHORT).getByRole('button', { name: `导出${SHORT}的评议意见表` }).click(),
    () => page.getByTestId('evaluation-report').getByTestId('export-report').click(),
  ]) {
    const doc = await downloadedDocText(page, click);
    expect(docxTexts(doc.xml).length, doc.name).toBeGreaterThan(0);
    expect(gradeFindings(docxTexts(doc.xml)), doc.name).toEqual([]);
  }

  // Every paper of 打印材料, all at once.
  await page.getByRole('menuitem', { name: '打印材料' }).click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-all').click();
  const zip = unzipSync(new Uint8Array(readFileSync(await (await download).path())));
  const docs = Object.entries(zip).filter(([name]) => name.endsWith('.docx'));
  expect(docs.length).toBeGreaterThan(0);
  for (const [name, bytes] of docs) expect(gradeFindings(docxTexts(strFromU8(unzipSync(bytes)['word/document.xml']))), name).toEqual([]);
});

test('R-EVAL-NOGRADE: a template copy that allows grades shows the grade field, saves the grade and prints it', async ({ page }) => {
  test.setTimeout(180_000);
  // The bundled 2005 template, served with allowGrades turned on: a later template that grades.
  let patched = 0;
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/(id:`fenxi-pingyi-2005`[^;]*?allowGrades:)!1/, (_, head: string) => {
      patched += 1;
      return `${head}!0`;
    });
    await route.fulfill({ response, body });
  });
  const welcome = new WelcomePage(page);
  await welcome.goto();
  expect(patched).toBe(1);
  await welcome.openDemo();
  await expect(page.getByTestId('demo-today')).toBeVisible();
  await seedHeldMeetings(page, unitIdOf(page), { branches: ['机关第二党支部'] });

  const ev = new EvaluationPage(page);
  await ev.open();
  await expect(page.getByText('本活动模板规定评定党员格次，评议时可以填写格次。')).toBeVisible();
  await ev.branch('机关第二党支部');
  await ev.evaluate(GRADED);
  await ev.choose('履行了党员义务');
  await ev.choose('符合党员条件');
  await ev.dialog().getByLabel('支部评议意见').fill('能够履行党员义务，符合党员条件。');
  const grade = ev.dialog().getByLabel('格次', { exact: true });
  await grade.click();
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option-active')).toHaveText('优秀');
  await grade.press('Enter');
  await dialogShot(page, '62-grades-allowed-dialog');
  await ev.save();
  await expect(ev.dialog()).toBeHidden();
  await expect(page.getByRole('columnheader', { name: '格次' })).toBeVisible();
  await expect(ev.row(GRADED)).toContainText('优秀');
  const doc = await downloadedDocText(page, () => ev.row(GRADED).getByRole('button', { name: `导出${GRADED}的评议意见表` }).click());
  expect(docxTexts(doc.xml)).toEqual(expect.arrayContaining(['格次', '优秀']));
  const tab = page.getByTestId(/^branch-/).filter({ visible: true });
  const summary = await downloadedDocText(page, () => tab.getByTestId('export-summary').click());
  expect(docxTexts(summary.xml)).toEqual(expect.arrayContaining(['格次', '优秀']));
});
