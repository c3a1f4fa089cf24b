import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import {
  buildBranchNotice,
  buildEvaluationReport,
  buildFixNowLedger,
  buildLeadershipNotice,
  buildMemberOpinion,
  buildMemberOpinionSummary,
  buildMinutes,
  buildOpinionForm,
  buildOpinionSummary,
  buildSelfAnalysis,
  buildSelfAnalysisBatch,
  buildSelfCheckReport,
  buildStagePlan,
  buildSurveyTally,
  buildTalkPlan,
  SELF_CHECK_POINT_LABEL,
} from '.';
import { documentExamples as ex } from '../../test/fixtures/documents/examples';
import { stressSelfAnalysis } from '../../test/fixtures/documents/selfAnalysis';
import { assertWellFormed, attrs, attrsOf, plainText, readDocx } from '../../test/fixtures/documents/readDocx';

const docXml = async (bytes: Promise<Uint8Array>) => readDocx(await bytes)['word/document.xml'];
const textOf = async (bytes: Promise<Uint8Array>) => plainText(await docXml(bytes));

describe('tables', () => {
  it('the 谈心谈话计划表 has who, with whom, when, where, topic; DXA widths; repeated header; rows do not split', async () => {
    const xml = await docXml(buildTalkPlan(ex.talkPlan));
    const text = plainText(xml);
    for (const h of ['谈话人', '谈话对象', '时间', '地点', '谈话主要内容']) expect(text).toContain(h);
    expect(text).toContain('2005年9月8日');
    const grid = attrsOf(xml, 'w:gridCol').map((a) => Number(a['w:w']));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(8845);
    expect(attrs(xml, 'w:tblW')).toEqual({ 'w:w': '8845', 'w:type': 'dxa' });
    expect(attrs(xml, 'w:tblLayout')['w:type']).toBe('fixed');
    const cells = attrsOf(xml, 'w:tcW');
    expect(cells).toHaveLength(7 * (1 + ex.talkPlan.rows.length));
    expect(cells.every((c) => c['w:type'] === 'dxa')).toBe(true);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(1 + ex.talkPlan.rows.length);
  });

  it('征求意见汇总表 groups opinions by target and category (vertical merges) with what was done', async () => {
    const xml = await docXml(buildOpinionSummary(ex.opinionSummary));
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('<w:vMerge w:val="continue"/>');
    expect(plainText(xml)).toContain('整改落实情况');
    expect(plainText(xml)).toContain('共征求到意见和建议4条');
  });

  it('征求意见表 is a blank form with room to write', async () => {
    const xml = await docXml(buildOpinionForm(ex.opinionForm));
    expect(plainText(xml)).toContain('理想信念');
    expect(attrsOf(xml, 'w:trHeight')).toContainEqual({ 'w:val': '1400', 'w:hRule': 'atLeast' });
    expect(plainText(xml)).toContain('请于2005年9月12日前交');
  });

  it('the 边议边改台账 has problem, measure, owner, deadline, result', async () => {
    const text = await textOf(buildFixNowLedger(ex.fixNowLedger));
    for (const h of ['存在问题', '整改措施', '责任人', '完成时限', '整改结果', '2005年9月20日', '正在整改']) expect(text).toContain(h);
  });
});

describe('documents and the rules they prove', () => {
  it('R-STAGE-PLAN: 规定动作 and 自选动作 with dates, 组织领导, schedule attached', async () => {
    const text = await textOf(buildStagePlan(ex.stagePlan));
    for (const s of ['一、指导思想', '二、目标任务', '（一）规定动作', '（二）自选动作', '四、组织领导', '召开转段动员会（9月2日—9月4日）。']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('附件：分析评议阶段工作时间安排表');
    expect(text).toContain('中共某市经济局机关支部委员会2005年9月1日');
  });

  it('a dictated 党性分析材料 carries 口述人 and 记录人 lines; a written one the author', async () => {
    const dictated = await textOf(buildSelfAnalysis(ex.selfAnalysisBatch[1]));
    expect(dictated).toContain('口述人：李德顺');
    expect(dictated).toContain('记录人：王秀兰');
    expect(dictated).toContain('撰写方式：本人口述，他人代为记录');
    const written = await textOf(buildSelfAnalysis(ex.selfAnalysis));
    expect(written).not.toContain('口述人');
    expect(written).toContain('撰写方式：本人撰写');
    for (const s of ['一、存在的主要问题', '二、产生问题的根源', '三、今后努力方向和整改措施']) expect(written).toContain(s);
    expect(written).toContain('张建国2005年9月16日');
  });

  it('会议记录: attendance, absences with reasons, 列席, 督导组, speeches, criticism from whom, decisions, signature lines', async () => {
    const text = await textOf(buildMinutes(ex.minutes));
    for (const s of ['专题组织生活会会议记录', '时间：2005年9月26日上午8时30分', '到会情况：应到23人，实到21人', '孙有福（住院治疗', '列席人员：', '高建华（市委第三督导组）', '党性分析发言：', '自我批评：', '陈立新：', '领导点评（吴长青）：', '会议决定', '主持人（签字）：', '记录人（签字）：']) {
      expect(text).toContain(s);
    }
  });

  it('the 测评结果统计表 computes the rate and says 补课 below 70 %', async () => {
    const text = await textOf(buildSurveyTally(ex.surveyTally));
    expect(text).toContain('局领导班子专题民主生活会满意率为92.9%，达到70%以上，不需补课');
    expect(text).toContain('机关党支部专题组织生活会满意率为64.9%，低于70%，需要补课');
  });

  it('the branch notice (支部通报) has the meeting, members’ problems and measures, direction, evaluation results', async () => {
    const text = await textOf(buildBranchNotice(ex.branchNotice));
    for (const s of ['全体党员和群众：', '一、专题组织生活会召开情况', '二、党员查摆的主要问题和整改措施', '三、今后努力方向', '四、民主评议党员结果']) expect(text).toContain(s);
  });

  it('the leadership notice (班子通报) has basic facts, problems found, measures', async () => {
    const text = await textOf(buildLeadershipNotice(ex.leadershipNotice));
    for (const s of ['一、专题民主生活会基本情况', '二、查摆出的主要问题', '三、整改措施', '1.深入基层调查研究不够。']) expect(text).toContain(s);
  });

  it('党员评议意见 and its summary have no grade column', async () => {
    for (const bytes of [buildMemberOpinion(ex.memberOpinion), buildMemberOpinionSummary(ex.memberOpinionSummary)]) {
      const text = await textOf(bytes);
      expect(text).toContain('是否履行党员义务');
      expect(text).toContain('是否符合党员条件');
      for (const grade of ['格次', '等次', '等级', '优秀', '基本合格', '不合格']) expect(text).not.toContain(grade);
    }
  });

  it('the report upwards (不履行义务、不符合条件的党员): proposed members reported upwards with facts, help, branch opinion, 督导组 check', async () => {
    const text = await textOf(buildEvaluationReport(ex.evaluationReport));
    for (const s of ['市委组织部、市先进性教育活动办公室：', '郑某某同志（拟定为不履行党员义务）', '主要表现。', '教育帮助情况。', '督导组审核意见', '附件', '拟定不履行党员义务、不符合党员条件党员情况一览表']) {
      expect(text).toContain(s);
    }
  });

  it('the 自查报告 covers the six points with figures', async () => {
    const text = await textOf(buildSelfCheckReport(ex.selfCheckReport));
    Object.values(SELF_CHECK_POINT_LABEL).forEach((label, i) => expect(text).toContain(`（${'一二三四五六'[i]}）${label}`));
    expect(text).toContain('主要数据：征求意见126条；发放征求意见表150份。');
  });
});

describe('text from users never corrupts the file', () => {
  it('strips illegal characters, keeps emoji, rare CJK and tabs, survives 20 pages and an empty section', async () => {
    const parts = readDocx(await buildSelfAnalysis(stressSelfAnalysis(20)));
    const xml = parts['word/document.xml'];
    assertWellFormed(xml);
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/);
    expect(xml).toContain('😀');
    expect(xml).toContain('𠀀𪚥');
    expect(xml).toContain('<w:tab/>');
    expect(plainText(xml)).toContain('赵𠀀明');
    expect(plainText(xml)).toContain('第一行第二行第三行第四行');
    expect(xml.length).toBeGreaterThan(28 * 22 * 20);
  });

  it('an empty model still makes a valid document', async () => {
    const parts = readDocx(await buildStagePlan({ ...ex.stagePlan, guidingIdeology: '', goals: '', requiredActions: [], optionalActions: [], leadership: {} }));
    assertWellFormed(parts['word/document.xml']);
    expect(plainText(parts['word/document.xml'])).toContain('（无）');
  });
});

describe('batch', () => {
  it('many 党性分析材料 in one .zip, one valid .docx each, names unique and safe', async () => {
    const models = [ex.selfAnalysis, ex.selfAnalysisBatch[1], { ...ex.selfAnalysis }, { ...ex.selfAnalysis, memberName: '王/五' }];
    const files = unzipSync(await buildSelfAnalysisBatch(models));
    expect(Object.keys(files)).toEqual(['01-张建国-党性分析材料.docx', '02-李德顺-党性分析材料.docx', '03-张建国-党性分析材料.docx', '04-王_五-党性分析材料.docx']);
    for (const bytes of Object.values(files)) assertWellFormed(readDocx(bytes)['word/document.xml']);
  });
});
