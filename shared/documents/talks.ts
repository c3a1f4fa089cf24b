/**
 * 谈心 (heart-to-heart talks): the 谈心谈话计划表 (R-TALK-PLAN: who talks with whom, when,
 * where, on what) and the record of one talk (谈心记录).
 */
import { formatChineseDate, formatChineseDateTime, type IsoDate } from './chineseDate';
import { bodyText, closeWith, title, type Block } from './layout/paragraphs';
import { signatureBlock, type Signature } from './layout/signature';
import { table, type Cell } from './layout/table';
import { packDocx } from './package';
import type { DocumentOptions } from './types';

export interface TalkPlanRow {
  /** 谈话人 */
  initiator: string;
  /** 谈话对象 */
  partner: string;
  /** 谈话类型, e.g. 书记与党员 (R-TALK-PAIRS) */
  relation?: string;
  date: IsoDate;
  place: string;
  /** 谈话主要内容 */
  topic: string;
}

/** 谈心谈话计划表 */
export interface TalkPlanModel {
  unitName: string;
  title?: string;
  intro?: string;
  rows: TalkPlanRow[];
  note?: string;
  signature?: Signature;
}

export function talkPlanBody(m: TalkPlanModel): Block[] {
  const out: Block[] = [...title(m.title || `${m.unitName}谈心谈话计划表`)];
  if (m.intro) out.push(...bodyText(m.intro));
  const rows: Cell[][] = m.rows.map((r, i) => [
    { text: String(i + 1), kind: 'label' },
    { text: r.initiator, kind: 'label' },
    { text: r.partner, kind: 'label' },
    { text: r.relation ?? '', kind: 'label' },
    { text: formatChineseDate(r.date), kind: 'label' },
    { text: r.place, kind: 'label' },
    r.topic,
  ]);
  if (rows.length === 0) rows.push(['', '', '', '', '', '', '']);
  out.push(
    ...table({
      // Names, the kind of talk, the date and the place are as wide as their widest entry;
      // the topic takes the rest.
      columns: [0, 0, 0, 0, 0, 0, 1],
      header: [['序号', '谈话人', '谈话对象', '谈话类型', '时间', '地点', '谈话主要内容']],
      rows,
    }),
  );
  if (m.note) out.push(...bodyText(m.note));
  if (m.signature) closeWith(out, signatureBlock(m.signature));
  return out;
}

export async function buildTalkPlan(m: TalkPlanModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(talkPlanBody(m), options?.fonts);
}

/** 谈心记录 */
export interface TalkRecordModel {
  unitName: string;
  initiator: string;
  partner: string;
  /** ISO date or date-time (`2005-09-08T15:00`). */
  time: string;
  place: string;
  topic: string;
  /** 谈话主要内容 */
  content: string;
  /** 对方提出的意见和建议 */
  opinions?: string;
  /** 反馈和整改 (R-OPIN-FEEDBACK) */
  followUp?: string;
  recorder?: string;
}

export function talkRecordBody(m: TalkRecordModel): Block[] {
  const label = (text: string): Cell => ({ text, kind: 'label' });
  const rows: Cell[][] = [
    [label('谈话人'), m.initiator, label('谈话对象'), m.partner],
    [label('时间'), formatChineseDateTime(m.time), label('地点'), m.place],
    [label('谈话主题'), { text: m.topic, span: 3 }],
    [label('谈话主要内容'), { text: m.content, span: 3 }],
    [label('意见和建议'), { text: m.opinions ?? '', span: 3 }],
    [label('反馈和整改'), { text: m.followUp ?? '', span: 3 }],
    // Both people sign, and the recorder when someone else wrote it down.
    [label('谈话人\n签字'), '', label('谈话对象\n签字'), ''],
    [label('记录人'), m.recorder ?? '', label('记录人\n签字'), ''],
  ];
  return [
    ...title(`${m.unitName}谈心记录`),
    ...table({ columns: [1, 2, 1, 2], rows, rowHeights: { 3: 4000, 4: 1800, 5: 1800, 6: 900, 7: 900 }, minRowHeight: 600 }),
  ];
}

export async function buildTalkRecord(m: TalkRecordModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(talkRecordBody(m), options?.fonts);
}
