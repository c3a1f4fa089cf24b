/** How people are named in the talks' lists and one-line messages. */
import type { Branch, Member } from '../members/types';

/**
 * Each person's name, with the 职务 (or the branch) after it where two people share a name, so
 * 王伟 and 王伟 are never confused in a plan or a message.
 */
export function personLabels(members: readonly Pick<Member, 'id' | 'name' | 'post' | 'branchId'>[], branches: readonly Branch[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const m of members) count.set(m.name, (count.get(m.name) ?? 0) + 1);
  const branchName = new Map(branches.map((b) => [b.id, b.name]));
  return new Map(
    members.map((m) => {
      if ((count.get(m.name) ?? 0) < 2) return [m.id, m.name];
      const hint = m.post || (m.branchId ? branchName.get(m.branchId) : undefined);
      return [m.id, hint ? `${m.name}（${hint}）` : m.name];
    }),
  );
}

/** "张三、李四、王五等 12 人"; all of them when `total` is no more than the names given. */
export function nameList(names: readonly string[], total = names.length, word = '人'): string {
  if (names.length === 0) return '';
  const shown = names.join('、');
  return total > names.length ? `${shown}等 ${total} ${word}` : shown;
}

/** At most `max` of a list's names, and how many there are. */
export interface Named {
  count: number;
  names: string[];
}

export function named(names: readonly string[], max: number): Named {
  return { count: names.length, names: names.slice(0, max) };
}

/** The label of a person who is no longer on the roster. */
export const GONE = '（已删除的人员）';
