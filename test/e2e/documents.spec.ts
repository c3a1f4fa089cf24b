import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { UnitNav, WelcomePage, pinToday, shot } from './pages/app';
import { DocumentsPage, FONT_KEYS, FONT_STATE_TEXT } from './pages/documents';

test.beforeEach(async ({ page }) => {
  await pinToday(page, '2026-09-10T10:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.openDemo();
  await expect(page.getByTestId('current-stage')).toContainText('分析评议阶段');
});

test('打印材料 says for each document font whether this PC has it, or what Word prints in instead', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  await new UnitNav(page).go('打印材料');
  const docs = new DocumentsPage(page);
  await docs.expectOpen();

  // The page names each font of the settings, the 正文 font among them.
  await expect(docs.font('body')).toContainText('正文');
  await expect(docs.font('body')).toContainText('仿宋_GB2312');
  await expect(docs.font('title')).toContainText('方正小标宋简体');

  // Whatever this machine has (Debian with Noto CJK: likely none of the official faces), each
  // font is in one of the three states, said in words.
  const seen: Record<string, string> = {};
  for (const key of FONT_KEYS) {
    const { state, text } = await docs.fontState(key);
    expect(Object.keys(FONT_STATE_TEXT), `${key}: ${state}`).toContain(state);
    expect(text, key).toMatch(FONT_STATE_TEXT[state as keyof typeof FONT_STATE_TEXT]);
    seen[key] = state!;
  }
  // A font with nothing to stand in for it says how to put that right, and leads to the settings.
  const missing = FONT_KEYS.find((k) => seen[k] === 'missing');
  if (missing) {
    const hint = page.getByTestId('font-missing-hint');
    await expect(hint).toContainText(`“${await docs.fontName(missing)}”`);
    await hint.getByRole('link', { name: '单位与设置 → 公文字体' }).click();
    await expect(page.locator('.ant-card', { hasText: '公文字体' }).first()).toBeVisible();
    await page.goBack();
    await docs.expectOpen();
  }
  await expect(docs.font('body')).not.toHaveAttribute('data-state', 'checking');
  await page.waitForTimeout(300);
  await shot(page, '40-documents-fonts');
  expect(errors).toEqual([]);
});

test('全部生成 builds every printable document with progress and saves them as one zip', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  await new UnitNav(page).go('打印材料');
  const docs = new DocumentsPage(page);
  await docs.expectOpen();

  // Every text the progress line shows, as the page shows it.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="batch-progress"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const download = page.waitForEvent('download');
  await docs.exportAll.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('中共示例市经济局机关委员会打印材料.zip');
  await expect(docs.result).toContainText('已全部生成，共 3 份');
  await expect(docs.progress).toHaveCount(0);
  await page.waitForTimeout(300); // the buttons' fade back from disabled
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  for (const step of ['正在生成 1/3：分析评议阶段工作方案', '正在生成 2/3：征求意见表（空白）', '正在生成 3/3：群众满意度测评表（空白）']) {
    expect(seen.some((t) => t.includes(step)), `${step} in ${JSON.stringify(seen)}`).toBe(true);
  }
  await shot(page, '41-documents-batch-done');

  const zip = unzipSync(new Uint8Array(readFileSync(await file.path())));
  const names = Object.keys(zip).sort();
  expect(names).toEqual(
    [
      '中共示例市经济局机关委员会分析评议阶段工作方案.docx',
      '中共示例市经济局机关委员会征求意见表（空白）.docx',
      '中共示例市经济局机关委员会群众满意度测评表（空白）.docx',
    ].sort(),
  );
  for (const name of names) {
    const docx = unzipSync(zip[name]);
    expect(strFromU8(docx['word/document.xml']), name).toContain('<w:body>');
  }
  expect(errors).toEqual([]);
});

test('全部生成 can be cancelled while it runs: it stops, and nothing is saved', async ({ page }) => {
  // The batch gives the page a turn (a 0 ms timer) before each document; stretched here to
  // 1.5 s once the batch starts, so there is time to press 取消 in the middle.
  await page.addInitScript(() => {
    const setTimer = window.setTimeout;
    const w = window as unknown as { slowBatch?: boolean; setTimeout: (fn: () => void, ms?: number) => number };
    w.setTimeout = (fn, ms) => setTimer(fn, w.slowBatch && !ms ? 1500 : ms);
  });
  await page.reload();
  await new UnitNav(page).go('打印材料');
  const docs = new DocumentsPage(page);
  await docs.expectOpen();
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.evaluate(() => ((window as unknown as { slowBatch: boolean }).slowBatch = true));
  await docs.exportAll.click();
  await expect(docs.progress).toContainText('正在生成 2/3：征求意见表（空白）');
  await expect(docs.exportAll).toBeDisabled();
  await docs.progress.getByRole('button').click();
  await expect(docs.result).toContainText('已取消，没有保存文件。');
  await expect(docs.progress).toHaveCount(0);
  await page.evaluate(() => ((window as unknown as { slowBatch: boolean }).slowBatch = false));
  await expect(docs.exportAll).toBeEnabled();
  expect(downloads).toBe(0);
});

test('on a PC like stock Windows (仿宋, 楷体, 黑体, 宋体 only), the page says Word prints in 仿宋, 楷体 and 宋体 instead', async ({ page }) => {
  // The browser build measures text to tell which fonts exist; here the measuring is made to
  // find exactly the four faces stock Windows has, so each state shows whatever this machine has.
  await page.addInitScript(() => {
    const measure = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (text: string) {
      const width = measure.call(this, text).width;
      return { width: /^\S+ "?(仿宋|楷体|黑体|宋体)"?,/.test(this.font) ? width * 1.07 : width } as TextMetrics;
    };
  });
  await page.reload();
  await new UnitNav(page).go('打印材料');
  const docs = new DocumentsPage(page);
  await docs.expectOpen();
  const said = async (key: (typeof FONT_KEYS)[number]) => (await docs.fontState(key)).text;
  expect(await said('title')).toBe('未安装，Word 会用“宋体”代替');
  expect(await said('body')).toBe('未安装，Word 会用“仿宋”代替');
  expect(await said('heading1')).toBe('已安装');
  expect(await said('heading2')).toBe('未安装，Word 会用“楷体”代替');
  expect(await said('pageNumber')).toBe('已安装');
  await expect(page.getByTestId('font-summary')).toHaveText('有的字体这台电脑上没有，Word 会自动用相近的字体代替，可以正常打印。');
  await expect(page.getByTestId('font-missing-hint')).toHaveCount(0);
  await shot(page, '42-documents-fonts-windows');
});
