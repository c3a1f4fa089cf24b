import { useMemo, useState } from 'react';
import { Alert, Button, Card, Steps, Typography } from 'antd';
import { computeDashboard } from '@shared/campaign/dashboard';
import { scheduleFor } from '@shared/campaign/lookup';
import { thresholdValue } from '@shared/campaign/thresholds';
import { measuredFigures } from '@shared/selfcheck/figures';
import { missingPoints } from '@shared/selfcheck/ready';
import { sourcesFrom, unfinishedItems } from '@shared/selfcheck/stage';
import { formatChineseDate } from '@shared/util/dates';
import { SimpleList, SimpleListItem } from '../../app/SimpleList';
import { useCampaign, useUnit } from '../../app/unitContext';
import { useSelfCheckData } from './queries';
import { SelfCheckForm } from './SelfCheckForm';

/**
 * 阶段自查 (R-STAGE-SELFCHECK): the six points with the figures measured from the records and a
 * drafted paragraph each, the shortcomings and next steps; saved, exported as the 自查报告, then
 * the stage is put to the 督导组 for acceptance.
 */
export function SelfCheckPage() {
  const { unit, template, today } = useUnit();
  const stageId = template.focusStageId;
  const snapshot = useCampaign();
  const data = useSelfCheckData(unit.id, stageId);
  const now = today();
  const view = useMemo(() => {
    if (!snapshot || !data) return null;
    const floor = template.thresholds.satisfactionRate ? thresholdValue(template, snapshot.thresholdOverrides, 'satisfactionRate') : 0.7;
    const sources = sourcesFrom(data.facts, data.later, floor, now);
    if (!sources) return null;
    const dashboard = computeDashboard(snapshot, data.facts, now);
    return { sources, figures: measuredFigures(sources), unfinished: unfinishedItems(dashboard.steps), stageStart: scheduleFor(snapshot, stageId).start };
  }, [snapshot, data, template, now, stageId]);
  if (!data || !view) return null;
  const record = data.record;
  const stageTitle = template.stages.find((s) => s.id === stageId)?.title ?? '本阶段';
  const current = !record || missingPoints(record.assessments).length > 0 ? 0 : !record.reportOn ? 1 : !record.readyOn ? 2 : 3;

  return (
    <div className="pyt-page">
      <Typography.Title level={3}>阶段自查</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 15 }}>
        {stageTitle}结束前，对照下面六个方面自查。每个方面的数据是从各项工作记录中统计出来的，并已按数据写好一段自查情况，请结合本单位实际修改。
        保存后导出自查报告，核对无误，再提请督导组验收。
      </Typography.Paragraph>
      <Card style={{ marginBottom: 16 }} data-testid="selfcheck-steps">
        <Steps
          current={current}
          items={[
            { title: '填写并保存', content: '六个方面的自查情况' },
            { title: '导出自查报告', content: record?.reportOn ? `${formatChineseDate(record.reportOn)}已导出` : 'Word 文件' },
            { title: '提请督导组验收', content: record?.readyOn ? `${formatChineseDate(record.readyOn)}已提请` : '自查报告导出后' },
          ]}
        />
      </Card>
      {record?.readyOn && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="selfcheck-ready"
          title={`已于${formatChineseDate(record.readyOn)}提请督导组检查验收`}
          description="如果再修改自查内容，需要重新导出自查报告，并重新提请验收。"
        />
      )}
      <UnfinishedCard items={view.unfinished} />
      <SelfCheckForm
        key={record?.updatedAt ?? 'new'}
        record={record}
        sources={view.sources}
        figures={view.figures}
        unfinished={view.unfinished}
        stageId={stageId}
        stageStart={view.stageStart}
      />
    </div>
  );
}

/** How many unfinished items show before “显示全部”. */
const SHOWN = 6;

function UnfinishedCard({ items }: { items: { id: string; title: string; detail: string; overdue: boolean }[] }) {
  const [all, setAll] = useState(false);
  if (items.length === 0) {
    return <Alert type="success" showIcon style={{ marginBottom: 16 }} data-testid="selfcheck-unfinished" title="本阶段其他各项工作都已完成" />;
  }
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="selfcheck-unfinished"
      title={`本阶段还有 ${items.length} 项工作没有完成，请在“存在的不足”中如实写明`}
      description={
        <>
          <SimpleList
            size="small"
            items={all ? items : items.slice(0, SHOWN)}
            rowKey={(i) => i.id}
            renderItem={(i) => (
              <SimpleListItem>
                <span className={i.overdue ? 'pyt-overdue' : undefined}>
                  <strong>{i.title}</strong>：{i.detail}
                </span>
              </SimpleListItem>
            )}
          />
          {items.length > SHOWN && (
            <Button type="link" style={{ paddingLeft: 0 }} onClick={() => setAll(!all)} data-testid="selfcheck-unfinished-toggle">
              {all ? '收起' : `显示全部 ${items.length} 项`}
            </Button>
          )}
        </>
      }
    />
  );
}
