import { Col, Row, Tag, Typography } from 'antd';
import type { UnitSummary } from '@shared/supervisor/summary';
import { formatChineseDate } from '@shared/util/dates';

/** Reasons shown per gate; the unit's own pages have them all. */
const REASONS_SHOWN = 3;

/** One unit opened up under its row: what is shut and why, what is overdue, what each step still lacks. */
export function UnitDetail({ summary: s }: { summary: UnitSummary }) {
  const missing = s.steps.flatMap((st) => st.items.filter((i) => !i.done).map((i) => ({ step: st.title, ...i })));
  return (
    <Row gutter={[24, 12]} data-testid="unit-detail">
      <Col xs={24} lg={12}>
        <Typography.Text strong>尚未具备的条件</Typography.Text>
        {s.gates.length === 0 ? (
          <div>
            <Typography.Text type="secondary">无</Typography.Text>
          </div>
        ) : (
          s.gates.map((g) => (
            <div key={g.title} style={{ marginTop: 4 }}>
              <div>{g.title}：</div>
              {g.reasons.slice(0, REASONS_SHOWN).map((r) => (
                <div key={r} style={{ paddingLeft: 16, color: '#874d00' }}>
                  {r}
                </div>
              ))}
              {g.reasons.length > REASONS_SHOWN && <div style={{ paddingLeft: 16, color: '#8c8c8c' }}>另有 {g.reasons.length - REASONS_SHOWN} 项未达到，可打开该单位查看</div>}
            </div>
          ))
        )}
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>超期事项（{s.overdueCount}）</Typography.Text>
          {s.overdue.length === 0 ? (
            <div>
              <Typography.Text type="secondary">无</Typography.Text>
            </div>
          ) : (
            s.overdue.map((o) => (
              <div key={o.title} className="pyt-overdue">
                {o.due ? `${formatChineseDate(o.due)}前：` : ''}
                {o.title}
              </div>
            ))
          )}
        </div>
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>单位数据中的验收记录</Typography.Text>
          {s.acceptances.length === 0 ? (
            <div>
              <Typography.Text type="secondary">无</Typography.Text>
            </div>
          ) : (
            s.acceptances.map((a) => (
              <div key={`${a.stageId}-${a.date}-${a.supervisor}`}>
                {a.stageTitle} {formatChineseDate(a.date)} {a.supervisor}：{a.passed ? '合格' : '不合格'}{' '}
                <Tag color={a.signed ? 'blue' : 'default'}>{a.signed ? `凭回执（${a.group ?? ''}）` : '纸质验收'}</Tag>
              </div>
            ))
          )}
        </div>
      </Col>
      <Col xs={24} lg={12}>
        <Typography.Text strong>
          {s.focus.title}还没有完成的事项（{s.progress.total - s.progress.done}/{s.progress.total}）
        </Typography.Text>
        {missing.length === 0 ? (
          <div>
            <Typography.Text type="secondary">都已完成</Typography.Text>
          </div>
        ) : (
          missing.map((i) => (
            <div key={`${i.step}-${i.title}`} style={{ marginTop: 2 }}>
              <span className={i.overdue ? 'pyt-overdue' : undefined}>
                {i.step} · {i.title}
              </span>
              <div style={{ paddingLeft: 16, color: '#666', fontSize: 13 }}>{i.detail}</div>
            </div>
          ))
        )}
        <div style={{ marginTop: 12, color: '#666', fontSize: 13 }}>
          名册 {s.people} 人（党员 {s.party} 人）；数据截至{formatChineseDate(s.asOf)}。
        </div>
      </Col>
    </Row>
  );
}
