import { useMemo } from 'react';
import { Alert, Button, Card, Col, Progress, Row, Statistic, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { computeDashboard } from '@shared/campaign/dashboard';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { featurePage } from '../../app/features';
import { SimpleList, SimpleListItem } from '../../app/SimpleList';
import { useCampaign, useUnit } from '../../app/unitContext';
import { StepCard } from './StepCard';
import { useUnitFacts } from './useUnitFacts';

/** Where the unit stands: current stage, days left, each step's checklist, what's next, what's overdue. */
export function HomePage() {
  const { db } = useApp();
  const { unit, today } = useUnit();
  const snapshot = useCampaign();
  // Each feature's small facts (counts and the names still missing), not its whole tables; one
  // live query per feature, so a write re-reads only the facts that read its tables.
  const facts = useUnitFacts(db, unit.id);
  const navigate = useNavigate();
  const now = today();
  const d = useMemo(() => (snapshot && facts ? computeDashboard(snapshot, facts, now) : null), [snapshot, facts, now]);
  if (!snapshot || !d) return null;
  const go = (feature: string | undefined) => {
    const page = featurePage(feature);
    if (page) navigate(`/u/${unit.id}/${page}`);
  };
  const mob = d.mobilisation;
  const focusLocked = d.focus.locked;

  return (
    <div className="pyt-page">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card data-testid="current-stage">
            <Statistic title="当前阶段" value={d.current.title} styles={{ content: { color: '#c41d1d', fontSize: 26 } }} />
            <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
              {formatChineseDate(d.current.schedule.start)} 至 {formatChineseDate(d.current.due)}
              {d.current.extended && <Tag style={{ marginLeft: 8 }}>已延长</Tag>}
            </Typography.Paragraph>
            <Typography.Text className={d.current.overdue ? 'pyt-overdue' : undefined} data-testid="days-left">
              {d.current.overdue ? `已超过完成时间 ${-d.current.daysLeft} 天` : `距完成还有 ${d.current.daysLeft} 天`}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card data-testid="mobilise-card" onClick={() => navigate(`/u/${unit.id}/mobilise`)} hoverable>
            <Statistic
              title="转段动员"
              value={mob.state === 'done' ? '已完成' : mob.state === 'overdue' ? '已超期' : `还剩 ${mob.daysLeft} 天`}
              styles={{
                content: { color: mob.state === 'done' ? '#389e0d' : mob.state === 'overdue' ? '#cf1322' : mob.state === 'dueSoon' ? '#d46b08' : undefined, fontSize: 26 },
              }}
            />
            <Typography.Text type={mob.state === 'overdue' ? 'danger' : 'secondary'}>
              {formatChineseDate(mob.deadline)}前完成{mob.missing.length > 0 ? `；还缺：${mob.missing.join('、')}` : ''}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card>
            <Typography.Text type="secondary">{d.focus.title}完成情况</Typography.Text>
            <div style={{ display: 'flex', alignItems: 'center', gap: 16, marginTop: 8 }}>
              <Progress type="circle" size={84} percent={d.progress.total ? Math.round((d.progress.done / d.progress.total) * 100) : 0} />
              <span data-testid="overall-progress">
                已完成 {d.progress.done} / {d.progress.total} 项
              </span>
            </div>
          </Card>
        </Col>
      </Row>

      {focusLocked && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          data-testid="focus-locked"
          title={`${d.focus.title}尚未解锁`}
          description={
            <>
              {d.focus.reasons.map((r) => (
                <div key={r.message}>{r.message}</div>
              ))}
              {d.lookback && (
                <div style={{ marginTop: 6 }}>
                  回头看已完成 {d.lookback.progress.done}/{d.lookback.progress.total} 项。督导组验收合格后自动解锁。
                </div>
              )}
            </>
          }
          action={
            <Button type="primary" onClick={() => navigate(`/u/${unit.id}/stages`)}>
              去回头看和验收
            </Button>
          }
        />
      )}

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card title="接下来要做" data-testid="next-actions">
            <SimpleList
              items={d.next}
              rowKey={(n) => n.id}
              emptyText="本阶段的事项都已完成"
              renderItem={(n, i) => (
                <SimpleListItem actions={featurePage(n.feature) ? <a onClick={() => go(n.feature)}>去办理</a> : undefined}>
                  <Typography.Text className={n.overdue ? 'pyt-overdue' : undefined}>
                    {i + 1}. {n.text}
                  </Typography.Text>
                </SimpleListItem>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<span className={d.overdue.length ? 'pyt-overdue' : undefined}>已超期（{d.overdue.length}）</span>} data-testid="overdue">
            <SimpleList
              items={d.overdue.slice(0, 6)}
              rowKey={(o) => o.id}
              emptyText="没有超期事项"
              renderItem={(o) => (
                <SimpleListItem actions={featurePage(o.feature) ? <a onClick={() => go(o.feature)}>去办理</a> : undefined}>
                  <Typography.Text className="pyt-overdue">
                    {o.due ? `${formatChineseDate(o.due)}前：` : ''}
                    {o.title}
                  </Typography.Text>
                </SimpleListItem>
              )}
            />
            {d.overdue.length > 6 && <Typography.Text type="secondary">另有 {d.overdue.length - 6} 项，见下方各步骤</Typography.Text>}
          </Card>
        </Col>
      </Row>

      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {d.focus.title}各步骤
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {d.steps.map((s) => (
          <Col xs={24} xl={12} key={s.id}>
            <StepCard step={s} locked={focusLocked} onGo={go} />
          </Col>
        ))}
      </Row>
    </div>
  );
}
