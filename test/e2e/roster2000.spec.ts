import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BENCH_BRANCHES, rosterTable } from '../bench/rosterSheet';
import { UnitNav, WelcomePage, pinToday, shot } from './pages/app';
import { RosterPage } from './pages/roster';

// The roster bench's sheet (test/bench/rosterSheet.ts) through the real app. No timing here:
// the figures are the bench's job; this proves 2,000 people import, list, search and page.
const N = 2000;
const table = rosterTable(N, { uniqueNames: true });
const people = table.slice(3, 3 + N);
const COL = { name: 1, post: 6, kind: 7, phone: 11 };
const nonParty = people.filter((r) => r[COL.kind] === '群众').length;
const matching = (q: string) => people.filter((r) => [COL.name, COL.post, COL.phone].some((c) => r[c].includes(q))).length;

let dir = '';
let file = '';
test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pyt-roster2000-'));
  file = path.join(dir, '花名册2000人.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('花名册').addRows(table);
  await wb.xlsx.writeFile(file);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a unit of 2,000 people: import, 共 2000 人, search narrows, pages of 50', async ({ page }) => {
  test.setTimeout(300_000);
  await pinToday(page, '2026-09-02T09:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.createUnit({ name: '某市财政局', orgName: '中共某市财政局机关委员会', parentOrg: '中共某市直属机关工作委员会', year: 2026, contact: '张书记' });
  await expect(page.getByTestId('unit-name')).toHaveText('中共某市财政局机关委员会');

  await new UnitNav(page).go('党员名册');
  const roster = new RosterPage(page);
  // A generous wait, not a timing assertion: reading and checking 2,000 rows takes a few seconds
  // on a busy 2-CPU machine (figures in test/bench/README.md).
  const slowStep = { timeout: 120_000 };
  await page.getByRole('button', { name: '从 Excel 导入' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('pick-roster').click();
  await (await chooser).setFiles(file);
  await expect(roster.summary()).toContainText(`共 ${N} 人：0 行有错误不能导入`, slowStep);
  await expect(roster.summary()).toContainText(`已勾选 ${N} 人`);
  await page.getByTestId('confirm-import').click();
  await expect(page.getByRole('heading', { name: /党员名册/ })).toBeVisible(slowStep);
  await expect.poll(() => roster.total()).toBe(N);
  await expect(page.getByRole('heading', { name: /党员名册/ })).toContainText(
    `党员 ${N - nonParty} 人，非党员 ${nonParty} 人，${BENCH_BRANCHES.length} 个支部`,
  );
  await shot(page, 'roster2000-01-imported');

  // Pages of 50: the first and the last are full, and show different people.
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(50);
  const firstOnPage1 = await rows.first().locator('td').first().innerText();
  await page.locator(`.ant-pagination-item-${N / 50}`).click();
  await expect(page.locator('.ant-pagination-item-active')).toHaveText(String(N / 50));
  await expect(rows).toHaveCount(50);
  await expect(rows.first().locator('td').first()).not.toHaveText(firstOnPage1);

  // Search narrows the list: one person by name, a surname, a phone prefix; clearing restores it.
  const search = page.getByLabel('查找人员');
  const someone = people[1234][COL.name];
  await search.fill(someone);
  await expect.poll(() => roster.total()).toBe(1);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(someone);
  await search.fill('王');
  await expect.poll(() => roster.total()).toBe(matching('王'));
  expect(matching('王')).toBeGreaterThan(1);
  expect(matching('王')).toBeLessThan(N);
  await search.fill('科长');
  await expect.poll(() => roster.total()).toBe(matching('科长'));
  await shot(page, 'roster2000-02-search');
  await search.fill('');
  await expect.poll(() => roster.total()).toBe(N);
});
