import { describe, expect, it } from 'vitest';
import { buildSurveyBallot, buildSurveyTally } from '../documents';
import { plainText, readDocx } from '../../test/fixtures/documents/readDocx';
import { schemaOrderViolations } from '../../test/fixtures/documents/schemaOrder';
import { surveyBallotModel, surveyTallyModel } from './documentModels';
import type { SurveyRound } from './types';

const T = '2005-09-28T09:00:00.000Z';
const ORG = '中共某市经济局机关委员会';
const xmlOf = async (bytes: Promise<Uint8Array>) => readDocx(await bytes)['word/document.xml'];

const second: SurveyRound = {
  id: 'r2',
  unitId: 'u',
  round: 2,
  scale: 'four',
  date: '2005-09-29',
  issued: 25,
  returned: 21,
  tallies: [
    { subject: 'democraticLife', counts: [8, 5, 3, 4], invalid: 1 },
    { subject: 'orgLife', counts: [10, 4, 2, 4], invalid: 1 },
  ],
  status: 'closed',
  floor: 0.7,
  rate: 0.8,
  closedOn: '2005-09-29',
  remedy: '逐户走访群众，说明整改情况',
  createdAt: T,
  updatedAt: T,
};

describe('the survey papers', () => {
  it('the blank ballot has the unit’s own answers', async () => {
    const text = plainText(await xmlOf(buildSurveyBallot(surveyBallotModel({ orgName: ORG, scale: 'four', subjects: ['democraticLife', 'orgLife'] }))));
    for (const s of ['群众满意度测评表', '领导班子专题民主生活会', '党支部专题组织生活会', '满意', '比较满意', '基本满意', '不满意']) expect(text).toContain(s);
  });

  it('R-SURVEY-70: the tally of a 补课 round on four answers shows each answer, the invalid ballots, the formula, the 补课 and the verdict', async () => {
    const xml = await xmlOf(buildSurveyTally(surveyTallyModel({ orgName: ORG, round: second, floor: 0.7, signDate: '2005-09-30' })));
    expect(schemaOrderViolations(xml)).toEqual([]);
    const text = plainText(xml);
    for (const s of [
      '群众满意度测评结果统计表（第2轮）',
      '满意率＝（满意票＋比较满意票＋基本满意票）÷有效票',
      '本次为第2轮测评，发出测评表25份，收回21份。',
      '第1轮测评满意率低于70%，补课情况：逐户走访群众，说明整改情况',
      '比较',
      '无效',
      '领导班子专题民主生活会满意率为80%，达到70%以上，不需补课。',
      '党支部专题组织生活会满意率为80%，达到70%以上，不需补课。',
      '结论：本轮满意率80%，达到70%，不需补课。',
    ]) {
      expect(text, s).toContain(s);
    }
  });

  it('R-SURVEY-70: a round below the floor says 补课 in its conclusion', async () => {
    const first: SurveyRound = { ...second, round: 1, scale: 'three', remedy: undefined, tallies: [{ subject: 'orgLife', counts: [10, 3, 7], invalid: 1 }], rate: 0.65 };
    const text = plainText(await xmlOf(buildSurveyTally(surveyTallyModel({ orgName: ORG, round: first, floor: 0.7, signDate: '2005-09-30' }))));
    expect(text).toContain('结论：本轮满意率65%，低于70%，须补课后重新测评。');
    expect(text).not.toContain('补课情况');
  });
});
