/**
 * The roster's texts made clean (shared/util/text.ts): what every entry point does to a member
 * draft, and what a database upgrade does to members, branches and offices stored before entry
 * points cleaned (a `王\u200b伟` next to a `王伟`, a name wrapped in bidi controls).
 */
import { cleanLine, cleanMultiline } from '../util/text';
import type { MemberDraft } from './types';

type MemberTexts = Pick<MemberDraft, 'name' | 'post' | 'phone' | 'note' | 'away'>;

/** Shown for a stored person whose name was nothing but invisible characters. */
export const UNNAMED_MEMBER = '（请补填姓名）';

const line = <V>(v: V): V => (typeof v === 'string' ? (cleanLine(v) as V) : v);

/**
 * A draft's texts cleaned: name, 职务, phone and the away place and contact as one line, 备注 as
 * a multi-line text; an optional text left empty is dropped (one fact, one form). An empty name
 * stays empty, for the validator to refuse. Values that are not text are left for it too.
 */
export function cleanDraftTexts<T extends MemberTexts>(d: T): T {
  const out: T = { ...d, name: line(d.name) };
  if (d.away && typeof d.away === 'object') out.away = { ...d.away, place: line(d.away.place), contact: line(d.away.contact) };
  for (const key of ['post', 'phone', 'note'] as const) {
    const v = d[key];
    if (typeof v !== 'string') continue;
    const clean = key === 'note' ? cleanMultiline(v) : cleanLine(v);
    if (clean === '') delete out[key];
    else out[key] = clean;
  }
  return out;
}

/**
 * A stored member with clean texts, for the database upgrade (v2) to call on every member: the
 * same object when nothing changes. A name of invisible characters only becomes UNNAMED_MEMBER,
 * so the record stays valid and the secretary sees whom to fix.
 */
export function cleanMemberTexts<T extends MemberTexts>(member: T): T {
  const out = cleanDraftTexts(member);
  if (out.name === '') out.name = UNNAMED_MEMBER;
  const same =
    out.name === member.name &&
    out.post === member.post &&
    out.phone === member.phone &&
    out.note === member.note &&
    out.away?.place === member.away?.place &&
    out.away?.contact === member.away?.contact;
  return same ? member : out;
}

/**
 * Branch or office names cleaned for the database upgrade, unique per unit as the forms keep
 * them: a name that cleans to one already taken gets "（2）", "（3）" …, the already-clean name
 * keeping its own; an empty one becomes `fallback` (e.g. 未命名支部). Unchanged records are
 * returned as they are.
 */
export function cleanOrgNames<T extends { unitId: string; name: string }>(records: readonly T[], fallback: string): T[] {
  const taken = new Map<string, Set<string>>();
  const namesOf = (unitId: string) => {
    let names = taken.get(unitId);
    if (!names) taken.set(unitId, (names = new Set()));
    return names;
  };
  for (const r of records) if (cleanLine(r.name) === r.name && r.name !== '') namesOf(r.unitId).add(r.name);
  return records.map((r) => {
    if (cleanLine(r.name) === r.name && r.name !== '') return r;
    const names = namesOf(r.unitId);
    const base = cleanLine(r.name) || fallback;
    let name = base;
    for (let n = 2; names.has(name); n++) name = `${base}（${n}）`;
    names.add(name);
    return { ...r, name };
  });
}
