import { Tabs, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useUnit } from '../../app/unitContext';
import { FixNowTab } from './FixNowTab';
import { StudyTab } from './StudyTab';

/** 贯穿始终: the 边议边改整改台账 and the study log, one tab each (routes fix-now and study), each reading its own data. */
export function ThroughoutPage({ tab }: { tab: 'fixNow' | 'study' }) {
  const { unit } = useUnit();
  const navigate = useNavigate();
  return (
    <div className="pyt-page">
      <Typography.Title level={3}>边议边改和学习</Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate(`/u/${unit.id}/${k === 'study' ? 'study' : 'fix-now'}`)}
        items={[
          { key: 'fixNow', label: '边议边改整改台账', children: <FixNowTab /> },
          { key: 'study', label: '学习记录', children: <StudyTab /> },
        ]}
      />
    </div>
  );
}
