/**
 * The 督导组's progress report upwards (督导工作进展情况报告, R-SUPERVISE): where each of its
 * units stands, step by step, what is overdue, the survey rates, the acceptances, and the 典型 it
 * found. A plain model from the kept summaries, and a Word builder over the GB/T 9704 layout of
 * shared/documents.
 */
import { formatChineseDate } from '../documents/chineseDate';
import { bodyText, closeWith, heading, numberedItems, title, type Block } from '../documents/layout/paragraphs';
import { signatureBlock } from '../documents/layout/signature';
import { table, type Cell } from '../documents/layout/table';
import { packDocx } from '../documents/package';
import type { DocumentOptions } from '../documents/types';
import { boardTotals, percent, stageCounts, stepStateCounts, type BoardRow } from './board';

export interface ReportUnit {
  name: string;
  stage: string;
  /** “12/20” of the focus stage's checklist. */
  progress: string;
  overdue: number;
  satisfaction: string;
  acceptance: string;
  asOf: string;
}

export interface ProgressReportModel {
  group: string;
  /** The day of the report. */
  date: string;
  focusTitle: string;
  intro: string;
  steps: { title: string; done: number; going: number; notStarted: number; overdue: number }[];
  units: ReportUnit[];
  problems: string[];
  typical: { unit: string; note: string }[];
}

/** The latest acceptance a unit holds, or one issued here since: “分析评议阶段合格（回执）”. */
function acceptanceLine(r: BoardRow, issued: readonly IssuedLine[]): string {
  const mine = issued.filter((a) => a.unitId === r.summary.unitId).sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  const held = r.summary.acceptances.at(-1);
  if (mine && (!held || mine.date >= held.date)) return `${mine.stageTitle}${mine.passed ? '合格' : '不合格需补课'}（已签发回执）`;
  if (!held) return '尚未验收';
  return `${held.stageTitle}${held.passed ? '合格' : '不合格需补课'}（${held.signed ? '凭回执' : '纸质验收'}）`;
}

export interface IssuedLine {
  unitId: string;
  stageTitle: string;
  passed: boolean;
  date: string;
}

export function progressReportModel(rows: readonly BoardRow[], issued: readonly IssuedLine[], opts: { group: string; date: string }): ProgressReportModel {
  const summaries = rows.map((r) => r.summary);
  const t = boardTotals(rows);
  const focusTitle = summaries[0]?.focus.title ?? '分析评议阶段';
  const stages = stageCounts(summaries)
    .map((s) => `${s.units} 个处于${s.title}`)
    .join('，');
  const intro =
    summaries.length === 0
      ? `截至${formatChineseDate(opts.date)}，本督导组尚未收到各单位的数据包。`
      : `截至${formatChineseDate(opts.date)}，本督导组收到 ${t.units} 个单位的数据包，其中 ${stages}。${focusTitle}各步骤共 ${t.steps} 项次，已完成 ${t.stepsDone} 项次；${t.withOverdue} 个单位有超期事项，${t.surveyed} 个单位已开展群众满意度测评，其中 ${t.belowFloor} 个单位满意率低于规定标准、须补课。各单位情况以其导出数据包的日期为准。`;
  const problems: string[] = [];
  for (const s of summaries) {
    if (s.overdueCount > 0) problems.push(`${s.unitName}：${s.overdueCount} 项超期，${s.overdue.slice(0, 3).map((o) => o.title).join('、')}${s.overdueCount > 3 ? '等' : ''}。`);
    if (s.satisfaction.below) problems.push(`${s.unitName}：群众满意率${s.satisfaction.rate === undefined ? '尚未统计完' : percent(s.satisfaction.rate)}，低于${percent(s.satisfaction.floor)}，须补课后重新测评。`);
    for (const g of s.gates) problems.push(`${s.unitName}：${g.title}的条件尚未具备，${g.reasons.slice(0, 2).join('；')}${g.reasons.length > 2 ? '等' : ''}。`);
  }
  return {
    group: opts.group,
    date: opts.date,
    focusTitle,
    intro,
    steps: stepStateCounts(summaries).map((s) => ({ title: s.title, done: s.counts.done, going: s.counts.going, notStarted: s.counts.notStarted, overdue: s.counts.overdue })),
    units: rows.map((r) => ({
      name: r.summary.unitName,
      stage: r.summary.current.title,
      progress: `${r.summary.progress.done}/${r.summary.progress.total}`,
      overdue: r.summary.overdueCount,
      satisfaction: r.summary.satisfaction.rate === undefined ? '未测评' : percent(r.summary.satisfaction.rate),
      acceptance: acceptanceLine(r, issued),
      asOf: r.summary.asOf,
    })),
    problems,
    typical: rows.filter((r) => r.mark).map((r) => ({ unit: r.summary.unitName, note: r.mark!.note })),
  };
}

const label = (text: string | number): Cell => ({ text: String(text), kind: 'label' });

export function progressReportBody(m: ProgressReportModel): Block[] {
  const out: Block[] = [...title(`${m.group}关于${m.focusTitle}工作进展情况的报告`)];
  out.push(...bodyText(m.intro));
  out.push(...heading(1, 1, `${m.focusTitle}各步骤完成情况`));
  out.push(
    ...table({
      columns: [3, 0, 0, 0, 0],
      header: [['步骤', '已完成', '进行中', '未开始', '有超期']],
      rows: m.steps.length > 0 ? m.steps.map((s) => [s.title, label(s.done), label(s.going), label(s.notStarted), label(s.overdue)]) : [['（无）', '', '', '', '']],
    }),
  );
  out.push(...heading(1, 2, '各单位进展情况'));
  out.push(
    ...table({
      columns: [0, 3, 2, 0, 0, 0, 3, 0],
      header: [['序号', '单位', '当前阶段', '完成\n事项', '超期\n事项', '满意率', '验收情况', '数据截至']],
      rows:
        m.units.length > 0
          ? m.units.map((u, i) => [label(i + 1), u.name, u.stage, label(u.progress), label(u.overdue), label(u.satisfaction), u.acceptance, label(formatChineseDate(u.asOf))])
          : [['', '（无）', '', '', '', '', '', '']],
    }),
  );
  out.push(...heading(1, 3, '存在的主要问题'));
  out.push(...(m.problems.length > 0 ? numberedItems(m.problems) : bodyText('各单位均无超期事项，满意度测评均达到规定标准。')));
  out.push(...heading(1, 4, '发现的典型'));
  out.push(...(m.typical.length > 0 ? numberedItems(m.typical.map((t) => `${t.unit}：${t.note}`)) : bodyText('暂未确定典型，将继续发现和培养。')));
  closeWith(out, signatureBlock({ name: m.group, date: m.date }));
  return out;
}

export async function buildProgressReport(m: ProgressReportModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(progressReportBody(m), options?.fonts);
}
