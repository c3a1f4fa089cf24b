/**
 * 分析评议阶段自查报告 (R-STAGE-SELFCHECK): the six points checked before the stage ends, each
 * with the unit's assessment and the measured figures, then the problems and next steps.
 */
import { bodyText, closeWith, heading, plainLine, title, type Block } from './layout/paragraphs';
import { signatureBlock, type Signature } from './layout/signature';
import { packDocx } from './package';
import type { DocumentOptions } from './types';

import { SELF_CHECK_POINT_LABEL, SELF_CHECK_POINTS, type SelfCheckPoint } from '../selfcheck/points';

export { SELF_CHECK_POINT_LABEL, SELF_CHECK_POINTS, type SelfCheckPoint };

export interface SelfCheckItem {
  /** 自查情况 */
  assessment: string;
  /** Measured figures, e.g. { label: '征求意见', value: '126条' } */
  figures?: { label: string; value: string }[];
}

/** 分析评议阶段自查报告 */
export interface SelfCheckReportModel {
  issuer: string;
  title?: string;
  titleLines?: string[];
  /** 主送, e.g. 市先进性教育活动第三督导组 */
  recipients?: string;
  intro: string;
  points: Record<SelfCheckPoint, SelfCheckItem>;
  /** 存在的不足 */
  shortcomings?: string;
  /** 下一步打算 */
  nextSteps?: string;
  signature: Signature;
}

export function selfCheckReportBody(m: SelfCheckReportModel): Block[] {
  const out: Block[] = [...title(m.title || `${m.issuer}分析评议阶段自查报告`, m.titleLines)];
  if (m.recipients) out.push(plainLine(`${m.recipients}：`));
  out.push(...bodyText(m.intro));
  out.push(...heading(1, 1, '自查情况'));
  SELF_CHECK_POINTS.forEach((p, i) => {
    const item = m.points[p];
    out.push(...heading(2, i + 1, SELF_CHECK_POINT_LABEL[p]), ...bodyText(item?.assessment));
    if (item?.figures?.length) {
      out.push(...bodyText(`主要数据：${item.figures.map((f) => `${f.label}${f.value}`).join('；')}。`));
    }
  });
  let n = 2;
  if (m.shortcomings) out.push(...heading(1, n++, '存在的不足'), ...bodyText(m.shortcomings));
  if (m.nextSteps) out.push(...heading(1, n++, '下一步打算'), ...bodyText(m.nextSteps));
  closeWith(out, signatureBlock(m.signature));
  return out;
}

export async function buildSelfCheckReport(m: SelfCheckReportModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(selfCheckReportBody(m), options?.fonts);
}
