/**
 * Moving a unit's hand ticks from one version of its campaign template to the next. Ticks are
 * keyed by checklist item id; the newer version declares in `migratesFrom` which old ids were
 * renamed or dropped, every other id keeps its name. Pure: the caller backs up before writing.
 */
import type { Result } from '../util/result';
import { checklistItems, type CampaignTemplate } from './template';
import type { ChecklistTick } from './types';

export interface TickMigration {
  /** The ticks carried over, their item ids those of `to`. */
  ticks: ChecklistTick[];
  /** Ticks of items `to` drops (null in `migratesFrom.itemIds`). */
  dropped: ChecklistTick[];
  /** Item ids of ticks that name no item of `from`, each once; their ticks are left out. */
  unknownItemIds: string[];
}

function name(t: CampaignTemplate): string {
  return `活动模板“${t.title}”第 ${t.version} 版`;
}

/** Where each item id of `from` goes in `to` (null: dropped), or why `to` cannot take `from`'s ticks. */
export function itemIdMap(from: CampaignTemplate, to: CampaignTemplate): Result<Map<string, string | null>, string[]> {
  if (from.id !== to.id) {
    return { ok: false, error: [`不能把活动模板“${from.id}”的勾选记录迁移到活动模板“${to.id}”`] };
  }
  if (to.version < from.version) {
    return { ok: false, error: [`${name(to)}早于第 ${from.version} 版，不能退回旧版本`] };
  }
  let renames: Record<string, string | null> = {};
  if (to.version > from.version) {
    const declared = to.migratesFrom;
    if (declared?.version !== from.version) {
      return { ok: false, error: [`${name(to)}没有说明如何从第 ${from.version} 版迁移`] };
    }
    renames = declared.itemIds;
  }
  const fromIds = new Set(checklistItems(from).map((i) => i.id));
  const toIds = new Set(checklistItems(to).map((i) => i.id));
  const errors: string[] = [];
  const map = new Map<string, string | null>();
  for (const id of Object.keys(renames)) {
    if (!fromIds.has(id)) errors.push(`${name(to)}的迁移说明中，检查项 ${id} 不在第 ${from.version} 版中`);
  }
  for (const id of fromIds) {
    const target = Object.hasOwn(renames, id) ? renames[id] : id;
    if (target !== null && !toIds.has(target)) {
      errors.push(`第 ${from.version} 版的检查项 ${id} 在${name(to)}中去向不明，请在迁移说明中写明改名或删除`);
    }
    map.set(id, target);
  }
  return errors.length > 0 ? { ok: false, error: errors } : { ok: true, value: map };
}

/** A unit's ticks under `from`, rewritten for `to`; errors when `to` does not say how. */
export function migrateTicks(
  ticks: readonly ChecklistTick[],
  from: CampaignTemplate,
  to: CampaignTemplate,
): Result<TickMigration, string[]> {
  const map = itemIdMap(from, to);
  if (!map.ok) return map;
  const out: TickMigration = { ticks: [], dropped: [], unknownItemIds: [] };
  for (const tick of ticks) {
    if (!map.value.has(tick.itemId)) {
      if (!out.unknownItemIds.includes(tick.itemId)) out.unknownItemIds.push(tick.itemId);
      continue;
    }
    const target = map.value.get(tick.itemId);
    if (target === null || target === undefined) out.dropped.push(tick);
    else out.ticks.push(target === tick.itemId ? tick : { ...tick, itemId: target });
  }
  return { ok: true, value: out };
}

/**
 * Ticks moved along consecutive versions (v1 → v2 → v3), as a unit that skipped an upgrade needs:
 * `chain` is the unit's version followed by each newer one.
 */
export function migrateTicksThrough(
  ticks: readonly ChecklistTick[],
  chain: readonly CampaignTemplate[],
): Result<TickMigration, string[]> {
  let acc: TickMigration = { ticks: [...ticks], dropped: [], unknownItemIds: [] };
  for (let i = 1; i < chain.length; i += 1) {
    const step = migrateTicks(acc.ticks, chain[i - 1], chain[i]);
    if (!step.ok) return step;
    acc = {
      ticks: step.value.ticks,
      dropped: [...acc.dropped, ...step.value.dropped],
      unknownItemIds: [...acc.unknownItemIds, ...step.value.unknownItemIds],
    };
  }
  return { ok: true, value: acc };
}
