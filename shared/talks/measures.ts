/**
 * The checklist measures of the talks (谈心), over the small facts of ./facts.ts: each unmet
 * item names the pairs or people still missing.
 */
import { factsMeasure, type Measure, type MeasureResult } from '../campaign/measure';
import type { CampaignSnapshot } from '../campaign/snapshot';
import { formatThreshold, thresholdValue } from '../campaign/thresholds';
import type { TalkFacts } from './facts';
import { nameList, type Named } from './people';

export type { TalkFacts } from './facts';

export const TALKS_FEATURE = 'talks';

/** Names in a one-line detail: at most six, then how many. */
const SHOWN = 6;
const list = (n: Named, word = '人') => nameList(n.names.slice(0, SHOWN), n.count, word);

const NO_PARTY: MeasureResult = { done: false, detail: '尚未录入党员名册' };
const NO_PAIRS: MeasureResult = {
  done: false,
  detail: '名册中还没有标明主要负责同志、班子成员、支部书记等角色，生成不了应谈名单',
};
const awayNote = (f: TalkFacts) => (f.awayPairs > 0 ? `（另有 ${f.awayPairs} 对因有人外出，不要求当面谈）` : '');

/** R-TALK-PLAN: every required pair has a date, a time and a place. */
export function talkPlanResult(f: TalkFacts): MeasureResult {
  if (!f.hasParty) return NO_PARTY;
  if (f.pairs === 0) return NO_PAIRS;
  const progress = { done: f.planned, total: f.pairs };
  if (f.planned === f.pairs) return { done: true, progress, detail: `应谈 ${f.pairs} 对都已安排时间、地点${awayNote(f)}` };
  const unlisted = f.unlisted > 0 ? `（其中 ${f.unlisted} 对还没列入名单，请点“生成应谈名单”）` : '';
  return { done: false, progress, detail: `${f.unplanned.count} 对谈心还没有安排时间、地点${unlisted}：${list(f.unplanned, '对')}` };
}

/** R-TALK-PAIRS: every required pair done; every party member has talked with a member and with 群众. */
export function talkPairsResult(f: TalkFacts): MeasureResult {
  if (!f.hasParty) return NO_PARTY;
  if (f.pairs === 0) return NO_PAIRS;
  const progress = { done: f.done, total: f.pairs };
  const missing: string[] = [];
  if (f.silent.count > 0) missing.push(`${f.silent.count} 人还没有谈心：${list(f.silent)}`);
  if (f.owing.count > 0) missing.push(`${list(f.owing)}还有应谈的人没谈`);
  if (f.noPartyTalk.count > 0) missing.push(`${f.noPartyTalk.count} 名党员还没有与其他党员谈心：${list(f.noPartyTalk)}`);
  if (f.noMassesTalk && f.noMassesTalk.count > 0) {
    missing.push(`${f.noMassesTalk.count} 名在职党员还没有与群众谈心：${list(f.noMassesTalk)}`);
  }
  if (missing.length === 0) {
    return { done: true, progress, detail: `应谈 ${f.pairs} 对已全部谈完，党员之间、党员与群众都谈过心${awayNote(f)}` };
  }
  return { done: false, progress, detail: `应谈 ${f.pairs} 对已谈 ${f.done} 对；${missing.join('；')}` };
}

/** R-TALK-LEADER-ALL: each party-member leader has talked with (the city's share of) his or her branch. */
export function talkLeaderAllResult(f: TalkFacts, share = 1): MeasureResult {
  if (!f.hasParty) return NO_PARTY;
  if (f.leaders.length === 0) return { done: true, detail: '名册中没有党员领导干部，此项不涉及' };
  const short = f.leaders.filter((l) => l.total > 0 && l.done < Math.ceil(l.total * share - 1e-9));
  const progress = { done: f.leaders.length - short.length, total: f.leaders.length };
  if (short.length === 0) {
    const floor = share < 1 ? `（不少于 ${formatThreshold({ unit: 'ratio' }, share)}）` : '';
    return { done: true, progress, detail: `党员领导干部 ${f.leaders.length} 人都已与所在支部党员谈心${floor}` };
  }
  const lines = short.slice(0, SHOWN).map((l) => `${l.name}已谈 ${l.done}/${l.total} 人，未谈：${list(l.missing)}`);
  const more = short.length > SHOWN ? `；另有 ${short.length - SHOWN} 名领导干部未谈完` : '';
  return { done: false, progress, detail: `${lines.join('；')}${more}` };
}

/** The city's floor for R-TALK-LEADER-ALL (threshold talkCoverage; all of them when the template has none). */
function leaderShare(s: CampaignSnapshot): number {
  return s.template.thresholds.talkCoverage ? thresholdValue(s.template, s.thresholdOverrides, 'talkCoverage') : 1;
}

export const talkMeasures: Measure[] = [
  factsMeasure<TalkFacts>({ key: 'talks.plan', label: '谈心计划和时间安排', feature: TALKS_FEATURE, compute: (f) => talkPlanResult(f) }),
  factsMeasure<TalkFacts>({ key: 'talks.pairs', label: '普遍谈心', feature: TALKS_FEATURE, compute: (f) => talkPairsResult(f) }),
  factsMeasure<TalkFacts>({
    key: 'talks.leaderAll',
    label: '党员领导干部与所在支部党员谈心',
    feature: TALKS_FEATURE,
    compute: (f, s) => talkLeaderAllResult(f, leaderShare(s)),
  }),
];
