import { Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DEFAULT_SUBJECTS } from '@shared/survey/documentModels';
import { rateFormula } from '@shared/survey/rate';
import { SURVEY_SCALE_OPTIONS, SURVEY_SCALES, SURVEY_SUBJECT_LABEL, SURVEY_SUBJECTS, type SurveyRound, type SurveyScale, type SurveySubject } from '@shared/survey/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { editRound, startRound } from '../../db/repos/survey';

interface Values {
  date?: Dayjs;
  scale: SurveyScale;
  subjects: SurveySubject[];
  issued?: number;
  returned?: number;
  remedy: string;
  note: string;
}

export const SCALE_LABEL: Record<SurveyScale, string> = {
  three: `三档：${SURVEY_SCALE_OPTIONS.three.join('、')}`,
  four: `四档：${SURVEY_SCALE_OPTIONS.four.join('、')}`,
};

/**
 * Starts a round (the first, or the 补课 round after one below the floor) or edits a counting
 * round's date, ballots and 补课. Scale and subjects are fixed once ballots are counted.
 */
export function RoundForm({
  round,
  next,
  scale,
  previousBelow,
  onClose,
}: {
  /** The counting round to edit; none to start round `next`. */
  round?: SurveyRound;
  next: number;
  scale: SurveyScale;
  /** The last round was below the floor: this one is 补课. */
  previousBelow?: string;
  onClose(): void;
}) {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const now = today();
  const number = round?.round ?? next;
  const remedyNeeded = number > 1;

  const submit = async () => {
    const v = await form.validateFields();
    const common = { date: v.date ? v.date.format('YYYY-MM-DD') : '', issued: v.issued ?? 0, returned: v.returned ?? 0, remedy: v.remedy ?? '', note: v.note ?? '' };
    const ok = round
      ? await run(() => editRound(db, unit.id, round.id, common, writeCtx()), '已保存')
      : await run(() => startRound(db, unit.id, { ...common, scale: v.scale, subjects: v.subjects ?? [] }, writeCtx()), `第${number}轮测评已开始，可以计票了`);
    if (ok !== undefined) onClose();
  };

  return (
    <Modal
      open
      width={640}
      title={round ? `修改第${number}轮测评` : `开始第${number}轮测评${remedyNeeded ? '（补课后重新测评）' : ''}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={round ? '保存' : '开始测评'}
      cancelText="取消"
      destroyOnHidden
    >
      {previousBelow && !round && (
        <Typography.Paragraph type="danger" style={{ fontSize: 15 }}>
          {previousBelow}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          date: dayjs(round?.date ?? now),
          scale: round?.scale ?? scale,
          subjects: round ? round.tallies.map((t) => t.subject) : [...DEFAULT_SUBJECTS],
          issued: round?.issued,
          returned: round?.returned,
          remedy: round?.remedy ?? '',
          note: round?.note ?? '',
        }}
      >
        <Form.Item name="date" label="测评日期" rules={[{ required: true, message: '请选择测评日期' }]}>
          <DatePicker format="YYYY年M月D日" disabledDate={(d) => d.format('YYYY-MM-DD') > now} />
        </Form.Item>
        {!round && (
          <>
            <Form.Item name="scale" label="测评档次" extra="整个单位用同一种测评表；计票开始后不能再改。">
              <Radio.Group>
                <Space orientation="vertical">
                  {SURVEY_SCALES.map((s) => (
                    <Radio key={s} value={s}>
                      {SCALE_LABEL[s]}
                      <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                        满意率＝{rateFormula(s)}
                      </Typography.Text>
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            </Form.Item>
            <Form.Item name="subjects" label="测评项目" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个测评项目' }]}>
              <Checkbox.Group options={SURVEY_SUBJECTS.map((s) => ({ value: s, label: SURVEY_SUBJECT_LABEL[s] }))} />
            </Form.Item>
          </>
        )}
        <Space size={24} wrap>
          <Form.Item name="issued" label="发出测评表（份）" rules={[{ required: true, message: '请填写发出的份数' }]}>
            <InputNumber min={1} max={100000} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="returned" label="收回测评表（份）" rules={[{ required: true, message: '请填写收回的份数' }]}>
            <InputNumber min={0} max={100000} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        {remedyNeeded && (
          <Form.Item
            name="remedy"
            label="补课情况"
            rules={[{ required: true, whitespace: true, message: '请写明补课情况' }]}
            extra="上一轮满意率没有达到标准，针对群众不满意的地方做了哪些补课工作"
          >
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        )}
        <Form.Item name="note" label="备注（可不填）">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
