import { Button } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import type { CampaignSnapshot } from '@shared/campaign/snapshot';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { STAGE_PLAN } from '../documents/printableDocuments';
import { useExportDocument } from '../documents/useExportDocument';

/** R-STAGE-PLAN: the plan as a Word file in the official layout, for the 督导组 and the office. */
export function ExportPlanButton({ snapshot }: { snapshot: CampaignSnapshot }) {
  const { db } = useApp();
  const { unit, today } = useUnit();
  const exportDoc = useExportDocument();
  return (
    <Button
      icon={<FileWordOutlined />}
      onClick={() => void exportDoc(`${unit.orgName}${STAGE_PLAN.title(snapshot)}`, (o) => STAGE_PLAN.build({ db, s: snapshot }, o, today()))}
      data-testid="export-plan"
    >
      导出 Word
    </Button>
  );
}
