/**
 * 征求意见表: a blank form to print and hand out (R-OPIN-CHANNELS), asking about the
 * organisation, the leadership team and members on 理想信念, 工作学习, 工作作风
 * (R-OPIN-CONTENT). Filled in by hand; typed into the opinion register later.
 */
import { formatChineseDate, type IsoDate } from './chineseDate';
import { bodyText, title, type Block } from './layout/paragraphs';
import { table, type Cell } from './layout/table';
import { packDocx } from './package';
import type { DocumentOptions } from './types';

/** 征求意见表 (blank) */
export interface OpinionFormModel {
  unitName: string;
  title?: string;
  /** Paragraph above the form: what the opinions are for. */
  intro?: string;
  /** Who the opinions are about, one row each (e.g. 对党支部, 对班子, 对党员个人). */
  targets: string[];
  /** Categories asked about (default 理想信念, 工作学习, 工作作风). */
  categories?: string[];
  /** Return by and to whom. */
  returnBy?: IsoDate;
  returnTo?: string;
}

export const DEFAULT_OPINION_CATEGORIES = ['理想信念', '工作学习', '工作作风'];

export function opinionFormBody(m: OpinionFormModel): Block[] {
  const categories = m.categories?.length ? m.categories : DEFAULT_OPINION_CATEGORIES;
  const out: Block[] = [...title(m.title || `${m.unitName}征求意见表`)];
  if (m.intro) out.push(...bodyText(m.intro));
  const rows: Cell[][] = [
    [{ text: '填表人\n（可不署名）', kind: 'label' }, '', { text: '身份', kind: 'label' }, { text: '党员□　群众□\n服务对象□　其他□', kind: 'label', align: 'left' }],
  ];
  const heights: Record<number, number> = {};
  // A target's heading and its categories stay on one page.
  const keep: number[] = [];
  for (const target of m.targets) {
    keep.push(rows.length);
    rows.push([{ text: target, kind: 'header', span: 4 }]);
    categories.forEach((c, i) => {
      if (i < categories.length - 1) keep.push(rows.length);
      heights[rows.length] = 1400;
      rows.push([{ text: c, kind: 'label' }, { text: '', span: 3 }]);
    });
  }
  heights[rows.length] = 1400;
  rows.push([{ text: '其他意见\n和建议', kind: 'label' }, { text: '', span: 3 }]);
  out.push(...table({ columns: [0, 1, 0, 1], rows, rowHeights: heights, minRowHeight: 600, keepWithNext: keep }));
  const back = [m.returnBy ? `请于${formatChineseDate(m.returnBy)}前` : '请', m.returnTo ? `交${m.returnTo}` : '投入征求意见箱'];
  out.push(...bodyText(`${back.join('')}。感谢您的支持！`));
  return out;
}

export async function buildOpinionForm(m: OpinionFormModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(opinionFormBody(m), options?.fonts);
}
