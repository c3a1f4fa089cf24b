import { expect, test } from '@playwright/test';
import { UnitNav, WelcomePage, pinToday } from './pages/app';

test('R-STAGE-SCHEDULE: a unit that transitioned late moves its dates, and the mobilisation deadline with them', async ({ page }) => {
  await pinToday(page, '2026-09-10T10:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.createUnit({ name: '某县农业局', orgName: '中共某县农业局党组', parentOrg: '中共某县委', year: 2026, contact: '周平' });
  await expect(page.getByTestId('mobilise-card')).toContainText('已超期');

  const nav = new UnitNav(page);
  await nav.go('阶段与验收');
  const study = page.getByTestId('stage-study');
  await study.getByLabel('督导组同志').fill('王督导');
  await study.getByLabel('验收意见').fill('回头看补课到位，同意转段');
  await study.getByTestId('record-acceptance-study').click();
  await expect(study).toContainText('验收合格');

  const analysis = page.getByTestId('stage-analysis');
  await analysis.getByRole('button', { name: '转段较晚，整体顺延' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('实际开始日期').fill('2026年9月10日');
  await dialog.getByLabel('实际开始日期').press('Enter');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(analysis).toContainText('2026年9月10日');
  await expect(analysis).toContainText('2026年10月9日');
  await expect(page.getByTestId('stage-rectify')).toContainText('2026年10月10日');

  await nav.go('工作台');
  await expect(page.getByTestId('mobilise-card')).toContainText('2026年9月13日前完成');
  await expect(page.getByTestId('mobilise-card')).toContainText('还剩 3 天');
});
