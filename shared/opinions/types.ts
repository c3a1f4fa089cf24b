/** The words of the opinion register (R-OPIN-*): channels, who gave it, about whom, on what. */
import type { z } from 'zod';
import type { feedbackRecord, lastYearOpinionRecord, opinionRecord } from './schema';

/** One opinion (意见) in the register. */
export type Opinion = z.infer<typeof opinionRecord>;
/** One opinion the masses raised at last year's 民主生活会, and what became of it (R-OPIN-LASTYEAR). */
export type LastYearOpinion = z.infer<typeof lastYearOpinionRecord>;
/** Opinions fed back to one person (意见反馈, R-OPIN-FEEDBACK). */
export type Feedback = z.infer<typeof feedbackRecord>;
/** What a form or a pasted line gives for an opinion, before ids and timestamps exist. */
export type OpinionDraft = Omit<Opinion, 'id' | 'unitId' | 'createdAt'>;

/** 方式要活 (R-OPIN-CHANNELS). */
export const OPINION_CHANNELS = ['talk', 'box', 'form', 'forum', 'hotline', 'email', 'other'] as const;
export type OpinionChannel = (typeof OPINION_CHANNELS)[number];
export const OPINION_CHANNEL_LABEL: Record<OpinionChannel, string> = {
  talk: '个别交谈',
  box: '征求意见箱',
  form: '征求意见表',
  forum: '座谈会',
  hotline: '热线电话',
  email: '电子邮箱',
  other: '其他',
};

/** 范围要广 (R-OPIN-SCOPE): who gave the opinion. */
export const OPINION_SOURCES = ['party', 'masses', 'client', 'npcDeputy', 'cppccMember', 'higher'] as const;
export type OpinionSource = (typeof OPINION_SOURCES)[number];
export const OPINION_SOURCE_LABEL: Record<OpinionSource, string> = {
  party: '党员',
  masses: '群众',
  client: '服务对象',
  npcDeputy: '人大代表',
  cppccMember: '政协委员',
  higher: '上级',
};

/** 内容要全 (R-OPIN-CONTENT): about whom. */
export const OPINION_TARGETS = ['organisation', 'leadership', 'member'] as const;
export type OpinionTarget = (typeof OPINION_TARGETS)[number];
export const OPINION_TARGET_LABEL: Record<OpinionTarget, string> = {
  organisation: '党组织',
  leadership: '领导班子',
  member: '党员个人',
};

/** 内容要全 (R-OPIN-CONTENT): on what. */
export const OPINION_CATEGORIES = ['ideals', 'work', 'style', 'other'] as const;
export type OpinionCategory = (typeof OPINION_CATEGORIES)[number];
export const OPINION_CATEGORY_LABEL: Record<OpinionCategory, string> = {
  ideals: '理想信念',
  work: '工作学习',
  style: '工作作风',
  other: '其他',
};

/** R-OPIN-LASTYEAR: what became of last year's 民主生活会 opinion. */
export const LAST_YEAR_STATUSES = ['fixed', 'partial', 'notFixed'] as const;
export type LastYearStatus = (typeof LAST_YEAR_STATUSES)[number];
export const LAST_YEAR_STATUS_LABEL: Record<LastYearStatus, string> = { fixed: '已改', partial: '部分整改', notFixed: '未改' };

/** R-OPIN-FEEDBACK: how the opinions were fed back. */
export const FEEDBACK_WAYS = ['talk', 'separate'] as const;
export type FeedbackWay = (typeof FEEDBACK_WAYS)[number];
export const FEEDBACK_WAY_LABEL: Record<FeedbackWay, string> = { talk: '谈心时反馈', separate: '单独反馈' };
