/**
 * 评议 of members. R-EVAL-NOGRADE: this campaign does not grade members, so no form here has
 * a 格次/等次 column; the opinion says whether the member fulfils the obligations and meets
 * the conditions (R-EVAL-OPINION). R-EVAL-REPORT: members proposed as not doing so are
 * reported upwards, with the facts, the help given and the 督导组's check.
 */
import { formatChineseDate, type IsoDate } from './chineseDate';
import { attachmentNote, attachmentStart, bodyText, closeWith, heading, plainLine, title, type Block } from './layout/paragraphs';
import { signatureBlock, type Signature } from './layout/signature';
import { table, type Cell } from './layout/table';
import { packDocx } from './package';
import type { DocumentOptions } from './types';

const yesNo = (v: boolean) => (v ? '是' : '否');

/** 党员评议意见 (one member) */
export interface MemberOpinionModel {
  branchName: string;
  memberName: string;
  gender?: string;
  /** 出生年月 / 入党时间 as `YYYY-MM` */
  birth?: string;
  joinedParty?: string;
  post?: string;
  /** 党员互评意见 */
  peerOpinion: string;
  /** 群众评议意见 */
  massOpinion: string;
  /** 支部评议意见 */
  branchOpinion: string;
  fulfilsObligations: boolean;
  meetsConditions: boolean;
  /** For a member who does not: 整改要求和期限 (R-EVAL-OPINION). */
  requirements?: string;
  /** 格次, only from a template that allows grades (R-EVAL-NOGRADE: never in 2005). */
  grade?: string;
  signature: Signature;
}

export function memberOpinionBody(m: MemberOpinionModel): Block[] {
  const l = (text: string): Cell => ({ text, kind: 'label' });
  const rows: Cell[][] = [
    [l('姓名'), m.memberName, l('性别'), m.gender ?? '', l('出生年月'), formatChineseDate(m.birth)],
    [l('入党时间'), formatChineseDate(m.joinedParty), l('职务'), { text: m.post ?? '', span: 3 }],
    [l('党员互评意见'), { text: m.peerOpinion, span: 5 }],
    [l('群众评议意见'), { text: m.massOpinion, span: 5 }],
    [l('支部评议意见'), { text: m.branchOpinion, span: 5 }],
    [l('是否履行\n党员义务'), l(yesNo(m.fulfilsObligations)), l('是否符合\n党员条件'), l(yesNo(m.meetsConditions)), l('整改要求\n和期限'), m.requirements ?? '无'],
  ];
  if (m.grade) rows.push([l('格次'), { text: m.grade, span: 5 }]);
  const out: Block[] = [
    ...title(`${m.branchName}党员评议意见`),
    ...table({ columns: [0, 1, 0, 1, 0, 1.2], rows, rowHeights: { 2: 2000, 3: 2000, 4: 2000 }, minRowHeight: 700 }),
  ];
  closeWith(out, signatureBlock(m.signature));
  return out;
}

export async function buildMemberOpinion(m: MemberOpinionModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(memberOpinionBody(m), options?.fonts);
}

/** 党员评议意见汇总表 */
export interface MemberOpinionSummaryModel {
  branchName: string;
  /** `grade`: 格次, only from a template that allows grades (R-EVAL-NOGRADE); a column appears when any row has one. */
  rows: { name: string; fulfilsObligations: boolean; meetsConditions: boolean; opinion: string; note?: string; grade?: string }[];
  signature: Signature;
}

export function memberOpinionSummaryBody(m: MemberOpinionSummaryModel): Block[] {
  const graded = m.rows.some((r) => r.grade);
  const rows: Cell[][] = m.rows.map((r, i) => [
    { text: String(i + 1), kind: 'label' },
    { text: r.name, kind: 'label' },
    { text: yesNo(r.fulfilsObligations), kind: 'label' },
    { text: yesNo(r.meetsConditions), kind: 'label' },
    ...(graded ? [{ text: r.grade ?? '', kind: 'label' as const }] : []),
    r.opinion,
    r.note ?? '',
  ]);
  const header = ['序号', '姓名', '是否履行\n党员义务', '是否符合\n党员条件', ...(graded ? ['格次'] : []), '支部评议意见', '备注'];
  const out: Block[] = [
    ...title(`${m.branchName}党员评议意见汇总表`),
    ...table({ columns: graded ? [0, 0, 0, 0, 0, 3, 1] : [0, 0, 0, 0, 3, 1], header: [header], rows }),
  ];
  closeWith(out, signatureBlock(m.signature));
  return out;
}

export async function buildMemberOpinionSummary(m: MemberOpinionSummaryModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(memberOpinionSummaryBody(m), options?.fonts);
}

/** One member proposed as 不履行党员义务 or 不符合党员条件. */
export interface ProposedMember {
  name: string;
  gender?: string;
  birth?: string;
  joinedParty?: string;
  post?: string;
  proposal: 'notFulfilling' | 'notQualified';
  /** 主要表现 */
  facts: string;
  /** 教育帮助情况 (R-EVAL-FIVE, R-EVAL-OPINION) */
  help: string;
  /** 支部意见 */
  branchOpinion: string;
}

export const PROPOSAL_LABEL = { notFulfilling: '不履行党员义务', notQualified: '不符合党员条件' } as const;

/** 关于拟定不履行党员义务、不符合党员条件党员的报告 (R-EVAL-REPORT) */
export interface EvaluationReportModel {
  issuer: string;
  title?: string;
  titleLines?: string[];
  /** 主送, e.g. 市委组织部、市先进性教育活动办公室 */
  recipients: string;
  intro: string;
  members: ProposedMember[];
  /** 督导组审核意见 */
  supervisorReview?: string;
  date: IsoDate;
  sealed?: boolean;
}

const LIST_TITLE = '拟定不履行党员义务、不符合党员条件党员情况一览表';

export function evaluationReportBody(m: EvaluationReportModel): Block[] {
  const out: Block[] = [...title(m.title || `${m.issuer}关于拟定不履行党员义务、不符合党员条件党员情况的报告`, m.titleLines)];
  out.push(plainLine(`${m.recipients}：`), ...bodyText(m.intro));
  if (m.members.length === 0) out.push(...bodyText('经评议，本支部没有拟定为不履行党员义务或不符合党员条件的党员。'));
  m.members.forEach((p, i) => {
    const facts = [p.gender, p.birth && `${formatChineseDate(p.birth)}生`, p.joinedParty && `${formatChineseDate(p.joinedParty)}入党`, p.post].filter(Boolean).join('，');
    out.push(...heading(1, i + 1, `${p.name}同志（拟定为${PROPOSAL_LABEL[p.proposal]}）`));
    if (facts) out.push(...bodyText(`${p.name}，${facts}。`));
    out.push(...heading(2, 1, '主要表现。', p.facts), ...heading(2, 2, '教育帮助情况。', p.help), ...heading(2, 3, '支部意见。', p.branchOpinion));
  });
  if (m.supervisorReview) out.push(...bodyText(`督导组审核意见：${m.supervisorReview}`));
  out.push(...bodyText('特此报告。'));
  closeWith(out, [...(m.members.length ? attachmentNote([LIST_TITLE]) : []), ...signatureBlock({ name: m.issuer, date: m.date, sealed: m.sealed })]);
  if (m.members.length) {
    const rows: Cell[][] = m.members.map((p, i) => [
      { text: String(i + 1), kind: 'label' },
      { text: p.name, kind: 'label' },
      { text: p.gender ?? '', kind: 'label' },
      { text: formatChineseDate(p.joinedParty), kind: 'label' },
      { text: PROPOSAL_LABEL[p.proposal], kind: 'label' },
      p.branchOpinion,
    ]);
    out.push(...attachmentStart(undefined, LIST_TITLE));
    out.push(...table({ columns: [0, 0, 0, 0, 0, 1], header: [['序号', '姓名', '性别', '入党时间', '拟定类别', '支部意见']], rows }));
  }
  return out;
}

export async function buildEvaluationReport(m: EvaluationReportModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(evaluationReportBody(m), options?.fonts);
}
