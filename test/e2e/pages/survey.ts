import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export type SubjectKey = 'democraticLife' | 'orgLife' | 'overall';

/** The 满意度测评 page (R-SURVEY-70). */
export class SurveyPage {
  constructor(private page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: '满意度测评' }).click();
    await expect(this.page.getByRole('heading', { name: '群众满意度测评' })).toBeVisible();
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  standing() {
    return this.page.getByTestId('survey-standing');
  }

  /** Opens the form of the next round (the first, or the 补课 one) and fills it; `save` false leaves it open. */
  async startRound(v: { issued: number; returned: number; remedy?: string }, save = true) {
    await this.page.getByTestId('survey-start').click();
    const d = this.dialog();
    await d.getByLabel('发出测评表（份）').fill(String(v.issued));
    await d.getByLabel('收回测评表（份）').fill(String(v.returned));
    if (v.remedy !== undefined) await d.getByLabel('补课情况').fill(v.remedy);
    if (!save) return;
    await d.getByRole('button', { name: '开始测评' }).click();
    await expect(d).toHaveCount(0);
    await expect(this.page.getByTestId('survey-counting')).toBeVisible();
  }

  /** Clicks the big button of one answer `n` times, waiting for each ballot to be counted. */
  async vote(subject: SubjectKey, answer: number | 'invalid', n: number) {
    const counter = this.page.getByTestId(`count-${subject}-${answer}`);
    for (let i = 0; i < n; i++) {
      const before = Number(await counter.innerText());
      await this.page.getByTestId(`vote-${subject}-${answer}`).click();
      await expect(counter).toHaveText(String(before + 1));
    }
  }

  async typeTotals(subject: SubjectKey, counts: number[], invalid = 0) {
    await this.page.getByTestId(`tally-${subject}`).getByText('直接填写合计').click();
    const d = this.dialog();
    const fields = d.getByRole('spinbutton');
    for (let i = 0; i < counts.length; i++) await fields.nth(i).fill(String(counts[i]));
    await fields.nth(counts.length).fill(String(invalid));
    await d.getByRole('button', { name: /保\s*存/ }).click();
    await expect(d).toHaveCount(0);
  }

  rate(subject: SubjectKey) {
    return this.page.getByTestId(`rate-${subject}`);
  }

  async closeRound() {
    await this.page.getByTestId('survey-close').click();
    await this.page.locator('.ant-popconfirm:visible').getByRole('button', { name: '完成计票' }).click();
    await expect(this.page.getByTestId('survey-counting')).toHaveCount(0);
  }

  historyRows() {
    return this.page.getByTestId('survey-history').locator('.ant-table-tbody tr.ant-table-row');
  }

  /** Clicks a control that saves a Word file and returns the text of its word/document.xml. */
  async docxText(click: () => Promise<void>): Promise<string> {
    const download = this.page.waitForEvent('download');
    await click();
    const file = await (await download).path();
    return strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']).replace(/<[^>]+>/g, '');
  }
}

/** The home page checklist line's detail: written under an unmet item, shown on hover for a met one. */
export async function checklistDetail(page: Page, itemId: string, title: string): Promise<string> {
  const inline = page.getByTestId(`detail-${itemId}`);
  await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
  await expect.poll(async () => ((await inline.count()) > 0 ? inline.first().innerText() : '')).not.toMatch(/正在统计/);
  if ((await inline.count()) > 0) return inline.first().innerText();
  await page.getByText(title, { exact: true }).hover();
  const tip = page.getByRole('tooltip').filter({ visible: true });
  await expect(tip).toHaveCount(1);
  const text = await tip.innerText();
  await page.mouse.move(0, 0);
  return text;
}

/**
 * Console errors and warnings, less the two <style> writes of rc-components that the CSP refuses
 * knowingly (the scrollbar measurement and a dialog's scroll lock: electron/main/csp.ts says why).
 */
export function consoleProblems(page: Page): string[] {
  const out: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    if (/^Applying inline style violates the following Content Security Policy directive 'style-src /.test(m.text())) return;
    out.push(m.text());
  });
  return out;
}

/**
 * A full-page screenshot without the pile of toasts (the pinned clock keeps antd's messages from
 * ever closing): they are hidden through the CSSOM, which the CSP allows, then shown again.
 */
export async function quietShot(page: Page, file: string) {
  await page.waitForTimeout(300);
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('.ant-message').forEach((e) => (e.style.visibility = 'hidden')));
  await page.screenshot({ path: file, fullPage: true });
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('.ant-message').forEach((e) => (e.style.visibility = '')));
}
