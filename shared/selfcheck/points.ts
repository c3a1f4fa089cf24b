/** The points of the self-inspection (R-STAGE-SELFCHECK), shared by the record and the 自查报告. */
export const SELF_CHECK_POINTS = [
  'opinions',
  'talks',
  'analysis',
  'meetings',
  'fixNow',
  'satisfaction',
] as const;
export type SelfCheckPoint = (typeof SELF_CHECK_POINTS)[number];

/** The six headings, in the order of the seed's 自查 list. */
export const SELF_CHECK_POINT_LABEL: Record<SelfCheckPoint, string> = {
  opinions: '征求意见是否广泛、真实，查找问题是否准确',
  talks: '谈心活动是否普遍、深入、有效',
  analysis: '党性分析是否联系个人实际、深刻',
  meetings: '批评与自我批评开展情况和会议质量',
  fixNow: '边议边改和整改成效',
  satisfaction: '群众满意程度',
};
