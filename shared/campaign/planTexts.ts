/** R-STAGE-PLAN: checks of the 工作方案's prose before it is saved. */
import { cleanLine, cleanMultiline } from '../util/text';
import { gate, type Gate, type Reason } from '../util/result';
import type { PlanTexts } from './types';

const MAX = 5000;
const LABELS: Record<Exclude<keyof PlanTexts, 'leadingGroup'>, string> = {
  intro: '开头',
  guidingIdeology: '指导思想',
  goals: '目标任务',
  leadership: '组织领导',
  requirements: '工作要求',
};

export function validatePlanTexts(t: PlanTexts): Gate {
  const reasons: Reason[] = [];
  const r = (message: string) => reasons.push({ rule: 'R-STAGE-PLAN', message });
  for (const [key, label] of Object.entries(LABELS) as [keyof typeof LABELS, string][]) {
    const v = t[key] ?? '';
    if (v.length > MAX) r(`“${label}”太长（${v.length} 字），请控制在 ${MAX} 字以内`);
  }
  if (!t.guidingIdeology.trim()) r('请填写指导思想');
  if (!t.goals.trim()) r('请填写目标任务');
  t.leadingGroup.forEach((g, i) => {
    if (!g.role.trim() !== !g.names.trim()) r(`领导小组第 ${i + 1} 行：职务和姓名都要填写`);
  });
  return gate(reasons);
}

/** Trims every part and drops empty rows of the leading group. */
export function cleanPlanTexts(t: PlanTexts): PlanTexts {
  return {
    intro: cleanMultiline(t.intro),
    guidingIdeology: cleanMultiline(t.guidingIdeology),
    goals: cleanMultiline(t.goals),
    leadership: cleanMultiline(t.leadership),
    requirements: cleanMultiline(t.requirements),
    leadingGroup: t.leadingGroup
      .map((g) => ({ role: cleanLine(g.role), names: cleanLine(g.names) }))
      .filter((g) => g.role || g.names),
  };
}
