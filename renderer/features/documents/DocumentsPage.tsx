import { Button, Card, Typography } from 'antd';
import { FileWordOutlined, FileZipOutlined } from '@ant-design/icons';
import { useApp } from '../../app/context';
import { useCampaign, useUnit } from '../../app/unitContext';
import { SimpleList, SimpleListItem, SimpleListMeta } from '../../app/SimpleList';
import { BatchExportStatus } from './BatchExportStatus';
import { FontStatusCard } from './FontStatusCard';
import { PRINTABLE_DOCUMENTS } from './printableDocuments';
import { useBatchExport } from './useBatchExport';
import { useExportDocument } from './useExportDocument';

/** Paper documents available now, in the official layout (GB/T 9704), as Word files. */
export function DocumentsPage() {
  const { db } = useApp();
  const { unit, today } = useUnit();
  const snapshot = useCampaign();
  const exportDoc = useExportDocument();
  const batch = useBatchExport();
  if (!snapshot) return null;
  const running = batch.state.phase === 'running';
  const buildAll = () =>
    void batch.start(
      PRINTABLE_DOCUMENTS.map((d) => ({
        title: d.title(snapshot),
        fileTitle: `${unit.orgName}${d.title(snapshot)}`,
        build: (o) => d.build({ db, s: snapshot }, o, today()),
      })),
      `${unit.orgName}打印材料`,
    );
  return (
    <div className="pyt-page">
      <Typography.Title level={3}>打印材料</Typography.Title>
      <Typography.Paragraph type="secondary">
        生成的 Word 文件按党政机关公文格式排版（A4，仿宋三号，每页 22 行、每行 28 字），可用 Word 或 WPS 打开后直接打印。字体可在“单位与设置”中更换。
      </Typography.Paragraph>
      <Card
        title="可以打印的材料"
        style={{ marginBottom: 16 }}
        extra={
          <Button type="primary" icon={<FileZipOutlined />} onClick={buildAll} disabled={running} data-testid="export-all">
            全部生成（打包为 zip）
          </Button>
        }
      >
        <BatchExportStatus state={batch.state} onCancel={batch.cancel} onDismiss={batch.dismiss} />
        <SimpleList
          items={PRINTABLE_DOCUMENTS}
          rowKey={(d) => d.id}
          renderItem={(d) => (
            <SimpleListItem
              actions={
                <Button
                  icon={<FileWordOutlined />}
                  data-testid={`export-${d.id}`}
                  disabled={running}
                  onClick={() => void exportDoc(`${unit.orgName}${d.title(snapshot)}`, (o) => d.build({ db, s: snapshot }, o, today()))}
                >
                  生成 Word
                </Button>
              }
            >
              <SimpleListMeta title={d.title(snapshot)} description={d.note} />
            </SimpleListItem>
          )}
        />
      </Card>
      <FontStatusCard />
    </div>
  );
}
