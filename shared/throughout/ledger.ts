/**
 * R-FIX-NOW (边议边改): the ledger's order — what the masses raise most is fixed first — which open
 * items are past their deadline, and the checks of an entry. Pure: today is passed in.
 */
import { isValidIsoDate } from '../util/dates';
import { TEXT_LIMITS } from '../data/fields';
import type { OpinionSource, OpinionTarget } from '../opinions/types';
import type { FixItem } from './types';

/** Who counts as 群众 in "从群众意见大的事情改起": the masses and the people the unit serves. */
export const MASSES_SOURCES: readonly OpinionSource[] = ['masses', 'client'];

export function isMassesSource(source: OpinionSource): boolean {
  return MASSES_SOURCES.includes(source);
}

/**
 * An opinion the ledger should answer: raised by 群众 / 服务对象 about the organisation or the
 * leadership team. One about a member goes back to that member (反馈, 党性分析) and is not
 * asked of the ledger, though an item may still answer it.
 */
export function awaitsLedger(o: { source: OpinionSource; target: OpinionTarget }): boolean {
  return isMassesSource(o.source) && o.target !== 'member';
}

/** What the ledger needs to know of an opinion. */
export interface OpinionLink {
  id: string;
  source: OpinionSource;
}

type Rankable = Pick<FixItem, 'opinionIds' | 'deadline' | 'order'>;

export interface RankedFixItem<T extends Rankable> {
  item: T;
  /** Linked opinions from 群众 / 服务对象. */
  massesOpinions: number;
  /** All linked opinions (of any source) that still exist. */
  opinions: number;
}

/**
 * The ledger in its order: most linked opinions from 群众 / 服务对象 first, then most linked
 * opinions of any source, then the earliest deadline, then the order of entry. A link to an
 * opinion that no longer exists counts for nothing.
 */
export function rankFixItems<T extends Rankable>(items: readonly T[], opinions: readonly OpinionLink[]): RankedFixItem<T>[] {
  const sourceOf = new Map(opinions.map((o) => [o.id, o.source]));
  return items
    .map((item) => {
      const sources = item.opinionIds.map((id) => sourceOf.get(id)).filter((s): s is OpinionSource => s !== undefined);
      return { item, massesOpinions: sources.filter(isMassesSource).length, opinions: sources.length };
    })
    .sort(
      (a, b) =>
        b.massesOpinions - a.massesOpinions ||
        b.opinions - a.opinions ||
        (a.item.deadline < b.item.deadline ? -1 : a.item.deadline > b.item.deadline ? 1 : 0) ||
        a.item.order - b.item.order,
    );
}

/** An item still being fixed whose deadline has passed (the deadline day itself is not late). */
export function isOverdue(item: Pick<FixItem, 'status' | 'deadline'>, today: string): boolean {
  return item.status === 'open' && item.deadline < today;
}

/** What a ledger entry form sends. The owner is a member of the roster or a name as written. */
export interface FixItemDraft {
  opinionIds: readonly string[];
  problem: string;
  measure: string;
  ownerId?: string;
  ownerName?: string;
  deadline: string;
}

const tooLong = (label: string, v: string, max: number) => ([...v].length > max ? [`${label}不能超过 ${max} 个字`] : []);

/** Problems of an entry (texts already cleaned); empty when it may be saved. */
export function fixItemDraftProblems(d: FixItemDraft): string[] {
  const out: string[] = [];
  if (!d.problem.trim()) out.push('请填写存在的问题');
  out.push(...tooLong('存在问题', d.problem, TEXT_LIMITS.opinion));
  if (!d.measure.trim()) out.push('请填写整改措施');
  out.push(...tooLong('整改措施', d.measure, TEXT_LIMITS.opinion));
  if (!d.ownerId && !(d.ownerName ?? '').trim()) out.push('请选定或填写责任人');
  out.push(...tooLong('责任人姓名', d.ownerName ?? '', TEXT_LIMITS.personName));
  if (!isValidIsoDate(d.deadline)) out.push('请选择完成时限');
  if (new Set(d.opinionIds).size !== d.opinionIds.length) out.push('同一条意见不能重复关联');
  if (d.opinionIds.length > 500) out.push('一项整改最多关联 500 条意见');
  return out;
}

/** Problems of marking an item done: the day it was done (not after today) and its result. */
export function completionProblems(c: { doneOn: string; result: string }, today: string): string[] {
  const out: string[] = [];
  if (!isValidIsoDate(c.doneOn)) out.push('请选择完成日期');
  else if (c.doneOn > today) out.push('完成日期不能晚于今天');
  if (!c.result.trim()) out.push('请填写整改结果');
  out.push(...tooLong('整改结果', c.result, TEXT_LIMITS.opinion));
  return out;
}
