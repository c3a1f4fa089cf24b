/** The words of the talks (R-TALK-*): why a pair must talk, and where a talk stands. */

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
