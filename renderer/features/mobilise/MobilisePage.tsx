import { useEffect, useMemo } from 'react';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { mobilisationStatus } from '@shared/campaign/mobilise';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useCampaign, useUnit } from '../../app/unitContext';
import { useLeaders } from '../roster/queries';
import { useAction } from '../../app/useAction';
import { saveMeeting } from '../../db/repos/campaign';

interface Values {
  date: Dayjs;
  place: string;
  host: string;
  speaker?: string;
  keyStaffTrained: boolean;
  supervisorsPresent: string[];
  notes?: string;
}

/** R-STAGE-MOBILISE: the 转段工作会议, its speech, key-staff training and 督导组 attendance. */
export function MobilisePage() {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const snapshot = useCampaign();
  const leaders = useLeaders(unit.id) ?? [];
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const status = useMemo(() => (snapshot ? mobilisationStatus(snapshot, today()) : null), [snapshot, today]);
  const meeting = snapshot?.meetings.find((m) => m.id === status?.meetingId);

  // Reload the form only when the saved meeting changes, not on every refresh of the snapshot.
  useEffect(() => {
    if (meeting) {
      form.setFieldsValue({ ...meeting, date: dayjs(meeting.date), keyStaffTrained: !!meeting.keyStaffTrained });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meeting?.id, meeting?.updatedAt, form]);

  if (!snapshot || !status) return null;
  const alertType = status.state === 'done' ? 'success' : status.state === 'overdue' ? 'error' : status.state === 'dueSoon' ? 'warning' : 'info';
  const headline =
    status.state === 'done'
      ? '转段动员已按要求完成'
      : status.state === 'overdue'
        ? `已超过${formatChineseDate(status.deadline)}的时限 ${-status.daysLeft} 天`
        : `须在${formatChineseDate(status.deadline)}前完成，还剩 ${status.daysLeft} 天`;

  return (
    <div className="pyt-page">
      <Typography.Title level={3}>转段动员会</Typography.Title>
      <Alert
        type={alertType}
        showIcon
        data-testid="mobilise-status"
        title={headline}
        description={status.missing.length > 0 ? `还缺：${status.missing.join('；')}` : '会议、动员讲话、骨干培训和督导组到会均已记录。'}
        style={{ marginBottom: 16 }}
      />
      <Card title={meeting ? '会议记录' : '登记会议'}>
        <Form
          form={form}
          layout="vertical"
          style={{ maxWidth: 720 }}
          initialValues={{ keyStaffTrained: false, supervisorsPresent: [], host: unit.contact }}
          onFinish={(v) =>
            run(
              () =>
                saveMeeting(
                  db,
                  unit.id,
                  {
                    id: meeting?.id,
                    kind: 'mobilise',
                    date: v.date.format('YYYY-MM-DD'),
                    place: v.place,
                    host: v.host,
                    speaker: v.speaker,
                    keyStaffTrained: v.keyStaffTrained,
                    supervisorsPresent: v.supervisorsPresent,
                    notes: v.notes,
                  },
                  writeCtx(),
                ),
              '已保存',
            )
          }
        >
          <Form.Item name="date" label="会议日期" rules={[{ required: true, message: '请选择会议日期' }]}>
            <DatePicker format="YYYY年M月D日" />
          </Form.Item>
          <Form.Item name="place" label="地点" rules={[{ required: true, whitespace: true, message: '请填写地点' }]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="host" label="主持人" rules={[{ required: true, whitespace: true, message: '请填写主持人' }]}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="speaker" label="作动员讲话的主要负责同志">
            <Select
              allowClear
              showSearch
              options={leaders.map((m) => ({ value: m.name, label: `${m.name}${m.post ? `（${m.post}）` : ''}` }))}
              placeholder="从班子成员中选择"
            />
          </Form.Item>
          <Form.Item name="keyStaffTrained" valuePropName="checked">
            <Checkbox>会上进行了骨干人员培训</Checkbox>
          </Form.Item>
          <Form.Item name="supervisorsPresent" label="到会的督导组、上级党组织人员" tooltip="输入姓名后按回车，可填多人">
            <Select mode="tags" open={false} placeholder="输入姓名后按回车" />
          </Form.Item>
          <Form.Item name="notes" label="备注">
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            保存
          </Button>
        </Form>
      </Card>
    </div>
  );
}
