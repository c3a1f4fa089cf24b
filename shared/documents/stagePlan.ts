/**
 * 分析评议阶段工作方案 (R-STAGE-PLAN): 指导思想, 目标任务, the 规定动作 exactly as the city
 * requires and the unit's own 自选动作, each with dates, then 组织领导 and 工作要求; the
 * schedule follows as an attachment table, numbered on from the plan's pages.
 */
import { formatChineseDateRange, type IsoDate } from './chineseDate';
import { attachmentNote, attachmentStart, bodyText, closeWith, heading, title, type Block } from './layout/paragraphs';
import { signatureBlock, type Signature } from './layout/signature';
import { table } from './layout/table';
import { packDocx } from './package';
import type { DocumentOptions } from './types';

/** One step of the plan (规定动作 or 自选动作). */
export interface StagePlanAction {
  title: string;
  description: string;
  from?: IsoDate;
  to?: IsoDate;
  /** 责任人 or 责任部门 */
  owner?: string;
}

/** 领导小组: 组长, 副组长, 成员 … */
export interface LeadingGroupRole {
  role: string;
  names: string;
}

/** 分析评议阶段工作方案 */
export interface StagePlanModel {
  unitName: string;
  title?: string;
  titleLines?: string[];
  /** Opening paragraph (why and on what basis). */
  intro?: string;
  /** 指导思想 */
  guidingIdeology: string;
  /** 目标任务 */
  goals: string;
  /** 规定动作, as the template requires them. */
  requiredActions: StagePlanAction[];
  /** 自选动作, fitted to the unit. */
  optionalActions: StagePlanAction[];
  /** 组织领导: text and the leading group. */
  leadership: { text?: string; group?: LeadingGroupRole[] };
  /** 工作要求 */
  requirements?: string;
  signature: Signature;
  /** Attach the schedule table (default true). */
  scheduleAttachment?: boolean;
}

function actionParagraphs(actions: readonly StagePlanAction[]): Block[] {
  if (actions.length === 0) return bodyText('（无）');
  return actions.flatMap((a, i) => {
    const when = formatChineseDateRange(a.from, a.to);
    const head = `${a.title}${when ? `（${when}）` : ''}。`;
    const owner = a.owner ? `责任人：${a.owner}。` : '';
    return heading(3, i + 1, head, `${a.description}${owner ? `\n${owner}` : ''}`);
  });
}

const SCHEDULE_TITLE = '分析评议阶段工作时间安排表';

function scheduleTable(m: StagePlanModel): Block[] {
  const rows = [
    ...m.requiredActions.map((a) => ['规定动作', a] as const),
    ...m.optionalActions.map((a) => ['自选动作', a] as const),
  ].map(([kind, a], i) => [
    { text: String(i + 1), kind: 'label' as const },
    a.title,
    { text: kind, kind: 'label' as const },
    { text: formatChineseDateRange(a.from, a.to), kind: 'label' as const },
    a.owner ?? '',
  ]);
  // 序号, 类别 and 时间安排 are as wide as their widest entry; 工作内容 and 责任人 share the rest.
  return table({
    columns: [0, 3, 0, 0, 1.2],
    header: [['序号', '工作内容', '类别', '时间安排', '责任人']],
    rows,
  });
}

export function stagePlanBody(m: StagePlanModel): Block[] {
  const withSchedule = m.scheduleAttachment !== false;
  const out: Block[] = [...title(m.title || `${m.unitName}分析评议阶段工作方案`, m.titleLines)];
  if (m.intro) out.push(...bodyText(m.intro));
  out.push(...heading(1, 1, '指导思想'), ...bodyText(m.guidingIdeology));
  out.push(...heading(1, 2, '目标任务'), ...bodyText(m.goals));
  out.push(...heading(1, 3, '方法步骤'));
  out.push(...heading(2, 1, '规定动作'), ...actionParagraphs(m.requiredActions));
  out.push(...heading(2, 2, '自选动作'), ...actionParagraphs(m.optionalActions));
  out.push(...heading(1, 4, '组织领导'));
  if (m.leadership.text) out.push(...bodyText(m.leadership.text));
  for (const g of m.leadership.group ?? []) out.push(...bodyText(`${g.role}：${g.names}`));
  let n = 5;
  if (m.requirements) out.push(...heading(1, n++, '工作要求'), ...bodyText(m.requirements));
  closeWith(out, [...(withSchedule ? attachmentNote([SCHEDULE_TITLE]) : []), ...signatureBlock(m.signature)]);
  if (withSchedule) out.push(...attachmentStart(undefined, SCHEDULE_TITLE), ...scheduleTable(m));
  return out;
}

export async function buildStagePlan(m: StagePlanModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(stagePlanBody(m), options?.fonts);
}
