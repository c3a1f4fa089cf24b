import { Button } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { opinionSummaryModel } from '@shared/opinions/summaryModel';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { listOpinions } from '../../db/repos/opinions';
import { useExportDocument } from '../documents/useExportDocument';

/**
 * 征求意见汇总表 (Word): the register grouped by target and category, read when the paper is made;
 * the 边议边改 measures that answer an opinion fill its 整改落实情况.
 */
export function ExportSummaryButton() {
  const { db } = useApp();
  const { unit, actor, today } = useUnit();
  const exportDoc = useExportDocument();
  const build = async (o: Parameters<Parameters<typeof exportDoc>[1]>[0]) => {
    const [opinions, members, fixes] = await db.transaction('r', [db.opinions, db.members, db.fixItems], async () => {
      const list = await listOpinions(db, unit.id);
      const ids = [...new Set(list.flatMap((x) => (x.targetMemberId ? [x.targetMemberId] : [])))];
      return Promise.all([list, db.members.bulkGet(ids), db.fixItems.where('unitId').equals(unit.id).toArray()]);
    });
    const model = opinionSummaryModel({
      orgName: unit.orgName,
      opinions,
      memberNames: new Map(members.flatMap((m) => (m ? [[m.id, m.name] as const] : []))),
      fixes,
      preparedBy: actor,
      today: today(),
    });
    return (await import('@shared/documents')).buildOpinionSummary(model, o);
  };
  return (
    <Button icon={<FileWordOutlined />} onClick={() => void exportDoc(`${unit.orgName}征求意见汇总表`, build)} data-testid="export-opinion-summary">
      导出征求意见汇总表
    </Button>
  );
}
