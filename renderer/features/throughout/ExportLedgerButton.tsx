import { Button } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { fixNowLedgerModel } from '@shared/throughout/documentModels';
import { useUnit } from '../../app/unitContext';
import { useExportDocument } from '../documents/useExportDocument';
import { useApp } from '../../app/context';
import { readLedger } from '../../db/repos/ledgerModel';

/** R-FIX-NOW: the 边议边改整改台账 as a Word file, in the ledger's order (the whole ledger, read when asked). */
export function ExportLedgerButton() {
  const { db } = useApp();
  const { unit, today } = useUnit();
  const exportDoc = useExportDocument();
  const exportLedger = () =>
    exportDoc(`${unit.orgName}边议边改整改台账`, async (o) => {
      const [d, data] = await Promise.all([import('@shared/documents'), readLedger(db, unit.id)]);
      const model = fixNowLedgerModel({
        orgName: unit.orgName,
        items: data.items,
        opinions: data.opinions,
        memberNames: data.memberNames,
        today: today(),
      });
      return d.buildFixNowLedger(model, o);
    });
  return (
    <Button icon={<FileWordOutlined />} onClick={() => void exportLedger()} data-testid="export-fix-ledger">
      导出整改台账（Word）
    </Button>
  );
}
