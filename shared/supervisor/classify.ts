/**
 * What importing each bundle of a batch would do, before anything is written (R-SUPERVISE):
 * never a silent merge. A unit's newer bundle replaces the older one; the same bundle again
 * changes nothing; an older one is skipped; a known unit whose bundle comes with another key is
 * held until the 督导组 decides. Within one batch, the newest bundle of a unit is the one used.
 */
import { formatChineseDate } from '../util/dates';

export const PREVIEW_STATUSES = ['new', 'newer', 'same', 'older', 'keyMismatch', 'refused'] as const;
export type PreviewStatus = (typeof PREVIEW_STATUSES)[number];

export const PREVIEW_STATUS_LABEL: Record<PreviewStatus, string> = {
  new: '新单位，将导入',
  newer: '比已有的新，将替换',
  same: '与已有的相同，不再导入',
  older: '比已有的旧，跳过',
  keyMismatch: '签名密钥不同，暂存待定',
  refused: '不能导入',
};

/** Statuses whose files are written when the supervisor confirms (a held file is kept aside). */
export const APPLIED_STATUSES: readonly PreviewStatus[] = ['new', 'newer', 'keyMismatch'];

/** A readable bundle of the batch. */
export interface Candidate {
  unitId: string;
  unitName: string;
  bundleId: string;
  publicKey: string;
  fingerprint: string;
  exportedAt: string;
}

/** What the supervisor holds of a unit. */
export interface HeldUnit {
  bundleId: string;
  publicKey: string;
  fingerprint: string;
  exportedAt: string;
}

export interface HeldState {
  /** The current import of each unit, by unit id. */
  current: ReadonlyMap<string, HeldUnit>;
  /** Every bundle kept: current, previous and held ones. */
  kept: ReadonlyMap<string, 'current' | 'previous' | 'held'>;
}

export interface Decision {
  status: Exclude<PreviewStatus, 'refused'>;
  /** One Chinese line saying why. */
  note: string;
}

/** “2005年9月13日 10:05” of an ISO date-time, as written (the exporting PC's own time). */
export function formatExportedAt(iso: string): string {
  const time = iso.slice(11, 16);
  return `${formatChineseDate(iso.slice(0, 10))}${/^\d\d:\d\d$/u.test(time) ? ` ${time}` : ''}`;
}

/**
 * Orders two export times. Each is the exporting PC's local time with its offset; compared as
 * instants, so two PCs in different zones still order right.
 */
export function compareExportedAt(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return ta < tb ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

/** One decision per candidate (same order) against what is held. */
export function classifyBatch(candidates: readonly Candidate[], held: HeldState): Decision[] {
  const out: (Decision | undefined)[] = candidates.map(() => undefined);
  const firstOf = new Map<string, number>();
  candidates.forEach((c, i) => {
    const first = firstOf.get(c.bundleId);
    if (first !== undefined) {
      out[i] = { status: 'same', note: `与本批第 ${first + 1} 个文件是同一份数据包，不再导入` };
      return;
    }
    firstOf.set(c.bundleId, i);
    const role = held.kept.get(c.bundleId);
    if (role === 'current') out[i] = { status: 'same', note: '与已导入的数据包完全相同，不再导入' };
    else if (role === 'held') out[i] = { status: 'same', note: '这份数据包已暂存待定（签名密钥不同），不再重复暂存' };
    else if (role === 'previous') out[i] = { status: 'older', note: '这是此前已被替换的旧数据包，跳过' };
  });

  // The rest, unit by unit: the newest of the batch is the one that counts.
  const byUnit = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    if (out[i]) return;
    byUnit.set(c.unitId, [...(byUnit.get(c.unitId) ?? []), i]);
  });
  for (const [unitId, list] of byUnit) {
    const current = held.current.get(unitId);
    const newestFirst = [...list].sort((a, b) => compareExportedAt(candidates[b].exportedAt, candidates[a].exportedAt) || a - b);
    let winner: number | undefined;
    for (const i of newestFirst) {
      const c = candidates[i];
      if (current && c.publicKey !== current.publicKey) {
        out[i] = {
          status: 'keyMismatch',
          note: `“${c.unitName}”的数据包换了签名密钥（已有的指纹 ${current.fingerprint}，这份的指纹 ${c.fingerprint}），先暂存，请与该单位电话核对后决定`,
        };
        continue;
      }
      if (current && compareExportedAt(c.exportedAt, current.exportedAt) <= 0) {
        out[i] = {
          status: 'older',
          note:
            compareExportedAt(c.exportedAt, current.exportedAt) === 0
              ? `与已导入的数据包导出时间相同（${formatExportedAt(current.exportedAt)}）但内容不同，跳过`
              : `已导入的数据包更新（导出于 ${formatExportedAt(current.exportedAt)}），这份较旧，跳过`,
        };
        continue;
      }
      if (winner === undefined) {
        winner = i;
        out[i] = current
          ? { status: 'newer', note: `替换导出于 ${formatExportedAt(current.exportedAt)} 的数据（替换前的数据包会保留）` }
          : { status: 'new', note: '本机还没有这个单位，将导入' };
        continue;
      }
      const w = candidates[winner];
      out[i] =
        c.publicKey === w.publicKey
          ? { status: 'older', note: `本批第 ${winner + 1} 个文件是这个单位更新的数据包，这份跳过` }
          : {
              status: 'keyMismatch',
              note: `与本批第 ${winner + 1} 个文件是同一单位，但签名密钥不同（指纹 ${c.fingerprint}），先暂存，请与该单位电话核对后决定`,
            };
    }
  }
  return out as Decision[];
}
