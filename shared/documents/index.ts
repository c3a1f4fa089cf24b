/**
 * The document layer: every paper the app produces, as `model → .docx bytes`, in the
 * GB/T 9704 layout. Features fill a view model and call a builder (or look it up in
 * DOCUMENT_KINDS); the models are the documents' own content, not DB rows.
 */
import type { DocumentBuilder } from './types';
import { buildStagePlan, type StagePlanModel } from './stagePlan';
import { buildOpinionForm, type OpinionFormModel } from './opinionForm';
import { buildOpinionSummary, type OpinionSummaryModel } from './opinionSummary';
import { buildTalkPlan, buildTalkRecord, type TalkPlanModel, type TalkRecordModel } from './talks';
import { buildSelfAnalysis, type SelfAnalysisModel } from './selfAnalysis';
import { buildSelfAnalysisBatch } from './selfAnalysisBatch';
import { buildMinutes, type MinutesModel } from './minutes';
import { buildSurveyBallot, buildSurveyTally, type SurveyBallotModel, type SurveyTallyModel } from './surveys';
import { buildBranchNotice, buildLeadershipNotice, type BranchNoticeModel, type LeadershipNoticeModel } from './notices';
import {
  buildEvaluationReport,
  buildMemberOpinion,
  buildMemberOpinionSummary,
  type EvaluationReportModel,
  type MemberOpinionModel,
  type MemberOpinionSummaryModel,
} from './evaluation';
import { buildSelfCheckReport, type SelfCheckReportModel } from './selfCheckReport';
import { buildFixNowLedger, type FixNowLedgerModel } from './fixNowLedger';

export * from './types';
export * from './chineseDate';
export { sanitizeText, safeFileName } from './text';
export { wrapTitle } from './layout/title';
export * from './stagePlan';
export * from './opinionForm';
export * from './opinionSummary';
export * from './talks';
export * from './selfAnalysis';
export * from './selfAnalysisBatch';
export * from './minutes';
export * from './surveys';
export * from './notices';
export * from './evaluation';
export * from './selfCheckReport';
export * from './fixNowLedger';

/** The model type of each document kind. */
export interface DocumentModels {
  stagePlan: StagePlanModel;
  opinionForm: OpinionFormModel;
  opinionSummary: OpinionSummaryModel;
  talkPlan: TalkPlanModel;
  talkRecord: TalkRecordModel;
  selfAnalysis: SelfAnalysisModel;
  selfAnalysisBatch: SelfAnalysisModel[];
  minutes: MinutesModel;
  surveyBallot: SurveyBallotModel;
  surveyTally: SurveyTallyModel;
  branchNotice: BranchNoticeModel;
  leadershipNotice: LeadershipNoticeModel;
  memberOpinion: MemberOpinionModel;
  memberOpinionSummary: MemberOpinionSummaryModel;
  evaluationReport: EvaluationReportModel;
  selfCheckReport: SelfCheckReportModel;
  fixNowLedger: FixNowLedgerModel;
}
export type DocumentKindId = keyof DocumentModels;

export interface DocumentKind<K extends DocumentKindId> {
  id: K;
  /** Chinese name, for menus and file names. */
  title: string;
  /** File extension of the result. */
  ext: 'docx' | 'zip';
  build: DocumentBuilder<DocumentModels[K]>;
}

/** Every document kind, for features that pick one by id. */
export const DOCUMENT_KINDS: { [K in DocumentKindId]: DocumentKind<K> } = {
  stagePlan: { id: 'stagePlan', title: '分析评议阶段工作方案', ext: 'docx', build: buildStagePlan },
  opinionForm: { id: 'opinionForm', title: '征求意见表', ext: 'docx', build: buildOpinionForm },
  opinionSummary: { id: 'opinionSummary', title: '征求意见汇总表', ext: 'docx', build: buildOpinionSummary },
  talkPlan: { id: 'talkPlan', title: '谈心谈话计划表', ext: 'docx', build: buildTalkPlan },
  talkRecord: { id: 'talkRecord', title: '谈心记录', ext: 'docx', build: buildTalkRecord },
  selfAnalysis: { id: 'selfAnalysis', title: '党性分析材料', ext: 'docx', build: buildSelfAnalysis },
  selfAnalysisBatch: { id: 'selfAnalysisBatch', title: '党性分析材料（批量）', ext: 'zip', build: buildSelfAnalysisBatch },
  minutes: { id: 'minutes', title: '会议记录', ext: 'docx', build: buildMinutes },
  surveyBallot: { id: 'surveyBallot', title: '群众满意度测评表', ext: 'docx', build: buildSurveyBallot },
  surveyTally: { id: 'surveyTally', title: '测评结果统计表', ext: 'docx', build: buildSurveyTally },
  branchNotice: { id: 'branchNotice', title: '党支部民主评议情况通报', ext: 'docx', build: buildBranchNotice },
  leadershipNotice: { id: 'leadershipNotice', title: '领导班子专题民主生活会情况通报', ext: 'docx', build: buildLeadershipNotice },
  memberOpinion: { id: 'memberOpinion', title: '党员评议意见', ext: 'docx', build: buildMemberOpinion },
  memberOpinionSummary: { id: 'memberOpinionSummary', title: '党员评议意见汇总表', ext: 'docx', build: buildMemberOpinionSummary },
  evaluationReport: { id: 'evaluationReport', title: '拟定不履行党员义务、不符合党员条件党员情况的报告', ext: 'docx', build: buildEvaluationReport },
  selfCheckReport: { id: 'selfCheckReport', title: '分析评议阶段自查报告', ext: 'docx', build: buildSelfCheckReport },
  fixNowLedger: { id: 'fixNowLedger', title: '边议边改整改台账', ext: 'docx', build: buildFixNowLedger },
};
