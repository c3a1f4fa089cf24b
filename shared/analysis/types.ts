/** The words of the 党性分析材料 (R-ANALYSIS-*): how it is written, where it stands, why it is returned. */
import type { RecordOf } from '../data/table';
import type { analysesTable, analysisCommentsTable, analysisStepsTable, analysisVersionsTable } from './schema';

/** 党性分析材料: one per party member, its mode, state and newest version number. */
export type Analysis = RecordOf<typeof analysesTable>;
/** One version of a material's text (a new one after a return or after 公示). */
export type AnalysisVersion = RecordOf<typeof analysisVersionsTable>;
/** One review step (提交, 退回 with reasons, 审阅通过, 公示, 定稿). */
export type AnalysisStep = RecordOf<typeof analysisStepsTable>;
/** A comment received during 公示. */
export type AnalysisComment = RecordOf<typeof analysisCommentsTable>;

/** R-ANALYSIS-MODE: 亲笔撰写, or dictated and recorded by another member. */
export const ANALYSIS_MODES = ['self', 'dictated'] as const;
export type AnalysisMode = (typeof ANALYSIS_MODES)[number];
export const ANALYSIS_MODE_LABEL: Record<AnalysisMode, string> = { self: '亲笔撰写', dictated: '口述代记' };

/** 草稿 → 已提交 → 退回修改 ↺ → 审阅通过 → 公示中 → 定稿 */
export const ANALYSIS_STATES = ['draft', 'submitted', 'returned', 'approved', 'public', 'final'] as const;
export type AnalysisState = (typeof ANALYSIS_STATES)[number];
export const ANALYSIS_STATE_LABEL: Record<AnalysisState, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '退回修改',
  approved: '审阅通过',
  public: '公示中',
  final: '定稿',
};

export const ANALYSIS_EVENTS = ['submit', 'return', 'approve', 'publish', 'finalise'] as const;
export type AnalysisEvent = (typeof ANALYSIS_EVENTS)[number];
export const ANALYSIS_EVENT_LABEL: Record<AnalysisEvent, string> = {
  submit: '提交审阅',
  return: '退回修改',
  approve: '审阅通过',
  publish: '开始公示',
  finalise: '修改定稿',
};

/** R-ANALYSIS-REWRITE: the reasons a material is returned. */
export const REWRITE_REASONS = ['fewProblems', 'objectiveCauses', 'surfaceOnly', 'notPersonal', 'inaccurate'] as const;
export type RewriteReason = (typeof REWRITE_REASONS)[number];
export const REWRITE_REASON_LABEL: Record<RewriteReason, string> = {
  fewProblems: '成绩讲得多，问题找得少',
  objectiveCauses: '客观原因讲得多，主观原因找得少',
  surfaceOnly: '表面现象讲得多，深层次根源挖得少',
  notPersonal: '没有联系个人实际',
  inaccurate: '查找的问题不准确',
};

/** R-EVAL-COVER: how an away member's material came in. */
export const RECEIVED_WAYS = ['post', 'fax', 'email', 'brought', 'other'] as const;
export type ReceivedWay = (typeof RECEIVED_WAYS)[number];
export const RECEIVED_WAY_LABEL: Record<ReceivedWay, string> = { post: '邮寄', fax: '传真', email: '电子邮件', brought: '托人带回', other: '其他' };
