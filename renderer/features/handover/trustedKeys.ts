/**
 * The 督导组 keys this installation trusts for 验收回执 (settings `trustedSupervisorKeys`): taken
 * from the group's key file once the secretary has compared its fingerprint with the group by
 * phone; several may be trusted (groups, a group's new key), each removable.
 */
import type { TrustedKey } from '@shared/bundle/receipt';
import type { TrustedSupervisorKey } from '@shared/ipc/contract';

/** The list with `key` added; null when it is trusted already. */
export function withTrustedKey(list: readonly TrustedSupervisorKey[], key: TrustedKey, trustedAt: string): TrustedSupervisorKey[] | null {
  if (list.some((k) => k.publicKey === key.publicKey)) return null;
  return [...list, { group: key.group, publicKey: key.publicKey, fingerprint: key.fingerprint, trustedAt }];
}

export function withoutTrustedKey(list: readonly TrustedSupervisorKey[], publicKey: string): TrustedSupervisorKey[] {
  return list.filter((k) => k.publicKey !== publicKey);
}

/** A key of the same group name already trusted (the group has a new key, or someone borrows its name). */
export function sameGroupOtherKey(list: readonly TrustedSupervisorKey[], key: TrustedKey): TrustedSupervisorKey | undefined {
  return list.find((k) => k.group === key.group && k.publicKey !== key.publicKey);
}
