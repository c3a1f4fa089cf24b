import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { nowIso, today } from '../../app/context';
import { useAction } from '../../app/useAction';
import { markTypical } from '../../db/repos/supervisor';
import type { BoardRow } from '@shared/supervisor/board';
import { supervisorDb } from './db';
import { useProfile } from './useSupervisor';

interface Values {
  note: string;
  by: string;
  date: Dayjs;
}

/** Marks a unit 典型 (R-SUPERVISE): what is good there, who found it, when. */
export function TypicalDialog({ row, onClose }: { row: BoardRow | null; onClose(): void }) {
  const run = useAction();
  const profile = useProfile();
  const [form] = Form.useForm<Values>();
  return (
    <Modal
      open={row !== null}
      title={row ? `标为典型：${row.summary.unitName}` : ''}
      okText="保存"
      cancelText="取消"
      destroyOnHidden
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      {row && (
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ note: row.mark?.note ?? '', by: row.mark?.by ?? profile?.member ?? '', date: dayjs(row.mark?.date ?? today()) }}
          onFinish={async (v) => {
            const ok = await run(
              () => markTypical(supervisorDb, row.summary.unitId, { note: v.note, by: v.by, date: v.date.format('YYYY-MM-DD') }, nowIso()).then(() => true),
              '已标为典型',
            );
            if (ok) onClose();
          }}
        >
          <Form.Item name="note" label="典型在哪里（一两句）" rules={[{ required: true, whitespace: true, message: '请写明这个典型好在哪里' }]}>
            <Input.TextArea rows={3} maxLength={500} showCount placeholder="例如：服务对象意见征求得广，边议边改见效快" />
          </Form.Item>
          <Form.Item name="by" label="标记人" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input maxLength={20} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker format="YYYY年M月D日" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
