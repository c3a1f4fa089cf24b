/**
 * 内设科室 and 二级单位 of a unit, each with its 负责人. Team members 分管 these (not party
 * branches): R-TALK-PAIRS pairs them with the heads, R-ANALYSIS-REVIEW has them review the heads.
 */
import type { WriteContext } from '@shared/audit/types';
import { TEXT_LIMITS } from '@shared/data/fields';
import { OFFICE_KIND_LABEL, type Member, type Office, type OfficeKind } from '@shared/members/types';
import { UserError } from '@shared/util/result';
import { cleanLine } from '@shared/util/text';
import type { PytDb } from '../db';
import { writeUnit } from '../write';
import { requireText } from './errors';

const MAX_NAME = TEXT_LIMITS.officeName;
/** How many names a refusal lists before "等 N 人". */
const NAMES_SHOWN = 8;

export async function listOffices(db: PytDb, unitId: string): Promise<Office[]> {
  const rows = await db.offices.where('unitId').equals(unitId).toArray();
  return rows.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
}

export interface OfficeInput {
  /** Unset: a new office. */
  id?: string;
  name: string;
  /** Default: unchanged, or 内设科室 for a new one. */
  kind?: OfficeKind;
  /** 负责人: a member of the unit; `null` clears it, unset leaves it as it is. */
  headId?: string | null;
  order?: number;
}

/**
 * Creates or changes an office. The name is cleaned (cleanLine) whoever calls; names are unique
 * within the unit, compared cleaned; the head is one of the unit's people.
 */
export async function saveOffice(db: PytDb, unitId: string, input: OfficeInput, ctx: WriteContext): Promise<Office> {
  const name = requireText(cleanLine(input.name ?? ''), '科室或二级单位名称');
  if (name.length > MAX_NAME) throw new UserError(`科室或二级单位名称不能超过 ${MAX_NAME} 个字`);
  return writeUnit(db, unitId, ctx, ['offices', 'members'], async (w) => {
    const all = await db.offices.where('unitId').equals(unitId).toArray();
    const old = input.id ? all.find((o) => o.id === input.id) : undefined;
    if (input.id && !old) throw new UserError('该科室或二级单位不存在或已被删除');
    if (all.some((o) => cleanLine(o.name) === name && o.id !== input.id)) throw new UserError(`已有名为“${name}”的科室或二级单位`);
    const headId = input.headId === undefined ? old?.headId : input.headId || undefined;
    let head: Member | undefined;
    if (headId !== undefined) {
      head = await db.members.get(headId);
      if (!head || head.unitId !== unitId) throw new UserError(`“${name}”的负责人不在本单位名册中`);
    }
    const office: Office = {
      id: old?.id ?? crypto.randomUUID(),
      unitId,
      name,
      kind: input.kind ?? old?.kind ?? 'office',
      order: input.order ?? old?.order ?? all.reduce((max, o) => Math.max(max, o.order + 1), 0),
      ...(headId !== undefined ? { headId } : {}),
    };
    await db.offices.put(office);
    w.audit({
      action: old ? 'office.update' : 'office.create',
      entity: 'office',
      entityId: office.id,
      summary: officeSummary(old, office, head),
    });
    return office;
  });
}

function officeSummary(old: Office | undefined, o: Office, head: Member | undefined): string {
  const label = OFFICE_KIND_LABEL[o.kind];
  const headText = head ? `，负责人 ${head.name}` : '';
  if (!old) return `新增${label} ${o.name}${headText}`;
  const changes: string[] = [];
  if (old.name !== o.name) changes.push(`更名为 ${o.name}`);
  if (old.kind !== o.kind) changes.push(`改为${label}`);
  if (old.headId !== o.headId) changes.push(head ? `负责人改为 ${head.name}` : '取消负责人');
  if (old.order !== o.order) changes.push('调整顺序');
  return `修改${OFFICE_KIND_LABEL[old.kind]} ${old.name}${changes.length > 0 ? `：${changes.join('，')}` : ''}`;
}

function nameList(members: readonly Member[]): string {
  const names = members.map((m) => m.name);
  return names.length > NAMES_SHOWN ? `${names.slice(0, NAMES_SHOWN).join('、')} 等 ${names.length} 人` : names.join('、');
}

/**
 * Refuses, naming them, while anyone works in the office or 分管 it: removing it would silently
 * drop their talks and reviews (R-TALK-PAIRS, R-ANALYSIS-REVIEW).
 */
export async function deleteOffice(db: PytDb, unitId: string, officeId: string, ctx: WriteContext): Promise<void> {
  await writeUnit(db, unitId, ctx, ['offices', 'members'], async (w) => {
    const o = await db.offices.get(officeId);
    if (!o || o.unitId !== unitId) throw new UserError('该科室或二级单位不存在或已被删除');
    const inside = await db.members.where('[unitId+officeId]').equals([unitId, officeId]).toArray();
    const overseers = (await db.members.where('unitId').equals(unitId).toArray()).filter((m) => m.oversees.includes(officeId));
    if (inside.length > 0 || overseers.length > 0) {
      const parts = [
        ...(inside.length > 0 ? [`${nameList(inside)}在此工作`] : []),
        ...(overseers.length > 0 ? [`${nameList(overseers)}分管${o.name}`] : []),
      ];
      throw new UserError(`不能删除“${o.name}”：${parts.join('，')}。请先在人员信息中修改他们的所在科室或分管。`);
    }
    await db.offices.delete(officeId);
    w.audit({ action: 'office.delete', entity: 'office', entityId: officeId, summary: `删除${OFFICE_KIND_LABEL[o.kind]} ${o.name}` });
  });
}
