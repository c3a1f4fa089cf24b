/**
 * Fuzzing unit backups: mutated files (byte flips, insertions, cuts; structural edits re-signed
 * with a valid checksum or left with the old one) go through decodeBackup and restoreUnitBackup
 * (as a new unit, and over the unit with its saved state). For each one:
 *   - no crash: every outcome is a result or a UserError with a Chinese message of bounded length;
 *   - no partial write: a refused file leaves the database's content hash unchanged;
 *   - nothing accepted against the rules: an accepted file's unit, exported again, passes the
 *     backup rules, and the home page and the roster compute from it without throwing.
 * Deterministic from the seed. `npm run fuzz -- backups [n] [seed]`; a small run is a test.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { decodeBackup, encodeBackup, parseUnitBackup, type UnitBackup } from '../../shared/backup/format';
import { computeDashboard } from '../../shared/campaign/dashboard';
import { canEnterStage } from '../../shared/campaign/gates';
import { templateFor } from '../../shared/campaign/templates';
import { sortRoster } from '../../shared/members/rosterView';
import { checksumOf } from '../../shared/util/checksum';
import { UserError } from '../../shared/util/result';
import { loadUnitFacts } from '../../renderer/app/facts';
import { PytDb } from '../../renderer/db/db';
import { exportUnitBackup, restoreUnitBackup } from '../../renderer/db/repos/backup';
import { loadSnapshot } from '../../renderer/db/repos/snapshot';

export interface FuzzStats {
  cases: number;
  refused: number;
  accepted: number;
  acceptedUnchanged: number;
  crashes: string[];
  partialWrites: string[];
  acceptedAgainstRules: string[];
  badMessages: string[];
  byKind: Record<string, { refused: number; accepted: number }>;
}

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}
export type Rng = ReturnType<typeof rng>;

const HOSTILE: readonly unknown[] = [
  -1, 0, 275761, 1e6, 1e308, -1e308, 0.5, 2005.5, Number.MAX_SAFE_INTEGER, '', ' ', '王'.repeat(50_000), 'x'.repeat(300),
  '2005-13-45', '0000-00-00', '2005-02-30', '2005-09-01Tgarbage', '9999-12-31T23:59:59.999Z', '2005-13', '1965',
  '\u0000', '\u202e反转', '王\u200b伟', '\ud800', '=cmd|\' /C calc\'!A0', 'party', 'masses', 'alien', 'unitHead',
  null, true, false, [], {}, [1, 2], { a: 1 }, 'analysis', 'study', 'transition.roster', 'lookback.notes', 'satisfactionRate',
];

type Json = unknown;
const isObj = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every path to a value inside `root` (objects and arrays included). */
function paths(root: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(root)) root.forEach((v, i) => paths(v, [...at, i], out));
  else if (isObj(root)) for (const k of Object.keys(root)) paths(root[k], [...at, k], out);
  return out;
}
const parentOf = (root: Json, path: (string | number)[]) => path.slice(0, -1).reduce<Json>((o, k) => (o as Record<string, Json>)[k as string], root);

/** One structural mutation of the backup's JSON; returns its kind. */
export function mutateTree(r: Rng, root: Record<string, Json>): string {
  const all = paths(root).filter((p) => p.length > 0);
  const target = r.pick(all);
  const parent = parentOf(root, target) as Record<string | number, Json> | Json[];
  const key = target[target.length - 1];
  const op = r.int(6);
  if (op === 0) {
    (parent as Record<string | number, Json>)[key] = structuredClone(r.pick(HOSTILE));
    return 'replace value';
  }
  if (op === 1 && isObj(parent)) {
    delete parent[key as string];
    return 'delete key';
  }
  if (op === 2 && isObj(parent)) {
    parent[r.pick(['shoeSize', '__proto__x', 'id2', 'x'.repeat(1000)])] = r.pick(HOSTILE);
    return 'add key';
  }
  if (op === 3 && Array.isArray(parent)) {
    parent.push(structuredClone(parent[key as number]));
    return 'duplicate element';
  }
  if (op === 4 && Array.isArray(parent)) {
    parent.splice(key as number, 1);
    return 'remove element';
  }
  // Swap two string values of the same field name somewhere (ids pointing elsewhere).
  const strings = all.filter((p) => typeof parentOf(root, p) === 'object' && typeof (parentOf(root, p) as Record<string, Json>)[p[p.length - 1] as string] === 'string');
  const a = r.pick(strings);
  const b = r.pick(strings);
  const pa = parentOf(root, a) as Record<string | number, Json>;
  const pb = parentOf(root, b) as Record<string | number, Json>;
  const ka = a[a.length - 1];
  const kb = b[b.length - 1];
  [pa[ka], pb[kb]] = [pb[kb], pa[ka]];
  return 'swap strings';
}

/** One byte-level mutation of the file. */
export function mutateBytes(r: Rng, bytes: Uint8Array): { bytes: Uint8Array; kind: string } {
  const out = bytes.slice();
  const at = r.int(bytes.length);
  switch (r.int(4)) {
    case 0:
      out[at] ^= 1 << r.int(8);
      return { bytes: out, kind: 'flip bit' };
    case 1:
      return { bytes: new Uint8Array([...bytes.subarray(0, at), r.int(256), ...bytes.subarray(at)]), kind: 'insert byte' };
    case 2:
      return { bytes: new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + 1)]), kind: 'delete byte' };
    default:
      return { bytes: bytes.slice(0, at), kind: 'truncate' };
  }
}

/** A content hash of the whole database: every table, every record, in key order. */
export async function dbHash(db: PytDb): Promise<string> {
  // Not the views: values computed from the records, written when read (renderer/db/memo.ts), trusted only while they match them.
  const tables = await Promise.all(db.tables.filter((t) => t.name !== 'views').map(async (t) => [t.name, await t.toArray()] as const));
  return checksumOf(Object.fromEntries(tables));
}

const CJK = /[\u4e00-\u9fff]/u;
const MAX_MESSAGE = 400;

async function checkAccepted(db: PytDb, unitId: string, label: string, stats: FuzzStats): Promise<void> {
  const exported = await exportUnitBackup(db, unitId, 'fuzz', '2030-01-01T00:00:00.000Z');
  const again = parseUnitBackup(JSON.parse(JSON.stringify(exported)));
  if (!again.ok) {
    stats.acceptedAgainstRules.push(`${label}: ${again.error.slice(0, 2).join('；')}`);
    return;
  }
  const template = templateFor(exported.unit);
  if (!template.ok) {
    stats.acceptedAgainstRules.push(`${label}: template ${template.error[0]}`);
    return;
  }
  const s = await loadSnapshot(db, unitId, template.value);
  const facts = await loadUnitFacts(db, unitId);
  for (const now of ['2005-09-10', `${exported.unit.year}-09-10`]) {
    computeDashboard(s, facts, now);
    for (const st of template.value.stages) canEnterStage(s, st.id, now);
  }
  sortRoster(exported.records.members, exported.records.branches);
}

export async function runBackupFuzz(opts: { base: Uint8Array; cases: number; seed: number; onProgress?: (i: number) => void }): Promise<FuzzStats> {
  const r = rng(opts.seed);
  const stats: FuzzStats = {
    cases: 0, refused: 0, accepted: 0, acceptedUnchanged: 0, crashes: [], partialWrites: [], acceptedAgainstRules: [], badMessages: [], byKind: {},
  };
  const original = decodeBackup(opts.base);
  if (!original.ok) throw new Error(`the base backup does not read: ${original.error.join('; ')}`);
  const db = new PytDb(`fuzz-${opts.seed}-${Date.now()}`, { indexedDB, IDBKeyRange });
  await db.open();
  const seeded = await restoreUnitBackup(db, original.value, { mode: 'replace', actor: '模糊测试', now: '2030-01-01T00:00:00.000Z', appVersion: 'fuzz' });
  const baseText = new TextDecoder().decode(opts.base);
  try {
    for (let i = 0; i < opts.cases; i++) {
      opts.onProgress?.(i);
      stats.cases += 1;
      let bytes: Uint8Array;
      let kind: string;
      if (r.next() < 0.35) {
        ({ bytes, kind } = mutateBytes(r, opts.base));
      } else {
        const tree = JSON.parse(baseText) as Record<string, Json>;
        kind = mutateTree(r, tree);
        if (r.next() < 0.7) {
          const { checksum: _c, ...content } = tree;
          bytes = encodeBackup(content as unknown as UnitBackup);
          kind += ' (re-signed)';
        } else {
          bytes = new TextEncoder().encode(JSON.stringify(tree));
        }
      }
      const k = (stats.byKind[kind] ??= { refused: 0, accepted: 0 });
      const before = await dbHash(db);
      const label = `#${i} ${kind}`;
      try {
        const decoded = decodeBackup(bytes);
        if (!decoded.ok) {
          stats.refused += 1;
          k.refused += 1;
          for (const m of decoded.error) if (!CJK.test(m) || m.length > MAX_MESSAGE) stats.badMessages.push(`${label}: ${m.slice(0, 120)}`);
          // Whatever the file holds, handed to the repository directly, it writes nothing — unless
          // only the file around it was wrong (its checksum or bytes) and the content itself is sound.
          let raw: unknown;
          try {
            raw = JSON.parse(new TextDecoder().decode(bytes));
          } catch {
            raw = undefined;
          }
          if (isObj(raw)) {
            const { checksum: _sum, ...content } = raw;
            const contentOk = parseUnitBackup(content).ok;
            for (const mode of ['asNew', 'replace'] as const) {
              await restoreUnitBackup(db, content as unknown as UnitBackup, { mode, actor: '模糊测试', now: '2030-01-01T00:00:00.000Z', appVersion: 'fuzz' }).then(
                () => {
                  if (!contentOk) stats.acceptedAgainstRules.push(`${label}: the repository wrote content the rules refuse (${mode})`);
                },
                (e: unknown) => {
                  if (!(e instanceof UserError)) throw e;
                },
              );
            }
            if (contentOk) {
              // Sound content restored as a new unit: remove it again before comparing.
              const ids = (await db.units.toArray()).map((u) => u.id).filter((id) => id !== seeded.unit.id);
              await db.transaction('rw', [db.units, db.autoBackups, ...db.unitTables()], async () => {
                for (const id of ids) {
                  for (const t of db.unitTables()) await t.where('unitId').equals(id).delete();
                  await db.units.delete(id);
                }
              });
            }
          }
          if ((await dbHash(db)) !== before) stats.partialWrites.push(label);
          continue;
        }
        stats.accepted += 1;
        k.accepted += 1;
        const same = JSON.stringify(decoded.value) === JSON.stringify(original.value);
        if (same) stats.acceptedUnchanged += 1;
        const copy = await restoreUnitBackup(db, decoded.value, { mode: 'asNew', actor: '模糊测试', now: '2030-01-01T00:00:00.000Z', appVersion: 'fuzz' });
        await checkAccepted(db, copy.unit.id, label, stats);
        // Back to the starting state for the next case.
        await db.transaction('rw', [db.units, ...db.unitTables()], async () => {
          for (const t of db.unitTables()) await t.where('unitId').equals(copy.unit.id).delete();
          await db.units.delete(copy.unit.id);
        });
        if ((await dbHash(db)) !== before) stats.partialWrites.push(`${label}: cleanup left a trace`);
      } catch (e) {
        stats.crashes.push(`${label}: ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 160)}` : String(e)}`);
        if ((await dbHash(db)) !== before) stats.partialWrites.push(`${label} (after a crash)`);
      }
    }
  } finally {
    await db.delete();
  }
  return stats;
}
