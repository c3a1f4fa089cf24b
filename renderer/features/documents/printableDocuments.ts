import { blankOpinionFormModel, blankSurveyBallotModel } from '@shared/campaign/blankForms';
import { stagePlanModel } from '@shared/campaign/planDocument';
import type { CampaignSnapshot } from '@shared/campaign/snapshot';
import type { DocumentOptions } from '@shared/documents';
import type { PytDb } from '../../db/db';
import { listBranches, listLeaders } from '../roster/queries';

/** The document builders (and docx) load when the first paper is made, not with the app. */
const documents = () => import('@shared/documents');

/** What a document is filled from: the campaign state, and the database for what else it needs (read when it is made). */
export interface DocumentSource {
  db: PytDb;
  s: CampaignSnapshot;
}

/** A paper document the unit can print now, filled from its own data. */
export interface PrintableDocument {
  id: string;
  title(s: CampaignSnapshot): string;
  note: string;
  build(src: DocumentSource, o: DocumentOptions, today: string): Promise<Uint8Array>;
}

const focusTitle = (s: CampaignSnapshot) => s.template.stages.find((x) => x.id === s.template.focusStageId)?.title ?? '';

export const STAGE_PLAN: PrintableDocument = {
  id: 'stagePlan',
  title: (s) => `${focusTitle(s)}工作方案`,
  note: '按“阶段工作方案”页面的内容生成，报督导组把关、报活动办公室备案。',
  build: async ({ db, s }, o, today) =>
    (await documents()).buildStagePlan(stagePlanModel(s, s.template.focusStageId, today, await listLeaders(db, s.unit.id)), o),
};

export const PRINTABLE_DOCUMENTS: PrintableDocument[] = [
  STAGE_PLAN,
  {
    id: 'opinionForm',
    title: () => '征求意见表（空白）',
    note: '打印后发给党员、群众、服务对象、人大代表和政协委员填写。',
    build: async ({ s }, o) => (await documents()).buildOpinionForm(blankOpinionFormModel(s), o),
  },
  {
    id: 'surveyBallot',
    title: () => '群众满意度测评表（空白）',
    note: '专题民主生活会和专题组织生活会后发放，满意度低于规定标准的要补课。',
    build: async ({ db, s }, o) => (await documents()).buildSurveyBallot(blankSurveyBallotModel(s, await listBranches(db, s.unit.id)), o),
  },
];
