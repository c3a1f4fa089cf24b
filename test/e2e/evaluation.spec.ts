import { expect, test } from '@playwright/test';
import { WelcomePage, outsideLocalhost, recordRequests, shot } from './pages/app';
import { EvaluationPage, dialogShot, downloadedDocText, seedHeldMeetings, unitIdOf } from './pages/evaluation';
import { gradeFindings, docxTexts } from '../../shared/evaluation/noGrade';
import { DISTINCTION_SIDE_LABEL, DISTINCTION_TITLE, DISTINCTIONS, FIVE_DISTINCTIONS } from '../../shared/evaluation/types';

const BRANCH = '机关第二党支部';
const REPORT_ITEM = '拟定为不履行党员义务、不符合党员条件的党员及时上报';

test('R-EVAL-FIVE: a branch evaluates its members after its 专题组织生活会, goes through the five distinctions for one who falls short, and reports him', async ({ page }) => {
  test.setTimeout(240_000);
  const requests = recordRequests(page);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    if (/^Applying inline style violates the following Content Security Policy directive 'style-src /.test(m.text())) return;
    if (m.location().url.endsWith('/favicon.ico')) return;
    problems.push(`${m.text()} ${m.location().url}`);
  });
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.openDemo();
  await expect(page.getByTestId('demo-today')).toBeVisible();
  const unitId = unitIdOf(page);
  const ev = new EvaluationPage(page);
  await ev.open();
  await expect(page.getByTestId('no-grade-note')).toHaveText('本次活动不确定党员格次，不投票、不排名，不以票取人、不搞末位淘汰。');

  // Before the branch has held its meeting, nobody in it can be evaluated, and the page says why.
  await ev.branch(BRANCH);
  const tab = page.getByTestId(/^branch-/).filter({ visible: true });
  await expect(tab.getByTestId('meeting-not-held')).toContainText(`${BRANCH}的专题组织生活会还没有召开`);
  await expect(tab.getByTestId('meeting-not-held')).toContainText('开过会以后，才能对本支部党员逐一评议。');
  await expect(ev.row('唐俊').getByTestId(/^evaluate-/)).toBeDisabled();
  await shot(page, '62-evaluation-before-meeting');

  // The meeting is held (its records written as the meetings page leaves them), with 唐俊's turn minuted.
  const { heldOn } = await seedHeldMeetings(page, unitId, {
    branches: [BRANCH],
    turns: [
      {
        memberName: '唐俊',
        analysis: '对照党章查找了学习不够、组织纪律观念淡薄的问题。',
        criticFrom: ['周海涛', '徐静'],
        criticisms: ['一年来很少参加支部学习，党费经常拖欠', '对企业来访者态度生硬'],
        massComments: '群众代表反映他办事拖拉、爱推诿',
      },
    ],
  });
  await ev.branch(BRANCH);
  await expect(tab.getByTestId('meeting-held')).toContainText('专题组织生活会已于');

  // A member who fulfils the obligations and meets the conditions.
  await ev.evaluate('徐静');
  await ev.choose('履行了党员义务');
  await ev.choose('符合党员条件');
  await ev.dialog().getByLabel('支部评议意见').fill('能够履行党员义务，符合党员条件。服务企业热情主动，希望在理论学习上再下功夫。');
  await expect(ev.dialog().getByTestId('five-distinctions')).toHaveCount(0);
  await ev.save();
  await expect(ev.dialog()).toBeHidden();
  await expect(ev.row('徐静')).toContainText('履行');
  await expect(ev.row('徐静')).toContainText('符合');
  await expect(ev.row('徐静')).toContainText('服务企业热情主动');

  // A member who falls short: the minutes and the opinions are there to read and to summarise.
  await ev.evaluate('唐俊');
  const reference = ev.dialog().getByTestId('evaluation-reference');
  await expect(reference).toContainText('周海涛的批评意见：一年来很少参加支部学习，党费经常拖欠');
  await ev.dialog().getByTestId('fill-peer').click();
  await expect(ev.dialog().getByLabel('党员互评意见（摘要）')).toHaveValue(/^周海涛：一年来很少参加支部学习，党费经常拖欠\n徐静：对企业来访者态度生硬/);
  await ev.dialog().getByTestId('fill-mass').click();
  await expect(ev.dialog().getByLabel('群众评议意见（摘要）')).toHaveValue(/^群众代表反映他办事拖拉、爱推诿/);
  await ev.choose('没有履行党员义务');
  await ev.choose('符合党员条件');
  await ev.dialog().getByLabel('支部评议意见').fill('一年来很少参加组织生活，长期拖欠党费，没有认真履行党员义务。');
  await expect(ev.dialog().getByTestId('five-distinctions')).toContainText('请对照“五个区别开来”逐条判断');
  await ev.dialog().getByLabel('对这名党员的明确要求').fill('按时参加支部组织生活，补交党费，每月向支部书记汇报一次思想。');
  await ev.fillDate('改进期限', '2005年12月31日');
  await ev.chooseHelper('周海涛', `周海涛（${BRANCH}）`);

  // Not saved until the branch has answered each of the five (and the two that run through them).
  await ev.save();
  await expect(ev.dialog().getByTestId('evaluation-error')).toHaveText('还有没填好的地方，请看标红的提示');
  await expect(ev.dialog().getByTestId('five-distinctions').getByText('请选择一项')).toHaveCount(DISTINCTIONS.length);
  await dialogShot(page, '62-evaluation-five-prompts');

  // Answered on the side of education and help: a proposal upwards is refused, with the reason.
  for (const d of DISTINCTIONS) await ev.distinction(DISTINCTION_TITLE[d], (FIVE_DISTINCTIONS as readonly string[]).includes(d) && d !== 'correcting' ? '不涉及' : DISTINCTION_SIDE_LABEL[d].mild);
  await ev.choose('拟定为不履行党员义务，报上级审核');
  await ev.dialog().getByLabel('主要表现（写入上报的报告）').fill('连续一年很少参加组织生活，拖欠党费九个月。');
  await ev.dialog().getByLabel('支部做过的教育帮助（写入上报的报告）').fill('支部书记三次谈心，讲明党员义务，仍无明显转变。');
  await ev.save();
  await expect(ev.dialog().getByTestId('evaluation-error')).toContainText('“五个区别开来”每一条都不属于后一种情况，应当教育帮助，不能拟定为不履行党员义务');
  await expect(ev.row('唐俊')).toContainText('未评议');

  // The branch finds he refuses to correct, by his own choice, for a long time: now it may propose him.
  await ev.distinction(DISTINCTION_TITLE.correcting, DISTINCTION_SIDE_LABEL.correcting.serious);
  await ev.distinction(DISTINCTION_TITLE.branch, DISTINCTION_SIDE_LABEL.branch.serious);
  await ev.distinction(DISTINCTION_TITLE.causes, DISTINCTION_SIDE_LABEL.causes.serious);
  await ev.distinction(DISTINCTION_TITLE.pattern, DISTINCTION_SIDE_LABEL.pattern.serious);
  await dialogShot(page, '62-evaluation-dialog');
  await ev.save();
  await expect(ev.dialog().getByTestId('evaluation-error')).toHaveCount(0);
  await expect(ev.dialog()).toBeHidden();
  await expect(ev.row('唐俊')).toContainText('没有履行');
  await expect(ev.row('唐俊')).toContainText('限2005年12月31日前改进；由周海涛同志帮助。');
  await expect(ev.row('唐俊')).toContainText('拟定为不履行党员义务，未上报');
  await shot(page, '62-evaluation-branch');

  // His 评议意见表 and the branch's 汇总表, read back.
  const opinion = await downloadedDocText(page, () => ev.row('唐俊').getByRole('button', { name: '导出唐俊的评议意见表' }).click());
  expect(opinion.name).toBe('唐俊党员评议意见.docx');
  for (const s of ['机关第二党支部党员评议意见', '唐俊', '周海涛：一年来很少参加支部学习，党费经常拖欠', '没有认真履行党员义务', '按时参加支部组织生活，补交党费，每月向支部书记汇报一次思想；限2005年12月31日前改进；由周海涛同志帮助。']) {
    expect(opinion.text).toContain(s);
  }
  expect(gradeFindings(docxTexts(opinion.xml))).toEqual([]);
  const summary = await downloadedDocText(page, () => tab.getByTestId('export-summary').click());
  expect(summary.text).toContain('机关第二党支部党员评议意见汇总表');
  expect(summary.text).toContain('徐静');
  expect(summary.text).toContain('拟定为不履行党员义务');
  expect(gradeFindings(docxTexts(summary.xml))).toEqual([]);

  // The home page's checklist names who has no opinion yet, and who is still to be reported.
  await page.getByRole('menuitem', { name: '工作台' }).click();
  await expect(page.getByTestId('detail-evaluation.opinion')).toContainText(/还有 \d+ 名党员没有评议意见：/);
  await expect(page.getByTestId('detail-evaluation.report')).toHaveText('拟上报 1 人，报告还没有报送组织部和活动办公室：唐俊');
  await ev.open();

  // The report: not marked sent without the 督导组's review; then sent, and exported.
  const report = page.getByTestId('evaluation-report');
  await expect(report.getByTestId('report-status')).toContainText('拟上报 1 人，报告还没有报送');
  await expect(report.getByLabel('主送')).toHaveValue('市委组织部、市先进性教育活动办公室');
  await report.getByTestId('send-report').click();
  await expect(page.getByText('报送前要请督导组把关，填写督导组审核意见')).toBeVisible();
  await report.getByLabel('督导组审核意见').fill('经市委第三督导组审核，情况属实，同意支部意见。');
  await report.getByTestId('send-report').click();
  await expect(report.getByTestId('report-status')).toContainText('报送，拟上报 1 人。');
  await ev.branch(BRANCH);
  await expect(ev.row('唐俊')).toContainText('拟定为不履行党员义务，已上报');
  await shot(page, '62-evaluation-report');
  const doc = await downloadedDocText(page, () => report.getByTestId('export-report').click());
  for (const s of ['关于拟定不履行党员义务、不符合党员条件党员情况的报告', '市委组织部、市先进性教育活动办公室：', '唐俊同志（拟定为不履行党员义务）', '连续一年很少参加组织生活，拖欠党费九个月。', '督导组审核意见：经市委第三督导组审核，情况属实，同意支部意见。', '拟定不履行党员义务、不符合党员条件党员情况一览表']) {
    expect(doc.text).toContain(s);
  }
  expect(gradeFindings(docxTexts(doc.xml))).toEqual([]);

  // Once sent, the home page's item is met, and says so on hover.
  await page.getByRole('menuitem', { name: '工作台' }).click();
  await expect(page.getByTestId('detail-evaluation.opinion')).toBeVisible();
  await expect(page.getByTestId('detail-evaluation.report')).toHaveCount(0);
  await page.getByRole('listitem').filter({ hasText: REPORT_ITEM }).getByText(REPORT_ITEM).hover();
  await expect(page.getByRole('tooltip')).toHaveText(`已于${Number(heldOn.slice(5, 7))}月${Number(heldOn.slice(8))}日报送组织部和活动办公室，拟上报 1 人：唐俊`);

  expect(outsideLocalhost(requests)).toEqual([]);
  expect(problems).toEqual([]);
});
