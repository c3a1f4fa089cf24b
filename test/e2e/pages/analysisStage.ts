import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { EvaluationPage } from './evaluation';
import { MeetingsPages, docxText } from './meetings';
import { SurveyPage } from './survey';

/**
 * Helpers of the whole 分析评议 stage's e2e (analysisStage.spec.ts): the steps that spec takes on
 * the other engineers' pages, over their own page models.
 */

/**
 * Console errors and warnings, less the CSP's knowing refusals of rc-components' inline styles
 * (electron/main/csp.ts says why) and the browser's request for a /favicon.ico the app lacks.
 */
export function consoleProblems(page: Page): string[] {
  const out: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    if (/^Applying inline style violates the following Content Security Policy directive 'style-src /.test(m.text())) return;
    if (m.location().url.endsWith('/favicon.ico')) return;
    out.push(`${m.text()} (${m.location().url})`);
  });
  return out;
}

/** A Word file the page saves when `click` runs: its suggested name and its body's paragraphs, one a line. */
export async function downloadedDocx(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await click();
  const d = await download;
  return { name: d.suggestedFilename(), text: docxText(new Uint8Array(readFileSync(await d.path()))) };
}

export interface Turn {
  analysis: string;
  /** [from, what] */
  criticism?: [string, string];
  selfCriticism?: string;
  massComments?: string;
}

/** Records one member's turn in the open meeting's minutes. */
export async function recordTurn(mp: MeetingsPages, name: string, t: Turn) {
  await mp.minutesRow(name).getByRole('button', { name: `记录${name}的发言` }).click();
  const d = mp.dialog();
  await expect(d).toContainText(`记录发言：${name}`);
  await d.getByLabel('党性分析发言（要点）').fill(t.analysis);
  if (t.criticism) {
    await d.getByLabel('第1条批评意见提出人').fill(t.criticism[0]);
    await d.getByLabel('第1条批评意见内容').fill(t.criticism[1]);
  }
  if (t.selfCriticism) await d.getByLabel('自我批评').fill(t.selfCriticism);
  if (t.massComments) await d.getByLabel('群众评议（列席群众的意见）').fill(t.massComments);
  await mp.ok('保存发言');
  await expect(d).toHaveCount(0);
}

/** A member found to fulfil the obligations and meet the conditions, with the branch's opinion. */
export async function evaluateFulfilling(ev: EvaluationPage, name: string, opinion: string) {
  await ev.evaluate(name);
  await ev.choose('履行了党员义务');
  await ev.choose('符合党员条件');
  await ev.dialog().getByLabel('支部评议意见').fill(opinion);
  await ev.save();
  await expect(ev.dialog()).toBeHidden();
  await expect(ev.row(name)).toContainText('履行');
}

/** Starts a survey round on the 专题组织生活会 alone (the leadership's meeting is not in this story). */
export async function startOrgLifeRound(page: Page, v: { issued: number; returned: number; remedy?: string }) {
  const survey = new SurveyPage(page);
  await survey.startRound(v, false);
  const d = survey.dialog();
  await d.getByRole('checkbox', { name: '领导班子专题民主生活会' }).uncheck();
  await expect(d.getByRole('checkbox', { name: '党支部专题组织生活会' })).toBeChecked();
  await d.getByRole('button', { name: '开始测评' }).click();
  await expect(d).toHaveCount(0);
  await expect(page.getByTestId('survey-counting')).toBeVisible();
}
