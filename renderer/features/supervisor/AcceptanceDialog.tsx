import { Alert, DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { RECEIPT_EXTENSION } from '@shared/bundle/receipt';
import { templateFor } from '@shared/campaign/templates';
import type { UnitSummary } from '@shared/supervisor/summary';
import { nowIso, today } from '../../app/context';
import { useAction } from '../../app/useAction';
import { bridge } from '../../bridge';
import { issueAcceptance, NO_GROUP } from '../../db/repos/supervisor';
import { supervisorDb } from './db';
import { supervisorSigner } from './signer';
import { useProfile } from './useSupervisor';

interface Values {
  stageId: string;
  passed: boolean;
  opinion: string;
  date: Dayjs;
  supervisor: string;
}

/** The stage a 督导组 would accept now: the one before the focus stage while it is locked, else the current one. */
function stageToAccept(s: UnitSummary, stages: { id: string }[]): string {
  if (s.focus.locked) {
    const i = stages.findIndex((st) => st.id === s.focus.id);
    if (i > 0) return stages[i - 1].id;
  }
  return s.current.id;
}

/**
 * 验收 (R-STAGE-ACCEPT): the 督导组 records 合格 or 不合格需补课 for a stage of a unit, with its
 * opinion, date and name; the receipt is signed with this installation's key and saved for the
 * unit at once (it can be saved again from 验收与回执).
 */
export function AcceptanceDialog({ summary, onClose }: { summary: UnitSummary | null; onClose(): void }) {
  const run = useAction();
  const profile = useProfile();
  const [form] = Form.useForm<Values>();
  const unit = useLiveQuery(() => (summary ? supervisorDb.units.get(summary.unitId) : undefined), [summary?.unitId]);
  const template = unit ? templateFor(unit) : undefined;
  const stages = template?.ok ? template.value.stages : [];
  return (
    <Modal
      open={summary !== null}
      title={summary ? `验收：${summary.unitName}` : ''}
      okText="记录验收并保存回执"
      cancelText="取消"
      destroyOnHidden
      width={620}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: !profile || stages.length === 0, ...({ 'data-testid': 'issue-acceptance' } as object) }}
    >
      {!profile && <Alert type="warning" showIcon title={NO_GROUP} style={{ marginBottom: 12 }} />}
      {summary && stages.length > 0 && (
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ stageId: stageToAccept(summary, stages), passed: true, opinion: '', date: dayjs(today()), supervisor: profile?.member ?? '' }}
          onFinish={async (v) => {
            const saved = await run(async () => {
              const issued = await issueAcceptance(
                supervisorDb,
                { unitId: summary.unitId, stageId: v.stageId, passed: v.passed, opinion: v.opinion, date: v.date.format('YYYY-MM-DD'), supervisor: v.supervisor },
                { signer: await supervisorSigner(), now: nowIso(), today: today() },
              );
              await bridge.filesSave({ suggestedName: issued.fileName, filters: [{ name: '验收回执', extensions: [RECEIPT_EXTENSION] }], data: issued.bytes });
              return true;
            }, '验收已记录，回执已生成；请把回执文件交给该单位导入');
            if (saved) onClose();
          }}
        >
          <Typography.Paragraph type="secondary">
            依据：该单位导出于 {summary.asOf} 的数据。回执由本机密钥签名，单位导入后对应阶段即按验收结论处理。
          </Typography.Paragraph>
          <Form.Item name="stageId" label="验收阶段">
            <Select aria-label="验收阶段" style={{ width: 240 }} options={stages.map((s) => ({ value: s.id, label: s.title }))} />
          </Form.Item>
          <Form.Item name="passed" label="结论">
            <Radio.Group
              options={[
                { value: true, label: '合格' },
                { value: false, label: '不合格，需补课' },
              ]}
            />
          </Form.Item>
          <Form.Item name="opinion" label="验收意见" rules={[{ required: true, whitespace: true, message: '请填写验收意见' }]}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
          <Form.Item name="date" label="验收日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker format="YYYY年M月D日" />
          </Form.Item>
          <Form.Item name="supervisor" label="验收人（督导组同志）" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input maxLength={20} style={{ width: 200 }} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
