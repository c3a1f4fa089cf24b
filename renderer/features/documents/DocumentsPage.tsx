import { Button, Card, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { today, useApp } from '../../app/context';
import { useCampaign, useUnit } from '../../app/unitContext';
import { SimpleList, SimpleListItem, SimpleListMeta } from '../../app/SimpleList';
import { PRINTABLE_DOCUMENTS } from './printableDocuments';
import { useExportDocument } from './useExportDocument';

/** Paper documents available now, in the official layout (GB/T 9704), as Word files. */
export function DocumentsPage() {
  const { db } = useApp();
  const { unit } = useUnit();
  const snapshot = useCampaign();
  const exportDoc = useExportDocument();
  if (!snapshot) return null;
  return (
    <div className="pyt-page">
      <Typography.Title level={3}>打印材料</Typography.Title>
      <Typography.Paragraph type="secondary">
        生成的 Word 文件按党政机关公文格式排版（A4，仿宋三号，每页 22 行、每行 28 字），可用 Word 或 WPS 打开后直接打印。字体可在“单位与设置”中更换。
      </Typography.Paragraph>
      <Card>
        <SimpleList
          items={PRINTABLE_DOCUMENTS}
          rowKey={(d) => d.id}
          renderItem={(d) => (
            <SimpleListItem
              actions={
                <Button
                  icon={<FileWordOutlined />}
                  data-testid={`export-${d.id}`}
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
    </div>
  );
}
