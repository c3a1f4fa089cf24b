/** The roster as the roster page shows it: paper order, and the search and filters. */
import { cleanLine } from '../util/text';
import type { Branch, Member } from './types';

/** Chinese collation (pinyin order), built once: 2,000 names sort many times. */
export const zhCollator = new Intl.Collator('zh-CN');

/** As on a paper roster: by branch order, party members first, then by name in pinyin order. */
export function sortRoster(members: readonly Member[], branches: readonly Branch[]): Member[] {
  const order = new Map(branches.map((b) => [b.id, b.order]));
  const rank = (m: Member) => (m.branchId ? (order.get(m.branchId) ?? 999) : 1000);
  return [...members].sort(
    (a, b) =>
      rank(a) - rank(b) || Number(a.kind !== 'party') - Number(b.kind !== 'party') || zhCollator.compare(a.name, b.name),
  );
}

export interface RosterFilter {
  /** Part of a name, a post (职务) or a phone number; cleaned as names are, so a pasted `王\u200b伟` finds 王伟. */
  query?: string;
  branchId?: string;
  /** The 内设科室 / 二级单位 worked in. */
  officeId?: string;
  kind?: 'all' | 'party' | 'nonParty';
}

export function filterRoster(members: readonly Member[], f: RosterFilter): Member[] {
  const q = cleanLine(f.query ?? '');
  const kind = f.kind ?? 'all';
  return members.filter(
    (m) =>
      (kind === 'all' || (kind === 'party') === (m.kind === 'party')) &&
      (!f.branchId || m.branchId === f.branchId) &&
      (!f.officeId || m.officeId === f.officeId) &&
      (!q || m.name.includes(q) || (m.post ?? '').includes(q) || (m.phone ?? '').includes(q)),
  );
}
