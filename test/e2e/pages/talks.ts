import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { chooseOption } from './app';

/** The 谈心谈话 page: the list of talks with its dialogs, the coverage per person, the exports. */
export class TalksPage {
  constructor(private page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: '谈心谈话' }).click();
    await expect(this.page.getByRole('heading', { name: '谈心谈话' })).toBeVisible();
  }

  /** 生成应谈名单; once the list has talks, the button asks first (`again`). */
  async generate(again = false) {
    await this.page.getByTestId('generate-talks').click();
    if (again) await this.page.locator('.ant-popconfirm').getByRole('button', { name: /^生\s*成$/ }).click();
  }

  /** Only the talks of one person. */
  async filterPerson(label: string) {
    const select = this.page.getByLabel('只看某人的谈心');
    await select.click();
    await select.fill(label);
    await chooseOption(this.page, label);
  }

  /** The row of the talk between two people (谈话人 first). */
  row(initiator: string, partner: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: initiator, exact: true }) })
      .filter({ has: this.page.getByRole('cell', { name: partner, exact: true }) });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Fills the plan dialog and saves. */
  async fillPlan(p: { date: string; time: string; place: string; topic?: string }) {
    const d = this.dialog();
    await d.getByLabel('日期').fill(p.date);
    await d.getByLabel('日期').press('Enter');
    await d.getByLabel('开始时间').fill(p.time);
    await d.getByLabel('开始时间').press('Enter');
    await d.getByLabel('地点').fill(p.place);
    if (p.topic) await d.getByLabel('谈话主要内容（提前准备）').fill(p.topic);
    await d.getByRole('button', { name: '保存安排' }).click();
  }

  async recordDone(note: string) {
    const d = this.dialog();
    await d.getByLabel('谈心情况（简要记录）').fill(note);
    await d.getByRole('button', { name: '保存记录' }).click();
    await expect(d).toBeHidden();
  }

  async tab(name: '谈心安排和记录' | '谈心情况（按人）') {
    await this.page.getByRole('tab', { name }).click();
  }
}

/** The document.xml of a .docx the page downloads when `click` runs. */
export async function downloadedDocXml(page: Page, click: () => Promise<void>): Promise<string> {
  const download = page.waitForEvent('download');
  await click();
  const file = await (await download).path();
  return strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']);
}
