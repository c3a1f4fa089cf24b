/**
 * Campaign template (活动模板): stages, steps, checklist items, default dates, thresholds
 * and mandatory plan actions are data in resources/templates, validated here at load.
 * A template is identified by id and version; a unit keeps the version it started with until
 * its ticks are migrated (shared/campaign/templateMigration.ts).
 */
import { z } from 'zod';

/** `MM-DD` inside the campaign year. */
const monthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期应写作 MM-DD，例如 09-04');

const ruleId = z.string().regex(/^R-[A-Z0-9]+(-[A-Z0-9]+)*$/, '规则编号应形如 R-STAGE-PLAN');

export const checklistItemSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** 规定动作: locked, cannot be removed by the unit. */
  mandatory: z.boolean().default(true),
  rule: ruleId.optional(),
  /** Key of a computed measure (shared/campaign/measures.ts); absent = ticked by hand. */
  measure: z.string().optional(),
  /** Default due date in the campaign year. */
  due: monthDay.optional(),
  hint: z.string().optional(),
});

export const stepSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  rules: z.array(ruleId).default([]),
  items: z.array(checklistItemSchema).min(1),
});

export const stageSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** Default schedule in the campaign year (R-STAGE-SCHEDULE). */
  defaultStart: monthDay,
  defaultDue: monthDay,
  /** 回头看 checklist done before the next stage may begin (R-STAGE-LOOKBACK). */
  lookback: z.array(checklistItemSchema).default([]),
  /** Whether entering the next stage needs a 督导组 acceptance (R-STAGE-ACCEPT). */
  acceptanceRequired: z.boolean().default(true),
  steps: z.array(stepSchema).default([]),
});

export const planActionSchema = z.object({
  id: z.string().min(1),
  stageId: z.string().min(1),
  title: z.string().min(1),
  description: z.string().default(''),
  due: monthDay,
  rule: ruleId.optional(),
});

export const thresholdSchema = z.object({
  label: z.string().min(1),
  value: z.number(),
  min: z.number(),
  max: z.number(),
  /** How the value is shown: a ratio as a percentage, or a count of days. */
  unit: z.enum(['ratio', 'days', 'count']),
  rule: ruleId.optional(),
  /** Set by the city (市委), so a unit may change it; the change is recorded. */
  citySet: z.boolean().default(true),
});

const version = z.number().int().min(1);

/**
 * How the checklist item ids of the previous version map to this one: an id absent here keeps its
 * name, a string renames it, null drops the item (and its ticks).
 */
export const templateMigrationSchema = z.object({
  version,
  itemIds: z.record(z.string(), z.string().min(1).nullable()),
});

export const campaignTemplateSchema = z
  .object({
    id: z.string().min(1),
    /** Version of this template id (1, 2, …); a changed checklist is a new version. */
    version,
    migratesFrom: templateMigrationSchema.optional(),
    title: z.string().min(1),
    /** Year the template was written for; dates apply to the unit's own 活动年度. */
    baseYear: z.number().int(),
    stages: z.array(stageSchema).min(1),
    /** Id of the stage this app centres on (分析评议). */
    focusStageId: z.string().min(1),
    deadlines: z.object({
      /** 转段动员 must be done by this date (R-STAGE-MOBILISE). */
      mobilise: monthDay,
    }),
    /** 规定动作 of each stage's work plan (R-STAGE-PLAN). */
    planActions: z.array(planActionSchema).default([]),
    thresholds: z.record(z.string(), thresholdSchema),
    /** Whether members may be graded (R-EVAL-NOGRADE: the 2005 template forbids it). */
    allowGrades: z.boolean(),
    /** Document kinds the campaign produces: keys of DOCUMENT_KINDS (shared/documents), checked at load. */
    documentKinds: z.array(z.string()).default([]),
  })
  .superRefine((t, ctx) => {
    const stageIds = new Set(t.stages.map((s) => s.id));
    if (!stageIds.has(t.focusStageId)) {
      ctx.addIssue({ code: 'custom', path: ['focusStageId'], message: `重点阶段 ${t.focusStageId} 不在阶段列表中` });
    }
    t.stages.forEach((s, i) => {
      // MM-DD strings of one year compare in calendar order.
      if (s.defaultStart > s.defaultDue) {
        ctx.addIssue({ code: 'custom', path: ['stages', i, 'defaultDue'], message: `${s.title}的截止日期早于开始日期` });
      }
    });
    t.planActions.forEach((a, i) => {
      if (!stageIds.has(a.stageId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['planActions', i, 'stageId'],
          message: `方案动作“${a.title}”所属阶段 ${a.stageId} 不存在`,
        });
      }
    });
    const ids = new Set<string>();
    t.stages.forEach((s, si) => {
      const lists: [(string | number)[], { id: string }[]][] = [
        [['stages', si, 'lookback'], s.lookback],
        ...s.steps.map((st, ti): [(string | number)[], { id: string }[]] => [['stages', si, 'steps', ti, 'items'], st.items]),
      ];
      for (const [path, items] of lists) {
        items.forEach((item, ii) => {
          if (ids.has(item.id)) {
            ctx.addIssue({ code: 'custom', path: [...path, ii, 'id'], message: `检查项编号重复：${item.id}` });
          }
          ids.add(item.id);
        });
      }
    });
    if (t.migratesFrom) {
      if (t.migratesFrom.version >= t.version) {
        ctx.addIssue({
          code: 'custom',
          path: ['migratesFrom', 'version'],
          message: `只能从更早的版本迁移（本模板为第 ${t.version} 版）`,
        });
      }
      for (const [from, to] of Object.entries(t.migratesFrom.itemIds)) {
        if (to !== null && !ids.has(to)) {
          ctx.addIssue({ code: 'custom', path: ['migratesFrom', 'itemIds', from], message: `检查项 ${to} 不在本模板中` });
        }
      }
    }
  });

/** Every checklist item of a template: each stage's 回头看 list and the items of its steps. */
export function checklistItems(t: Pick<CampaignTemplate, 'stages'>): ChecklistItemTemplate[] {
  return t.stages.flatMap((s) => [...s.lookback, ...s.steps.flatMap((st) => st.items)]);
}

export type CampaignTemplate = z.infer<typeof campaignTemplateSchema>;
export type StageTemplate = z.infer<typeof stageSchema>;
export type StepTemplate = z.infer<typeof stepSchema>;
export type ChecklistItemTemplate = z.infer<typeof checklistItemSchema>;
export type PlanActionTemplate = z.infer<typeof planActionSchema>;
export type ThresholdTemplate = z.infer<typeof thresholdSchema>;
export type TemplateMigration = z.infer<typeof templateMigrationSchema>;
