import { Alert, Button } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router-dom';
import { formatExportedAt } from '@shared/supervisor/classify';
import { ReadOnlyContext } from '../../app/unitContext';
import { UnitLayout } from '../../app/UnitLayout';
import { READ_ONLY_MESSAGE } from '../../db/supervisorDb';
import { supervisorDb } from './db';

/**
 * An imported unit, opened with the same pages the unit sees: every write is refused (the unit
 * context says so, the write path and the database refuse), and a banner says whose data it is
 * and from when.
 */
export function ReadOnlyUnit() {
  const { unitId = '' } = useParams();
  const navigate = useNavigate();
  const held = useLiveQuery(() => supervisorDb.supervisorImports.get(unitId), [unitId]);
  return (
    <ReadOnlyContext.Provider value={READ_ONLY_MESSAGE}>
      <Alert
        banner
        type="info"
        data-testid="read-only-banner"
        title={
          held
            ? `督导组查看：${held.unitName}的数据包（导出于 ${formatExportedAt(held.exportedAt)}），只能查看，不能修改`
            : '督导组查看：只能查看，不能修改'
        }
        action={
          <Button size="small" type="primary" onClick={() => navigate('/')}>
            返回督导组工作台
          </Button>
        }
      />
      <UnitLayout />
    </ReadOnlyContext.Provider>
  );
}
