/**
 * A unit's records checked against the app's own rules — the same validators the forms and the
 * repositories use — before a file (a backup, later a bundle) may write them: the unit as the
 * unit form checks it, each person as the member form and storage check them, every stage, item,
 * plan action and threshold known to the unit's template, thresholds within their range,
 * schedules in order. A looser import schema would be a back door.
 */
import { analysisBackupProblems } from '../analysis/backupRules';
import { opinionBackupProblems } from '../opinions/backupRules';
import { talkBackupProblems } from '../talks/validate';
import { throughoutBackupProblems } from '../throughout/backupRules';
import { selfCheckBackupProblems } from '../selfcheck/backupRules';
import { evaluationBackupProblems } from '../evaluation/backupRules';
import { surveyBackupProblems } from '../survey/backupRules';
import { noticeBackupProblems } from '../notices/backupRules';
import { receiptBackupProblems } from '../bundle/backupRules';
import { meetingBackupProblems } from '../meetings/backupRules';
import { checklistItems } from '../campaign/template';
import { templateFor } from '../campaign/templates';
import { validatePlanTexts } from '../campaign/planTexts';
import { validateScheduleEdit } from '../campaign/schedule';
import type { CampaignTemplate } from '../campaign/template';
import { validateMemberDraft } from '../members/validate';
import type { Member, MemberDraft } from '../members/types';
import { validateUnitDraft } from '../units/validate';
import { excerpt } from '../util/excerpt';
import type { Unit } from '../units/types';
import type { BackupRecords } from './records';

const draftOf = (m: Member): MemberDraft => {
  const { id: _i, unitId: _u, createdAt: _c, updatedAt: _up, ...draft } = m;
  return draft;
};

function unitProblems(unit: Unit): string[] {
  const r = validateUnitDraft({ name: unit.name, orgName: unit.orgName, parentOrg: unit.parentOrg, year: unit.year, contact: unit.contact, phone: unit.phone });
  return r.ok ? [] : r.error.map((e) => `unit: ${e}`);
}

function memberProblems(members: Member[], today: string): string[] {
  const out: string[] = [];
  members.forEach((m, i) => {
    const at = `records.members[${i}]`;
    for (const p of validateMemberDraft(draftOf(m), today)) {
      if (p.level === 'error') out.push(`${at}${p.field ? `.${p.field}` : ''}: ${p.message}`);
    }
    if (m.kind === 'party' && !m.branchId) out.push(`${at}.branchId: 党员${excerpt(m.name, 10)}须有所在党支部`);
    if (m.away && !m.away.place.trim()) out.push(`${at}.away.place: 外出党员${excerpt(m.name, 10)}须填写外出地点`);
  });
  return out;
}

function uniqueNames(list: { name: string }[], table: string, label: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  list.forEach((x, i) => {
    const key = x.name.trim();
    if (seen.has(key)) out.push(`records.${table}[${i}].name: ${label}名称“${excerpt(key, 20)}”重复`);
    seen.add(key);
  });
  return out;
}

function templateProblems(t: CampaignTemplate, r: BackupRecords): string[] {
  const out: string[] = [];
  const stages = new Set(t.stages.map((s) => s.id));
  const items = new Map(checklistItems(t).map((i) => [i.id, i]));
  const actions = new Set(t.planActions.map((a) => a.id));
  const stage = (table: string, list: { stageId: string }[]) =>
    list.forEach((x, i) => {
      if (!stages.has(x.stageId)) out.push(`records.${table}[${i}].stageId: 活动模板中没有阶段“${excerpt(x.stageId)}”`);
    });
  stage('schedules', r.schedules);
  stage('acceptances', r.acceptances);
  stage('planActions', r.planActions);
  stage('planReviews', r.planReviews);
  out.push(...selfCheckBackupProblems(r, t));
  out.push(...evaluationBackupProblems(r, t.allowGrades));
  r.ticks.forEach((x, i) => {
    const item = items.get(x.itemId);
    if (!item) out.push(`records.ticks[${i}].itemId: 活动模板中没有检查项“${excerpt(x.itemId)}”`);
    else if (item.measure) out.push(`records.ticks[${i}].itemId: “${item.title}”由系统根据数据判断，不能手工勾选`);
  });
  r.planActions.forEach((a, i) => {
    if (a.templateActionId !== undefined && !actions.has(a.templateActionId)) {
      out.push(`records.planActions[${i}].templateActionId: 活动模板中没有规定动作“${excerpt(a.templateActionId)}”`);
    }
  });
  for (const [table, list] of [['thresholdOverrides', r.thresholdOverrides], ['thresholdChanges', r.thresholdChanges]] as const) {
    list.forEach((x, i) => {
      const th = t.thresholds[x.key];
      if (!th) {
        out.push(`records.${table}[${i}].key: 活动模板中没有标准“${excerpt(x.key)}”`);
        return;
      }
      // A value in force must be within the template's range; the change history may hold values
      // an older template allowed (the satisfaction floor was raised to the city's 70 %), so only
      // its upper bound and sign are checked.
      const values = 'value' in x ? [['value', x.value, th.min] as const] : [['from', x.from, 0] as const, ['to', x.to, 0] as const];
      for (const [field, v, min] of values) {
        if (v < min || v > th.max) out.push(`records.${table}[${i}].${field}: “${th.label}”应在 ${min} 至 ${th.max} 之间`);
      }
    });
  }
  r.schedules.forEach((s, i) => {
    const g = validateScheduleEdit(t, r.schedules, s);
    if (!g.ok) out.push(...g.reasons.map((x) => `records.schedules[${i}]: ${x.message}`));
  });
  r.planReviews.forEach((p, i) => {
    if (!p.texts) return;
    const g = validatePlanTexts(p.texts);
    if (!g.ok) out.push(...g.reasons.map((x) => `records.planReviews[${i}].texts: ${x.message}`));
  });
  return out;
}

/** Problems of a backup's content against the app's rules; empty when it may be written. */
export function checkBackupRules(b: { unit: Unit; exportedAt: string; records: BackupRecords }): string[] {
  const template = templateFor(b.unit);
  const today = b.exportedAt.slice(0, 10);
  return [
    ...unitProblems(b.unit),
    ...(template.ok ? templateProblems(template.value, b.records) : template.error.map((e) => `unit.templateId: ${e}`)),
    ...memberProblems(b.records.members, today),
    ...uniqueNames(b.records.branches, 'branches', '支部'),
    ...uniqueNames(b.records.offices, 'offices', '科室'),
    ...opinionBackupProblems(b.records),
    ...talkBackupProblems(b.records.talks),
    ...analysisBackupProblems(b.records),
    ...throughoutBackupProblems(b.records),
    ...surveyBackupProblems(b.records),
    ...noticeBackupProblems(b.records),
    ...receiptBackupProblems(b.records),
    ...meetingBackupProblems(b.records),
  ];
}
