/** The words of 贯穿始终: the 边议边改 ledger (R-FIX-NOW) and the study log (R-STUDY). */
import type { z } from 'zod';
import type { fixItemRecord, studySessionRecord } from './schema';

/** One item of the 边议边改整改台账 (fixNowItem). */
export type FixItem = z.infer<typeof fixItemRecord>;
/** One entry of the study log (学习记录). */
export type StudySession = z.infer<typeof studySessionRecord>;

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

/** The two topics every party member must have studied (attended or made up) under R-STUDY. */
export const REQUIRED_STUDY_TOPICS = ['constitutionRights', 'sixRequirements'] as const satisfies readonly StudyTopic[];
export type RequiredStudyTopic = (typeof REQUIRED_STUDY_TOPICS)[number];
/** Short names for lines that name several topics. */
export const STUDY_TOPIC_SHORT: Record<StudyTopic, string> = {
  constitutionRights: '党章关于党员权利和义务的规定',
  sixRequirements: '先进性六条基本要求',
  other: '其他',
};
