/**
 * Views: values computed from a unit's records (a page's first screen, the home page's facts),
 * kept on disk with the fingerprints (./fingerprint.ts) of the tables they were computed from and
 * the build that computed them, so that the first read of a unit in a session reads one row
 * instead of the whole roster. A row is trusted only while its key equals the fingerprints read
 * now — whatever happened in between (another window, a restore, another build) — so a stale
 * row is never shown, only computed again. Derived data: a local table, never in a backup or a
 * bundle; losing it loses nothing.
 */
import { z } from 'zod';
import { defineTable } from './table';
import { id } from './fields';

export const viewRecord = z.strictObject({
  /** `unitId|name`. */
  id: z.string().min(1).max(400),
  unitId: id,
  name: z.string().min(1).max(100),
  /** The build, the view's own version and the fingerprints it was computed from. */
  key: z.string().min(1).max(4000),
  value: z.unknown(),
});
export type ViewRow = z.infer<typeof viewRecord>;

export const viewsTable = defineTable({
  name: 'views',
  owner: 'data',
  label: '页面缓存',
  stores: { 5: 'id, unitId' },
  record: viewRecord,
  key: 'id',
});

export const viewId = (unitId: string, name: string) => `${unitId}|${name}`;
