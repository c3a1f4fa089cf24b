import { useState } from 'react';
import { flushSync } from 'react-dom';
import { App, Button, Card, Checkbox, Progress, Space, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { BUNDLE_EXTENSION, type BundleDocument } from '@shared/bundle/format';
import { safeFileName } from '@shared/documents/text';
import { nowIso, useApp } from '../../app/context';
import { useCampaign, useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { bridge } from '../../bridge';
import { installationSigner } from '../../bridge/signer';
import { PRINTABLE_DOCUMENTS } from '../documents/printableDocuments';
import { runBatch } from '../documents/runBatch';
import { APP_VERSION } from '../../version';
import { makeUnitBundle } from './exportBundle';

type Progressing = { done: number; total: number; current: string } | null;

/** 导出数据包: the unit's data (and, if chosen, its Word documents) in one signed file for the 督导组. */
export function ExportBundleCard() {
  const { db, settings } = useApp();
  const { unit, today } = useUnit();
  const snapshot = useCampaign();
  const { message } = App.useApp();
  const run = useAction();
  const [withDocuments, setWithDocuments] = useState(false);
  const [progress, setProgress] = useState<Progressing>(null);
  const [busy, setBusy] = useState(false);

  const exportBundle = async () => {
    if (!snapshot) return;
    setBusy(true);
    try {
      await run(async () => {
        const documents: BundleDocument[] = [];
        const failed: string[] = [];
        if (withDocuments) {
          const batch = await runBatch(
            PRINTABLE_DOCUMENTS,
            async (d) => ({ name: safeFileName(`${unit.orgName}${d.title(snapshot)}`, '.docx'), bytes: await d.build({ db, s: snapshot }, { fonts: settings.documentFonts }, today()) }),
            (p) => flushSync(() => setProgress({ done: p.done, total: p.total, current: p.current ? p.current.title(snapshot) : '' })),
          );
          documents.push(...batch.built.map((b) => b.value));
          failed.push(...batch.failed.map((f) => f.item.title(snapshot)));
        }
        setProgress({ done: 0, total: 0, current: '正在打包并签名……' });
        const { bytes, fileName } = await makeUnitBundle({ db, unitId: unit.id, signer: await installationSigner(), documents, appVersion: APP_VERSION, now: nowIso(), today: today() });
        const r = await bridge.filesSave({ suggestedName: fileName, filters: [{ name: '评议通单位数据包', extensions: [BUNDLE_EXTENSION] }], data: bytes });
        if (!r.saved) return;
        const docs = withDocuments ? `，含 ${documents.length} 份 Word 材料${failed.length ? `（${failed.join('、')}没有生成成功）` : ''}` : '';
        void message.success({ content: `数据包已保存：${r.path ?? fileName}${docs}。请拷到U盘交给督导组。`, duration: 8 });
      });
    } finally {
      setProgress(null);
      setBusy(false);
    }
  };

  return (
    <Card title="导出数据包（交督导组）" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">
        把本单位的全部数据打成一个文件（.{BUNDLE_EXTENSION}），拷到U盘交给督导组。督导组导入后能看到本单位各项工作的进度，验收后会给一份电子验收回执。
      </Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Checkbox checked={withDocuments} onChange={(e) => setWithDocuments(e.target.checked)} disabled={busy} data-testid="bundle-with-documents">
          同时附上打印材料（{PRINTABLE_DOCUMENTS.length} 份 Word 文件，文件会大一些）
        </Checkbox>
        <Button type="primary" size="large" icon={<ExportOutlined />} onClick={() => void exportBundle()} loading={busy} disabled={!snapshot} data-testid="export-bundle">
          导出数据包
        </Button>
        {progress && (
          <div data-testid="bundle-progress">
            <Typography.Text>{progress.total ? `正在生成 Word 材料 ${Math.min(progress.done + 1, progress.total)}/${progress.total}：${progress.current}` : progress.current}</Typography.Text>
            {progress.total > 0 && <Progress percent={Math.round((progress.done / progress.total) * 100)} status="active" />}
          </div>
        )}
      </Space>
    </Card>
  );
}
