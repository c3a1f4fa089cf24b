import { Alert, DatePicker, Form, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { NOTICE_WAY_LABEL, NOTICE_WAYS, type Notice, type NoticeWay } from '@shared/notices/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { reasonsMessage } from '../../db/repos/errors';
import { giveNotice } from '../../db/repos/notices';
import type { NoticeRow } from './queries';

interface Values {
  givenOn?: Dayjs;
  way?: NoticeWay;
}

/** Records that the notice reached the cadres and masses: the day and the way. */
export function GiveNoticeModal({ row, notice, title, onClose }: { row: NoticeRow; notice: Notice; title: string; onClose(): void }) {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const now = today();
  const submit = async () => {
    const v = await form.validateFields();
    const ok = await run(
      () => giveNotice(db, unit.id, notice.id, { givenOn: v.givenOn ? v.givenOn.format('YYYY-MM-DD') : '', way: v.way ?? 'meeting' }, writeCtx()),
      '已记录通报情况',
    );
    if (ok !== undefined) onClose();
  };
  return (
    <Modal open title={`记录已通报：${title}`} onCancel={onClose} onOk={() => void submit()} okText="保存" cancelText="取消" destroyOnHidden>
      {row.blocked.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title="现在还不能通报" description={<div style={{ whiteSpace: 'pre-wrap' }}>{reasonsMessage(row.blocked)}</div>} />
      )}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ givenOn: dayjs(now), way: 'meeting' }}>
        <Form.Item name="givenOn" label="通报日期" rules={[{ required: true, message: '请选择通报日期' }]}>
          <DatePicker format="YYYY年M月D日" disabledDate={(d) => d.format('YYYY-MM-DD') > now} />
        </Form.Item>
        <Form.Item name="way" label="通报方式" rules={[{ required: true, message: '请选择通报方式' }]}>
          <Radio.Group options={NOTICE_WAYS.map((w) => ({ value: w, label: NOTICE_WAY_LABEL[w] }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
