/** Meeting records; for now the 转段动员会 (R-STAGE-MOBILISE). */
import { cleanLine, cleanMultiline } from '@shared/util/text';
import { z } from 'zod';
import { MEETING_KIND_LABEL, MEETING_KINDS, type Meeting } from '@shared/campaign/types';
import { formatChineseDate, isValidIsoDate } from '@shared/util/dates';
import { UserError } from '@shared/util/result';
import type { PytDb } from '../db';
import { writeUnit } from '../write';
import type { CampaignContext } from './context';
import { failIf } from './errors';

const text = (label: string, max: number) => z.string().overwrite(cleanLine).max(max, `${label}不能超过 ${max} 个字`);
const paragraph = (label: string, max: number) => z.string().overwrite(cleanMultiline).max(max, `${label}不能超过 ${max} 个字`);

const meetingInputSchema = z.object({
  id: z.string().optional(),
  kind: z.enum(MEETING_KINDS, { message: '会议类别无效' }),
  branchId: z.string().optional(),
  date: z.string().refine(isValidIsoDate, '请填写正确的会议日期'),
  place: text('会议地点', 60).min(1, '请填写会议地点'),
  host: text('主持人', 20).min(1, '请填写主持人'),
  speaker: text('动员讲话人', 20).optional(),
  keyStaffTrained: z.boolean().optional(),
  supervisorsPresent: z.array(text('督导组参会人员', 20)).transform((names) => names.filter(Boolean)),
  notes: paragraph('备注', 2000).optional(),
});
export type MeetingInput = z.input<typeof meetingInputSchema>;

/** Creates (no `id`) or updates a meeting; a date in the future is a planned meeting. */
export async function saveMeeting(db: PytDb, unitId: string, input: MeetingInput, ctx: CampaignContext): Promise<Meeting> {
  const parsed = meetingInputSchema.safeParse(input);
  if (!parsed.success) failIf([...new Set(parsed.error.issues.map((i) => i.message))]);
  const m = parsed.data!;
  if (m.kind === 'orgLife' && !m.branchId) throw new UserError('专题组织生活会须选择党支部');
  return writeUnit(db, unitId, ctx, ['branches', 'meetings'], async (w) => {
    if (m.branchId) {
      const b = await db.branches.get(m.branchId);
      if (!b || b.unitId !== unitId) throw new UserError('所选党支部不存在');
    }
    const old = m.id ? await db.meetings.get(m.id) : undefined;
    if (m.id && (!old || old.unitId !== unitId)) throw new UserError('该会议记录不存在或已被删除');
    const { id: _id, ...fields } = m;
    const meeting: Meeting = {
      ...dropEmpty(fields),
      kind: m.kind,
      date: m.date,
      place: m.place,
      host: m.host,
      supervisorsPresent: m.supervisorsPresent,
      id: old?.id ?? crypto.randomUUID(),
      unitId,
      createdAt: old?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
    };
    await db.meetings.put(meeting);
    w.audit({
      action: old ? 'meeting.update' : 'meeting.create',
      entity: 'meeting',
      entityId: meeting.id,
      summary: `${old ? '修改' : '登记'}${MEETING_KIND_LABEL[meeting.kind]}（${formatChineseDate(meeting.date)}，${meeting.place}）`,
    });
    return meeting;
  });
}

function dropEmpty<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}
