/**
 * The 边议边改整改台账 (R-FIX-NOW) as the document builder's view model (shared/documents
 * fixNowLedger.ts): the ledger in its order, each item's source said in words, the owner's
 * current name, the result with the day it was done.
 */
import type { FixNowLedgerModel } from '../documents/fixNowLedger';
import { OPINION_SOURCE_LABEL, OPINION_SOURCES, type OpinionSource } from '../opinions/types';
import { formatChineseDate } from '../util/dates';
import { rankFixItems, type OpinionLink } from './ledger';
import type { FixItem } from './types';

/** "群众意见 2 条、服务对象意见 1 条"; undefined for an item entered freely. */
export function sourceText(opinionIds: readonly string[], sourceOf: ReadonlyMap<string, OpinionSource>): string | undefined {
  const counts = new Map<OpinionSource, number>();
  for (const id of opinionIds) {
    const s = sourceOf.get(id);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  if (counts.size === 0) return undefined;
  return OPINION_SOURCES.filter((s) => counts.has(s))
    .map((s) => `${OPINION_SOURCE_LABEL[s]}意见 ${counts.get(s)} 条`)
    .join('、');
}

/** 责任人 as the ledger shows it: the member's name now, else the name as written. */
export function ownerText(item: Pick<FixItem, 'ownerId' | 'ownerName'>, memberNames: ReadonlyMap<string, string>): string {
  return (item.ownerId && memberNames.get(item.ownerId)) || item.ownerName;
}

export function fixNowLedgerModel(input: {
  /** The issuing organisation (the unit's 党组织名称). */
  orgName: string;
  items: readonly FixItem[];
  opinions: readonly OpinionLink[];
  memberNames: ReadonlyMap<string, string>;
  today: string;
}): FixNowLedgerModel {
  const sourceOf = new Map(input.opinions.map((o) => [o.id, o.source]));
  const ranked = rankFixItems(input.items, input.opinions);
  const done = input.items.filter((i) => i.status === 'done').length;
  const open = input.items.length - done;
  return {
    unitName: input.orgName,
    intro:
      input.items.length === 0
        ? `截至${formatChineseDate(input.today)}，尚未列入整改事项。`
        : `坚持边议边改，能解决的问题立即解决，从群众意见大的事情改起。截至${formatChineseDate(input.today)}，共列入整改事项 ${input.items.length} 项，已完成 ${done} 项，正在整改 ${open} 项。`,
    items: ranked.map(({ item }) => ({
      problem: item.problem,
      source: sourceText(item.opinionIds, sourceOf),
      measure: item.measure,
      owner: ownerText(item, input.memberNames),
      deadline: item.deadline,
      result: item.status === 'done' ? `${item.result ?? ''}（${formatChineseDate(item.doneOn ?? '')}完成）` : undefined,
    })),
    signature: { name: input.orgName, date: input.today },
  };
}
