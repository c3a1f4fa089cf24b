import { expect, type Page } from '@playwright/test';

export class RosterPage {
  constructor(private page: Page) {}

  async importFile(filePath: string) {
    const p = this.page;
    await p.getByRole('button', { name: '从 Excel 导入' }).click();
    const chooser = p.waitForEvent('filechooser');
    await p.getByTestId('pick-roster').click();
    await (await chooser).setFiles(filePath);
    await expect(p.getByTestId('import-summary')).toBeVisible();
  }

  summary() {
    return this.page.getByTestId('import-summary');
  }

  async confirmImport() {
    await this.page.getByTestId('confirm-import').click();
    await expect(this.page.getByRole('heading', { name: /党员名册/ })).toBeVisible();
  }

  /** Total in the table footer, e.g. "共 31 人". */
  async total(): Promise<number> {
    const text = await this.page.locator('.ant-pagination-total-text').innerText();
    return Number(/共 (\d+) 人/.exec(text)?.[1] ?? NaN);
  }
}
