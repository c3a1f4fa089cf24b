import { Tag } from 'antd';
import { FileTextOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AcceptanceReceipt } from '@shared/bundle/backupRules';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { listReceipts } from '../../db/repos/receipts';

/** The unit's 验收回执 by the acceptance each stands behind; undefined while loading. */
export function useReceiptsByAcceptance(): Map<string, AcceptanceReceipt> | undefined {
  const { db } = useApp();
  const { unit } = useUnit();
  return useLiveQuery(async () => new Map((await listReceipts(db, unit.id)).map((r) => [r.acceptanceId, r])), [db, unit.id]);
}

/**
 * Where an acceptance came from: a receipt the 督导组 signed and this installation checked, or
 * a paper acceptance the unit typed in (R-STAGE-ACCEPT); shown wherever an acceptance is.
 */
export function AcceptanceSource({ receipt }: { receipt: AcceptanceReceipt | undefined }) {
  return receipt ? (
    <Tag color="blue" icon={<SafetyCertificateOutlined />} data-testid="acceptance-source">
      电子回执已核验 · {receipt.group} · {receipt.fingerprint}
    </Tag>
  ) : (
    <Tag icon={<FileTextOutlined />} data-testid="acceptance-source">
      纸质验收（无电子回执）
    </Tag>
  );
}
