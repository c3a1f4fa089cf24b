import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readBundle } from '@shared/bundle/format';
import { fingerprint, generateKeyPair, signerOf } from '@shared/bundle/keys';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { openDb, type PytDb } from '../../renderer/db/db';
import { recordAcceptance } from '../../renderer/db/repos/campaign';
import { createUnit } from '../../renderer/db/repos/units';
import { bundleFileName, makeUnitBundle } from '../../renderer/features/handover/exportBundle';

const template = defaultTemplate();
const ctx = { actor: '张书记', now: '2005-09-02T09:00:00.000+08:00', today: '2005-09-02', template };
const open: PytDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('the unit’s bundle from its data', () => {
  it('holds the unit’s records and chosen documents, signed with the installation key, named <单位名>-<date>.pytb', async () => {
    const db = await openDb(`bundle-unit-${crypto.randomUUID()}`);
    open.push(db);
    const unit = await createUnit(db, { name: '示例市财政局', orgName: '中共示例市财政局机关委员会', parentOrg: '', year: 2005, contact: '' }, ctx);
    await recordAcceptance(db, unit.id, { stageId: 'study', supervisor: '王督导', date: '2005-09-01', opinion: '同意转段', passed: true }, ctx);
    const signer = await signerOf(await generateKeyPair());
    const docx = { name: '中共示例市财政局机关委员会分析评议阶段工作方案.docx', bytes: new Uint8Array([80, 75, 5, 6, ...new Array(18).fill(0)]) };
    const { bytes, fileName } = await makeUnitBundle({ db, unitId: unit.id, signer, documents: [docx], appVersion: '0.1.0', now: ctx.now, today: ctx.today });
    expect(fileName).toBe('示例市财政局-2005-09-02.pytb');
    const r = await readBundle(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.fingerprint).toBe(fingerprint(signer.publicKey));
    expect(r.value.manifest.unit).toEqual({ id: unit.id, name: '示例市财政局', year: 2005 });
    expect(r.value.backup.records.acceptances).toHaveLength(1);
    expect(r.value.backup.records.acceptanceReceipts).toEqual([]);
    expect(r.value.documents.map((d) => d.name)).toEqual([docx.name]);
    expect(bundleFileName('a/b:c', '2005-09-02')).toBe('a_b_c-2005-09-02.pytb');
  });
});
