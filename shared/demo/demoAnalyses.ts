/**
 * The demo's 党性分析材料 (R-ANALYSIS-*): most party members have one, in every state of the
 * review, each history replayed through the review's own state machine (shared/analysis/review.ts)
 * so the demo can never hold a history the app would refuse. The reviewer of each step is the
 * one the rule assigns (shared/analysis/reviewer.ts). Among them: 宋立新's, returned twice and
 * passed at the third version; 郑永年's, dictated at home and recorded by the branch secretary;
 * 沈玉珍's, sent by post from Shanghai; two through 公示 to 定稿, three in 公示 now.
 */
import { applyReviewStep, type AnalysisTexts } from '../analysis/review';
import { reviewerIndex, SUPERVISOR } from '../analysis/reviewer';
import type { AnalysisEvent, AnalysisState, ReceivedWay, RewriteReason } from '../analysis/types';
import type { UnitRecordTypes } from '../data/registry';
import { demoAt, demoDate } from './demoCalendar';
import { DEMO_SUPERVISOR, type DemoCast } from './demoCast';
import { BY_POST, composedTexts, DICTATED, RETURNED_TWICE, revisedAfterPublic } from './demoAnalysisTexts';

type Analysis = UnitRecordTypes['analyses'];
type Version = UnitRecordTypes['analysisVersions'];
type Step = UnitRecordTypes['analysisSteps'];
type Comment = UnitRecordTypes['analysisComments'];

/** One thing that happened to a material, on a day of the demo. */
type Event =
  | ['save', string, (AnalysisTexts | { revise: string })?]
  | ['submit' | 'approve' | 'finalise', string, string?]
  | ['return', string, RewriteReason[], string]
  | ['publish', string, string, string]
  | ['comment', string, string, string];

interface Plan {
  who: string;
  events: Event[];
  recorder?: string;
  received?: [string, ReceivedWay];
  /** A draft with only its problems written so far. */
  partial?: boolean;
}

const HOUR: Record<Event[0], string> = { save: '09:00', submit: '10:00', return: '15:00', approve: '11:00', publish: '08:30', comment: '12:00', finalise: '16:00' };

const PLANS: Plan[] = [
  // 定稿: through 公示, revised after the comments.
  { who: '孙丽萍', events: [['save', '09-04'], ['submit', '09-05'], ['approve', '09-06'], ['publish', '09-07', '09-07', '09-09'], ['comment', '09-08', '王伟', '对文件周转慢的问题找得准，建议把整改时限写具体。'], ['comment', '09-09', '胡斌', '建议补充对年轻同志关心帮助不够的问题。'], ['save', '09-11', { revise: '文件办理实行限时制度，一般文件2个工作日内办结。' }], ['finalise', '09-12']] },
  { who: '刘芳', events: [['save', '09-04'], ['submit', '09-05'], ['approve', '09-06'], ['publish', '09-07', '09-07', '09-09'], ['comment', '09-08', '杨帆', '措施中帮带新党员的内容可以更具体。'], ['comment', '09-09', '高明远', '问题找得实，根源还可以再挖深一些。'], ['save', '09-10', { revise: '与杨帆、朱婷两名青年党员结成帮带对子，每月谈心一次。' }], ['finalise', '09-12']] },
  // 公示中
  { who: '王建华', events: [['save', '09-05'], ['submit', '09-06'], ['approve', '09-08', '经督导组同意。'], ['publish', '09-10', '09-10', '09-16'], ['comment', '09-12', '郭建军', '对机关党建投入不够的认识深刻，建议写明每月研究党建工作的次数。']] },
  { who: '黄志明', events: [['save', '09-06'], ['submit', '09-07'], ['approve', '09-08'], ['publish', '09-10', '09-10', '09-16'], ['comment', '09-11', '林晓燕', '报销审核中服务态度的问题写得实在。']] },
  { who: '周海涛', events: [['save', '09-06'], ['submit', '09-07'], ['approve', '09-09'], ['publish', '09-12', '09-12', '09-16'], ['comment', '09-13', '许文博', '建议把提高运行分析报告质量的措施写得再具体一些。']] },
  // 审阅通过
  { who: '陈国栋', events: [['save', '09-06'], ['submit', '09-07'], ['approve', '09-09', '问题找得准，同意，报市级分管领导。']] },
  { who: '赵文斌', events: [['save', '09-07'], ['submit', '09-08'], ['approve', '09-12', '经督导组同意。']] },
  { who: '郭建军', events: [['save', '09-07'], ['submit', '09-08'], ['approve', '09-12']] },
  { who: '卫国庆', events: [['save', '09-08'], ['submit', '09-09'], ['approve', '09-12']] },
  { who: '蒋卫东', received: ['09-09', 'email'], events: [['save', '09-09'], ['submit', '09-09'], ['approve', '09-12']] },
  {
    who: '宋立新',
    events: [
      ['save', '09-05', RETURNED_TWICE[0]],
      ['submit', '09-05'],
      ['return', '09-06', ['fewProblems', 'objectiveCauses'], '成绩讲得多、问题找得少；把回复不及时归于人手少，没有从自身找原因。请重写。'],
      ['save', '09-08', RETURNED_TWICE[1]],
      ['submit', '09-08'],
      ['return', '09-09', ['surfaceOnly', 'notPersonal'], '问题列出来了，但根源停留在表面，没有联系本人的宗旨意识和工作作风，措施要具体到时间。'],
      ['save', '09-12', RETURNED_TWICE[2]],
      ['submit', '09-12'],
      ['approve', '09-13', '修改后问题准、根源清、措施实，同意。'],
    ],
  },
  // 退回修改
  { who: '许文博', events: [['save', '09-07'], ['submit', '09-08'], ['return', '09-10', ['objectiveCauses'], '把问题多归于企业不配合，要多从自身找原因。']] },
  { who: '马丽娟', events: [['save', '09-07'], ['submit', '09-08'], ['return', '09-09', ['notPersonal', 'fewProblems'], '写的多是科室工作，没有联系本人实际。']] },
  // 已提交
  ...['李秀英', '张志强', '邓红梅', '杨帆'].map((who): Plan => ({ who, events: [['save', '09-11'], ['submit', '09-12']] })),
  ...['萧建平', '林晓燕'].map((who): Plan => ({ who, events: [['save', '09-12'], ['submit', '09-13']] })),
  { who: '沈玉珍', received: ['09-12', 'post'], events: [['save', '09-12', BY_POST], ['submit', '09-12']] },
  { who: '郑永年', recorder: '吴德厚', events: [['save', '09-10', DICTATED], ['submit', '09-10']] },
  // 草稿
  ...[['王伟', '09-12'], ['胡斌', '09-12', true], ['朱婷', '09-11'], ['高明远', '09-12'], ['王伟#2', '09-09'], ['徐静', '09-12', true], ['韩冬梅', '09-13'], ['唐俊', '09-12'], ['曹阳', '09-13', true], ['曾丽华', '09-12'], ['吴德厚', '09-11'], ['秦淑芬', '09-12'], ['尤振华', '09-09']].map(
    ([who, day, partial]): Plan => ({ who: who as string, events: [['save', day as string]], partial: partial === true }),
  ),
  { who: '褚德林', recorder: '卫国庆', events: [['save', '09-10']], partial: true },
];

export interface DemoAnalysisRecords {
  analyses: Analysis[];
  analysisVersions: Version[];
  analysisSteps: Step[];
  analysisComments: Comment[];
}

export function demoAnalyses(c: DemoCast, opinionsAbout: (memberId: string) => string[]): DemoAnalysisRecords {
  const out: DemoAnalysisRecords = { analyses: [], analysisVersions: [], analysisSteps: [], analysisComments: [] };
  const reviewerOf = reviewerIndex({ people: c.members, offices: c.offices });
  PLANS.forEach((plan, n) => {
    const m = c.person(plan.who);
    const composed = composedTexts(m, n, c.offices.some((o) => o.headId === m.id), opinionsAbout(m.id));
    const own: AnalysisTexts = plan.partial ? { ...composed, roots: '', measures: '' } : composed;
    const textOf = (t: AnalysisTexts | { revise: string } | undefined) => (t === undefined ? own : 'revise' in t ? revisedAfterPublic(own, t.revise) : t);
    const recorder = plan.recorder ? c.person(plan.recorder) : undefined;
    const secretary = c.branchMembers(c.branches.findIndex((b) => b.id === m.branchId)).find((x) => x.roles.includes('branchSecretary'));
    const author = recorder?.name ?? (plan.received ? secretary!.name : m.name);
    const reviewer = reviewerName(reviewerOf(m).reviewers[0]?.name);
    const id = c.makeId();
    let state: AnalysisState = 'draft';
    let version = 0;
    let texts = own;
    let publicFrom: string | undefined;
    let publicTo: string | undefined;
    let order = 0;
    let last = '';
    for (const e of plan.events) {
      const [kind, md] = e;
      const at = demoAt(md, HOUR[kind]);
      last = at;
      if (kind === 'save') {
        version += 1;
        texts = textOf(e[2]);
        out.analysisVersions.push({ id: c.makeId(), unitId: c.unitId, analysisId: id, version, ...texts, by: author, savedAt: at });
        continue;
      }
      if (kind === 'comment') {
        out.analysisComments.push({ id: c.makeId(), unitId: c.unitId, analysisId: id, from: e[2], text: e[3], date: demoDate(md), createdAt: at });
        continue;
      }
      if (kind === 'publish') [publicFrom, publicTo] = [demoDate(e[2]), demoDate(e[3])];
      const reasons = kind === 'return' ? e[2] : [];
      const step = applyReviewStep(state, kind as AnalysisEvent, {
        mode: recorder ? 'dictated' : 'self',
        recorderId: recorder?.id,
        texts,
        reasons,
        publicFrom,
        publicTo,
        today: demoDate(md),
      });
      if (!step.ok) throw new RangeError(`${plan.who}: ${step.reasons.map((r) => r.message).join('；')}`);
      state = step.state;
      const by = kind === 'submit' ? author : kind === 'return' || kind === 'approve' ? reviewer : secretary!.name;
      const note = kind === 'return' ? e[3] : kind === 'approve' || kind === 'submit' || kind === 'finalise' ? e[2] : undefined;
      order += 1;
      out.analysisSteps.push({ id: c.makeId(), unitId: c.unitId, analysisId: id, event: kind as AnalysisEvent, version, reasons, ...(note ? { note } : {}), by, at, order });
    }
    out.analyses.push({
      id,
      unitId: c.unitId,
      memberId: m.id,
      mode: recorder ? 'dictated' : 'self',
      ...(recorder ? { recorderId: recorder.id } : {}),
      state,
      version,
      ...(publicFrom ? { publicFrom, publicTo } : {}),
      ...(plan.received ? { receivedOn: demoDate(plan.received[0]), receivedWay: plan.received[1] } : {}),
      createdAt: out.analysisVersions.find((v) => v.analysisId === id)!.savedAt,
      updatedAt: last,
    });
  });
  return out;
}

/** The 督导组 signs with its member's name; a reviewer on the roster by his or her own. */
function reviewerName(name: string | undefined): string {
  if (!name || name === SUPERVISOR) return `${SUPERVISOR}（${DEMO_SUPERVISOR}）`;
  return name;
}
