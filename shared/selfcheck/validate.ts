/** What a 阶段自查 the secretary saves may hold (R-STAGE-SELFCHECK): the form's limits, in plain words. */
import { MAX_TEXT, TEXT_LIMITS as L } from '../data/fields';
import { cleanLine, cleanMultiline } from '../util/text';
import type { FlatFigures } from './figures';
import { SELF_CHECK_POINT_LABEL, SELF_CHECK_POINTS, type SelfCheckPoint } from './points';

/** What the page sends: the texts as typed and the figures as measured now. */
export interface SelfCheckDraft {
  stageId: string;
  recipients?: string;
  intro: string;
  assessments: Record<SelfCheckPoint, string>;
  shortcomings?: string;
  nextSteps?: string;
  figures: FlatFigures;
}

/** Texts cleaned once at entry (invisible characters out, NFC). */
export function cleanSelfCheckDraft(d: SelfCheckDraft): SelfCheckDraft {
  return {
    stageId: d.stageId,
    recipients: cleanLine(d.recipients ?? ''),
    intro: cleanMultiline(d.intro ?? ''),
    assessments: Object.fromEntries(SELF_CHECK_POINTS.map((p) => [p, cleanMultiline(d.assessments?.[p] ?? '')])) as Record<SelfCheckPoint, string>,
    shortcomings: cleanMultiline(d.shortcomings ?? ''),
    nextSteps: cleanMultiline(d.nextSteps ?? ''),
    figures: d.figures,
  };
}

export function selfCheckDraftProblems(d: SelfCheckDraft): string[] {
  const out: string[] = [];
  const long = (label: string, v: string | undefined, max: number) => {
    if ((v ?? '').length > max) out.push(`${label}不能超过 ${max} 个字（现有 ${(v ?? '').length} 个字）`);
  };
  long('主送单位', d.recipients, L.orgName);
  long('开头一段', d.intro, MAX_TEXT);
  for (const p of SELF_CHECK_POINTS) long(`“${SELF_CHECK_POINT_LABEL[p]}”的自查情况`, d.assessments[p], MAX_TEXT);
  long('存在的不足', d.shortcomings, MAX_TEXT);
  long('下一步打算', d.nextSteps, MAX_TEXT);
  const f = d.figures;
  if (f.figurePoints.length !== f.figureLabels.length || f.figureLabels.length !== f.figureValues.length || f.figurePoints.length > 100) {
    out.push('统计数据不完整，请刷新页面后再保存');
  }
  return out;
}
