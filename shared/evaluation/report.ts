/**
 * R-EVAL-REPORT: members proposed as 不履行党员义务 or 不符合党员条件 are reported to the
 * 组织部 and the campaign office (活动办公室), after the 督导组 has checked them (帮助把关).
 */
import { TEXT_LIMITS as L } from '../data/fields';
import { isValidIsoDate } from '../util/dates';
import type { Reason } from '../util/result';
import { cleanLine, cleanMultiline } from '../util/text';
import { DEFAULT_REPORT_RECIPIENTS } from './types';

/** What the unit writes on the report, cleaned by cleanReportDraft. */
export interface ReportDraft {
  /** 主送 */
  recipients: string;
  /** The opening paragraph. */
  intro: string;
  /** 督导组审核意见 */
  supervisorReview: string;
  /** The report's date. */
  date: string;
}

export function cleanReportDraft(d: ReportDraft): ReportDraft {
  return {
    recipients: cleanLine(d.recipients ?? ''),
    intro: cleanMultiline(d.intro ?? ''),
    supervisorReview: cleanMultiline(d.supervisorReview ?? ''),
    date: (d.date ?? '').trim(),
  };
}

/** The opening paragraph a new report starts with. */
export function defaultReportIntro(orgName: string): string {
  return `按照先进性教育活动分析评议阶段的部署，${orgName}各党支部在召开专题组织生活会的基础上，对每名党员是否履行党员义务、是否符合党员条件提出了评议意见，做到了“五个区别开来”。现将拟定为不履行党员义务、不符合党员条件的党员情况报告如下：`;
}

export function defaultReportDraft(orgName: string, today: string): ReportDraft {
  return { recipients: DEFAULT_REPORT_RECIPIENTS, intro: defaultReportIntro(orgName), supervisorReview: '', date: today };
}

const RULE = 'R-EVAL-REPORT';

/** What is wrong with the report's text (saved at any time). */
export function reportDraftReasons(d: ReportDraft): Reason[] {
  const out: Reason[] = [];
  if (!d.recipients) out.push({ rule: RULE, message: '请填写主送单位' });
  else if (d.recipients.length > L.orgName) out.push({ rule: RULE, message: `主送单位不能超过 ${L.orgName} 个字` });
  if (d.intro.length > L.planDescription) out.push({ rule: RULE, message: `报告开头不能超过 ${L.planDescription} 个字` });
  if (d.supervisorReview.length > L.opinion) out.push({ rule: RULE, message: `督导组审核意见不能超过 ${L.opinion} 个字` });
  if (!isValidIsoDate(d.date)) out.push({ rule: RULE, message: '请选择报告日期' });
  return out;
}

export interface ProposedForReport {
  name: string;
}

/**
 * Whether the report may be marked sent on `sentOn`: somebody is proposed, it goes to the
 * 组织部 and the campaign office, and the 督导组 has checked it.
 */
export function reportSendReasons(d: ReportDraft, proposed: readonly ProposedForReport[], sentOn: string, today: string): Reason[] {
  const out = reportDraftReasons(d);
  if (proposed.length === 0) out.push({ rule: RULE, message: '没有拟定上报的党员，不需要报送' });
  if (d.recipients && !(d.recipients.includes('组织部') && d.recipients.includes('办公室'))) {
    out.push({ rule: RULE, message: '报告要主送组织部和先进性教育活动办公室' });
  }
  if (!d.supervisorReview) out.push({ rule: RULE, message: '报送前要请督导组把关，填写督导组审核意见' });
  if (!isValidIsoDate(sentOn)) out.push({ rule: RULE, message: '请选择报送日期' });
  else {
    if (sentOn > today) out.push({ rule: RULE, message: '报送日期不能晚于今天' });
    if (isValidIsoDate(d.date) && sentOn < d.date) out.push({ rule: RULE, message: '报送日期不能早于报告日期' });
  }
  return out;
}

/** Proposed members the (sent) report did not carry: still to be reported. */
export function unreported<T extends { memberId: string }>(proposed: readonly T[], report: { sentOn?: string; memberIds: readonly string[] } | undefined): T[] {
  const sent = new Set(report?.sentOn ? report.memberIds : []);
  return proposed.filter((p) => !sent.has(p.memberId));
}
