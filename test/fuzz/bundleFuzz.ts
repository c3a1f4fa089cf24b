/**
 * Fuzzing unit bundles (`.pytb`, shared/bundle/format.ts) through the supervisor's import. Each
 * case is the base bundle changed one way:
 *   - bytes: a bit flipped, a byte inserted or deleted, the file cut short (the whole-file
 *     signature must catch every one); signature: unsigned, another file's signature, another key;
 *   - data / manifest: unit.json or manifest.json mutated (the mutations of the backup fuzz),
 *     zipped and signed again with the unit's key, so that they meet the data rules rather than
 *     the signature; parts: a part added, removed, renamed, replaced, duplicated, re-signed;
 *   - sound files: the unit's later or earlier export, a harmless edit; the same bundle again;
 *     another unit (its own ids, or the base unit's record ids); and such files signed by another
 *     installation's key (a known unit's must be held, never written into its data).
 * Each goes through the importer (the supervisor's preview and import, ./supervisorImporter.ts)
 * against a workspace holding the base unit. For each one: no crash; a file refused (or the same,
 * or older) leaves every table as it was, with a short Chinese reason; a held one only keeps the
 * file aside; an accepted one is written whole and passes the backup rules; the outcome is the
 * one the file calls for where that is known. The workspace goes back to its base state after a
 * case that wrote. Deterministic from the seed (but for the fresh keys' bytes).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { encodeBackup, type UnitBackup } from '../../shared/backup/format';
import { readBundle, signZip } from '../../shared/bundle/format';
import { generateKeyPair, signerOf, toBase64, type Signer } from '../../shared/bundle/keys';
import { mutateBytes, mutateTree, rng, type Rng } from './backupFuzz';

export type ImportStatus = 'imported' | 'replaced' | 'same' | 'older' | 'held' | 'refused';

/** What the fuzz drives: the import, a hash per table of everything it may write, and checks. */
export interface BundleImporter {
  importBundle(bytes: Uint8Array): Promise<{ status: ImportStatus; reasons: string[] }>;
  tableHashes(): Promise<Record<string, string>>;
  checkHeld(bytes: Uint8Array, changed: readonly string[]): Promise<string[]>;
  checkAccepted(status: ImportStatus, bytes: Uint8Array, data: UnitBackup, changed: readonly string[]): Promise<string[]>;
  /** Back to the base state: the tables given. */
  reset(tables: readonly string[]): Promise<void>;
}

export interface BundleFuzzStats {
  cases: number;
  /** Not written: refused, or the same bundle, or an older one. */
  refused: number;
  /** Written: a new unit, or a unit replaced. */
  accepted: number;
  held: number;
  byStatus: Record<ImportStatus, number>;
  crashes: string[];
  partialWrites: string[];
  acceptedAgainstRules: string[];
  wrongOutcomes: string[];
  badMessages: string[];
  byKind: Record<string, Partial<Record<ImportStatus, number>>>;
}

type Json = unknown;
type Obj = Record<string, Json>;
type Files = Record<string, Uint8Array>;
const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const CJK = /[\u4e00-\u9fff]/u;
const MAX_MESSAGE = 400;
const MANIFEST = 'manifest.json';
const DATA = 'unit.json';
const MTIME = new Date(Date.UTC(2000, 0, 1));
const SIGNATURE_TAIL = 6 + 88;
/** applyBundles' words for an error that was not a refusal (a crash inside the import). */
const UNEXPECTED = '导入时出错';
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const hex = (b: Uint8Array) => bytesToHex(sha256(b));

interface Ctx {
  base: Uint8Array;
  parts: Files;
  manifest: Obj;
  data: Obj;
  signer: Signer;
  other: Signer;
}

interface Case {
  bytes: Uint8Array;
  kind: string;
  /** The outcomes the file allows, when known. */
  expect?: readonly ImportStatus[];
  /** A word the reason must hold (the refusal's cause, when known). */
  reason?: RegExp;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function zip(files: Files): Uint8Array {
  const z: Zippable = {};
  if (files[MANIFEST]) z[MANIFEST] = files[MANIFEST];
  for (const [p, b] of Object.entries(files)) if (p !== MANIFEST) z[p] = p.endsWith('.docx') ? [b, { level: 0 }] : b;
  return zipSync(z, { level: 6, mtime: MTIME });
}

/** The manifest listing the files given (all but itself), and the files with it. */
function relisted(manifest: Obj, files: Files): Files {
  const m = { ...manifest, parts: Object.entries(files).filter(([p]) => p !== MANIFEST).map(([path, b]) => ({ path, bytes: b.length, sha256: hex(b) })) };
  return { ...files, [MANIFEST]: strToU8(`${JSON.stringify(m, null, 2)}\n`) };
}

/** The data's bytes: checksummed again, or with whatever checksum the tree holds. */
function dataBytes(tree: Obj, resum = true): Uint8Array {
  if (!resum) return strToU8(JSON.stringify(tree, null, 2));
  const { checksum: _c, ...content } = tree;
  return encodeBackup(content as unknown as UnitBackup);
}

/** The manifest's record counts brought in line with the data, where the data has lists. */
function recount(manifest: Obj, tree: Obj): Obj {
  const counts = isObj(manifest.counts) ? { ...manifest.counts } : {};
  const records = tree.records;
  if (isObj(records)) for (const k of Object.keys(counts)) if (Array.isArray(records[k])) counts[k] = records[k].length;
  return { ...manifest, counts };
}

/** An ISO date-time `minutes` from `iso`, written as the exporting PC writes it (+08:00). */
function shifted(iso: string, minutes: number): string {
  const t = Date.parse(iso) + minutes * 60_000 + 8 * 3_600_000;
  return new Date(t).toISOString().replace('Z', '+08:00');
}

const sign = (files: Files, signer: Signer) => signZip(zip(files), signer);

/** A harmless edit: a line of Chinese text somewhere in the unit's records gets a few words more. */
function harmlessEdit(r: Rng, tree: Obj): void {
  const records = tree.records as Record<string, Obj[]>;
  const spots: [Obj, string][] = [];
  for (const list of Object.values(records)) {
    for (const row of list) for (const [k, v] of Object.entries(row)) if (typeof v === 'string' && CJK.test(v) && v.length < 60 && !/name|Name$/u.test(k)) spots.push([row, k]);
  }
  const unit = tree.unit as Obj;
  spots.push([unit, 'contact']);
  const [row, k] = r.pick(spots);
  row[k] = `${String(row[k])}${r.pick(['（补）', '等', '（已核实）', '，已整改'])}`;
}

/** The data under another unit id: with its own record ids too (a new unit), or with the base's. */
function anotherUnit(tree: Obj, ownIds: boolean): Obj {
  const unit = tree.unit as Obj;
  const map = new Map<string, string>([[String(unit.id), `${String(unit.id)}-2`]]);
  if (ownIds) for (const list of Object.values(tree.records as Record<string, Obj[]>)) for (const row of list) if (typeof row.id === 'string') map.set(row.id, `${row.id}-2`);
  const walk = (v: Json): Json => (typeof v === 'string' ? (map.get(v) ?? v) : Array.isArray(v) ? v.map(walk) : isObj(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)])) : v);
  const out = walk(tree) as Obj;
  (out.unit as Obj).name = `${String(unit.name).slice(0, 50)}（二）`;
  return out;
}

/** A later (or same-time, or earlier) export of the unit, edited or not, by the signer given. */
async function reexport(c: Ctx, r: Rng, when: 'later' | 'same' | 'earlier', edit: boolean, signer: Signer, tree = clone(c.data)): Promise<Uint8Array> {
  const at = when === 'same' ? String(c.manifest.exportedAt) : shifted(String(c.manifest.exportedAt), (when === 'later' ? 1 : -1) * (60 + r.int(60 * 24 * 30)));
  if (edit) harmlessEdit(r, tree);
  tree.exportedAt = at;
  const unit = tree.unit as Obj;
  const manifest = { ...recount(c.manifest, tree), exportedAt: at, unit: { id: unit.id, name: unit.name, year: unit.year }, publicKey: toBase64(signer.publicKey) };
  return sign(relisted(manifest, { ...c.parts, [DATA]: dataBytes(tree) }), signer);
}

const later = (r: Rng) => r.next() < 0.7;
const WRITTEN: readonly ImportStatus[] = ['imported', 'replaced'];
const NOT_WRITTEN: readonly ImportStatus[] = ['refused', 'same', 'older'];

async function signatureCase(c: Ctx, r: Rng): Promise<Case> {
  const expect = ['refused'] as const;
  switch (r.int(4)) {
    case 0:
      return { bytes: zip(c.parts), kind: 'signature: none', expect };
    case 1: {
      const other = await reexport(c, r, 'later', true, c.signer);
      const out = other.slice();
      out.set(c.base.subarray(c.base.length - SIGNATURE_TAIL), other.length - SIGNATURE_TAIL);
      return { bytes: out, kind: 'signature: another file’s', expect };
    }
    case 2:
      // Signed by another key while the manifest names the unit's key.
      return { bytes: await sign(c.parts, c.other), kind: 'signature: another key, the unit’s key named', expect };
    default: {
      const manifest = { ...c.manifest, publicKey: toBase64(c.other.publicKey) };
      return { bytes: await sign({ ...c.parts, [MANIFEST]: strToU8(JSON.stringify(manifest)) }, c.signer), kind: 'signature: another key named', expect };
    }
  }
}

async function dataCase(c: Ctx, r: Rng, signer: Signer): Promise<Case> {
  const tree = clone(c.data);
  const op = mutateTree(r, tree);
  const resum = r.next() < 0.9;
  const when = later(r);
  const manifest = {
    ...(r.next() < 0.85 ? recount(c.manifest, tree) : c.manifest),
    exportedAt: when ? shifted(String(c.manifest.exportedAt), 60) : c.manifest.exportedAt,
    publicKey: toBase64(signer.publicKey),
  };
  const bytes = await sign(relisted(manifest, { ...c.parts, [DATA]: dataBytes(tree, resum) }), signer);
  if (signer === c.other) return { bytes, kind: `other key: data ${op}`, expect: ['held', 'refused'] };
  return { bytes, kind: `data: ${op}${resum ? '' : ' (old checksum)'}`, expect: when ? undefined : NOT_WRITTEN };
}

async function manifestCase(c: Ctx, r: Rng): Promise<Case> {
  const manifest = clone(c.manifest);
  const op = mutateTree(r, manifest);
  const files = { ...c.parts, [MANIFEST]: strToU8(JSON.stringify(manifest, null, 2)) };
  return { bytes: await sign(files, c.signer), kind: `manifest: ${op}` };
}

async function partsCase(c: Ctx, r: Rng): Promise<Case> {
  const docs = Object.keys(c.parts).filter((p) => p.startsWith('documents/'));
  const doc = r.pick(docs);
  const manifest = later(r) ? { ...c.manifest, exportedAt: shifted(String(c.manifest.exportedAt), 30) } : c.manifest;
  const { [doc]: _gone, ...withoutDoc } = c.parts;
  const { [DATA]: _data, ...withoutData } = c.parts;
  const signed = (files: Files, kind: string, expect?: readonly ImportStatus[], reason?: RegExp) => sign(files, c.signer).then((bytes) => ({ bytes, kind: `parts: ${kind}`, expect, reason }));
  const refused = ['refused'] as const;
  switch (r.int(12)) {
    case 0: {
      const name = r.pick(['documents/../x.docx', 'documents/a/b.docx', 'documents/x.doc', 'evil.exe', `documents/${'长'.repeat(300)}.docx`, 'manifest.json.bak']);
      return signed(relisted(manifest, { ...c.parts, [name]: strToU8('x') }), 'bad part name listed', refused);
    }
    case 1:
      return signed({ ...c.parts, 'documents/多出来的.docx': strToU8('x') }, 'part not listed', refused, /清单以外/u);
    case 2:
      return signed(relisted(manifest, withoutData), 'data removed', refused);
    case 3:
      return signed({ ...c.parts, [DATA]: c.parts[MANIFEST] }, 'data and manifest swapped', refused);
    case 4:
      return signed(withoutDoc, 'listed part missing', refused, /缺少/u);
    case 5:
      return signed({ ...c.parts, [doc]: strToU8('changed') }, 'part changed, manifest not', refused, /与清单不符/u);
    case 6:
      return signed(relisted(manifest, withoutDoc), 'document removed');
    case 7:
      return signed(relisted(manifest, { ...c.parts, [doc]: strToU8(`另一份材料 ${r.int(1000)}`) }), 'document replaced');
    case 8:
      return signed(relisted(manifest, { ...withoutDoc, 'documents/王.docx': c.parts[doc] }), 'document renamed');
    case 9: {
      // Two entries of one name: written under two names of equal length, then one renamed in place.
      const a = strToU8('documents/甲.docx');
      const b = strToU8('documents/乙.docx');
      const z = zip(relisted(manifest, { ...c.parts, 'documents/甲.docx': strToU8('one'), 'documents/乙.docx': strToU8('two') }));
      for (let i = 0; i + b.length <= z.length; i++) if (b.every((x, k) => z[i + k] === x)) z.set(a, i);
      return { bytes: await signZip(z, c.signer), kind: 'parts: duplicate name', expect: refused };
    }
    case 10: {
      const { [MANIFEST]: _m, ...rest } = c.parts;
      return signed(rest, 'manifest removed', refused);
    }
    default:
      return signed(relisted(manifest, { ...c.parts, [DATA]: c.parts[doc] }), 'data replaced by a document', refused);
  }
}

async function soundCase(c: Ctx, r: Rng): Promise<Case> {
  const x = r.next();
  if (x < 0.12) return { bytes: c.base, kind: 'same bundle again', expect: ['same'] };
  if (x < 0.5) {
    const edit = r.next() < 0.6;
    return { bytes: await reexport(c, r, 'later', edit, c.signer), kind: `re-export later${edit ? ', edited' : ''}`, expect: edit ? ['replaced', 'refused'] : ['replaced'] };
  }
  if (x < 0.6) {
    const when = r.pick(['same', 'earlier'] as const);
    return { bytes: await reexport(c, r, when, true, c.signer), kind: `re-export ${when === 'same' ? 'same time' : 'earlier'}, edited`, expect: ['older', 'refused'] };
  }
  if (x < 0.85) {
    const edit = r.next() < 0.5;
    return { bytes: await reexport(c, r, r.pick(['later', 'same', 'earlier'] as const), edit, c.other), kind: `other key: re-export${edit ? ', edited' : ''}`, expect: edit ? ['held', 'refused'] : ['held'] };
  }
  const own = r.next() < 0.5;
  const signer = r.next() < 0.7 ? c.signer : c.other;
  const bytes = await reexport(c, r, 'same', false, signer, anotherUnit(c.data, own));
  return own
    ? { bytes, kind: 'another unit', expect: ['imported'] }
    : { bytes, kind: 'another unit with the base’s record ids', expect: ['refused'], reason: /记录编号/u };
}

async function makeCase(c: Ctx, r: Rng): Promise<Case> {
  const x = r.next();
  if (x < 0.4) {
    const m = mutateBytes(r, c.base);
    return { bytes: m.bytes, kind: `bytes: ${m.kind}`, expect: ['refused'] };
  }
  if (x < 0.44) return signatureCase(c, r);
  if (x < 0.72) return dataCase(c, r, r.next() < 0.9 ? c.signer : c.other);
  if (x < 0.78) return manifestCase(c, r);
  if (x < 0.88) return partsCase(c, r);
  return soundCase(c, r);
}

export async function runBundleFuzz(opts: {
  base: Uint8Array;
  signer: Signer;
  importer: BundleImporter;
  cases: number;
  seed: number;
  onProgress?: (i: number) => void;
}): Promise<BundleFuzzStats> {
  const r = rng(opts.seed);
  const parts = unzipSync(opts.base);
  const ctx: Ctx = {
    base: opts.base,
    parts,
    manifest: JSON.parse(text(parts[MANIFEST])) as Obj,
    data: JSON.parse(text(parts[DATA])) as Obj,
    signer: opts.signer,
    other: await signerOf(await generateKeyPair()),
  };
  const stats: BundleFuzzStats = {
    cases: 0,
    refused: 0,
    accepted: 0,
    held: 0,
    byStatus: { imported: 0, replaced: 0, same: 0, older: 0, held: 0, refused: 0 },
    crashes: [],
    partialWrites: [],
    acceptedAgainstRules: [],
    wrongOutcomes: [],
    badMessages: [],
    byKind: {},
  };
  const baseHashes = await opts.importer.tableHashes();
  const changedTables = (now: Record<string, string>) => Object.keys(baseHashes).filter((t) => now[t] !== baseHashes[t]);
  for (let i = 0; i < opts.cases; i++) {
    opts.onProgress?.(i);
    stats.cases += 1;
    const c = await makeCase(ctx, r);
    const label = `#${i} ${c.kind}`;
    try {
      const out = await opts.importer.importBundle(c.bytes);
      stats.byStatus[out.status] += 1;
      const k = (stats.byKind[c.kind] ??= {});
      k[out.status] = (k[out.status] ?? 0) + 1;
      if (WRITTEN.includes(out.status)) stats.accepted += 1;
      else if (out.status === 'held') stats.held += 1;
      else stats.refused += 1;
      if (c.expect && !c.expect.includes(out.status)) stats.wrongOutcomes.push(`${label}: ${out.status}, expected ${c.expect.join(' or ')} (${out.reasons.join('；').slice(0, 120)})`);
      if (c.reason && out.status === 'refused' && !out.reasons.some((m) => c.reason!.test(m))) stats.wrongOutcomes.push(`${label}: refused for another reason: ${out.reasons.join('；').slice(0, 120)}`);
      for (const m of out.reasons) if (m.startsWith(UNEXPECTED)) stats.crashes.push(`${label}: ${m.slice(0, 200)}`);
      if (!WRITTEN.includes(out.status)) {
        if (out.reasons.length === 0) stats.badMessages.push(`${label}: no reason`);
        // A note lists a file's problems joined by '；' (up to the backup's cap of 20): each one short and Chinese.
        for (const m of out.reasons.flatMap((x) => x.split('；'))) if (!CJK.test(m) || m.length > MAX_MESSAGE) stats.badMessages.push(`${label}: ${m.slice(0, 120)}`);
      }
      const changed = changedTables(await opts.importer.tableHashes());
      if (NOT_WRITTEN.includes(out.status)) {
        if (changed.length > 0) stats.partialWrites.push(`${label}: ${out.status}, yet ${changed.join(', ')} changed`);
      } else if (out.status === 'held') {
        for (const p of await opts.importer.checkHeld(c.bytes, changed)) stats.partialWrites.push(`${label}: ${p}`);
      } else {
        const read = await readBundle(c.bytes);
        if (!read.ok) stats.acceptedAgainstRules.push(`${label}: accepted a file that does not read: ${read.error[0]}`);
        else for (const p of await opts.importer.checkAccepted(out.status, c.bytes, read.value.backup, changed)) stats.acceptedAgainstRules.push(`${label}: ${p}`);
      }
      if (changed.length > 0) {
        await opts.importer.reset(changed);
        const left = changedTables(await opts.importer.tableHashes());
        if (left.length > 0) throw new Error(`the workspace did not go back to its base state (${left.join(', ')})`);
      }
    } catch (e) {
      stats.crashes.push(`${label}: ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}` : String(e)}`);
      const left = changedTables(await opts.importer.tableHashes());
      if (left.length > 0) {
        stats.partialWrites.push(`${label} (after a crash): ${left.join(', ')}`);
        await opts.importer.reset(left);
      }
    }
  }
  return stats;
}
