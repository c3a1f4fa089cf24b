/**
 * The 分析评议 stage's second half in one story, through the pages a branch secretary uses, in the
 * order the campaign goes: the 机关第一党支部's 专题组织生活会 is shut by the “六个不开” with named
 * reasons → the data is fixed on its own pages → the gate opens → the meeting is held and minuted
 * → 党员评议 of the branch's five members (one falls short, judged by the five distinctions) → the
 * branch notice, prefilled from all that, given and printed → the satisfaction survey at 65 % →
 * 补课 → 75 % → the 阶段自查 with the measured figures, its report, and the request for acceptance.
 * Every document on the way is exported and its text read back.
 *
 * What is set up rather than entered: the unit is restored from a backup on the welcome page (the
 * meetings' e2e fixture, test/e2e/pages/meetingsFixture.ts, built from the app's own declarations):
 * a roster of two branches, eight party members and two masses, and issue #9's working records —
 * an opinion for every party member and every cell of the register, every required talk done,
 * every 党性分析材料 approved but 赵刚's (submitted, approved below on its page). Entering those
 * by hand is issue #9's e2e and would take minutes. The backup holds no record of this issue: the
 * meeting, attendance, the 督导组's confirmations, the minutes, the evaluations, the notice, the
 * survey rounds and the self-inspection are all made here through the UI.
 *
 * The clock is pinned and moved on day by day, as the stage runs: the meeting on 9月20日, the
 * evaluation on the 21st, the notice on the 22nd, the survey on the 24th and (补课) the 27th, the
 * self-inspection on the 28th.
 */
import { expect, test } from '@playwright/test';
import { gradeFindings } from '../../shared/evaluation/noGrade';
import { DISTINCTION_SIDE_LABEL, DISTINCTION_TITLE } from '../../shared/evaluation/types';
import { outsideLocalhost, pinToday, recordRequests, UnitNav } from './pages/app';
import { AnalysisPages } from './pages/analysis';
import { consoleProblems, downloadedDocx, evaluateFulfilling, recordTurn, startOrgLifeRound } from './pages/analysisStage';
import { EvaluationPage } from './pages/evaluation';
import { MeetingsPages } from './pages/meetings';
import { NoticesPage } from './pages/notices';
import { SelfCheckPage } from './pages/selfcheck';
import { SurveyPage, checklistDetail } from './pages/survey';

const BRANCH = '机关第一党支部';
const MEETING = `${BRANCH}专题组织生活会`;
const SURVEY_ITEM = '开展群众满意度测评，未达70%的补课';

test('分析评议 end to end: a meeting shut with named reasons, fixed, held and minuted; evaluation, notice, survey with 补课, self-inspection; every paper read back', async ({ page }) => {
  test.setTimeout(150_000);
  const requests = recordRequests(page);
  const problems = consoleProblems(page);
  const papers: Record<string, string> = {};
  const paper = async (key: string, click: () => Promise<void>) => {
    const d = await downloadedDocx(page, click);
    papers[key] = d.text;
    return d;
  };

  // ── 9月20日: the unit, restored from its backup, in the middle of 分析评议.
  await pinToday(page, '2005-09-20T09:00:00+08:00');
  const mp = new MeetingsPages(page);
  await mp.restoreFixture();
  await mp.open();
  await expect(mp.row(MEETING)).toContainText('未安排');

  // The plan, without a 督导组 person yet.
  await page.getByTestId('plan-b1').click();
  const plan = mp.dialog();
  await expect(plan).toContainText(`安排会议：${MEETING}`);
  await plan.getByPlaceholder('如 08:30').click();
  await plan.getByPlaceholder('如 08:30').fill('08:30');
  await plan.getByPlaceholder('如 08:30').press('Enter');
  await plan.getByLabel('地点').fill('局机关三楼会议室');
  await expect(plan.getByLabel('主持人')).toHaveValue('王芳');
  await plan.getByLabel('记录人').fill('赵刚');
  await plan.getByLabel('上级党组织参加人员1姓名').fill('高建华');
  await plan.getByLabel('上级党组织参加人员1单位').fill('市直机关工委组织部');
  await mp.ok('保存安排');
  await expect(page.getByRole('heading', { name: MEETING })).toBeVisible();

  // The gate is shut, each condition naming what and who is missing; holding is refused.
  await expect(mp.gateDetail(1)).toHaveText('督导组还没有确认征求意见深入');
  await expect(mp.gateDetail(2)).toHaveText('督导组还没有确认谈心广泛');
  await expect(mp.gateDetail(3)).toHaveText(`${BRANCH} 1 名党员的党性分析材料未审阅通过：赵刚`);
  await expect(mp.gateDetail(4)).toHaveText('还没有登记到会情况（应到 5 人，至少 4 人到会）');
  await expect(mp.gateDetail(5)).toHaveText('支部书记王芳还没有登记到会');
  await expect(mp.gateDetail(6)).toHaveText('还没有督导组的同志参加');
  for (const n of [1, 2, 3, 4, 5, 6]) await mp.expectMet(n, false);
  await expect(page.getByTestId('hold-meeting')).toBeDisabled();
  await expect(page.getByTestId('hold-blocked')).toContainText('还有 6 项没有达到（第 1、2、3、4、5、6 项），会议不能召开。');

  // 3: 赵刚's material approved on the 党性分析材料 page.
  const analysis = new AnalysisPages(page);
  await analysis.open();
  await analysis.openMaterial('赵刚');
  await analysis.button('审阅通过').click();
  await analysis.confirmDialog();
  await expect(analysis.state()).toHaveText('审阅通过');
  await mp.open();
  await mp.row(MEETING).getByText(MEETING).click();
  await mp.expectMet(3, true);
  await expect(mp.gateDetail(3)).toHaveText('5 份党性分析材料都已审阅通过');

  // 4–5: attendance; 孙海 is away working.
  await page.getByTestId('all-present').click();
  await mp.attendanceRow('孙海').getByLabel('孙海到会').uncheck();
  await mp.attendanceRow('孙海').getByLabel('孙海缺席原因').fill('外出务工');
  await page.getByTestId('save-attendance').click();
  await mp.expectMet(4, true);
  await expect(mp.gateDetail(4)).toHaveText('应到 5 人，实到 4 人，达到规定的 80%；缺席：孙海（外出务工）');
  await expect(mp.gateDetail(5)).toHaveText('支部书记王芳到会');

  // 6: the 督导组's 刘志勇 will come; then 1–2: he confirms, the data shown beside.
  await page.getByTestId('edit-plan').click();
  await mp.dialog().getByLabel('督导组参加人员').fill('刘志勇');
  await mp.ok('保存安排');
  await mp.expectMet(6, true);
  for (const n of [1, 2]) {
    await page.getByTestId(`confirm-${n}`).click();
    await expect(mp.dialog()).toContainText('数据显示：');
    await expect(mp.dialog().getByLabel('确认的督导组同志')).toHaveValue('刘志勇');
    await mp.ok('记录确认');
    await mp.expectMet(n, true);
  }
  await expect(mp.gateDetail(1)).toContainText('督导组刘志勇于2005年9月20日确认征求意见深入');
  await expect(page.getByTestId('hold-blocked')).toHaveCount(0);

  // Held, then minuted: 赵刚's turn with 王芳's criticism, and 王芳's own.
  await page.getByTestId('hold-meeting').click();
  await mp.ok('登记召开');
  await expect(page.getByTestId('meeting-status')).toHaveText('已召开');
  await recordTurn(mp, '王芳', { analysis: '对照党章，查找出服务意识不强的问题。', criticism: ['陈国强', '组织生活有时流于形式'], selfCriticism: '带头学习不够。' });
  await recordTurn(mp, '赵刚', { analysis: '财务审核把关不严，报销拖延。', criticism: ['王芳', '报销审核太慢，群众跑了好几趟'], massComments: '群众反映他办事拖拉' });
  await page.getByLabel('会议决定').fill('会上提出的意见纳入边议边改台账\n9月底前完成群众满意度测评');
  await page.getByTestId('save-conclusions').click();
  await expect(page.getByText('会议决定已保存')).toBeVisible();
  // The page shows the decisions as stored (the export reads the stored meeting, not the box).
  await expect(page.getByTestId('save-conclusions')).toBeDisabled();
  await expect(page.getByLabel('会议决定')).toHaveValue('会上提出的意见纳入边议边改台账\n9月底前完成群众满意度测评');
  const minutes = await paper('minutes', () => page.getByTestId('export-minutes').click());
  for (const s of [
    `某市农业局${MEETING}记录`,
    '2005年9月20日上午8时30分',
    '局机关三楼会议室',
    '应到5人，实到4人',
    '孙海（外出务工）',
    '刘志勇（督导组）',
    '赵刚同志（到会发言）',
    '财务审核把关不严，报销拖延。',
    '报销审核太慢，群众跑了好几趟',
    '9月底前完成群众满意度测评',
  ]) {
    expect(minutes.text, s).toContain(s);
  }

  // ── 9月21日: 党员评议 of the branch's five members.
  await pinToday(page, '2005-09-21T09:00:00+08:00');
  const ev = new EvaluationPage(page);
  await ev.open();
  await ev.branch(BRANCH);
  const tab = page.getByTestId(/^branch-/).filter({ visible: true });
  await expect(tab.getByTestId('meeting-held')).toContainText('专题组织生活会已于2005年9月20日召开，可以评议。本支部已评议 0 人，还有 5 人。');
  for (const [name, opinion] of [
    ['陈国强', '能够履行党员义务，符合党员条件。作为班长带头查摆问题。'],
    ['王芳', '能够履行党员义务，符合党员条件。希望组织生活更加务实。'],
    ['钱德福', '能够履行党员义务，符合党员条件。年老体弱，仍关心支部工作。'],
    ['孙海', '能够履行党员义务，符合党员条件。外出务工期间按时寄回党性分析材料。'],
  ] as const) {
    await evaluateFulfilling(ev, name, opinion);
  }

  // 赵刚 falls short: the minutes fill the peers' opinion; the five distinctions must be answered.
  await ev.evaluate('赵刚');
  await ev.dialog().getByTestId('fill-peer').click();
  await expect(ev.dialog().getByLabel('党员互评意见（摘要）')).toHaveValue(/^王芳：报销审核太慢，群众跑了好几趟/);
  await ev.choose('没有履行党员义务');
  await ev.choose('符合党员条件');
  await ev.dialog().getByLabel('支部评议意见').fill('财务审核把关不严，群众办事多次往返，没有认真履行为群众服务的义务。');
  await expect(ev.dialog().getByTestId('five-distinctions')).toContainText('请对照“五个区别开来”逐条判断');
  await ev.dialog().getByLabel('对这名党员的明确要求').fill('建立报销限时办结制度，每月向支部汇报一次改进情况。');
  await ev.fillDate('改进期限', '2005年12月31日');
  await ev.chooseHelper('王芳', `王芳（${BRANCH}）`);
  await ev.save();
  await expect(ev.dialog().getByTestId('evaluation-error')).toHaveText('还有没填好的地方，请看标红的提示');
  await ev.distinction(DISTINCTION_TITLE.understanding, '不涉及');
  await ev.distinction(DISTINCTION_TITLE.ability, '不涉及');
  await ev.distinction(DISTINCTION_TITLE.inexperience, DISTINCTION_SIDE_LABEL.inexperience.mild);
  await ev.distinction(DISTINCTION_TITLE.correcting, DISTINCTION_SIDE_LABEL.correcting.mild);
  await ev.distinction(DISTINCTION_TITLE.branch, '不涉及');
  await ev.distinction(DISTINCTION_TITLE.causes, DISTINCTION_SIDE_LABEL.causes.mild);
  await ev.distinction(DISTINCTION_TITLE.pattern, DISTINCTION_SIDE_LABEL.pattern.mild);
  await ev.save();
  await expect(ev.dialog()).toBeHidden();
  await expect(ev.row('赵刚')).toContainText('没有履行');
  await expect(ev.row('赵刚')).toContainText('限2005年12月31日前改进；由王芳同志帮助。');
  await expect(tab.getByTestId('meeting-held')).toContainText('本支部已评议 5 人，还有 0 人。');
  const opinion = await paper('opinion', () => ev.row('赵刚').getByRole('button', { name: '导出赵刚的评议意见表' }).click());
  expect(opinion.name).toBe('赵刚党员评议意见.docx');
  for (const s of [`${BRANCH}党员评议意见`, '王芳：报销审核太慢，群众跑了好几趟', '建立报销限时办结制度']) expect(opinion.text, s).toContain(s);
  const summary = await paper('summary', () => tab.getByTestId('export-summary').click());
  for (const s of [`${BRANCH}党员评议意见汇总表`, '陈国强', '孙海', '赵刚']) expect(summary.text, s).toContain(s);

  // ── 9月22日: the branch notice, drafted from the meeting, the minutes and the evaluation.
  await pinToday(page, '2005-09-22T09:00:00+08:00');
  const notices = new NoticesPage(page);
  await notices.open();
  const row = notices.branchRow(BRANCH);
  await expect(row).toContainText('2005年9月20日已召开');
  await expect(row).toContainText('5 名党员都已评议');
  await page.getByTestId('notice-edit-b1').click();
  const nd = notices.dialog();
  await expect(nd.getByLabel('一、专题组织生活会召开情况')).toHaveValue(/应到党员5名，实到4名，孙海因外出务工缺席。.*督导组刘志勇到会指导。/);
  await expect(nd.getByLabel('二、党员查摆的主要问题')).toHaveValue('王芳：对照党章，查找出服务意识不强的问题。\n赵刚：财务审核把关不严，报销拖延。');
  await expect(nd.getByLabel('三、今后努力方向')).toHaveValue('会上提出的意见纳入边议边改台账\n9月底前完成群众满意度测评');
  await expect(nd.getByLabel('四、民主评议党员结果')).toHaveValue(/支部对5名党员逐一提出了评议意见。其中4名党员能够履行党员义务、符合党员条件；1名党员存在差距/);
  await nd.getByLabel('三、今后努力方向').fill('会上提出的意见纳入边议边改台账，逐条整改\n9月底前完成群众满意度测评');
  await nd.getByRole('button', { name: /保\s*存/ }).click();
  await expect(nd).toHaveCount(0);
  await notices.give('notice-give-b1', '张榜公布');
  await expect(notices.dialog()).toHaveCount(0);
  await expect(row).toContainText('2005年9月22日已通报（张榜公布）');
  const notice = await paper('notice', () => page.getByTestId('notice-export-b1').click());
  for (const s of [
    `某市农业局${BRANCH}关于召开专题组织生活会和开展民主评议党员情况的通报`,
    '全体党员和群众：',
    '孙海因外出务工缺席',
    '赵刚：财务审核把关不严，报销拖延。',
    '会上提出的意见纳入边议边改台账，逐条整改',
    '支部对5名党员逐一提出了评议意见',
    '2005年9月22日',
  ]) {
    expect(notice.text, s).toContain(s);
  }

  // ── 9月24日: the satisfaction survey of the meeting, 65 %: the step reopens as 补课.
  await pinToday(page, '2005-09-24T09:00:00+08:00');
  const survey = new SurveyPage(page);
  await survey.open();
  await expect(survey.standing()).toContainText('尚未开展群众满意度测评');
  await startOrgLifeRound(page, { issued: 22, returned: 20 });
  await survey.typeTotals('orgLife', [12, 1, 7]);
  await expect(survey.rate('orgLife')).toHaveText('满意率＝（满意 12＋基本满意 1）÷有效票 20＝65%');
  await survey.closeRound();
  await expect(survey.standing()).toContainText('第1轮满意率65%，低于70%，须补课后重新测评');
  await expect(page.getByTestId('survey-start')).toHaveText(/补课后重新测评（第2轮）/);
  const tally1 = await paper('tally1', () => page.getByTestId('export-tally-1').click());
  for (const s of ['群众满意度测评结果统计表（第1轮）', '结论：本轮满意率65%，低于70%，须补课后重新测评。']) expect(tally1.text, s).toContain(s);
  await new UnitNav(page).go('工作台');
  expect(await checklistDetail(page, 'notices.survey', SURVEY_ITEM)).toContain('第1轮满意率65%，低于70%，须补课后重新测评');

  // ── 9月27日: after the 补课, a second round at 75 %: met.
  await pinToday(page, '2005-09-27T09:00:00+08:00');
  await survey.open();
  await startOrgLifeRound(page, { issued: 22, returned: 20, remedy: '支部委员逐户走访群众，说明财务报销限时办结的整改措施' });
  await survey.typeTotals('orgLife', [13, 2, 5]);
  await expect(survey.rate('orgLife')).toHaveText('满意率＝（满意 13＋基本满意 2）÷有效票 20＝75%');
  await survey.closeRound();
  await expect(survey.standing()).toContainText('第2轮满意率75%，达到70%（此前1轮低于70%，已补课）');
  await expect(page.getByTestId('survey-start')).toHaveCount(0);
  await expect(survey.historyRows()).toHaveCount(2);
  const tally2 = await paper('tally2', () => page.getByTestId('export-tally-2').click());
  for (const s of ['（第2轮）', '补课情况：支部委员逐户走访群众，说明财务报销限时办结的整改措施', '结论：本轮满意率75%，达到70%，不需补课。']) expect(tally2.text, s).toContain(s);
  await new UnitNav(page).go('工作台');
  expect(await checklistDetail(page, 'notices.survey', SURVEY_ITEM)).toContain('第2轮满意率75%，达到70%');

  // ── 9月28日: the 阶段自查, its figures measured from everything above.
  await pinToday(page, '2005-09-28T09:00:00+08:00');
  const sc = new SelfCheckPage(page);
  await sc.open();
  expect(await sc.figure('analysis', '审阅通过')).toBe('8份');
  expect(await sc.figure('meetings', '专题组织生活会')).toBe('1/2个支部已召开');
  expect(await sc.figure('meetings', '到会')).toBe('应到5人，实到4人');
  expect(await sc.figure('meetings', '会上作党性分析')).toBe('2人');
  expect(await sc.figure('meetings', '已提出评议意见的党员')).toBe('5人');
  expect(await sc.figure('satisfaction', '满意度测评')).toBe('第2轮满意率75%（不得低于70%）');
  expect(await sc.figure('satisfaction', '补课后重新测评')).toBe('1次');
  expect(await sc.figure('satisfaction', '支部通报')).toBe('1/2个支部已向群众通报');
  const said = '第一支部专题组织生活会首轮测评满意率65%，经逐户走访补课，第二轮达到75%。';
  await sc.assessment('satisfaction').fill(said);
  await sc.save();
  await expect(sc.message('自查情况已保存')).toBeVisible();
  await sc.askReady();
  await expect(sc.message(/还没有导出自查报告/)).toBeVisible();
  const report = await paper('report', () => page.getByTestId('selfcheck-export').click());
  expect(report.name).toMatch(/分析评议阶段自查报告\.docx$/);
  for (const s of ['中共某市农业局机关委员会分析评议阶段自查报告', said, '审阅通过8份', '满意度测评第2轮满意率75%（不得低于70%）', '2005年9月28日']) expect(report.text, s).toContain(s);
  await expect(page.getByTestId('selfcheck-steps')).toContainText('2005年9月28日已导出');
  await sc.askReady();
  const ask = page.locator('.ant-modal:visible');
  await expect(ask).toContainText('项工作没有完成');
  await ask.getByRole('button', { name: '提请验收' }).click();
  await expect(page.getByTestId('selfcheck-ready')).toContainText('已于2005年9月28日提请督导组检查验收');
  await new UnitNav(page).go('工作台');
  await expect(page.getByText('对照六个方面开展阶段自查', { exact: true })).toBeVisible();
  await expect(page.getByTestId('detail-selfCheck.done')).toHaveCount(0);
  await expect(page.getByTestId('detail-selfCheck.report')).toHaveCount(0);

  // No paper of the story grades, ranks or counts votes for a member.
  for (const [key, text] of Object.entries(papers)) expect(gradeFindings(text.split('\n')), key).toEqual([]);
  expect(outsideLocalhost(requests)).toEqual([]);
  expect(problems, 'the console stays clean').toEqual([]);
});
