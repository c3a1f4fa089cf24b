/** Select options and names shared by the 征求意见 forms, the paste preview and the register. */
import { TARGET_WORDS } from '@shared/opinions/coverage';
import {
  OPINION_CATEGORIES,
  OPINION_CATEGORY_LABEL,
  OPINION_CHANNEL_LABEL,
  OPINION_CHANNELS,
  OPINION_SOURCE_LABEL,
  OPINION_SOURCES,
  type Opinion,
  type OpinionTarget,
} from '@shared/opinions/types';
import type { PartyMember } from './useOpinions';

const options = <K extends string>(keys: readonly K[], label: Record<K, string>) => keys.map((k) => ({ value: k, label: label[k] }));

export const CHANNEL_OPTIONS = options(OPINION_CHANNELS, OPINION_CHANNEL_LABEL);
export const SOURCE_OPTIONS = options(OPINION_SOURCES, OPINION_SOURCE_LABEL);
export const CATEGORY_OPTIONS = options(OPINION_CATEGORIES, OPINION_CATEGORY_LABEL);
export const TARGET_OPTIONS = options(['organisation', 'leadership', 'member'] as const, TARGET_WORDS);

/**
 * One select for 意见对象: 党组织, 领导班子, or a party member by name (searchable). A member's
 * value is `m:<id>`; `member` alone (党员个人, nobody chosen yet) shows the placeholder.
 */
export function targetValue(target?: OpinionTarget, memberId?: string): string | undefined {
  if (target !== 'member') return target;
  return memberId ? `m:${memberId}` : undefined;
}

export function fromTargetValue(v: string): { target: OpinionTarget; targetMemberId?: string } {
  return v.startsWith('m:') ? { target: 'member', targetMemberId: v.slice(2) } : { target: v as OpinionTarget };
}

export function targetSelectOptions(party: readonly PartyMember[]) {
  return [
    { label: '整体', title: '整体', options: [{ value: 'organisation', label: '党组织' }, { value: 'leadership', label: '领导班子' }] },
    { label: '党员个人（输入姓名查找）', title: '党员个人', options: party.map((m) => ({ value: `m:${m.id}`, label: m.name })) },
  ];
}

export function targetName(o: Pick<Opinion, 'target' | 'targetMemberId'>, names: ReadonlyMap<string, string>): string {
  if (o.target !== 'member') return TARGET_WORDS[o.target];
  return names.get(o.targetMemberId ?? '') ?? '（已删除的党员）';
}
