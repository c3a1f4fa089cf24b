import { Tag } from 'antd';
import { ANALYSIS_STATE_LABEL, type AnalysisState } from '@shared/analysis/types';
import { formatChineseDate } from '@shared/util/dates';

const STATE_COLOR: Record<AnalysisState, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  approved: 'cyan',
  public: 'purple',
  final: 'success',
};

/** A material's state as a coloured tag; no material yet reads 未开始. */
export function StateTag({ state }: { state: AnalysisState | undefined }) {
  if (!state) return <Tag data-testid="analysis-state">未开始</Tag>;
  return (
    <Tag color={STATE_COLOR[state]} data-testid="analysis-state">
      {ANALYSIS_STATE_LABEL[state]}
    </Tag>
  );
}

/** A stored moment (`2005-09-12T10:30:00.000+08:00`) as 2005年9月12日 10:30. */
export function momentText(at: string): string {
  return `${formatChineseDate(at.slice(0, 10))} ${at.slice(11, 16)}`;
}
