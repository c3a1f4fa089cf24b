import { Alert, Card, Space, Steps, Tag, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { canEnterStage, currentStageId } from '@shared/campaign/gates';
import { latestAcceptance } from '@shared/campaign/lookup';
import { lookbackStates } from '@shared/campaign/checklist';
import { useCampaign, useUnit } from '../../app/unitContext';
import { ScheduleCard } from './ScheduleCard';
import { LookbackCard } from './LookbackCard';
import { AcceptanceCard } from './AcceptanceCard';

/** Stages, their schedules, the 回头看 checklist and the 督导组 acceptances that open the next stage. */
export function StagesPage() {
  const { today } = useUnit();
  const snapshot = useCampaign();
  if (!snapshot) return null;
  const now = today();
  const stages = snapshot.template.stages;
  const current = currentStageId(snapshot, now);
  const currentIdx = stages.findIndex((s) => s.id === current);

  return (
    <div className="pyt-page">
      <Typography.Title level={3}>阶段与验收</Typography.Title>
      <Steps
        current={currentIdx}
        style={{ marginBottom: 20 }}
        items={stages.map((st, i) => ({
          title: st.title,
          content: i < currentIdx ? '已验收' : i === currentIdx ? '进行中' : '未开始',
          icon: i > currentIdx ? <LockOutlined /> : undefined,
        }))}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {stages.map((st, i) => {
          const entry = canEnterStage(snapshot, st.id, now);
          const next = stages[i + 1];
          return (
            <Card
              key={st.id}
              data-testid={`stage-${st.id}`}
              title={
                <Space>
                  {st.title}
                  {i === currentIdx && <Tag color="red">当前阶段</Tag>}
                  {!entry.ok && (
                    <Tag icon={<LockOutlined />} color="default">
                      未解锁
                    </Tag>
                  )}
                </Space>
              }
            >
              {!entry.ok && (
                <Alert
                  type="warning"
                  showIcon
                  data-testid={`stage-locked-${st.id}`}
                  title="本阶段尚未解锁"
                  description={entry.reasons.map((r) => (
                    <div key={r.message} title={r.rule}>
                      {r.message}
                    </div>
                  ))}
                  style={{ marginBottom: 12 }}
                />
              )}
              <ScheduleCard snapshot={snapshot} stageId={st.id} accepted={!!latestAcceptance(snapshot, st.id)?.passed} first={i === 0} />
              {st.lookback.length > 0 && <LookbackCard snapshot={snapshot} stageId={st.id} />}
              {st.acceptanceRequired && next && entry.ok && (
                <AcceptanceCard
                  snapshot={snapshot}
                  stageId={st.id}
                  nextTitle={next.title}
                  lookbackUndone={lookbackStates(snapshot, {}, st.id, now).filter((x) => !x.done).length}
                />
              )}
            </Card>
          );
        })}
      </Space>
    </div>
  );
}
