/**
 * The drafted wording of the 阶段自查 (R-STAGE-SELFCHECK): one plain paragraph per point written
 * from the measured figures, an opening, the shortcomings from the stage's unfinished items and
 * the next steps. The secretary edits them; nothing here is a judgement the app makes for him.
 */
import { nameList as analysisNames } from '../analysis/measures';
import { leadersDone, overdueItems, percent, type SelfCheckSources } from './figures';
import { presenceGaps, gapsLine } from '../opinions/coverage';
import { OPINION_CHANNEL_LABEL, OPINION_CHANNELS, OPINION_SOURCE_LABEL, OPINION_SOURCES } from '../opinions/types';
import { nameList } from '../talks/people';
import { formatChineseDate, formatChineseMonthDay } from '../util/dates';
import type { SelfCheckPoint } from './points';

function opinions(s: SelfCheckSources): string {
  const p = s.opinions.presence;
  if (p.total === 0) return '本阶段还没有登记征求到的意见。下一步要采取个别交谈、征求意见表、座谈会等方式，广泛听取党员、群众和服务对象的意见。';
  const sources = OPINION_SOURCES.filter((x) => p.sources[x]).map((x) => OPINION_SOURCE_LABEL[x]);
  const channels = OPINION_CHANNELS.filter((c) => p.channels[c]).map((c) => OPINION_CHANNEL_LABEL[c]);
  const gaps = presenceGaps(p);
  const open = [...gaps.cells, ...gaps.sources];
  const head = `本阶段共征求到意见${p.total}条，涉及党员${p.membersTargeted}名。提意见的有${sources.join('、')}，采用了${channels.join('、')}等${channels.length}种方式。`;
  const gapText = open.length === 0 ? '对党组织、领导班子和党员个人，在理想信念、工作学习、工作作风方面都征求到了意见，没有留下空白。' : `还有${open.length}处空白（${gapsLine(open)}），需要继续补上。`;
  const fb = s.opinions.feedback;
  const feedback = fb.required === 0 ? '' : fb.missingCount === 0 ? `征求到的意见已向${fb.required}名班子成员和党员反馈。` : `还有${fb.missingCount}人没有反馈意见。`;
  return head + gapText + feedback;
}

function talks(s: SelfCheckSources): string {
  const t = s.talks;
  if (t.pairs === 0) return '谈心活动还没有按要求列出应谈名单，需要对照班子成员、支部书记、党员和群众之间的谈心要求抓紧安排。';
  const head = `按照谈心活动的要求，应谈${t.pairs}对，已谈${t.done}对，已安排时间地点${t.planned}对。`;
  const silent = t.silent.count > 0 ? `还有${t.silent.count}人没有谈心（${nameList(t.silent.names.slice(0, 5), t.silent.count)}），需抓紧补谈。` : '';
  const led = leadersDone(t);
  const leaders =
    t.leaders.length === 0
      ? ''
      : led === t.leaders.length
        ? `党员领导干部${t.leaders.length}人都已与所在支部党员全部谈完。`
        : led === 0
          ? `党员领导干部${t.leaders.length}人都还没有与所在支部党员全部谈完。`
          : `党员领导干部${t.leaders.length}人中，${led}人已与所在支部党员全部谈完。`;
  const done = t.done === t.pairs && t.silent.count === 0 ? '班子成员之间、书记与党员、党员之间、党员与群众普遍谈了心，沟通了思想，增进了了解。' : '';
  return head + leaders + silent + done;
}

function analysis(s: SelfCheckSources): string {
  const a = s.analysis;
  if (a.party === 0) return '尚未录入党员名册，党性分析材料无从统计。';
  const parts = [`全体${a.party}名党员中，已交党性分析材料${a.written}份`];
  const ways = [a.dictated > 0 && `年老体弱、书写困难的党员口述、他人代记${a.dictated}份`, a.received > 0 && `外出党员书面寄回${a.received}份`].filter(Boolean);
  if (ways.length > 0) parts.push(`其中${ways.join('，')}`);
  parts.push(`按分工审阅通过${a.reviewed}份，公示后修改定稿${a.final}份`);
  const returned = a.returned.count > 0 ? `审阅中对不合要求的材料退回修改${a.returned.count}份。` : '';
  const missing = a.notWritten.count > 0 ? `还有${a.notWritten.count}人没有交材料（${analysisNames(a.notWritten)}）。` : '';
  return `${parts.join('，')}。${returned}${missing}`;
}

function meetings(s: SelfCheckSources): string {
  const l = s.later;
  const dl = l.democraticLife;
  const leadership =
    dl === null
      ? '领导班子专题民主生活会尚未安排。'
      : dl.status === 'held'
        ? `领导班子专题民主生活会于${formatChineseMonthDay(dl.date)}召开。`
        : `领导班子专题民主生活会计划于${formatChineseMonthDay(dl.date)}召开，尚在筹备。`;
  const planned = l.orgLife.planned > 0 ? `，${l.orgLife.planned}个在筹备` : '';
  const branches =
    l.branches === 0
      ? ''
      : l.orgLife.held === 0
        ? `${l.branches}个党支部的专题组织生活会都还没有召开${planned}。`
        : l.orgLife.held === l.branches
          ? `${l.branches}个党支部都召开了专题组织生活会。`
          : `${l.branches}个党支部中，已召开专题组织生活会${l.orgLife.held}个${planned}。`;
  const attendance = l.attendance.expected > 0 ? `已召开的会议应到${l.attendance.expected}人，实到${l.attendance.present}人。` : '';
  const turns = l.turns > 0 ? `会上${l.turns}名党员作了党性分析，互相提出批评意见${l.criticisms}条，开展了批评与自我批评。` : '';
  const evaluated = l.evaluated > 0 ? `会后对${l.evaluated}名党员提出了评议意见。` : '';
  return leadership + branches + attendance + turns + evaluated;
}

function fixNow(s: SelfCheckSources): string {
  const x = s.fix;
  if (x.items === 0) return '还没有建立边议边改整改台账，需把群众意见大、能立即改的问题列入台账，明确措施、责任人和时限。';
  const overdue = overdueItems(x, s.today);
  const open = x.items - x.done;
  const head = `坚持边议边改，整改台账列入事项${x.items}项，已完成${x.done}项${open > 0 ? `，正在整改${open}项` : ''}${overdue > 0 ? `，其中${overdue}项已超过完成时限，需督促落实` : ''}。`;
  const unanswered = x.massesUnanswered > 0 ? `还有${x.massesUnanswered}条群众意见没有列入台账。` : '群众提出的意见都已列入台账。';
  return head + unanswered;
}

function satisfaction(s: SelfCheckSources): string {
  const l = s.later;
  const r = l.survey.latest;
  const given = l.notices.branchGiven;
  const branchNotices = given === 0 ? '各党支部尚未向群众通报民主评议情况' : given >= l.branches ? '各党支部都已向群众通报民主评议情况' : `已有${given}个党支部向群众通报民主评议情况`;
  const notices = `${branchNotices}，领导班子${l.notices.leadershipGiven ? '已' : '尚未'}向干部群众通报专题民主生活会情况。`;
  if (r === null) return `群众满意度测评尚未开展，应在两个会议召开、通报后及时组织。${notices}`;
  if (r.status !== 'closed' || r.rate === undefined) return `第${r.round}轮群众满意度测评正在统计。${notices}`;
  const floor = r.floor ?? s.floor;
  const remedy = l.survey.rounds > 1 ? `经过${l.survey.rounds - 1}次补课，` : '';
  const verdict = r.rate >= floor ? `达到不低于${percent(floor)}的要求` : `低于${percent(floor)}的要求，需要补课后重新测评`;
  return `${remedy}第${r.round}轮群众满意度测评（${formatChineseMonthDay(r.date)}）满意率为${percent(r.rate)}，${verdict}。${notices}`;
}

/** One drafted paragraph per point, from the figures. */
export function draftAssessments(s: SelfCheckSources): Record<SelfCheckPoint, string> {
  return { opinions: opinions(s), talks: talks(s), analysis: analysis(s), meetings: meetings(s), fixNow: fixNow(s), satisfaction: satisfaction(s) };
}

export function draftIntro(u: { orgName: string; name: string; parentOrg: string }, stageStart: string): string {
  const org = u.orgName.trim() || u.name;
  const by = u.parentOrg.trim() ? `按照${u.parentOrg.trim()}的统一部署，` : '按照上级党组织的统一部署，';
  return `${by}${org}于${formatChineseDate(stageStart)}转入分析评议阶段。对照分析评议阶段的目标要求，我们从六个方面进行了自查，现将自查情况报告如下。`;
}

/**
 * The gist of a checklist line for the report: its first clause, without the list of names that
 * follows a colon (“16 对谈心还没有安排时间、地点：王建华—赵文斌、…” → “16 对谈心还没有安排时间、地点”).
 */
export function gist(detail: string): string {
  let g = detail.split('；')[0].split('：')[0].trim();
  const comma = g.lastIndexOf('，');
  if (comma > 0 && !/\d/.test(g.slice(comma + 1))) g = g.slice(0, comma);
  return g;
}

/** The stage's unfinished items, one numbered line each, as the shortcomings to state plainly. */
export function draftShortcomings(unmet: readonly { title: string; detail: string }[]): string {
  if (unmet.length === 0) return '';
  return unmet.map((u, i) => `${i + 1}. ${u.title}：${gist(u.detail)}`).join('\n');
}

export const DRAFT_NEXT_STEPS =
  '针对自查中发现的问题，逐项明确责任人和完成时限，该补课的抓紧补课；巩固边议边改的成果，把群众意见大、一时改不了的问题列入整改提高阶段的整改方案；按照督导组的检查验收意见，认真做好转入整改提高阶段的各项准备。';
