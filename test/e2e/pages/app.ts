import { expect, type Page, type Request } from '@playwright/test';
import path from 'node:path';
import { mkdirSync } from 'node:fs';

export const SCREENS = path.resolve('test-results/screens');

/** Every request the page makes, to prove nothing leaves localhost. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r: Request) => urls.push(r.url()));
  return urls;
}

export function outsideLocalhost(urls: string[]): string[] {
  return urls.filter((u) => !/^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/.test(u));
}

export async function shot(page: Page, name: string) {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

/** Pins the page's clock (timers keep running) so stage dates are meaningful. */
export async function pinToday(page: Page, isoDateTime: string) {
  await page.clock.setFixedTime(new Date(isoDateTime));
}

export class WelcomePage {
  constructor(private page: Page) {}
  async goto() {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: '欢迎使用评议通' })).toBeVisible();
  }
  async createUnit(u: { name: string; orgName: string; parentOrg: string; year: number; contact: string }) {
    const p = this.page;
    await p.getByLabel('单位名称').fill(u.name);
    await p.getByLabel('党组织名称').fill(u.orgName);
    await p.getByLabel('上级党组织').fill(u.parentOrg);
    await p.getByLabel('活动年度').fill(String(u.year));
    await p.getByLabel('书记/联系人').fill(u.contact);
    await p.getByRole('button', { name: '创建单位并开始' }).click();
  }
  async openDemo() {
    await this.page.getByTestId('open-demo').click();
  }
}

export class UnitNav {
  constructor(private page: Page) {}
  async go(label: '工作台' | '阶段与验收' | '阶段工作方案' | '转段动员会' | '党员名册' | '打印材料' | '单位与设置' | '操作记录') {
    await this.page.getByRole('menuitem', { name: label }).click();
  }
}

/** Picks an item in an open antd Select dropdown (its role=option list is for screen readers only). */
export async function chooseOption(page: Page, title: string) {
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`).click();
}
