import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/** The 党性分析材料 pages: the list of every party member's material, and one material. */
export class AnalysisPages {
  constructor(private page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: '党性分析材料' }).click();
    await expect(this.page.getByRole('heading', { name: /党性分析材料/ })).toBeVisible();
  }

  row(name: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(`^${name}`) });
  }

  async openMaterial(name: string) {
    await this.row(name).getByText(name, { exact: true }).click();
    await expect(this.page.getByRole('heading', { name: `${name}的党性分析材料` })).toBeVisible();
  }

  section(label: '存在的主要问题' | '产生问题的根源' | '今后努力方向和整改措施'): Locator {
    return this.page.getByLabel(label);
  }

  async save() {
    await this.page.getByTestId('analysis-save').click();
    await expect(this.page.getByText('材料已保存').last()).toBeVisible();
  }

  state(): Locator {
    return this.page.getByTestId('analysis-state').first();
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  dialog(): Locator {
    return this.page.locator('.ant-modal:visible');
  }

  async confirmDialog() {
    await this.dialog().getByRole('button', { name: /确\s*定/ }).click();
  }

  /** The bytes of what a click downloads. */
  async download(click: () => Promise<void>): Promise<Uint8Array> {
    const download = this.page.waitForEvent('download');
    await click();
    return new Uint8Array(readFileSync(await (await download).path()));
  }
}

/** The body text of a .docx (word/document.xml). */
export function docxXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['word/document.xml']);
}

/** The files of a .zip, by name. */
export function zipEntries(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}
