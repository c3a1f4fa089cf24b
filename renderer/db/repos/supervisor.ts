/**
 * The 督导组's own records in its workspace: its name and member (on its key file and receipts),
 * the 典型 it marks (R-SUPERVISE), and the acceptances (验收) it issues with their signed receipts
 * (R-STAGE-ACCEPT). The imported units' records are never written here.
 */
import { encodeKeyFile, encodeReceipt, RECEIPT_EXTENSION, KEY_FILE_EXTENSION } from '@shared/bundle/receipt';
import { fingerprint, type Signer } from '@shared/bundle/keys';
import { validateAcceptance } from '@shared/campaign/gates';
import { templateFor } from '@shared/campaign/templates';
import { TEXT_LIMITS as L } from '@shared/data/fields';
import type { BoardRow } from '@shared/supervisor/board';
import type { SupervisorAcceptance, SupervisorProfile } from '@shared/supervisor/schema';
import { isValidIsoDate } from '@shared/util/dates';
import { UserError } from '@shared/util/result';
import { cleanLine, cleanMultiline } from '@shared/util/text';
import type { SupervisorDb } from '../supervisorDb';
import { failGate } from './errors';
import { loadSnapshot } from './snapshot';

const PROFILE_KEY = 'profile';
export const NO_GROUP = '请先在“督导组密钥”中填写督导组的名称';

export async function getProfile(db: SupervisorDb): Promise<SupervisorProfile | undefined> {
  return db.supervisorProfile.get(PROFILE_KEY);
}

export async function saveProfile(db: SupervisorDb, input: { group: string; member: string }): Promise<SupervisorProfile> {
  const group = cleanLine(input.group);
  const member = cleanLine(input.member);
  if (!group) throw new UserError('请填写督导组的名称，如“市先进性教育活动第三督导组”');
  if (group.length > L.orgName) throw new UserError(`督导组名称不能超过 ${L.orgName} 个字`);
  if (member.length > L.supervisor) throw new UserError(`姓名不能超过 ${L.supervisor} 个字`);
  const profile: SupervisorProfile = { key: PROFILE_KEY, group, member };
  await db.supervisorProfile.put(profile);
  return profile;
}

const byName = new Intl.Collator('zh-CN');

/** The units with their summaries and 典型 marks, by name. */
export async function listBoard(db: SupervisorDb): Promise<BoardRow[]> {
  const [summaries, marks] = await db.transaction('r', [db.supervisorSummaries, db.supervisorMarks], () =>
    Promise.all([db.supervisorSummaries.toArray(), db.supervisorMarks.toArray()]),
  );
  const byUnit = new Map(marks.map((m) => [m.unitId, m]));
  return summaries
    .sort((a, b) => byName.compare(a.unitName, b.unitName))
    .map((summary) => {
      const m = byUnit.get(summary.unitId);
      return m ? { summary, mark: { note: m.note, by: m.by, date: m.date } } : { summary };
    });
}

async function requireUnit(db: SupervisorDb, unitId: string) {
  const unit = await db.units.get(unitId);
  if (!unit) throw new UserError('这个单位还没有导入，或已被移除');
  return unit;
}

/** Marks a unit 典型 (or changes its note), with who and the day. */
export async function markTypical(db: SupervisorDb, unitId: string, input: { note: string; by: string; date: string }, now: string): Promise<void> {
  const note = cleanMultiline(input.note);
  const by = cleanLine(input.by);
  if (!note) throw new UserError('请写明这个典型好在哪里（一两句即可）');
  if (note.length > L.opinion) throw new UserError(`说明不能超过 ${L.opinion} 个字`);
  if (!by) throw new UserError('请填写标记人的姓名');
  if (by.length > L.supervisor) throw new UserError(`姓名不能超过 ${L.supervisor} 个字`);
  if (!isValidIsoDate(input.date)) throw new UserError('请填写正确的日期');
  await db.transaction('rw', [db.units, db.supervisorMarks], async () => {
    await requireUnit(db, unitId);
    await db.supervisorMarks.put({ unitId, note, by, date: input.date, markedAt: now });
  });
}

export async function unmarkTypical(db: SupervisorDb, unitId: string): Promise<void> {
  await db.supervisorMarks.delete(unitId);
}

export interface AcceptanceDraft {
  unitId: string;
  stageId: string;
  passed: boolean;
  opinion: string;
  date: string;
  supervisor: string;
}

export interface IssuedReceipt {
  acceptance: SupervisorAcceptance;
  /** The signed receipt file (.pytr). */
  bytes: Uint8Array;
  fileName: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** `示例市经济局-学习动员阶段-验收回执-2005-09-13.pytr` */
export function receiptFileName(a: Pick<SupervisorAcceptance, 'unitName' | 'stageTitle' | 'date'>): string {
  return `${a.unitName}-${a.stageTitle}-验收回执-${a.date}.${RECEIPT_EXTENSION}`;
}

/**
 * Records the 督导组's 验收 of a unit's stage (合格, or 不合格需补课) and signs its receipt with
 * this installation's key, for the unit to import (R-STAGE-ACCEPT). Checked as the unit's own
 * acceptance form checks it, against the unit's data plus the acceptances issued here since.
 */
export async function issueAcceptance(
  db: SupervisorDb,
  draft: AcceptanceDraft,
  opts: { signer: Signer; now: string; today: string; makeId?: () => string },
): Promise<IssuedReceipt> {
  const makeId = opts.makeId ?? (() => crypto.randomUUID());
  const input = { ...draft, supervisor: cleanLine(draft.supervisor), opinion: cleanMultiline(draft.opinion) };
  if (input.supervisor.length > L.supervisor) throw new UserError(`姓名不能超过 ${L.supervisor} 个字`);
  if (input.opinion.length > L.opinion) throw new UserError(`验收意见不能超过 ${L.opinion} 个字`);
  const profile = await getProfile(db);
  if (!profile) throw new UserError(NO_GROUP);
  const unit = await requireUnit(db, input.unitId);
  const template = templateFor(unit);
  if (!template.ok) throw new UserError(template.error.join('；'));
  const snapshot = await loadSnapshot(db, unit.id, template.value);
  // What this 督导组 accepted since the bundle was made counts too (stage 2 after stage 1).
  const issued = await db.supervisorAcceptances.where('unitId').equals(unit.id).toArray();
  const withIssued = {
    ...snapshot,
    acceptances: [
      ...snapshot.acceptances,
      ...issued.map((a) => ({ id: a.id, unitId: a.unitId, stageId: a.stageId, supervisor: a.supervisor, date: a.date, opinion: a.opinion, passed: a.passed, recordedAt: a.issuedAt })),
    ],
  };
  failGate(validateAcceptance(input, opts.today, withIssued));
  const stageTitle = template.value.stages.find((s) => s.id === input.stageId)!.title;
  const current = await db.supervisorImports.get(unit.id);
  const receiptId = makeId();
  const bytes = await encodeReceipt(
    {
      receiptId,
      unit: { id: unit.id, name: unit.name },
      stageId: input.stageId,
      passed: input.passed,
      opinion: input.opinion,
      date: input.date,
      supervisor: input.supervisor,
      group: profile.group,
      ...(current ? { bundleId: current.bundleId } : {}),
      issuedAt: opts.now,
    },
    opts.signer,
  );
  const acceptance: SupervisorAcceptance = {
    id: makeId(),
    unitId: unit.id,
    unitName: unit.name,
    stageId: input.stageId,
    stageTitle,
    passed: input.passed,
    opinion: input.opinion,
    date: input.date,
    supervisor: input.supervisor,
    group: profile.group,
    fingerprint: fingerprint(opts.signer.publicKey),
    receiptId,
    ...(current ? { bundleId: current.bundleId } : {}),
    issuedAt: opts.now,
    receipt: decoder.decode(bytes),
  };
  await db.transaction('rw', [db.units, db.supervisorAcceptances], async () => {
    await requireUnit(db, unit.id);
    await db.supervisorAcceptances.add(acceptance);
  });
  return { acceptance, bytes, fileName: receiptFileName(acceptance) };
}

/** The receipt of an acceptance issued here, to hand to the unit again. */
export async function receiptOf(db: SupervisorDb, acceptanceId: string): Promise<IssuedReceipt> {
  const acceptance = await db.supervisorAcceptances.get(acceptanceId);
  if (!acceptance) throw new UserError('这条验收记录已不存在');
  return { acceptance, bytes: encoder.encode(acceptance.receipt), fileName: receiptFileName(acceptance) };
}

/** Every acceptance issued here, newest first; one unit's when given. */
export async function listIssued(db: SupervisorDb, unitId?: string): Promise<SupervisorAcceptance[]> {
  const list = unitId ? await db.supervisorAcceptances.where('unitId').equals(unitId).toArray() : await db.supervisorAcceptances.toArray();
  return list.sort((a, b) => (a.issuedAt < b.issuedAt ? 1 : a.issuedAt > b.issuedAt ? -1 : 0));
}

/** The 督导组's key file (.pytkey) for its units, and the fingerprint they will read back on the phone. */
export async function keyFileOf(db: SupervisorDb, signer: Signer): Promise<{ bytes: Uint8Array; fileName: string; fingerprint: string; group: string }> {
  const profile = await getProfile(db);
  if (!profile) throw new UserError(NO_GROUP);
  return {
    bytes: encodeKeyFile(profile.group, signer.publicKey),
    fileName: `${profile.group}-督导组密钥.${KEY_FILE_EXTENSION}`,
    fingerprint: fingerprint(signer.publicKey),
    group: profile.group,
  };
}
