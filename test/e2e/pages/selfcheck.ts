import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export type SelfCheckPoint = 'opinions' | 'talks' | 'analysis' | 'meetings' | 'fixNow' | 'satisfaction';

/** The 阶段自查 page (R-STAGE-SELFCHECK): six points with figures and texts, save, export, request acceptance. */
export class SelfCheckPage {
  constructor(private page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: '阶段自查' }).click();
    await expect(this.page.getByRole('heading', { name: '阶段自查' })).toBeVisible();
    await expect(this.point('opinions')).toBeVisible();
  }

  point(p: SelfCheckPoint): Locator {
    return this.page.getByTestId(`point-${p}`);
  }

  /** A measured figure's value, e.g. figure('opinions', '征求到意见') → '42条'. */
  async figure(p: SelfCheckPoint, label: string): Promise<string> {
    // A bordered antd Descriptions: each label cell is followed by its content cell.
    const cell = this.page.getByTestId(`figures-${p}`).locator('.ant-descriptions-item-label', { hasText: new RegExp(`^${label}$`) });
    return (await cell.locator('xpath=following-sibling::*[1]').innerText()).trim();
  }

  assessment(p: SelfCheckPoint): Locator {
    return this.point(p).getByRole('textbox');
  }

  shortcomings(): Locator {
    return this.page.getByRole('textbox', { name: '存在的不足' });
  }

  unfinished(): Locator {
    return this.page.getByTestId('selfcheck-unfinished');
  }

  async save() {
    await this.page.getByTestId('selfcheck-save').click();
  }

  async askReady() {
    await this.page.getByTestId('selfcheck-ready-button').click();
  }

  /** Exports the 自查报告 and returns the text of its body (word/document.xml, tags removed). */
  async exportReportText(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('selfcheck-export').click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/分析评议阶段自查报告\.docx$/);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(await d.path())))['word/document.xml']);
    return xml.replace(/<[^>]+>/g, '');
  }

  /** The message antd shows after an action (success or refusal). */
  message(text: string | RegExp): Locator {
    return this.page.locator('.ant-message-notice').filter({ hasText: text });
  }
}
