/**
 * Databases whose units are read-only (the 督导组's workspace: units imported from their bundles).
 * The one write path (./write.ts) refuses them with the reason, before any transaction starts.
 */
const READ_ONLY = new WeakMap<object, string>();

/** Marks `db` read-only for unit writes; `reason` is the Chinese message a refused write shows. */
export function markReadOnly(db: object, reason: string): void {
  READ_ONLY.set(db, reason);
}

/** Why unit writes to `db` are refused, or null when they are allowed. */
export function readOnlyReason(db: object): string | null {
  return READ_ONLY.get(db) ?? null;
}
