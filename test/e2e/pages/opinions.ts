import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './app';

/** The 征求意见 page: coverage matrix, the step's checklist, the register, paste dialog, export. */
export class OpinionsPage {
  constructor(private page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: '征求意见' }).click();
    await expect(this.page.getByRole('heading', { name: /征求意见/ })).toBeVisible();
  }

  /** A cell of the matrix: "空白" or "n 条". */
  cell(target: 'organisation' | 'leadership' | 'member', category: 'ideals' | 'work' | 'style' | 'other'): Locator {
    return this.page.getByTestId(`cell-${target}-${category}`);
  }

  blanks(): Locator {
    return this.page.getByTestId('coverage-blanks');
  }

  /** A checklist item of the step on this page; `data-done` is yes or no. */
  item(id: string): Locator {
    return this.page.getByTestId(`item-${id}`);
  }

  async paste(text: string, defaults: { channel?: string; source?: string } = {}) {
    const p = this.page;
    await p.getByRole('button', { name: '批量粘贴' }).click();
    const dialog = p.getByRole('dialog', { name: '批量粘贴意见' });
    await dialog.getByTestId('paste-text').fill(text);
    if (defaults.channel) {
      await dialog.getByLabel('统一设置征求方式').click();
      await chooseOption(p, defaults.channel);
    }
    if (defaults.source) {
      await dialog.getByLabel('统一设置提意见的人').click();
      await chooseOption(p, defaults.source);
    }
    return dialog;
  }

  /** Fills the 登记意见 form; target is 党组织, 领导班子 or a member's name. */
  async addOne(o: { text: string; target: '党组织' | '领导班子' | { member: string }; category: string; channel: string; source: string }) {
    const p = this.page;
    await p.getByRole('button', { name: '登记意见' }).click();
    const dialog = p.getByRole('dialog', { name: '登记意见' });
    await dialog.getByLabel('意见内容').fill(o.text);
    if (typeof o.target === 'string') {
      await dialog.getByText(o.target, { exact: true }).click();
    } else {
      await dialog.getByText('党员个人', { exact: true }).click();
      await dialog.getByLabel('哪名党员').fill(o.target.member);
      await chooseOption(p, o.target.member);
    }
    await dialog.getByText(o.category, { exact: true }).click();
    await dialog.getByLabel('征求方式').click();
    await chooseOption(p, o.channel);
    await dialog.getByLabel('提意见的人').click();
    await chooseOption(p, o.source);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog).toBeHidden();
  }
}
