/** The words of 贯穿始终: the 边议边改 ledger (R-FIX-NOW) and the study log (R-STUDY). */

export const FIX_STATUSES = ['open', 'done'] as const;
export type FixStatus = (typeof FIX_STATUSES)[number];
export const FIX_STATUS_LABEL: Record<FixStatus, string> = { open: '正在整改', done: '已完成' };

/** What R-STUDY asks to be studied. */
export const STUDY_TOPICS = ['constitutionRights', 'sixRequirements', 'other'] as const;
export type StudyTopic = (typeof STUDY_TOPICS)[number];
export const STUDY_TOPIC_LABEL: Record<StudyTopic, string> = {
  constitutionRights: '《党章》关于党员权利和义务的规定',
  sixRequirements: '保持共产党员先进性六条基本要求',
  other: '其他',
};
