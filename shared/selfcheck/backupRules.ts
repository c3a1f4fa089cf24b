/**
 * What a backup's 阶段自查 records must also satisfy beyond their declaration (schema.ts checks
 * each record alone): a stage of the unit's template, one self-inspection per stage, declared
 * ready no earlier than its report was exported. To be wired into shared/backup/rules.ts
 * `checkBackupRules`.
 */
import type { CampaignTemplate } from '../campaign/template';
import { excerpt } from '../util/excerpt';
import type { SelfCheck } from './types';

export function selfCheckBackupProblems(r: { selfChecks: readonly SelfCheck[] }, template: CampaignTemplate): string[] {
  const out: string[] = [];
  const stages = new Set(template.stages.map((s) => s.id));
  const seen = new Set<string>();
  r.selfChecks.forEach((c, i) => {
    const at = `records.selfChecks[${i}]`;
    if (!stages.has(c.stageId)) out.push(`${at}.stageId: 活动模板中没有阶段“${excerpt(c.stageId)}”`);
    if (seen.has(c.stageId)) out.push(`${at}.stageId: 同一阶段只能有一份阶段自查`);
    seen.add(c.stageId);
    if (c.reportOn !== undefined && c.readyOn !== undefined && c.readyOn < c.reportOn) out.push(`${at}.readyOn: 提请验收的日期早于导出自查报告的日期`);
  });
  return out;
}
