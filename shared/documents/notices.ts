/**
 * The two 通报: the branch's to the masses on its 专题组织生活会 and democratic evaluation
 * (R-NOTICE-BRANCH), and the party organisation's to cadres and masses on the leadership's
 * 专题民主生活会 (R-NOTICE-LEADERSHIP). Both are official letters: title, 主送, numbered
 * sections, 署名 and date.
 */
import type { IsoDate } from './chineseDate';
import { bodyText, closeWith, numberedItems, plainLine, title, heading, type Block } from './layout/paragraphs';
import { signatureBlock, type Signature } from './layout/signature';
import { packDocx } from './package';
import type { DocumentOptions } from './types';

/** Numbered items (problems, measures) or free text. */
export type TextOrItems = string | string[];

function sectionBody(content: TextOrItems): Block[] {
  if (typeof content === 'string') return bodyText(content);
  if (content.length === 0) return bodyText('');
  return numberedItems(content);
}

interface Letter {
  title: string;
  titleLines?: string[];
  recipients?: string;
  intro?: string;
  sections: { heading: string; content: TextOrItems }[];
  closing?: string;
  signature: Signature;
}

export function letterBody(l: Letter): Block[] {
  const out: Block[] = [...title(l.title, l.titleLines)];
  if (l.recipients) out.push(plainLine(`${l.recipients}：`));
  if (l.intro) out.push(...bodyText(l.intro));
  l.sections.forEach((s, i) => out.push(...heading(1, i + 1, s.heading), ...sectionBody(s.content)));
  if (l.closing) out.push(...bodyText(l.closing));
  closeWith(out, signatureBlock(l.signature));
  return out;
}

/** 党支部关于专题组织生活会和民主评议情况的通报 (R-NOTICE-BRANCH) */
export interface BranchNoticeModel {
  /** e.g. 中共某市经济局机关支部委员会 */
  issuer: string;
  title?: string;
  titleLines?: string[];
  /** 主送, default 全体党员和群众 */
  recipients?: string;
  /** 会议召开情况: when, who, how */
  meeting: string;
  /** 党员查摆的主要问题和整改措施 (members' understanding of their problems and measures) */
  problemsAndMeasures: TextOrItems;
  /** 今后努力方向 */
  direction: TextOrItems;
  /** 民主评议结果 (no grades: R-EVAL-NOGRADE) */
  evaluationResults: string;
  closing?: string;
  date: IsoDate;
  sealed?: boolean;
}

export function branchNoticeBody(m: BranchNoticeModel): Block[] {
  return letterBody({
    title: m.title || `${m.issuer}关于召开专题组织生活会和开展民主评议党员情况的通报`,
    titleLines: m.titleLines,
    recipients: m.recipients ?? '全体党员和群众',
    sections: [
      { heading: '专题组织生活会召开情况', content: m.meeting },
      { heading: '党员查摆的主要问题和整改措施', content: m.problemsAndMeasures },
      { heading: '今后努力方向', content: m.direction },
      { heading: '民主评议党员结果', content: m.evaluationResults },
    ],
    closing: m.closing ?? '欢迎广大群众继续对党支部和党员的整改情况进行监督。',
    signature: { name: m.issuer, date: m.date, sealed: m.sealed },
  });
}

export async function buildBranchNotice(m: BranchNoticeModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(branchNoticeBody(m), options?.fonts);
}

/** 关于领导班子专题民主生活会情况的通报 (R-NOTICE-LEADERSHIP) */
export interface LeadershipNoticeModel {
  /** e.g. 中共某市经济局党组 */
  issuer: string;
  title?: string;
  titleLines?: string[];
  /** 主送, default 局机关全体干部职工 */
  recipients?: string;
  /** 基本情况 of the meeting */
  basicFacts: string;
  /** 查摆出的主要问题 */
  problems: TextOrItems;
  /** 整改措施 */
  measures: TextOrItems;
  closing?: string;
  date: IsoDate;
  sealed?: boolean;
}

export function leadershipNoticeBody(m: LeadershipNoticeModel): Block[] {
  return letterBody({
    title: m.title || `${m.issuer}关于领导班子专题民主生活会情况的通报`,
    titleLines: m.titleLines,
    recipients: m.recipients ?? '全体干部职工',
    sections: [
      { heading: '专题民主生活会基本情况', content: m.basicFacts },
      { heading: '查摆出的主要问题', content: m.problems },
      { heading: '整改措施', content: m.measures },
    ],
    closing: m.closing ?? '请全体干部职工对领导班子的整改落实情况进行监督。',
    signature: { name: m.issuer, date: m.date, sealed: m.sealed },
  });
}

export async function buildLeadershipNotice(m: LeadershipNoticeModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(leadershipNoticeBody(m), options?.fonts);
}
