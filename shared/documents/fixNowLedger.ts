/**
 * 边议边改/整改台账 (R-FIX-NOW): every item that can be fixed now, with the problem, the
 * measure, who owns it, by when, and the result.
 */
import { formatStackedChineseDate, type IsoDate } from './chineseDate';
import { bodyText, closeWith, title, type Block } from './layout/paragraphs';
import { signatureBlock, type Signature } from './layout/signature';
import { table, type Cell } from './layout/table';
import { packDocx } from './package';
import type { DocumentOptions } from './types';

export interface FixNowItem {
  /** 存在问题 */
  problem: string;
  /** 问题来源, e.g. 群众意见 */
  source?: string;
  /** 整改措施 */
  measure: string;
  /** 责任人 */
  owner: string;
  /** 完成时限 */
  deadline: IsoDate;
  /** 整改结果; empty while open */
  result?: string;
}

/** 边议边改整改台账 */
export interface FixNowLedgerModel {
  unitName: string;
  title?: string;
  intro?: string;
  items: FixNowItem[];
  signature?: Signature;
}

export function fixNowLedgerBody(m: FixNowLedgerModel): Block[] {
  const out: Block[] = [...title(m.title || `${m.unitName}边议边改整改台账`)];
  if (m.intro) out.push(...bodyText(m.intro));
  const rows: Cell[][] = m.items.map((it, i) => [
    { text: String(i + 1), kind: 'label' },
    it.source ? `${it.problem}\n（来源：${it.source}）` : it.problem,
    it.measure,
    { text: it.owner, kind: 'label' },
    { text: formatStackedChineseDate(it.deadline), kind: 'label' },
    it.result || '正在整改',
  ]);
  if (rows.length === 0) rows.push(['', '（无）', '', '', '', '']);
  out.push(
    ...table({
      // 序号, 责任人 and 完成时限 take only their widest entry; the problem, the measure and
      // the result share the rest.
      columns: [0, 3, 3, 0, 0, 1.5],
      header: [['序号', '存在问题', '整改措施', '责任人', '完成时限', '整改结果']],
      rows,
    }),
  );
  if (m.signature) closeWith(out, signatureBlock(m.signature));
  return out;
}

export async function buildFixNowLedger(m: FixNowLedgerModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(fixNowLedgerBody(m), options?.fonts);
}
