import { expect, type Locator, type Page } from '@playwright/test';

/** The three ways a document font can stand on this PC, as the 打印材料 page says them. */
export const FONT_STATE_TEXT = {
  installed: /^已安装$/,
  substitute: /^未安装，Word 会用“[^”]+”代替$/,
  missing: /^未安装，也没有可代替的字体$/,
} as const;

export const FONT_KEYS = ['title', 'body', 'heading1', 'heading2', 'pageNumber'] as const;

/** The 打印材料 page. */
export class DocumentsPage {
  readonly exportAll: Locator;
  readonly progress: Locator;
  readonly result: Locator;

  constructor(private page: Page) {
    this.exportAll = page.getByTestId('export-all');
    this.progress = page.getByTestId('batch-progress');
    this.result = page.getByTestId('batch-result');
  }

  async expectOpen() {
    await expect(this.page.getByRole('heading', { name: '打印材料' })).toBeVisible();
  }

  /** The row of one document font (标题, 正文, …) once the PC has answered. */
  font(key: (typeof FONT_KEYS)[number]): Locator {
    return this.page.getByTestId(`font-${key}`);
  }

  /** The font name the row shows. */
  async fontName(key: (typeof FONT_KEYS)[number]) {
    return (await this.font(key).locator('[data-font-name]').innerText()).trim();
  }

  /** What the row says about the font: its state attribute and its sentence. */
  async fontState(key: (typeof FONT_KEYS)[number]) {
    const row = this.font(key);
    await expect(row).not.toHaveAttribute('data-state', 'checking');
    return { state: await row.getAttribute('data-state'), text: (await row.locator('.pyt-font-state').innerText()).trim() };
  }
}
