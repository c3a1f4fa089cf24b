/**
 * 党性分析材料: one member's self-analysis in three parts (存在的主要问题, 产生问题的根源,
 * 今后努力方向和整改措施). R-ANALYSIS-MODE: a member who writes it himself signs it; for old,
 * weak or low-literacy members it is dictated and recorded by another member, and the paper
 * carries 口述人 and 记录人 lines for both to sign.
 */
import type { IsoDate } from './chineseDate';
import { blankLine, bodyText, closeWith, heading, subtitle, title, type Block } from './layout/paragraphs';
import { signLines, signatureBlock } from './layout/signature';
import { packDocx } from './package';
import type { DocumentOptions } from './types';

/** 撰写方式: 本人撰写 or 口述、他人记录 (R-ANALYSIS-MODE). */
export type SelfAnalysisMode = 'self' | 'dictated';

export const SELF_ANALYSIS_MODE_LABEL: Record<SelfAnalysisMode, string> = {
  self: '本人撰写',
  dictated: '本人口述，他人代为记录',
};

/** 党性分析材料 */
export interface SelfAnalysisModel {
  memberName: string;
  /** 所在党支部, e.g. 某市经济局机关党支部 */
  branchName: string;
  /** 职务 */
  post?: string;
  /** Defaults to 党性分析材料. */
  title?: string;
  titleLines?: string[];
  /** Opening paragraph (how the material was prepared), optional. */
  intro?: string;
  /** 存在的主要问题 */
  problems: string;
  /** 产生问题的根源 */
  roots: string;
  /** 今后努力方向和整改措施 */
  measures: string;
  mode: SelfAnalysisMode;
  /** 记录人, required in practice when mode is dictated. */
  recorder?: string;
  date: IsoDate;
}

export const SELF_ANALYSIS_SECTIONS = ['存在的主要问题', '产生问题的根源', '今后努力方向和整改措施'] as const;

/** The body (exported for the batch and the bench, which make many of these). */
export function selfAnalysisBody(m: SelfAnalysisModel): Block[] {
  const who = [m.branchName, m.post, m.memberName].filter(Boolean).join('　');
  const out: Block[] = [...title(m.title || '党性分析材料', m.titleLines)];
  out.push(subtitle(who), blankLine());
  if (m.intro) out.push(...bodyText(m.intro));
  const texts = [m.problems, m.roots, m.measures];
  SELF_ANALYSIS_SECTIONS.forEach((name, i) => {
    out.push(...heading(1, i + 1, name), ...bodyText(texts[i]));
  });
  out.push(blankLine(), ...bodyText(`撰写方式：${SELF_ANALYSIS_MODE_LABEL[m.mode]}`));
  if (m.mode === 'dictated') {
    // Both sign by hand: the member who spoke it and the member who wrote it down.
    closeWith(out, [...signLines(['口述人', '记录人'], [m.memberName, m.recorder ?? '']), ...signatureBlock({ name: '', date: m.date })]);
  } else {
    closeWith(out, signatureBlock({ name: m.memberName, date: m.date }));
  }
  return out;
}

export async function buildSelfAnalysis(m: SelfAnalysisModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(selfAnalysisBody(m), options?.fonts);
}

/** File name inside a batch, without the extension: `03-张建国-党性分析材料`. */
export function selfAnalysisFileName(m: SelfAnalysisModel, index: number, total: number): string {
  const width = String(total).length;
  return `${String(index + 1).padStart(Math.max(2, width), '0')}-${m.memberName}-党性分析材料`;
}

