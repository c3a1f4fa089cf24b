import { expect, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { mkdirSync, readFileSync } from 'node:fs';
import { SCREENS } from './app';

/** The fixture unit's backup file, built by ./meetingsFixture.ts under tsx. */
function fixtureBytes(): Buffer {
  const script = path.resolve('test/e2e/pages/meetingsFixture.ts');
  const out = execFileSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), script], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return Buffer.from(out, 'base64');
}

/** The 专题生活会 pages: the list of meetings, and one meeting with its gate and minutes. */
export class MeetingsPages {
  constructor(private page: Page) {}

  /** Restores the fixture unit from the welcome page (as a secretary restores a backup). */
  async restoreFixture() {
    const p = this.page;
    await p.goto('/');
    await expect(p.getByRole('heading', { name: '欢迎使用评议通' })).toBeVisible();
    const chooser = p.waitForEvent('filechooser');
    await p.getByRole('button', { name: '从备份恢复' }).click();
    await (await chooser).setFiles({ name: '某市农业局-备份.json', mimeType: 'application/json', buffer: fixtureBytes() });
    await expect(p.getByRole('dialog')).toContainText('本机没有这个单位');
    await p.getByRole('dialog').getByRole('button', { name: /恢\s*复/ }).click();
    await expect(p.getByTestId('unit-name')).toHaveText('中共某市农业局机关委员会');
  }

  async open() {
    await this.page.getByRole('menuitem', { name: '专题生活会' }).click();
    await expect(this.page.getByRole('heading', { name: '专题民主生活会和专题组织生活会' })).toBeVisible();
  }

  row(title: string): Locator {
    return this.page.getByRole('row').filter({ hasText: title });
  }

  dialog(): Locator {
    return this.page.locator('.ant-modal:visible');
  }

  async ok(name: RegExp | string) {
    await this.dialog().getByRole('button', { name }).click();
  }

  gateLine(n: number): Locator {
    return this.page.getByTestId(`gate-line-${n}`);
  }

  gateDetail(n: number): Locator {
    return this.page.getByTestId(`gate-detail-${n}`);
  }

  async expectMet(n: number, met: boolean) {
    await expect(this.gateLine(n)).toHaveAttribute('data-met', String(met));
  }

  attendanceRow(name: string): Locator {
    return this.page.getByTestId('attendance-card').getByRole('row').filter({ hasText: name });
  }

  minutesRow(name: string): Locator {
    return this.page.getByTestId('minutes-card').getByRole('row').filter({ hasText: name });
  }

  /**
   * A full-page screenshot without the toasts: under a pinned clock antd's messages never time
   * out, and they would cover the page.
   */
  async shot(name: string) {
    mkdirSync(SCREENS, { recursive: true });
    // Through the CSSOM: the page's CSP refuses an injected stylesheet.
    const toasts = this.page.locator('.ant-message');
    await toasts.evaluateAll((els) => els.forEach((e) => ((e as HTMLElement).style.visibility = 'hidden')));
    await this.page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
    await toasts.evaluateAll((els) => els.forEach((e) => ((e as HTMLElement).style.visibility = '')));
  }

  /** The bytes of what a click downloads. */
  async download(click: () => Promise<void>): Promise<Uint8Array> {
    const download = this.page.waitForEvent('download');
    await click();
    return new Uint8Array(readFileSync(await (await download).path()));
  }
}

/** The text of a .docx body, paragraphs joined by new lines (the runs of a paragraph joined). */
export function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  return xml
    .split(/<\/w:p>/u)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n');
}
