import { Button } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { stagePlanModel } from '@shared/campaign/planDocument';
import { buildStagePlan } from '@shared/documents';
import { today } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useExportDocument } from '../documents/useExportDocument';

/** R-STAGE-PLAN: the plan as a Word file in the official layout, for the 督导组 and the office. */
export function ExportPlanButton() {
  const { unit, snapshot } = useUnit();
  const exportDoc = useExportDocument();
  if (!snapshot) return null;
  const stageId = snapshot.template.focusStageId;
  const title = snapshot.template.stages.find((s) => s.id === stageId)?.title ?? '';
  return (
    <Button
      icon={<FileWordOutlined />}
      onClick={() => void exportDoc(`${unit.orgName}${title}工作方案`, (o) => buildStagePlan(stagePlanModel(snapshot, stageId, today()), o))}
      data-testid="export-plan"
    >
      导出 Word
    </Button>
  );
}
