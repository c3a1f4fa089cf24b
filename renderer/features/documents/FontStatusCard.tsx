import { Card, Typography } from 'antd';
import { CheckCircleFilled, ExclamationCircleFilled, InfoCircleFilled, QuestionCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { SimpleList, SimpleListItem } from '../../app/SimpleList';
import { fontStatuses, fontSummary, type FontStatus } from './fontStatus';
import { useInstalledFonts } from './useInstalledFonts';

const COLORS = { installed: '#389e0d', substitute: '#1677ff', missing: '#d46b08', unknown: 'rgba(0, 0, 0, 0.45)' } as const;

function StateLine({ status, checking }: { status: FontStatus; checking: boolean }) {
  const color = COLORS[status.state];
  const icon = {
    installed: <CheckCircleFilled style={{ color }} />,
    substitute: <InfoCircleFilled style={{ color }} />,
    missing: <ExclamationCircleFilled style={{ color }} />,
    unknown: <QuestionCircleOutlined style={{ color }} />,
  }[status.state];
  const text = {
    installed: '已安装',
    substitute: `未安装，Word 会用“${status.substitute}”代替`,
    missing: '未安装，也没有可代替的字体',
    unknown: checking ? '正在查看……' : '无法查看',
  }[status.state];
  return (
    <span className="pyt-font-state">
      {icon} {text}
    </span>
  );
}

/** Which of the document fonts this PC has, and what Word prints in where one is missing. */
export function FontStatusCard() {
  const { settings } = useApp();
  const { unit } = useUnit();
  const answer = useInstalledFonts(settings.documentFonts);
  const statuses = fontStatuses(settings.documentFonts, answer);
  const missing = [...new Set(statuses.filter((s) => s.state === 'missing').map((s) => s.font))];
  return (
    <Card title="这台电脑上的公文字体" data-testid="font-status" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary" data-testid="font-summary">
        {answer ? fontSummary(statuses) : '正在查看这台电脑装了哪些字体……'}
      </Typography.Paragraph>
      <SimpleList
        items={statuses}
        rowKey={(s) => s.key}
        size="small"
        bordered
        aria-label="公文字体"
        renderItem={(s) => (
          <SimpleListItem>
            <div data-testid={`font-${s.key}`} data-state={answer ? s.state : 'checking'} style={{ display: 'flex', flex: 1, gap: 8 }}>
              <span style={{ width: '5em', flex: 'none', color: 'rgba(0, 0, 0, 0.65)' }}>{s.label}</span>
              <span data-font-name style={{ width: '9em', flex: 'none', fontWeight: 600 }}>
                {s.font}
              </span>
              <StateLine status={s} checking={!answer} />
            </div>
          </SimpleListItem>
        )}
      />
      {missing.length > 0 && (
        <Typography.Paragraph data-testid="font-missing-hint" style={{ marginTop: 12, marginBottom: 0 }}>
          {missing.map((f) => `“${f}”`).join('')}
          在这台电脑上没有，打印出来字体会不对。可以请人在这台电脑上安装，或者到
          <Link to={`/u/${unit.id}/settings`}>单位与设置 → 公文字体</Link>
          里换成这台电脑有的字体。
        </Typography.Paragraph>
      )}
    </Card>
  );
}
