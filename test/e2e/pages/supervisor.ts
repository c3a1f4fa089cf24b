/** The 督导组工作台 in the browser, and the units' bundles it imports, made here as the units' PCs would. */
import { expect, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SUPERVISOR_SCREENS = '/tmp/supervisor-results/screens';

/** A picture of the page, without the toasts a pinned clock leaves standing. */
export async function supervisorShot(page: Page, name: string) {
  mkdirSync(SUPERVISOR_SCREENS, { recursive: true });
  const toasts = (display: string) =>
    page.evaluate((d) => document.querySelectorAll<HTMLElement>('.ant-message').forEach((m) => (m.style.display = d)), display);
  await toasts('none');
  await page.screenshot({ path: path.join(SUPERVISOR_SCREENS, `${name}.png`), fullPage: true });
  await toasts('');
}

export interface MadeBundle {
  unitId: string;
  file: { name: string; mimeType: string; buffer: Buffer };
}

/**
 * Units' bundles as their PCs make them (demo units under their own names, ids and keys, signed
 * by buildBundle): made by ./supervisorBundles.ts under tsx, since the campaign template it
 * reads is a JSON module Playwright's loader does not import.
 */
/**
 * The console messages a supervisor test fails on: React's and antd's errors and warnings; not
 * the favicon the preview server lacks, nor antd's scroll lock of Modal and Drawer, whose <style>
 * carries no CSP nonce.
 */
export function consoleProblems(page: Page): string[] {
  const logged: string[] = [];
  page.on('console', (m) => {
    const known = m.location().url.endsWith('/favicon.ico') || m.text().includes('Applying inline style violates');
    if ((m.type() === 'error' || m.type() === 'warning') && !known) logged.push(m.text());
  });
  return logged;
}

export function makeBundles(dir: string, units: { name: string; exportedAt: string; againOf?: number; file?: string }[]): MadeBundle[] {
  mkdirSync(dir, { recursive: true });
  const script = path.resolve('test/e2e/pages/supervisorBundles.ts');
  const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
  execFileSync(process.execPath, [tsx, script, dir, JSON.stringify(units)], { stdio: 'inherit' });
  const made = JSON.parse(readFileSync(path.join(dir, 'made.json'), 'utf8')) as { unitId: string; fileName: string }[];
  return made.map((m) => ({
    unitId: m.unitId,
    file: { name: m.fileName, mimeType: 'application/octet-stream', buffer: readFileSync(path.join(dir, m.fileName)) },
  }));
}

export async function downloaded(d: Download): Promise<Uint8Array> {
  return new Uint8Array(readFileSync((await d.path())!));
}

export class SupervisorDesk {
  constructor(private page: Page) {}

  async openFromWelcome() {
    const p = this.page;
    await p.goto('/#/welcome');
    await p.getByTestId('open-supervisor').click();
    await expect(p.getByTestId('supervisor-title')).toHaveText('督导组工作台');
  }

  async go(label: '各单位进度' | '导入数据包' | '验收与回执' | '督导组密钥') {
    await this.page.getByRole('menuitem', { name: label }).click();
  }

  /** Picks bundle files and waits for the preview. */
  async pick(files: { name: string; mimeType: string; buffer: Buffer }[]) {
    const p = this.page;
    const chooser = p.waitForEvent('filechooser');
    await p.getByTestId('pick-bundles').click();
    await (await chooser).setFiles(files);
    await expect(p.getByTestId('preview')).toBeVisible();
  }

  previewRow(fileName: string) {
    return this.page.getByTestId('preview').getByRole('row', { name: new RegExp(fileName.replace('.', '\\.')) });
  }

  async apply() {
    await this.page.getByTestId('apply-import').click();
    await expect(this.page.getByTestId('import-result')).toBeVisible();
  }

  boardRow(unitName: string) {
    return this.page.getByTestId('board').getByRole('row', { name: new RegExp(unitName) });
  }

  async saveProfile(group: string, member: string) {
    const p = this.page;
    await this.go('督导组密钥');
    await p.getByLabel('督导组名称（写在密钥文件和验收回执上）').fill(group);
    await p.getByLabel('常用验收人（可在每次验收时改）').fill(member);
    await p.getByTestId('save-profile').click();
    await expect(p.getByText('已保存')).toBeVisible();
  }

  async exportKey(): Promise<Uint8Array> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-key').click();
    return downloaded(await download);
  }

  /** 验收 of a unit from the board; returns the receipt file saved. */
  async accept(unitName: string, opinion: string, passed = true): Promise<{ name: string; bytes: Uint8Array }> {
    const p = this.page;
    await this.boardRow(unitName).getByTestId('accept-unit').click();
    const dialog = p.getByRole('dialog', { name: `验收：${unitName}` });
    await expect(dialog).toBeVisible();
    if (!passed) await dialog.getByText('不合格，需补课').click();
    await dialog.getByLabel('验收意见').fill(opinion);
    const download = p.waitForEvent('download');
    await dialog.getByTestId('issue-acceptance').click();
    const d = await download;
    await expect(dialog).toBeHidden();
    return { name: d.suggestedFilename(), bytes: await downloaded(d) };
  }
}
