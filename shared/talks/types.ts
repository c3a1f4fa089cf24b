/** The words of the talks (R-TALK-*): why a pair must talk, and where a talk stands. */
import type { z } from 'zod';
import type { talkRecord } from './schema';

/** Why two people must talk (R-TALK-PAIRS, R-TALK-LEADER-ALL). */
export const TALK_REASONS = [
  'headTeam', // 主要领导 ↔ 班子成员
  'teamTeam', // 班子成员之间
  'leaderOffice', // 领导干部 ↔ 分管科室、二级单位负责人
  'secretaryMember', // 支部书记 ↔ 本支部党员
  'leaderBranch', // 党员领导干部 ↔ 所在支部每名党员 (R-TALK-LEADER-ALL)
  'memberMember', // 党员之间
  'memberMasses', // 党员 ↔ 群众
] as const;
export type TalkReason = (typeof TALK_REASONS)[number];
export const TALK_REASON_LABEL: Record<TalkReason, string> = {
  headTeam: '主要领导与班子成员',
  teamTeam: '班子成员之间',
  leaderOffice: '领导干部与分管科室、二级单位负责人',
  secretaryMember: '支部书记与党员',
  leaderBranch: '党员领导干部与所在支部党员',
  memberMember: '党员之间',
  memberMasses: '党员与群众',
};

export const TALK_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type TalkStatus = (typeof TALK_STATUSES)[number];
export const TALK_STATUS_LABEL: Record<TalkStatus, string> = { planned: '已安排', done: '已谈', cancelled: '已取消' };

/**
 * The reasons the roster's roles, offices and branches decide pair by pair. 党员之间 and 党员与群众
 * are demanded per person (./coverage.ts), so the generator never lists them.
 */
export const PAIR_REASONS: readonly TalkReason[] = ['headTeam', 'teamTeam', 'leaderOffice', 'secretaryMember', 'leaderBranch'];

/** 谈话类型 in the plan table's narrow column: at most five characters a line. */
export const TALK_REASON_SHORT: Record<TalkReason, string> = {
  headTeam: '主要领导与\n班子成员',
  teamTeam: '班子成员\n之间',
  leaderOffice: '分管领导与\n科室负责人',
  secretaryMember: '支部书记\n与党员',
  leaderBranch: '领导干部与\n本支部党员',
  memberMember: '党员之间',
  memberMasses: '党员与群众',
};

/**
 * Where a talk stands, as the page shows it: 待安排 until it has a date, a time and a place
 * (R-TALK-PLAN), then 已安排; 已谈 and 已取消 as stored.
 */
export const TALK_STAGES = ['unplanned', 'planned', 'done', 'cancelled'] as const;
export type TalkStage = (typeof TALK_STAGES)[number];
export const TALK_STAGE_LABEL: Record<TalkStage, string> = { unplanned: '待安排', planned: '已安排', done: '已谈', cancelled: '已取消' };

/** 谈心 (heart-to-heart talk): one record of the talks table. */
export type Talk = z.infer<typeof talkRecord>;

/** The expected length of a talk when none is given, in minutes (clash checks). */
export const DEFAULT_TALK_MINUTES = 60;
