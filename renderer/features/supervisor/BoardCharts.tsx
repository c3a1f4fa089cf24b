/**
 * The dashboard's two charts, drawn with ECharts (loaded on first use, only the bar chart and
 * the few components used): each step of the focus stage by how many units stand where, and the
 * units by their survey rate.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Card, Col, Row, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { satisfactionBands, stepStateCounts } from '@shared/supervisor/board';
import { STEP_STATE_COLOUR, STEP_STATE_LABEL, STEP_STATES, type UnitSummary } from '@shared/supervisor/summary';

type ECharts = typeof import('echarts/core');
let loading: Promise<ECharts> | undefined;

function loadECharts(): Promise<ECharts> {
  loading ??= import('./echarts').then((m) => m.echarts);
  loading.catch(() => (loading = undefined));
  return loading;
}

function Chart({ option, height, testId }: { option: EChartsCoreOption; height: number; testId: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let chart: ReturnType<ECharts['init']> | undefined;
    let cancelled = false;
    const resize = () => chart?.resize();
    loadECharts().then(
      (echarts) => {
        if (cancelled || !ref.current) return;
        chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
        chart.setOption(option);
        window.addEventListener('resize', resize);
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [option]);
  if (failed) return <Typography.Text type="secondary">图表无法显示，表格中的数字不受影响。</Typography.Text>;
  return <div ref={ref} style={{ height, width: '100%' }} data-testid={testId} />;
}

const FONT = { fontFamily: 'Microsoft YaHei, PingFang SC, Noto Sans CJK SC, sans-serif', fontSize: 13 };

export function BoardCharts({ summaries }: { summaries: readonly UnitSummary[] }) {
  const steps = useMemo(() => stepStateCounts(summaries), [summaries]);
  const bands = useMemo(() => satisfactionBands(summaries), [summaries]);
  const stepsOption = useMemo<EChartsCoreOption>(() => ({
    textStyle: FONT,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, textStyle: FONT },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, name: '单位数' },
    yAxis: { type: 'category', inverse: true, data: steps.map((s) => s.title), axisLabel: { ...FONT, width: 110, overflow: 'truncate' } },
    series: STEP_STATES.map((state) => ({
      name: STEP_STATE_LABEL[state],
      type: 'bar',
      stack: 'units',
      itemStyle: { color: STEP_STATE_COLOUR[state] },
      data: steps.map((s) => s.counts[state]),
    })),
  }), [steps]);
  const bandsOption = useMemo<EChartsCoreOption>(() => ({
    textStyle: FONT,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: bands.map((b) => b.band), axisLabel: FONT },
    yAxis: { type: 'value', minInterval: 1, name: '单位数' },
    series: [
      {
        name: '单位数',
        type: 'bar',
        barMaxWidth: 48,
        label: { show: true, position: 'top' },
        data: bands.map((b, i) => ({ value: b.units, itemStyle: { color: i === 0 ? '#bfbfbf' : i === 1 ? '#cf1322' : '#52c41a' } })),
      },
    ],
  }), [bands]);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card size="small" title="各步骤完成情况（单位数）">
          <Chart option={stepsOption} height={Math.max(200, steps.length * 40 + 60)} testId="chart-steps" />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title="群众满意率分布（单位数）">
          <Chart option={bandsOption} height={Math.max(200, steps.length * 40 + 60)} testId="chart-satisfaction" />
        </Card>
      </Col>
    </Row>
  );
}
