/** What the notice form may save (the text of either notice), checked before anything is written. */
import { MAX_TEXT, TEXT_LIMITS as L } from '../data/fields';
import { isValidIsoDate } from '../util/dates';
import { isVisibleText } from '../util/text';
import { NOTICE_KINDS, NOTICE_WAYS, type NoticeKind, type NoticeWay } from './types';

export interface NoticeDraft {
  kind: NoticeKind;
  branchId?: string;
  title?: string;
  recipients?: string;
  issuer?: string;
  facts: string;
  problems: string;
  measures: string;
  direction?: string;
  results?: string;
  closing?: string;
  /** The notice's own date (printed under the signature). */
  date: string;
}

const LIMITS: [keyof NoticeDraft, string, number, 'line' | 'multiline'][] = [
  ['title', '标题', L.planTitle * 2, 'line'],
  ['recipients', '主送', L.orgName, 'line'],
  ['issuer', '署名', L.orgName, 'line'],
  ['facts', '会议情况', MAX_TEXT, 'multiline'],
  ['problems', '查摆的问题', MAX_TEXT, 'multiline'],
  ['measures', '整改措施', MAX_TEXT, 'multiline'],
  ['direction', '今后努力方向', MAX_TEXT, 'multiline'],
  ['results', '民主评议党员结果', MAX_TEXT, 'multiline'],
  ['closing', '结束语', L.planDescription, 'multiline'],
];

export function noticeDraftProblems(d: NoticeDraft): string[] {
  const out: string[] = [];
  if (!NOTICE_KINDS.includes(d.kind)) out.push('通报类别无效');
  if (d.kind === 'branch' && !d.branchId) out.push('请选择党支部');
  if (d.kind === 'leadership' && d.branchId) out.push('班子通报不属于某个支部');
  if (!isValidIsoDate(d.date)) out.push('请填写通报的日期');
  for (const [key, label, max, kind] of LIMITS) {
    const v = d[key];
    if (v === undefined) continue;
    if (typeof v !== 'string') out.push(`${label}应为文字`);
    else if (v.length > max) out.push(`${label}不能超过 ${max} 个字`);
    else if (!isVisibleText(v, kind)) out.push(`${label}含有不可见的控制字符或格式字符`);
  }
  return out;
}

export function givenProblems(v: { givenOn: string; way: NoticeWay }): string[] {
  const out: string[] = [];
  if (!isValidIsoDate(v.givenOn)) out.push('请填写通报日期');
  if (!NOTICE_WAYS.includes(v.way)) out.push('请选择通报方式');
  return out;
}
