/**
 * The bundle's promises, as properties (issue #11): 1,000 random units go through a bundle and
 * come back exactly; 1,000 random byte flips of a bundle are each detected.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, parseUnitBackup, type UnitBackup } from '@shared/backup/format';
import { buildBundle, readBundle } from '@shared/bundle/format';
import { generateKeyPair, signerOf } from '@shared/bundle/keys';
import { rng } from '../fuzz/backupFuzz';

const fixture = readFileSync(fileURLToPath(new URL('../fixtures/backup/unit-backup-v4.json', import.meta.url)));
const base = (): UnitBackup => {
  const r = decodeBackup(fixture);
  if (!r.ok) throw new Error(r.error.join('\n'));
  return r.value;
};

/** Free-text fields whose content any visible text may take (names, notes, opinions …). */
const FREE = new Set(['text', 'note', 'notes', 'place', 'problem', 'measure', 'opinion', 'topic', 'content', 'result', 'summary', 'remedy', 'conclusions']);
const CHARS = '党支部书记委员会分析评议征求意见谈心整改落实群众满意度王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗ABCxyz0123456789，。、（）《》“”：；！？ -·';

function randomText(r: ReturnType<typeof rng>, max: number): string {
  const n = 1 + r.int(max);
  let s = '';
  for (let i = 0; i < n; i++) s += CHARS[r.int(CHARS.length)];
  s = s.trim();
  return s.length > 0 ? s : '意见';
}

/** The fixture's unit with its free texts replaced at random, the audit log cut at random. */
function randomUnit(seed: number): UnitBackup {
  const r = rng(seed);
  const b = structuredClone(base());
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (typeof x === 'string' && FREE.has(k) && r.next() < 0.7) (v as Record<string, unknown>)[k] = randomText(r, Math.min(60, Math.max(x.length, 10)));
        else visit(x);
      }
    }
  };
  visit(b.records);
  b.unit.contact = randomText(r, 10);
  b.records.audit = b.records.audit.slice(0, r.int(b.records.audit.length + 1));
  return b;
}

describe('bundles, as properties', () => {
  it('1,000 random units round-trip through a bundle losslessly', { timeout: 240_000 }, async () => {
    const signer = await signerOf(await generateKeyPair());
    let checked = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const unit = randomUnit(seed);
      // Only units the app itself would accept: the random texts keep within each field's rules.
      if (!parseUnitBackup(JSON.parse(JSON.stringify(unit))).ok) continue;
      const bytes = await buildBundle({ backup: unit, backupBytes: encodeBackup(unit), appVersion: 'prop', exportedAt: '2005-09-30T10:00:00.000+08:00', signer });
      const back = await readBundle(bytes);
      expect(back.ok, `seed ${seed}: ${back.ok ? '' : back.error.join('；')}`).toBe(true);
      if (back.ok) expect(back.value.backup, `seed ${seed}`).toEqual(unit);
      checked += 1;
    }
    // The generator makes units the app accepts, nearly always.
    expect(checked).toBeGreaterThan(950);
  });

  it('1,000 random byte flips of a bundle are each detected, with a Chinese reason', { timeout: 240_000 }, async () => {
    const signer = await signerOf(await generateKeyPair());
    const b = base();
    const bytes = await buildBundle({ backup: b, backupBytes: encodeBackup(b), appVersion: 'prop', exportedAt: '2005-09-30T10:00:00.000+08:00', signer });
    const r = rng(20051001);
    const missed: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const at = r.int(bytes.length);
      const bad = bytes.slice();
      bad[at] ^= 1 << r.int(8);
      const out = await readBundle(bad);
      if (out.ok) missed.push(at);
      else expect(out.error[0]).toMatch(/[\u4e00-\u9fff]/u);
    }
    expect(missed).toEqual([]);
  });
});
