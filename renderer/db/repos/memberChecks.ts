/** Member drafts at the storage boundary: cleaned, then checked, before they are stored. */
import { cleanDraftTexts } from '@shared/members/clean';
import type { MemberDraft } from '@shared/members/types';
import { PARTY_ONLY_ROLES, validateMemberDraft } from '@shared/members/validate';

/**
 * Blocking problems of a draft with its texts cleaned as they will be stored (a name of
 * zero-width characters is empty; spaces around a name do not count towards its length): the
 * roster rules (shared/members/validate.ts) against `today` (`YYYY-MM-DD`), plus what storage
 * needs: a party member belongs to a branch.
 */
export function memberDraftProblems(draft: MemberDraft, today: string): string[] {
  const d = cleanDraftTexts(draft);
  const p = validateMemberDraft(d, today)
    .filter((x) => x.level === 'error')
    .map((x) => x.message);
  const name = typeof d.name === 'string' ? d.name : '';
  if (d.kind === 'party' && !d.branchId) p.push(`党员${name}须选择所在党支部`);
  if (d.away && !d.away.place) p.push(`外出党员${name}须填写外出地点`);
  return [...new Set(p)];
}

/**
 * Cleans the texts (shared/members/clean.ts: no invisible or control characters, NFC, one line
 * but for 备注) and drops fields that do not apply (入党时间, 正式/预备 and party roles of a
 * non-party person) or say nothing (an empty office, 长期患病 false), so one fact has one form.
 */
export function cleanMemberDraft(d: MemberDraft): MemberDraft {
  const out: MemberDraft = {
    ...cleanDraftTexts(d),
    roles: [...new Set(d.roles ?? [])],
    oversees: [...new Set(d.oversees ?? [])],
  };
  if (out.kind !== 'party') {
    delete out.joinedParty;
    delete out.partyStatus;
    out.roles = out.roles.filter((r) => !PARTY_ONLY_ROLES.includes(r));
  }
  if (!out.chronicIll) delete out.chronicIll;
  for (const key of ['branchId', 'officeId', 'post', 'phone', 'note', 'gender', 'birth', 'joinedParty', 'partyStatus', 'education'] as const) {
    const v = out[key];
    if (v === undefined || (typeof v === 'string' && v.trim() === '')) delete out[key];
  }
  return out;
}
