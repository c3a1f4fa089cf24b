import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/** Fills an antd DatePicker by typing, as a user would, e.g. "2005年9月15日". */
async function typeDate(field: Locator, text: string) {
  await field.fill(text);
  await field.press('Enter');
}

/** The 边议边改 page: the ledger tab (R-FIX-NOW) and the study tab (R-STUDY). */
export class ThroughoutPage {
  constructor(private page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: '边议边改' }).click();
    await expect(this.page.getByRole('heading', { name: '边议边改和学习' })).toBeVisible();
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  /** Fills the open item form and saves it. `owner` is typed; `fromRoster` picks the roster's person of that name. */
  async fillItem(v: { problem?: string; measure: string; owner: string; fromRoster?: boolean; deadline: string }) {
    const d = this.dialog();
    if (v.problem !== undefined) await d.getByLabel('存在问题').fill(v.problem);
    await d.getByLabel('整改措施').fill(v.measure);
    await d.getByLabel('责任人').fill(v.owner);
    const option = this.page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await (v.fromRoster ? option.filter({ hasText: new RegExp(`^${v.owner}（`) }).first() : option.filter({ hasText: '名册外' })).click();
    await typeDate(d.getByLabel('完成时限'), v.deadline);
    await d.getByRole('button', { name: /保\s*存/ }).click();
    await expect(d).toHaveCount(0);
  }

  async addItem(v: { problem: string; measure: string; owner: string; fromRoster?: boolean; deadline: string }) {
    await this.page.getByRole('button', { name: '新增整改事项' }).click();
    await this.fillItem(v);
  }

  row(problem: string) {
    return this.page.getByRole('row').filter({ hasText: problem });
  }

  /** The ledger's rows, top to bottom (the header row left out). */
  rows() {
    return this.page.getByTestId('fix-now').locator('.ant-table-tbody tr.ant-table-row');
  }

  async markDone(problem: string, result: string) {
    await this.row(problem).getByText('标记完成').click();
    const d = this.dialog();
    await d.getByLabel('整改结果').fill(result);
    await d.getByRole('button', { name: /保\s*存/ }).click();
    await expect(d).toHaveCount(0);
  }

  /** Exports the ledger and returns the text of its word/document.xml. */
  async exportLedgerXml(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-fix-ledger').click();
    const file = await (await download).path();
    return strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']);
  }

  async openStudy() {
    await this.page.getByRole('tab', { name: '学习记录' }).click();
    await expect(this.page.getByTestId('study')).toBeVisible();
  }

  /** The branches of the attendee picker in the open study form. */
  branches() {
    return this.dialog().getByTestId('attendee-branch');
  }

  async typeDate(field: Locator, text: string) {
    await typeDate(field, text);
  }
}
