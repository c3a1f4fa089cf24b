/**
 * The rounds of 满意度测评 (R-SURVEY-70): when a new round may start (the first, or a 补课 round
 * after one below the floor), what a tally may hold, when a round may close, and what the
 * latest closed round means for the step. Pure: the repository and the page both ask these.
 */
import { formatChineseDate, isValidIsoDate } from '../util/dates';
import { formatRate, formatRateAgainst, isBelowFloor, roundRates } from './rate';
import { SURVEY_SCALE_OPTIONS, SURVEY_SCALES, SURVEY_SUBJECT_LABEL, SURVEY_SUBJECTS, type SurveyRound, type SurveyScale, type SurveySubject } from './types';

const MAX_BALLOTS = 100_000;

export interface RoundDraft {
  date: string;
  scale: SurveyScale;
  subjects: SurveySubject[];
  issued: number;
  returned: number;
  /** What the 补课 did (rounds after the first). */
  remedy: string;
  note: string;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_BALLOTS;

/** Rounds in order, the latest last. */
export function sortRounds<R extends Pick<SurveyRound, 'round'>>(rounds: readonly R[]): R[] {
  return [...rounds].sort((a, b) => a.round - b.round);
}

export function latestClosed<R extends Pick<SurveyRound, 'round' | 'status'>>(rounds: readonly R[]): R | undefined {
  return sortRounds(rounds.filter((r) => r.status === 'closed')).at(-1);
}

export function countingRound<R extends Pick<SurveyRound, 'round' | 'status'>>(rounds: readonly R[]): R | undefined {
  return sortRounds(rounds.filter((r) => r.status === 'counting')).at(-1);
}

/** Whether a closed round fell below the floor (its rate recomputed from its tallies, not trusted). */
export function roundBelow(r: Pick<SurveyRound, 'scale' | 'tallies'>, floor: number): boolean {
  const d = roundRates(r).deciding;
  return d === undefined || isBelowFloor(d, floor);
}

function draftProblems(d: RoundDraft, today: string): string[] {
  const out: string[] = [];
  if (!isValidIsoDate(d.date)) out.push('请填写测评日期');
  else if (d.date > today) out.push('测评日期不能晚于今天');
  if (!SURVEY_SCALES.includes(d.scale)) out.push('请选择测评档次（三档或四档）');
  if (!Array.isArray(d.subjects) || d.subjects.length === 0) out.push('请至少选择一个测评项目');
  else if (d.subjects.some((s) => !SURVEY_SUBJECTS.includes(s))) out.push('测评项目无效');
  else if (new Set(d.subjects).size !== d.subjects.length) out.push('测评项目重复');
  if (!isCount(d.issued) || d.issued < 1) out.push('请填写发出的测评表份数（至少 1 份）');
  if (!isCount(d.returned)) out.push('收回的测评表份数应为 0 或正整数');
  else if (isCount(d.issued) && d.returned > d.issued) out.push(`收回的测评表（${d.returned} 份）不能多于发出的（${d.issued} 份）`);
  return out;
}

/**
 * A new round: none still counting; the first, or after a closed round below the floor (补课,
 * with what the 补课 did); not before the last round's day.
 */
export function newRoundProblems(rounds: readonly SurveyRound[], d: RoundDraft, floor: number, today: string): string[] {
  const open = countingRound(rounds);
  if (open) return [`第${open.round}轮测评还在计票，请先完成这一轮`];
  const last = latestClosed(rounds);
  const out = draftProblems(d, today);
  if (last) {
    if (!roundBelow(last, floor)) {
      const rate = roundRates(last).deciding ?? 0;
      out.unshift(`第${last.round}轮满意率${formatRateAgainst(rate, floor)}，已达到${formatRate(floor)}，不需要重新测评`);
    }
    if (!d.remedy.trim()) out.push(`第${last.round}轮满意率低于${formatRate(floor)}，请写明补课情况（针对群众不满意的地方做了哪些工作）`);
    if (isValidIsoDate(d.date) && d.date < last.date) out.push(`测评日期不能早于第${last.round}轮（${formatChineseDate(last.date)}）`);
  }
  return out;
}

/** Edits of a counting round's date, ballots, 补课 and note: the counted ballots still fit. */
export function roundEditProblems(r: SurveyRound, d: Omit<RoundDraft, 'scale' | 'subjects'>, previous: SurveyRound | undefined, today: string): string[] {
  const out = draftProblems({ ...d, scale: r.scale, subjects: r.tallies.map((t) => t.subject) }, today);
  if (r.status !== 'counting') out.unshift(`第${r.round}轮测评已经完成，要修改请先点“改回计票”`);
  if (r.round > 1 && !d.remedy.trim()) out.push('请写明补课情况');
  if (previous && isValidIsoDate(d.date) && d.date < previous.date) out.push(`测评日期不能早于第${previous.round}轮（${formatChineseDate(previous.date)}）`);
  if (isCount(d.returned)) {
    for (const t of r.tallies) {
      const counted = t.counts.reduce((a, b) => a + b, 0) + t.invalid;
      if (counted > d.returned) out.push(`“${SURVEY_SUBJECT_LABEL[t.subject]}”已计 ${counted} 张，收回数不能少于已计的张数`);
    }
  }
  return out;
}

/** The answer a click counts: an index into the scale's answers, or an invalid ballot. */
export type Answer = number | 'invalid';

export function answerLabel(scale: SurveyScale, a: Answer): string {
  return a === 'invalid' ? '无效票' : (SURVEY_SCALE_OPTIONS[scale][a] ?? '');
}

/** One ballot's answer on one subject counted (+1) or taken back (−1). */
export function voteProblems(r: SurveyRound, subject: SurveySubject, answer: Answer, delta: 1 | -1): string[] {
  if (r.status !== 'counting') return [`第${r.round}轮测评已经完成，不能再计票`];
  const t = r.tallies.find((x) => x.subject === subject);
  if (!t) return ['本轮测评没有这个测评项目'];
  if (answer !== 'invalid' && !(Number.isInteger(answer) && answer >= 0 && answer < SURVEY_SCALE_OPTIONS[r.scale].length)) return ['测评档次无效'];
  if (delta !== 1 && delta !== -1) return ['计票只能加一张或减一张'];
  const label = SURVEY_SUBJECT_LABEL[subject];
  const current = answer === 'invalid' ? t.invalid : t.counts[answer];
  if (delta === -1 && current === 0) return [`“${label}”的“${answerLabel(r.scale, answer)}”已经是 0 张，不能再减`];
  const counted = t.counts.reduce((a, b) => a + b, 0) + t.invalid;
  if (delta === 1 && counted >= r.returned) {
    return [r.returned === 0 ? '请先填写收回的测评表份数' : `“${label}”已计 ${counted} 张，等于收回的 ${r.returned} 张，不能再加；请核对收回数`];
  }
  return [];
}

/** Totals typed in for one subject. */
export function tallyProblems(r: SurveyRound, subject: SurveySubject, counts: readonly number[], invalid: number): string[] {
  if (r.status !== 'counting') return [`第${r.round}轮测评已经完成，不能再计票`];
  if (!r.tallies.some((x) => x.subject === subject)) return ['本轮测评没有这个测评项目'];
  const options = SURVEY_SCALE_OPTIONS[r.scale];
  const out: string[] = [];
  if (!Array.isArray(counts) || counts.length !== options.length) return ['票数和测评档次不对应'];
  counts.forEach((c, i) => {
    if (!isCount(c)) out.push(`“${options[i]}”的票数应为 0 或正整数`);
  });
  if (!isCount(invalid)) out.push('无效票数应为 0 或正整数');
  if (out.length > 0) return out;
  const total = counts.reduce((a, b) => a + b, 0) + invalid;
  if (total > r.returned) out.push(`“${SURVEY_SUBJECT_LABEL[subject]}”合计 ${total} 张，多于收回的 ${r.returned} 张`);
  return out;
}

/** A round closes when every subject's ballots are all counted and it has valid ones. */
export function closeProblems(r: SurveyRound): string[] {
  if (r.status !== 'counting') return [`第${r.round}轮测评已经完成`];
  if (r.returned === 0) return ['还没有填写收回的测评表份数'];
  const out: string[] = [];
  for (const t of r.tallies) {
    const label = SURVEY_SUBJECT_LABEL[t.subject];
    const valid = t.counts.reduce((a, b) => a + b, 0);
    const counted = valid + t.invalid;
    if (counted < r.returned) out.push(`“${label}”已计 ${counted} 张，收回 ${r.returned} 张，还有 ${r.returned - counted} 张没有计`);
    else if (valid === 0) out.push(`“${label}”没有有效票，算不出满意率`);
  }
  return out;
}

/** Only the latest round, once closed, may go back to counting (to correct a count). */
export function reopenProblems(rounds: readonly SurveyRound[], r: SurveyRound): string[] {
  if (r.status !== 'closed') return [`第${r.round}轮测评还在计票`];
  const later = rounds.find((x) => x.round > r.round);
  if (later) return [`已经有第${later.round}轮测评，第${r.round}轮的结果不能再改`];
  return [];
}

/** Only the latest round, while counting, may be deleted (started by mistake); closed rounds are history. */
export function deleteProblems(rounds: readonly SurveyRound[], r: SurveyRound): string[] {
  if (r.status !== 'counting') return [`第${r.round}轮测评已经完成，测评记录要保留，不能删除`];
  if (rounds.some((x) => x.round > r.round)) return [`已经有更晚的测评，第${r.round}轮不能删除`];
  return [];
}
