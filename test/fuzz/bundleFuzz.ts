/**
 * Fuzzing unit bundles (`.pytb`, shared/bundle/format.ts). Each case is the base bundle mutated:
 *   - bytes: a bit flipped, a byte inserted or deleted, the file cut short (the whole-file
 *     signature must catch every one);
 *   - forged: the unit data's JSON mutated (shared with the backup fuzz), zipped again and signed
 *     again with the same key, so that the mutation meets the data rules rather than the signature;
 *   - parts: a part added, removed or swapped, re-signed.
 * Each goes through `readBundle` and then the importer under test (the supervisor's import) against
 * a database holding the base unit. For each one: no crash (a result, or a UserError with a short
 * Chinese message); a refused file leaves the database's content hash unchanged; an accepted one
 * passes the backup rules. Deterministic from the seed.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { encodeBackup, parseUnitBackup, type UnitBackup } from '../../shared/backup/format';
import { readBundle, signZip } from '../../shared/bundle/format';
import type { Signer } from '../../shared/bundle/keys';
import { UserError } from '../../shared/util/result';
import { mutateBytes, mutateTree, rng, type Rng } from './backupFuzz';

export interface BundleFuzzStats {
  cases: number;
  refused: number;
  accepted: number;
  crashes: string[];
  partialWrites: string[];
  acceptedAgainstRules: string[];
  badMessages: string[];
  byKind: Record<string, { refused: number; accepted: number }>;
}

/** What the fuzz drives past readBundle: the import, and a hash of everything it may write. */
export interface BundleImporter {
  /** Imports the file; throws a UserError (or returns refused) for a file it will not take. */
  importBundle(bytes: Uint8Array): Promise<{ imported: boolean; reasons?: string[] }>;
  contentHash(): Promise<string>;
}

const CJK = /[\u4e00-\u9fff]/u;
const MAX_MESSAGE = 400;

async function forge(r: Rng, base: Uint8Array, signer: Signer): Promise<{ bytes: Uint8Array; kind: string }> {
  const parts = unzipSync(base);
  const manifest = JSON.parse(new TextDecoder().decode(parts['manifest.json'])) as { parts: { path: string; bytes: number; sha256: string }[] };
  const { sha256 } = await import('@noble/hashes/sha2.js');
  const { bytesToHex } = await import('@noble/hashes/utils.js');
  const relist = (files: Record<string, Uint8Array>) => {
    manifest.parts = Object.entries(files)
      .filter(([p]) => p !== 'manifest.json')
      .map(([path, b]) => ({ path, bytes: b.length, sha256: bytesToHex(sha256(b)) }));
    return { ...files, 'manifest.json': strToU8(JSON.stringify(manifest, null, 2)) };
  };
  if (r.next() < 0.8) {
    const tree = JSON.parse(new TextDecoder().decode(parts['unit.json'])) as Record<string, unknown>;
    const kind = mutateTree(r, tree);
    const { checksum: _c, ...content } = tree;
    const data = encodeBackup(content as unknown as UnitBackup);
    return { bytes: await signZip(zipSync(relist({ ...parts, 'unit.json': data })), signer), kind: `forged data: ${kind}` };
  }
  const op = r.int(3);
  if (op === 0) return { bytes: await signZip(zipSync(relist({ ...parts, [`documents/${r.pick(['a', '../x', 'b/c', '王'])}.docx`]: strToU8('x') })), signer), kind: 'forged: part added' };
  if (op === 1) {
    const { 'unit.json': _gone, ...rest } = parts;
    return { bytes: await signZip(zipSync(relist(rest)), signer), kind: 'forged: data removed' };
  }
  return { bytes: await signZip(zipSync({ ...parts, 'unit.json': parts['manifest.json'] }), signer), kind: 'forged: parts swapped' };
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
  const stats: BundleFuzzStats = { cases: 0, refused: 0, accepted: 0, crashes: [], partialWrites: [], acceptedAgainstRules: [], badMessages: [], byKind: {} };
  for (let i = 0; i < opts.cases; i++) {
    opts.onProgress?.(i);
    stats.cases += 1;
    const { bytes, kind } = r.next() < 0.5 ? mutateBytes(r, opts.base) : await forge(r, opts.base, opts.signer);
    const label = `#${i} ${kind}`;
    const k = (stats.byKind[kind.replace(/: .*$/u, '')] ??= { refused: 0, accepted: 0 });
    const before = await opts.importer.contentHash();
    try {
      const read = await readBundle(bytes);
      let reasons: string[] = [];
      let imported = false;
      if (read.ok) {
        try {
          const out = await opts.importer.importBundle(bytes);
          imported = out.imported;
          reasons = out.reasons ?? [];
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          reasons = [e.message];
        }
      } else {
        reasons = read.error;
      }
      if (imported) {
        stats.accepted += 1;
        k.accepted += 1;
        const again = read.ok ? parseUnitBackup(JSON.parse(JSON.stringify(read.value.backup))) : { ok: false as const, error: ['?'] };
        if (!again.ok) stats.acceptedAgainstRules.push(`${label}: ${again.error[0]}`);
      } else {
        stats.refused += 1;
        k.refused += 1;
        if (reasons.length === 0 && read.ok) {
          // Taken as it is: the same bundle as the one held, nothing to do.
        }
        for (const m of reasons) if (!CJK.test(m) || m.length > MAX_MESSAGE) stats.badMessages.push(`${label}: ${m.slice(0, 120)}`);
        if ((await opts.importer.contentHash()) !== before) stats.partialWrites.push(label);
      }
    } catch (e) {
      stats.crashes.push(`${label}: ${e instanceof Error ? e.message.slice(0, 200) : String(e)}`);
    }
  }
  return stats;
}
