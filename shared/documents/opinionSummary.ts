/**
 * 征求意见汇总表: opinions grouped by target and category (R-OPIN-CONTENT), where each came
 * from, and what was done about it (R-FIX-NOW, R-OPIN-FEEDBACK).
 */
import { formatChineseDateRange, type IsoDate } from './chineseDate';
import { bodyText, closeWith, title, type Block } from './layout/paragraphs';
import { signatureBlock, type Signature } from './layout/signature';
import { table, type Cell } from './layout/table';
import { packDocx } from './package';
import type { DocumentOptions } from './types';

export interface OpinionSummaryItem {
  text: string;
  /** 渠道 / 来源, e.g. 座谈会（群众） */
  source?: string;
  /** 整改落实情况 */
  action?: string;
}

/** 征求意见汇总表 */
export interface OpinionSummaryModel {
  unitName: string;
  title?: string;
  from?: IsoDate;
  to?: IsoDate;
  /** Opinions about one target (the branch, the team, one member), by category. */
  groups: { target: string; categories: { category: string; items: OpinionSummaryItem[] }[] }[];
  /** 填报人 */
  preparedBy?: string;
  signature?: Signature;
}

export function opinionSummaryBody(m: OpinionSummaryModel): Block[] {
  const out: Block[] = [...title(m.title || `${m.unitName}征求意见汇总表`)];
  const period = formatChineseDateRange(m.from, m.to, true);
  const total = m.groups.reduce((n, g) => n + g.categories.reduce((k, c) => k + c.items.length, 0), 0);
  out.push(...bodyText(`${period ? `${period}，` : ''}共征求到意见和建议${total}条，按意见对象和类别汇总如下。`));
  const rows: Cell[][] = [];
  let n = 0;
  for (const g of m.groups) {
    let firstOfTarget = true;
    for (const c of g.categories) {
      c.items.forEach((item, i) => {
        rows.push([
          { text: String(++n), kind: 'label' },
          { text: g.target, kind: 'label', vMerge: firstOfTarget ? 'restart' : 'continue' },
          { text: c.category, kind: 'label', vMerge: i === 0 ? 'restart' : 'continue' },
          item.text,
          // “座谈会（服务对象）”: the channel, then who, each on a line of its own and never broken.
          { text: (item.source ?? '').replace(/\s*([（(])/u, '\n$1').trim(), kind: 'label' },
          item.action ?? '',
        ]);
        firstOfTarget = false;
      });
    }
  }
  if (rows.length === 0) rows.push(['', '', '', '（无）', '', '']);
  out.push(...table({ columns: [0, 0, 0, 3, 0, 2], header: [['序号', '意见对象', '类别', '意见内容', '来源渠道', '整改落实情况']], rows }));
  if (m.preparedBy) out.push(...bodyText(`填报人：${m.preparedBy}`));
  if (m.signature) closeWith(out, signatureBlock(m.signature));
  return out;
}

export async function buildOpinionSummary(m: OpinionSummaryModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(opinionSummaryBody(m), options?.fonts);
}
