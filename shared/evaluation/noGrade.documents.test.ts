/**
 * R-EVAL-NOGRADE over paper: every document kind of the 2005 template, built as the app builds
 * it, shows no grade, no vote count and no ranking; the evaluation's own papers come from records
 * through this feature's mapping, including a record that holds a grade (as a restored backup of a
 * later template could). A template copy that allows grades prints them.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { defaultTemplate } from '../campaign/defaultTemplate';
import { DOCUMENT_KINDS, type DocumentKindId, type DocumentModels } from '../documents';
import { documentExamples } from '../../test/fixtures/documents/examples';
import { evaluationReportModel, memberOpinionModel, memberOpinionSummaryModel } from './documentModels';
import { docxTexts, gradeFindings } from './noGrade';
import { defaultReportDraft } from './report';
import { SERIOUS } from './testing';
import type { Evaluation } from './types';

const T = '2005-09-26T08:00:00.000Z';
const wang = { name: '王伟', gender: '男' as const, birth: '1968-05', joinedParty: '1992-07', post: '办公室科员' };
const li = { name: '李德顺', gender: '男' as const, birth: '1936-02', joinedParty: '1958-10' };
const good: Evaluation = {
  id: 'e1', unitId: 'u', memberId: 'li', fulfils: true, qualified: true, opinion: '年老体弱，口述党性分析材料，能够履行党员义务，符合党员条件。',
  peerOpinion: '老同志关心支部工作。', massOpinion: '群众反映好。', distinctions: {}, grade: 'excellent', decidedOn: '2005-09-26', createdAt: T, updatedAt: T,
};
const short: Evaluation = {
  id: 'e2', unitId: 'u', memberId: 'wang', fulfils: false, qualified: true, opinion: '一年多不参加组织生活，没有认真履行党员义务。',
  distinctions: SERIOUS, requirement: '按时参加组织生活，补交党费', deadline: '2005-12-31', helperName: '孙丽萍', proposal: 'notFulfilling',
  facts: '连续一年不参加组织生活，不交党费。', help: '支部书记三次上门谈心。', grade: 'unqualified', decidedOn: '2005-09-26', createdAt: T, updatedAt: T,
};

/** Each kind's model as the app would build it: the evaluation's from records, the others from the examples. */
function models(allowGrades: boolean): DocumentModels {
  return {
    ...documentExamples,
    memberOpinion: memberOpinionModel({ member: wang, branchName: '机关第一党支部', evaluation: short, allowGrades }),
    memberOpinionSummary: memberOpinionSummaryModel({
      branchName: '机关第一党支部',
      rows: [{ member: li, evaluation: good }, { member: wang, evaluation: short }],
      allowGrades,
      date: '2005-09-28',
    }),
    evaluationReport: evaluationReportModel({
      issuer: '中共示例市经济局机关委员会',
      report: { ...defaultReportDraft('中共示例市经济局机关委员会', '2005-09-28'), supervisorReview: '经督导组审核，同意上报。' },
      proposed: [{ member: wang, branchName: '机关第一党支部', evaluation: short }],
    }),
  };
}

/** The text pieces (paragraphs and cells) of a built document, of every .docx in a zip. */
function texts(bytes: Uint8Array, ext: 'docx' | 'zip'): string[] {
  const files = unzipSync(bytes);
  if (ext === 'docx') return docxTexts(strFromU8(files['word/document.xml']));
  return Object.values(files).flatMap((inner) => docxTexts(strFromU8(unzipSync(inner)['word/document.xml'])));
}

async function build<K extends DocumentKindId>(kind: K, m: DocumentModels): Promise<string[]> {
  const k = DOCUMENT_KINDS[kind];
  return texts(await k.build(m[kind]), k.ext);
}

describe('no grade on paper', () => {
  it('R-EVAL-NOGRADE: no document kind of the 2005 template shows a grade, a vote count or a ranking, even from records that hold a grade', async () => {
    const template = defaultTemplate();
    expect(template.allowGrades).toBe(false);
    const kinds = template.documentKinds as DocumentKindId[];
    expect(kinds).toEqual(expect.arrayContaining(['memberOpinion', 'memberOpinionSummary', 'evaluationReport', 'branchNotice', 'surveyTally']));
    const m = models(template.allowGrades);
    for (const kind of kinds) {
      const found = await build(kind, m);
      expect(found.length, kind).toBeGreaterThan(0);
      expect(gradeFindings(found), kind).toEqual([]);
    }
    // The batch of materials, not a template kind of its own, is scanned too.
    expect(gradeFindings(await build('selfAnalysisBatch', m))).toEqual([]);
    // The evaluation's papers do carry the opinion, the shortfall and the proposal.
    const opinion = (await build('memberOpinion', m)).join('\n');
    expect(opinion).toContain('按时参加组织生活，补交党费；限2005年12月31日前改进；由孙丽萍同志帮助。');
    expect((await build('evaluationReport', m)).join('\n')).toContain('王伟同志（拟定为不履行党员义务）');
  });

  it('R-EVAL-NOGRADE: a template copy that allows grades prints them on the opinion form and the summary', async () => {
    const m = models(true);
    const opinion = await build('memberOpinion', m);
    expect(opinion).toContain('格次');
    expect(opinion).toContain('不合格');
    const summary = await build('memberOpinionSummary', m);
    expect(summary).toEqual(expect.arrayContaining(['格次', '优秀', '不合格']));
    expect(gradeFindings(summary).map((f) => f.text)).toEqual(expect.arrayContaining(['格次', '优秀', '不合格']));
  });
});
