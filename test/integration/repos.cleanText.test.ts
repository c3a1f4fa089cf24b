/**
 * Text typed or pasted into the campaign's forms is cleaned where it enters, like the roster's:
 * no invisible characters reach the database, so the unit's backup always exports.
 */
import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { isVisibleText } from '@shared/util/text';
import { exportUnitBackup } from '../../renderer/db/repos/backup';
import { recordAcceptance, saveMeeting, savePlanAction, savePlanTexts, setTick, changeThreshold } from '../../renderer/db/repos/campaign';
import { defaultPlanTexts } from '@shared/campaign/planDocument';
import { loadSnapshot } from '../../renderer/db/repos/snapshot';
import { ctx, dbPool, populatedUnit, template } from '../fixtures/backup/testing';

const pool = dbPool('clean-text');
afterEach(() => pool.closeAll());
const dirty = (s: string) => `\u200b${s}\u202e\u00ad\u0007 `;
const c = { ...ctx, template, today: '2005-09-13', actor: '\u200b张书记\u202e' };

it('acceptances, ticks, plan actions and texts, meetings, thresholds and the audit log store clean text', async () => {
  const db = await pool.fresh();
  const unitId = await populatedUnit(db);
  await recordAcceptance(db, unitId, { stageId: 'study', supervisor: dirty('刘振华'), date: '2005-09-01', opinion: dirty('同意'), passed: true }, c);
  await setTick(db, unitId, 'transition.briefing', { done: true, note: dirty('已传达') }, c);
  await savePlanAction(db, unitId, { stageId: 'analysis', title: dirty('走访企业'), description: dirty('每人两家'), due: '2005-09-20' }, c);
  const s = await loadSnapshot(db, unitId, template);
  await savePlanTexts(db, unitId, 'analysis', { ...defaultPlanTexts(s, []), guidingIdeology: dirty('指导思想') }, c);
  await saveMeeting(db, unitId, { kind: 'mobilise', date: '2005-09-02', place: dirty('三楼'), host: dirty('李明'), supervisorsPresent: [dirty('刘振华')], notes: dirty('备注') }, c);
  await changeThreshold(db, unitId, 'satisfactionRate', 0.8, dirty('市委文件'), c);
  const backup = await exportUnitBackup(db, unitId, '0.2.0', ctx.now);
  const texts = JSON.stringify(backup.records).match(/"(?:[^"\\]|\\.)*"/gu)!.map((x) => JSON.parse(x) as string);
  expect(texts.filter((t) => !isVisibleText(t, 'multiline'))).toEqual([]);
  expect(backup.records.acceptances.find((a) => a.opinion === '同意')).toMatchObject({ supervisor: '刘振华', opinion: '同意' });
  expect(backup.records.audit.at(-1)!.actor).toBe('张书记');
});

it('a guiding ideology of invisible characters only is refused as empty', async () => {
  const db = await pool.fresh();
  const unitId = await populatedUnit(db);
  const s = await loadSnapshot(db, unitId, template);
  await expect(savePlanTexts(db, unitId, 'analysis', { ...defaultPlanTexts(s, []), guidingIdeology: '\u200b\u200b' }, c)).rejects.toThrow('请填写指导思想');
});
