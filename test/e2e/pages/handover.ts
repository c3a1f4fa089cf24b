import { expect, type Page } from '@playwright/test';

/** The 交督导组 page: the bundle out, this PC's fingerprint, the 督导组's key and receipts in. */
export class HandoverPage {
  constructor(private page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: '交督导组' }).click();
    await expect(this.page.getByRole('heading', { name: '交督导组', level: 3 })).toBeVisible();
  }

  async ownFingerprint(): Promise<string> {
    const el = this.page.getByTestId('own-fingerprint');
    await expect(el).toHaveText(/^\d{4} \d{4} \d{4} \d{4}$/u);
    return el.innerText();
  }

  /** Exports the bundle (with or without the Word documents); the download's name and bytes. */
  async exportBundle(withDocuments: boolean) {
    const box = this.page.getByRole('checkbox', { name: /同时附上打印材料/ });
    await box.setChecked(withDocuments);
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-bundle').click();
    const d = await download;
    return { name: d.suggestedFilename(), path: await d.path() };
  }

  /** Picks a file through the button's file chooser. */
  async pick(testId: string, file: { name: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId(testId).click();
    await (await chooser).setFiles({ ...file, mimeType: 'application/octet-stream' });
  }

  importKeyFile(file: { name: string; buffer: Buffer }) {
    return this.pick('import-key-file', file);
  }

  importReceipt(file: { name: string; buffer: Buffer }) {
    return this.pick('import-receipt', file);
  }
}
