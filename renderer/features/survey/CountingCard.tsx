import { useState } from 'react';
import { Alert, Button, Card, Form, InputNumber, Modal, Popconfirm, Progress, Space, Typography } from 'antd';
import { CheckCircleOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import { formatRateAgainst, rateFormula, rateWorking, roundRates } from '@shared/survey/rate';
import { answerLabel, closeProblems, type Answer } from '@shared/survey/rounds';
import { SURVEY_SCALE_OPTIONS, SURVEY_SUBJECT_LABEL, type SurveyRound, type SurveySubject } from '@shared/survey/types';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { closeRound, countBallot, deleteRound, setTally } from '../../db/repos/survey';
import { RoundForm, SCALE_LABEL } from './RoundForm';

interface Click {
  subject: SurveySubject;
  answer: Answer;
}

/** Totals counted on paper beforehand, typed in for one subject. */
function TallyModal({ round, subject, onClose }: { round: SurveyRound; subject: SurveySubject; onClose(): void }) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const run = useAction();
  const [form] = Form.useForm<Record<string, number>>();
  const options = SURVEY_SCALE_OPTIONS[round.scale];
  const t = round.tallies.find((x) => x.subject === subject)!;
  const submit = async () => {
    const v = await form.validateFields();
    const counts = options.map((_, i) => v[`c${i}`] ?? 0);
    const ok = await run(() => setTally(db, unit.id, round.id, subject, counts, v.invalid ?? 0, writeCtx()), '已保存合计');
    if (ok !== undefined) onClose();
  };
  return (
    <Modal open title={`填写合计：${SURVEY_SUBJECT_LABEL[subject]}`} onCancel={onClose} onOk={() => void submit()} okText="保存" cancelText="取消" destroyOnHidden>
      <Typography.Paragraph type="secondary">已经在纸上数好票的，直接填写每一档的票数。收回 {round.returned} 张。</Typography.Paragraph>
      <Form form={form} layout="inline" preserve={false} initialValues={{ ...Object.fromEntries(t.counts.map((c, i) => [`c${i}`, c])), invalid: t.invalid }}>
        {options.map((o, i) => (
          <Form.Item key={o} name={`c${i}`} label={o} style={{ marginBottom: 12 }}>
            <InputNumber min={0} max={100000} precision={0} style={{ width: 100 }} />
          </Form.Item>
        ))}
        <Form.Item name="invalid" label="无效票" style={{ marginBottom: 12 }}>
          <InputNumber min={0} max={100000} precision={0} style={{ width: 100 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * A round being counted: per subject a big button per answer that adds one ballot (for a
 * secretary going through the paper ballots), the last clicks undone one by one, totals typed
 * in instead where they were counted on paper; the rate and its working shown as it grows.
 */
export function CountingCard({ round, floor }: { round: SurveyRound; floor: number }) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const run = useAction();
  const [clicks, setClicks] = useState<Click[]>([]);
  const [typing, setTyping] = useState<SurveySubject | null>(null);
  const [editing, setEditing] = useState(false);
  const options = SURVEY_SCALE_OPTIONS[round.scale];
  const rates = roundRates(round);
  const waiting = closeProblems(round);

  const count = async (c: Click) => {
    const ok = await run(() => countBallot(db, unit.id, round.id, c.subject, c.answer, 1, writeCtx()));
    if (ok !== undefined) setClicks((xs) => [...xs, c]);
  };
  const undo = async () => {
    const last = clicks.at(-1);
    if (!last) return;
    setClicks((xs) => xs.slice(0, -1));
    await run(() => countBallot(db, unit.id, round.id, last.subject, last.answer, -1, writeCtx()), `已撤销：${SURVEY_SUBJECT_LABEL[last.subject]}“${answerLabel(round.scale, last.answer)}”减一张`);
  };
  const last = clicks.at(-1);

  return (
    <Card
      data-testid="survey-counting"
      title={`第${round.round}轮测评 · 正在计票`}
      extra={
        <Space wrap>
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            修改日期和份数
          </Button>
          <Popconfirm title={`删除第${round.round}轮测评？`} description="已计的票会一起删除。" okText="删除" cancelText="取消" onConfirm={() => run(() => deleteRound(db, unit.id, round.id, writeCtx()), '已删除')}>
            <Button danger>删除本轮</Button>
          </Popconfirm>
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph style={{ fontSize: 15 }}>
        <Space size={24} wrap>
          <span>测评日期：{formatChineseDate(round.date)}</span>
          <span>
            发出 <b>{round.issued}</b> 份，收回 <b data-testid="survey-returned">{round.returned}</b> 份
          </span>
          <span>{SCALE_LABEL[round.scale]}</span>
        </Space>
      </Typography.Paragraph>
      {round.remedy && <Typography.Paragraph type="secondary">补课情况：{round.remedy}</Typography.Paragraph>}
      <Typography.Paragraph type="secondary">
        拿起一张测评表，按每一项划的“√”点下面对应的按钮，点一下加一张；一项划了两个“√”或没有划的，点“无效票”。点错了点“撤销上一下”。
      </Typography.Paragraph>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button icon={<UndoOutlined />} size="large" disabled={!last} onClick={() => void undo()} data-testid="survey-undo">
          撤销上一下{last ? `（${SURVEY_SUBJECT_LABEL[last.subject]}：${answerLabel(round.scale, last.answer)}）` : ''}
        </Button>
      </Space>
      {round.tallies.map((t, ti) => {
        const s = rates.subjects[ti];
        const counted = s.valid + t.invalid;
        return (
          <Card
            key={t.subject}
            type="inner"
            title={SURVEY_SUBJECT_LABEL[t.subject]}
            extra={<a onClick={() => setTyping(t.subject)}>直接填写合计</a>}
            style={{ marginBottom: 12 }}
            data-testid={`tally-${t.subject}`}
          >
            <Space wrap size={12} style={{ marginBottom: 8 }}>
              {options.map((o, i) => (
                <Button
                  key={o}
                  style={{ height: 72, minWidth: 120, fontSize: 18 }}
                  type={i < options.length - 1 ? 'default' : 'dashed'}
                  onClick={() => void count({ subject: t.subject, answer: i })}
                  data-testid={`vote-${t.subject}-${i}`}
                  aria-label={`${SURVEY_SUBJECT_LABEL[t.subject]} ${o} 加一张`}
                >
                  <div>
                    <div>{o} ＋1</div>
                    <div style={{ fontSize: 22, fontWeight: 600 }} data-testid={`count-${t.subject}-${i}`}>
                      {t.counts[i]}
                    </div>
                  </div>
                </Button>
              ))}
              <Button
                style={{ height: 72, minWidth: 110, fontSize: 18 }}
                type="dashed"
                danger
                onClick={() => void count({ subject: t.subject, answer: 'invalid' })}
                data-testid={`vote-${t.subject}-invalid`}
                aria-label={`${SURVEY_SUBJECT_LABEL[t.subject]} 无效票 加一张`}
              >
                <div>
                  <div>无效票 ＋1</div>
                  <div style={{ fontSize: 22, fontWeight: 600 }} data-testid={`count-${t.subject}-invalid`}>
                    {t.invalid}
                  </div>
                </div>
              </Button>
            </Space>
            <div style={{ maxWidth: 480 }}>
              <Progress percent={round.returned > 0 ? Math.round((counted / round.returned) * 100) : 0} format={() => `已计 ${counted} / ${round.returned} 张`} />
            </div>
            <Typography.Text style={{ fontSize: 16 }} data-testid={`rate-${t.subject}`}>
              满意率＝{rateWorking(round.scale, t.counts, floor)}
            </Typography.Text>
          </Card>
        );
      })}
      {round.tallies.length > 1 && rates.overall.rate !== undefined && (
        <Typography.Paragraph style={{ fontSize: 15 }}>
          各项合计：有效票 {rates.overall.valid} 张，总体满意率 {formatRateAgainst(rates.overall.rate, floor)}。每一项满意率都要达到标准。
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">满意率＝{rateFormula(round.scale)}；无效票不算有效票。</Typography.Paragraph>
      {waiting.length > 0 && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="还不能完成计票" description={waiting.join('；')} data-testid="survey-waiting" />}
      <Popconfirm
        title="完成计票？"
        description="完成后按满意率判断是否需要补课；如有计错，可以再改回计票。"
        okText="完成计票"
        cancelText="取消"
        onConfirm={() => run(() => closeRound(db, unit.id, round.id, writeCtx()), '计票已完成')}
      >
        <Button type="primary" size="large" icon={<CheckCircleOutlined />} data-testid="survey-close">
          完成计票
        </Button>
      </Popconfirm>
      {typing && <TallyModal round={round} subject={typing} onClose={() => setTyping(null)} />}
      {editing && <RoundForm round={round} next={round.round} scale={round.scale} onClose={() => setEditing(false)} />}
    </Card>
  );
}
