/**
 * 群众满意度测评 (R-SURVEY-70): the blank ballot (测评表) and the tally (测评结果统计表). The
 * rate is (满意 + 基本满意) / 有效票 unless the caller gives one; below the threshold (70 %)
 * the step is redone (补课), and the tally says so.
 */
import { formatChineseDate, type IsoDate } from './chineseDate';
import { bodyText, closeWith, plainLine, title, type Block } from './layout/paragraphs';
import { signatureBlock, type Signature } from './layout/signature';
import { table, type Cell } from './layout/table';
import { packDocx } from './package';
import type { DocumentOptions } from './types';

/** 群众满意度测评表 (blank) */
export interface SurveyBallotModel {
  unitName: string;
  title?: string;
  intro?: string;
  /** 测评项目, e.g. 机关党支部专题组织生活会 */
  subjects: string[];
  /** Answer columns; default 满意, 基本满意, 不满意. */
  options?: string[];
  date?: IsoDate;
}

export const DEFAULT_SURVEY_OPTIONS = ['满意', '基本满意', '不满意'];

export function surveyBallotBody(m: SurveyBallotModel): Block[] {
  const options = m.options?.length ? m.options : DEFAULT_SURVEY_OPTIONS;
  const out: Block[] = [...title(m.title || `${m.unitName}群众满意度测评表`)];
  if (m.intro) out.push(...bodyText(m.intro));
  const rows: Cell[][] = m.subjects.map((s) => [s, ...options.map(() => ({ text: '', kind: 'label' as const }))]);
  rows.push([{ text: '意见和建议', kind: 'label' }, { text: '', span: options.length }]);
  out.push(
    ...table({
      // The answer columns are at least as wide as their words, with room to tick.
      columns: [4, ...options.map(() => 1)],
      header: [['测评项目', ...options]],
      rows,
      minRowHeight: 900,
      rowHeights: { [rows.length - 1]: 3000 },
    }),
  );
  out.push(plainLine('说明：请在相应栏内划“√”，每项只划一个；不署名。'));
  if (m.date) out.push(plainLine(`测评日期：${formatChineseDate(m.date)}`));
  return out;
}

export async function buildSurveyBallot(m: SurveyBallotModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(surveyBallotBody(m), options?.fonts);
}

export interface SurveyTallyRow {
  subject: string;
  /** 发出 / 收回 / 有效 */
  issued: number;
  returned: number;
  valid: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  /** Rate computed by the surveys rule, 0–1; computed here by the default rule when absent. */
  rate?: number;
  /** Valid ballots per answer of the model's `options` (a unit's own scale), in its order. */
  counts?: number[];
  /** 无效票, shown in its own column when the model has `options`. */
  invalid?: number;
}

/** 测评结果统计表 */
export interface SurveyTallyModel {
  unitName: string;
  title?: string;
  date: IsoDate;
  rows: SurveyTallyRow[];
  /** 补课 below this rate; default 0.7 (R-SURVEY-70). */
  threshold?: number;
  /** How the rate is computed, as shown on screen. */
  rule?: string;
  /**
   * The unit's answers (3 or 4, e.g. 满意 / 比较满意 / 基本满意 / 不满意): the table then shows
   * 无效 and a column per answer from each row's `counts`, instead of 满意 / 基本满意 / 不满意.
   */
  options?: string[];
  /** Paragraphs after the rule: which round, what the 补课 did, the verdict of the round. */
  notes?: string[];
  signature?: Signature;
}

export function surveyRate(r: SurveyTallyRow): number {
  if (r.rate !== undefined) return r.rate;
  return r.valid > 0 ? (r.satisfied + r.basicallySatisfied) / r.valid : 0;
}

/** 0.649 → “64.9%”, 0.7 → “70%”: one decimal, none when it is 0. */
export function formatPercent(rate: number): string {
  const tenths = Math.round(rate * 1000);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}%`;
}

export function surveyTallyBody(m: SurveyTallyModel): Block[] {
  const threshold = m.threshold ?? 0.7;
  const out: Block[] = [...title(m.title || `${m.unitName}群众满意度测评结果统计表`)];
  out.push(...bodyText(`测评日期：${formatChineseDate(m.date)}。满意率＝${m.rule || '（满意票＋基本满意票）÷有效票'}；满意率低于${formatPercent(threshold)}的，须补课后重新测评。`));
  for (const n of m.notes ?? []) out.push(...bodyText(n));
  const own = m.options && m.options.length > 0 ? m.options : undefined;
  const numbers = (r: SurveyTallyRow) =>
    own ? [r.issued, r.returned, r.invalid ?? 0, r.valid, ...own.map((_, i) => r.counts?.[i] ?? 0)] : [r.issued, r.returned, r.valid, r.satisfied, r.basicallySatisfied, r.unsatisfied];
  const rows: Cell[][] = m.rows.map((r) => {
    const rate = surveyRate(r);
    return [
      r.subject,
      ...numbers(r).map((v) => ({ text: String(v), kind: 'label' as const })),
      { text: formatPercent(rate), kind: 'label' },
      { text: rate < threshold ? '需要补课' : '不需补课', kind: 'label' },
    ];
  });
  // Four-character answers break after two characters, so eleven columns fit the page.
  const header = own
    ? ['测评项目', '发出', '收回', '无效', '有效', ...own.map((o) => ([...o].length > 3 ? `${[...o].slice(0, 2).join('')}\n${[...o].slice(2).join('')}` : o)), '满意率', '是否\n补课']
    : ['测评项目', '发出', '收回', '有效', '满意', '基本满意', '不满意', '满意率', '是否补课'];
  out.push(
    ...table({
      columns: [1, ...header.slice(1).map(() => 0)],
      header: [header],
      rows,
    }),
  );
  for (const r of m.rows) {
    const rate = surveyRate(r);
    const verdict = rate < threshold ? `低于${formatPercent(threshold)}，需要补课，补课后重新测评` : `达到${formatPercent(threshold)}以上，不需补课`;
    out.push(...bodyText(`${r.subject}满意率为${formatPercent(rate)}，${verdict}。`));
  }
  if (m.signature) closeWith(out, signatureBlock(m.signature));
  return out;
}

export async function buildSurveyTally(m: SurveyTallyModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(surveyTallyBody(m), options?.fonts);
}
