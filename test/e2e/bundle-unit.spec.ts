import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { fingerprint, generateKeyPair, signerOf } from '../../shared/bundle/keys';
import { encodeKeyFile, encodeReceipt } from '../../shared/bundle/receipt';
import { UnitNav, WelcomePage, pinToday } from './pages/app';
import { HandoverPage } from './pages/handover';

const SHOTS = process.env.PYT_SHOTS ?? 'test-results/screens';
const GROUP = '市先进性教育活动第三督导组';

test('R-STAGE-ACCEPT: the unit exports a signed bundle, trusts the 督导组 key after comparing its fingerprint, and a signed receipt unlocks the next stage; another unit’s receipt is refused', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    // The CSP's knowing refusals of rc-components' inline styles, and the browser's favicon request.
    const known = m.location().url.endsWith('/favicon.ico') || m.text().includes('Applying inline style violates');
    if ((m.type() === 'error' || m.type() === 'warning') && !known) errors.push(m.text());
  });
  await pinToday(page, '2026-09-10T10:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.createUnit({ name: '某县农业局', orgName: '中共某县农业局党组', parentOrg: '中共某县委', year: 2026, contact: '周平' });
  await expect(page.getByTestId('current-stage')).toBeVisible();

  const handover = new HandoverPage(page);
  await handover.open();
  const own = await handover.ownFingerprint();

  // 1. The bundle: a download the 督导组 reads, signed with the key whose fingerprint the page shows.
  const bundle = await handover.exportBundle(true);
  expect(bundle.name).toBe('某县农业局-2026-09-10.pytb');
  // Read as the 督导组's PC reads it (readBundle, in a separate process: it loads the template JSON).
  const read = JSON.parse(execFileSync('npx', ['tsx', 'test/e2e/pages/readBundleCli.ts', bundle.path], { encoding: 'utf8' })) as {
    ok: boolean;
    error?: string[];
    fingerprint: string;
    unit: { id: string; name: string; year: number };
    documents: string[];
  };
  expect(read.ok, read.error?.join()).toBe(true);
  expect(read.fingerprint).toBe(own);
  expect(read.unit).toMatchObject({ name: '某县农业局', year: 2026 });
  expect(read.documents).toHaveLength(3);
  expect(read.documents).toContain('中共某县农业局党组征求意见表（空白）.docx');
  const unitId = read.unit.id;
  await page.screenshot({ path: `${SHOTS}/handover-page.png`, fullPage: true });

  // The same installation key after a reload (kept in IndexedDB, not made again).
  await page.reload();
  await handover.open();
  expect(await handover.ownFingerprint()).toBe(own);

  // 2. The 督导组's key file: its name and fingerprint shown, kept once confirmed.
  const group = await signerOf(await generateKeyPair());
  await handover.importKeyFile({ name: '第三督导组.pytkey', buffer: Buffer.from(encodeKeyFile(GROUP, group.publicKey)) });
  const dialog = page.getByRole('dialog', { name: '核对督导组密钥指纹' });
  await expect(dialog).toContainText(GROUP);
  await expect(dialog.getByTestId('pending-fingerprint')).toHaveText(fingerprint(group.publicKey));
  await page.waitForTimeout(500); // let the dialog finish opening before the picture
  await page.screenshot({ path: `${SHOTS}/handover-key-dialog.png` });
  await page.getByTestId('trust-key').click();
  await expect(dialog).toBeHidden();
  const keys = page.locator('.ant-card').filter({ hasText: '督导组密钥' });
  await expect(keys.getByRole('row').filter({ hasText: GROUP })).toContainText(fingerprint(group.publicKey));

  // 3. A receipt for another unit: refused with its reason, nothing recorded.
  const receipt = (unit: { id: string; name: string }) =>
    encodeReceipt(
      {
        receiptId: crypto.randomUUID(),
        unit,
        stageId: 'study',
        passed: true,
        opinion: '回头看认真，补课到位，同意转入分析评议阶段',
        date: '2026-09-09',
        supervisor: '刘督导',
        group: GROUP,
        issuedAt: '2026-09-09T16:00:00.000+08:00',
      },
      group,
    );
  await handover.importReceipt({ name: '教育局验收回执.pytr', buffer: Buffer.from(await receipt({ id: crypto.randomUUID(), name: '某县教育局' })) });
  const refusal = page.getByRole('dialog').filter({ hasText: '未导入' });
  await expect(refusal).toContainText('这份验收回执是发给“某县教育局”的，不是本单位的，未采用');
  await page.waitForTimeout(500); // let the dialog finish opening before the picture
  await page.screenshot({ path: `${SHOTS}/handover-receipt-refused.png` });
  await refusal.getByRole('button', { name: '知道了' }).click();
  await expect(page.getByTestId('acceptances')).toContainText('还没有验收记录');

  // 4. This unit's receipt: recorded as an electronic acceptance; the same one again changes nothing.
  const ours = Buffer.from(await receipt({ id: unitId, name: '某县农业局' }));
  await handover.importReceipt({ name: '农业局验收回执.pytr', buffer: ours });
  await expect(page.getByText(/验收回执已核验并记录：学习动员阶段验收合格/)).toBeVisible();
  const rows = page.getByTestId('acceptances').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`电子回执已核验 · ${GROUP} · ${fingerprint(group.publicKey)}`);
  await handover.importReceipt({ name: '农业局验收回执.pytr', buffer: ours });
  await expect(page.getByText(/已经导入过，没有改动/)).toBeVisible();
  await expect(rows).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/handover-receipt-recorded.png`, fullPage: true });

  // 5. The stages page: 学习动员 accepted with its receipt, 分析评议 unlocked; a paper acceptance is marked as such.
  await new UnitNav(page).go('阶段与验收');
  const study = page.getByTestId('stage-study');
  await expect(study).toContainText('验收合格');
  await expect(study.getByTestId('acceptance-source')).toHaveText(`电子回执已核验 · ${GROUP} · ${fingerprint(group.publicKey)}`);
  await expect(page.getByTestId('stage-locked-analysis')).toHaveCount(0);
  const analysis = page.getByTestId('stage-analysis');
  await analysis.getByLabel('督导组同志').fill('王督导');
  await analysis.getByLabel('验收意见').fill('各环节扎实，同意转入整改提高阶段');
  await analysis.getByTestId('record-acceptance-analysis').click();
  await expect(analysis.getByTestId('acceptance-source')).toHaveText('纸质验收（无电子回执）');
  await expect(page.getByTestId('stage-locked-rectify')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/handover-stages.png`, fullPage: true });

  expect(errors).toEqual([]);
});
