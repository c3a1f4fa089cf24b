/**
 * The first draft of each notice, written from the records (R-NOTICE-BRANCH, R-NOTICE-LEADERSHIP):
 * the meeting (who came, who was absent and why, who attended from above, how it went), the
 * members' problems as they presented them, the measures of the 边议边改 ledger, the meeting's
 * conclusions as the direction, and the branch's evaluation as counts of its opinions — never a
 * grade and never a name (R-EVAL-NOGRADE: a notice to the masses ranks nobody).
 */
import type { Evaluation } from '../evaluation/types';
import type { MeetingAttendance, MeetingTurn, SpecialMeeting } from '../meetings/types';
import type { FixItem } from '../throughout/types';
import { formatChineseDate } from '../util/dates';

export interface NoticeSections {
  facts: string;
  problems: string;
  measures: string;
  direction: string;
  results: string;
}

export interface MeetingRecords {
  meeting?: SpecialMeeting;
  attendance: readonly MeetingAttendance[];
  turns: readonly MeetingTurn[];
}

/** One line: paragraphs of a text joined, so each member stays one paragraph of the notice. */
const oneLine = (s: string | undefined) =>
  (s ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean)
    .join('；');

const paragraphs = (s: string | undefined) =>
  (s ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean)
    .join('\n');

function attendanceSentence(a: readonly MeetingAttendance[], names: ReadonlyMap<string, string>, who: string): string {
  if (a.length === 0) return '';
  const present = a.filter((x) => x.present).length;
  const absent = a.filter((x) => !x.present).map((x) => `${names.get(x.memberId) ?? '（已不在名册）'}${x.absentReason ? `${x.absentReason.startsWith('因') ? '' : '因'}${x.absentReason}` : ''}`);
  return `应到${who}${a.length}名，实到${present}名${absent.length > 0 ? `，${absent.join('、')}缺席` : ''}。`;
}

function guestsSentence(m: SpecialMeeting): string {
  const parts: string[] = [];
  if (m.higherNames.length > 0) parts.push(`上级党组织${m.higherNames.map((n, i) => (m.higherOrgs[i] ? `${m.higherOrgs[i]}${n}` : n)).join('、')}`);
  if (m.supervisorNames.length > 0) parts.push(`督导组${m.supervisorNames.join('、')}`);
  const guests = parts.length > 0 ? `${parts.join('，')}到会指导。` : '';
  const masses = m.nonParty.length > 0 ? `邀请群众代表${m.nonParty.join('、')}列席。` : '';
  return guests + masses;
}

function conductSentence(turns: readonly MeetingTurn[], who: string): string {
  if (turns.length === 0) return '';
  const criticisms = turns.reduce((n, t) => n + t.criticisms.length, 0);
  const masses = turns.some((t) => (t.massComments ?? '').trim());
  const leaders = turns.some((t) => (t.leaderComment ?? '').trim());
  const steps = ['开展批评和自我批评', ...(masses ? ['群众代表参与评议'] : []), ...(leaders ? ['领导逐一点评'] : [])];
  return `会上，${turns.length}名${who}逐一作党性分析，${steps.join('，')}${criticisms > 0 ? `，共提出批评意见${criticisms}条` : ''}。`;
}

function meetingFacts(r: MeetingRecords, names: ReadonlyMap<string, string>, v: { who: string; opener: string }): string {
  const m = r.meeting;
  if (!m) return '';
  const held = m.status === 'held';
  const head = `${formatChineseDate(m.date)}，${v.opener}${m.place ? `在${m.place}` : ''}${held ? '召开' : '计划召开'}${v.who === '党员' ? '专题组织生活会' : '专题民主生活会'}${m.hostName ? `，${m.hostName}主持` : ''}。`;
  return [head, attendanceSentence(r.attendance, names, v.who), guestsSentence(m), conductSentence(r.turns, v.who)].join('');
}

function problemLines(turns: readonly MeetingTurn[], names: ReadonlyMap<string, string>): string {
  return [...turns]
    .sort((a, b) => a.order - b.order)
    .map((t) => {
      const said = oneLine(t.analysis) || oneLine(t.selfCriticism);
      return said ? `${names.get(t.memberId) ?? '（已不在名册）'}：${said}` : '';
    })
    .filter(Boolean)
    .join('\n');
}

function measureLines(items: readonly FixItem[]): string {
  return [...items]
    .sort((a, b) => a.order - b.order)
    .map((i) => `${oneLine(i.measure)}（${i.ownerName}负责${i.status === 'done' ? '，已完成' : `，${formatChineseDate(i.deadline)}前完成`}）`)
    .join('\n');
}

/** 民主评议党员结果: how many were evaluated and what the opinions say, in counts only. */
export function evaluationResults(partyCount: number, evaluations: readonly Pick<Evaluation, 'fulfils' | 'qualified' | 'proposal'>[]): string {
  if (evaluations.length === 0) return '';
  const ok = evaluations.filter((e) => e.fulfils && e.qualified).length;
  const short = evaluations.length - ok;
  const notFulfilling = evaluations.filter((e) => e.proposal === 'notFulfilling').length;
  const notQualified = evaluations.filter((e) => e.proposal === 'notQualified').length;
  const parts = [`经党员自评、党员互评、群众评议和支部评定，支部对${evaluations.length}名党员逐一提出了评议意见。`];
  parts.push(short === 0 ? `${ok}名党员都能履行党员义务、符合党员条件。` : `其中${ok}名党员能够履行党员义务、符合党员条件；${short}名党员存在差距，支部已提出明确要求和整改期限，并确定专人帮助。`);
  const reported = [notFulfilling > 0 ? `拟定为不履行党员义务的${notFulfilling}名` : '', notQualified > 0 ? `拟定为不符合党员条件的${notQualified}名` : ''].filter(Boolean);
  if (reported.length > 0) parts.push(`${reported.join('、')}，已按规定报上级党组织。`);
  if (partyCount > evaluations.length) parts.push(`尚有${partyCount - evaluations.length}名党员的评议意见待定。`);
  return parts.join('');
}

/** The branch notice's draft (R-NOTICE-BRANCH). `fixItems`: the ledger items its members are responsible for. */
export function prefillBranchNotice(v: {
  branchName: string;
  records: MeetingRecords;
  names: ReadonlyMap<string, string>;
  partyCount: number;
  evaluations: readonly Pick<Evaluation, 'fulfils' | 'qualified' | 'proposal'>[];
  fixItems: readonly FixItem[];
}): NoticeSections {
  return {
    facts: meetingFacts(v.records, v.names, { who: '党员', opener: v.branchName }),
    problems: problemLines(v.records.turns, v.names),
    measures: measureLines(v.fixItems),
    direction: paragraphs(v.records.meeting?.conclusions),
    results: evaluationResults(v.partyCount, v.evaluations),
  };
}

/** The leadership notice's draft (R-NOTICE-LEADERSHIP): basic facts, problems found, the ledger's measures. */
export function prefillLeadershipNotice(v: { orgName: string; records: MeetingRecords; names: ReadonlyMap<string, string>; fixItems: readonly FixItem[] }): NoticeSections {
  return {
    facts: meetingFacts(v.records, v.names, { who: '班子成员', opener: `${v.orgName}领导班子` }),
    problems: problemLines(v.records.turns, v.names),
    measures: measureLines(v.fixItems),
    direction: '',
    results: '',
  };
}
