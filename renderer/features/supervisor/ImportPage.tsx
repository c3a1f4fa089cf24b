import { useState } from 'react';
import { Alert, App, Button, Card, Popconfirm, Progress, Space, Table, Tag, Typography } from 'antd';
import { FileAddOutlined, FolderOpenOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useNavigate } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { BUNDLE_EXTENSION } from '@shared/bundle/format';
import { APPLIED_STATUSES, formatExportedAt, PREVIEW_STATUS_LABEL, type PreviewStatus } from '@shared/supervisor/classify';
import type { SupervisorBundle, SupervisorImport } from '@shared/supervisor/schema';
import { UserError } from '@shared/util/result';
import { nowIso } from '../../app/context';
import { useAction } from '../../app/useAction';
import { bridge } from '../../bridge';
import { acceptHeldKey, applyBundles, APPLY_STATUS_LABEL, discardHeld, previewBundles, type ApplyOutcome, type BundleFile, type PreviewRow } from '../../db/repos/supervisorImport';
import { supervisorDb } from './db';
import { useHeld, useImports } from './useSupervisor';

const STATUS_COLOUR: Record<PreviewStatus, string> = { new: 'green', newer: 'blue', same: 'default', older: 'default', keyMismatch: 'orange', refused: 'red' };
const OUTCOME_COLOUR: Record<ApplyOutcome['status'], string> = { imported: 'green', replaced: 'blue', same: 'default', older: 'default', held: 'orange', refused: 'red' };

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'preview'; files: BundleFile[]; rows: PreviewRow[] }
  | { kind: 'applying'; done: number; total: number }
  | { kind: 'done'; outcomes: ApplyOutcome[] };

/** Problems shown before the rest are folded away. */
const PROBLEMS_SHOWN = 3;

/**
 * A note that lists a refused file's problems (joined by '；'): one per line, the first few shown
 * and the rest behind 展开, instead of one line of twenty.
 */
function Note({ text, danger }: { text: string; danger: boolean }) {
  const [open, setOpen] = useState(false);
  const parts = danger ? text.split('；').filter((p) => p.trim() !== '') : [text];
  const type = danger ? 'danger' : 'secondary';
  if (parts.length <= 1) return <Typography.Text type={type}>{text}</Typography.Text>;
  const shown = open ? parts : parts.slice(0, PROBLEMS_SHOWN);
  return (
    <div data-testid="note-problems">
      {shown.map((p, i) => (
        <div key={i}>
          <Typography.Text type={type}>
            {i + 1}. {p}
          </Typography.Text>
        </div>
      ))}
      {parts.length > PROBLEMS_SHOWN && (
        <Typography.Link onClick={() => setOpen(!open)}>{open ? '收起' : `另有 ${parts.length - PROBLEMS_SHOWN} 处问题，展开`}</Typography.Link>
      )}
    </div>
  );
}

const previewColumns: ColumnsType<PreviewRow> = [
  { title: '文件', dataIndex: 'fileName', width: 180, ellipsis: true },
  { title: '单位', key: 'unit', width: 140, render: (_, r) => r.unit?.name ?? '—' },
  { title: '导出时间', key: 'at', width: 160, render: (_, r) => (r.exportedAt ? formatExportedAt(r.exportedAt) : '—') },
  { title: '记录数', key: 'records', width: 100, render: (_, r) => (r.records === undefined ? '—' : `${r.records} 条${r.documents ? `，文档 ${r.documents} 份` : ''}`) },
  {
    title: '签名',
    key: 'sig',
    width: 170,
    render: (_, r) =>
      r.fingerprint ? (
        <div>
          <div>签名有效</div>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            指纹 {r.fingerprint}
          </Typography.Text>
        </div>
      ) : (
        '—'
      ),
  },
  {
    title: '结果',
    key: 'status',
    render: (_, r) => (
      <div data-testid="preview-status" data-status={r.status}>
        <Tag color={STATUS_COLOUR[r.status]}>{PREVIEW_STATUS_LABEL[r.status]}</Tag>
        <Note text={r.note} danger={r.status === 'refused'} />
      </div>
    ),
  },
];

function HeldCard({ held }: { held: SupervisorBundle[] }) {
  const run = useAction();
  const { message } = App.useApp();
  const imports = useImports() ?? [];
  const known = new Map(imports.map((i) => [i.unitId, i]));
  if (held.length === 0) return null;
  return (
    <Card title="签名密钥不同、暂存待定的数据包" style={{ marginTop: 16 }} data-testid="held">
      <Typography.Paragraph>
        这些数据包来自已导入的单位，但签名密钥与此前的不同（单位可能换了电脑，也可能是别人冒名）。请与该单位电话核对新指纹，确认后“改用新密钥”，否则“丢弃”。
      </Typography.Paragraph>
      <Table<SupervisorBundle>
        size="small"
        rowKey="bundleId"
        pagination={false}
        dataSource={held}
        columns={[
          { title: '单位', dataIndex: 'unitName' },
          { title: '导出时间', key: 'at', render: (_, b) => formatExportedAt(b.exportedAt) },
          { title: '这份的指纹', dataIndex: 'fingerprint' },
          { title: '已有的指纹', key: 'old', render: (_, b) => known.get(b.unitId)?.fingerprint ?? '—' },
          {
            title: '操作',
            key: 'actions',
            render: (_, b) => (
              <Space>
                <Popconfirm
                  title={`已与该单位电话核对，新指纹是 ${b.fingerprint}？`}
                  okText="已核对，改用新密钥"
                  cancelText="取消"
                  onConfirm={async () => {
                    const r = await run(() => acceptHeldKey(supervisorDb, b.bundleId, nowIso()));
                    if (r) void message.success(r.note);
                  }}
                >
                  <a>改用新密钥</a>
                </Popconfirm>
                <Popconfirm title="丢弃这份数据包？单位的数据和密钥保持不变。" okText="丢弃" cancelText="取消" onConfirm={() => run(() => discardHeld(supervisorDb, b.bundleId), '已丢弃')}>
                  <a>丢弃</a>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** The bundle each unit's data replaced (kept before the replacement), by unit: keys only, no file bytes read. */
async function previousBundles(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  await supervisorDb.supervisorBundles.orderBy('[unitId+role]').eachKey((key, cursor) => {
    const [unitId, role] = key as unknown as [string, string];
    if (role === 'previous') out.set(unitId, String(cursor.primaryKey));
  });
  return out;
}

/** Every unit held: the bundle its data came from, its key, and the bundle it replaced, each to save again. */
function HeldUnitsCard() {
  const run = useAction();
  const imports = useImports();
  const previous = useLiveQuery(previousBundles, []);
  if (!imports || imports.length === 0) return null;
  const save = (bundleId: string) =>
    run(async () => {
      const b = await supervisorDb.supervisorBundles.get(bundleId);
      if (!b) throw new UserError('这份数据包已不在本机');
      const name = b.fileName.endsWith(`.${BUNDLE_EXTENSION}`) ? b.fileName : `${b.unitName}.${BUNDLE_EXTENSION}`;
      await bridge.filesSave({ suggestedName: name, filters: [{ name: '单位数据包', extensions: [BUNDLE_EXTENSION] }], data: b.bytes });
    });
  return (
    <Card title={`已导入的单位（${imports.length}）`} style={{ marginTop: 16 }}>
      <Table<SupervisorImport>
        size="small"
        rowKey="unitId"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        dataSource={[...imports].sort((a, b) => byName.compare(a.unitName, b.unitName))}
        columns={[
          { title: '单位', dataIndex: 'unitName' },
          { title: '数据导出于', key: 'at', render: (_, i) => formatExportedAt(i.exportedAt) },
          { title: '导入于', key: 'in', render: (_, i) => formatExportedAt(i.importedAt) },
          { title: '记录数', dataIndex: 'records' },
          { title: '签名密钥指纹', dataIndex: 'fingerprint' },
          {
            title: '数据包',
            key: 'save',
            render: (_, i) => {
              const before = previous?.get(i.unitId);
              return (
                <Space>
                  <a onClick={() => void save(i.bundleId)}>另存当前的</a>
                  {before && <a onClick={() => void save(before)}>另存替换前的</a>}
                </Space>
              );
            },
          },
        ]}
      />
    </Card>
  );
}

const byName = new Intl.Collator('zh-CN');

/**
 * Import many bundles at once (R-SUPERVISE): pick files or a folder, see what each would do
 * before anything is written, then import with a progress bar.
 */
export function ImportPage() {
  const run = useAction();
  const navigate = useNavigate();
  const held = useHeld() ?? [];
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  const pick = (directory: boolean) =>
    run(async () => {
      const r = await bridge.filesOpen({ filters: [{ name: '单位数据包', extensions: [BUNDLE_EXTENSION] }], multiple: true, directory });
      if (r.files.length === 0) return;
      setStage({ kind: 'reading', done: 0, total: r.files.length });
      try {
        const rows = await previewBundles(supervisorDb, r.files, (done, total) => setStage({ kind: 'reading', done, total }));
        setStage({ kind: 'preview', files: r.files, rows });
      } catch (e) {
        setStage({ kind: 'idle' });
        throw e;
      }
    });

  const apply = (files: BundleFile[], rows: PreviewRow[]) =>
    run(async () => {
      setStage({ kind: 'applying', done: 0, total: rows.length });
      const outcomes = await applyBundles(supervisorDb, files, rows, { now: nowIso(), onProgress: (done, total) => setStage({ kind: 'applying', done, total }) });
      setStage({ kind: 'done', outcomes });
    });

  const busy = stage.kind === 'reading' || stage.kind === 'applying';
  const count = (s: PreviewStatus) => (stage.kind === 'preview' ? stage.rows.filter((r) => r.status === s).length : 0);
  const toWrite = stage.kind === 'preview' ? stage.rows.filter((r) => APPLIED_STATUSES.includes(r.status)).length : 0;

  return (
    <div className="pyt-page" style={{ maxWidth: 'none' }}>
      <Card title="导入各单位的数据包">
        <Typography.Paragraph>
          选择单位交来的数据包（.{BUNDLE_EXTENSION} 文件），可以一次选多个，或选一个文件夹。导入前会先逐个检查签名和数据，列出每个文件将如何处理，确认后才写入。同一单位较新的数据包会替换较旧的（替换前的数据包会保留），相同的不重复导入，较旧的跳过。
        </Typography.Paragraph>
        <Space>
          <Button type="primary" icon={<FileAddOutlined />} disabled={busy} onClick={() => void pick(false)} data-testid="pick-bundles">
            选择数据包文件…
          </Button>
          <Button icon={<FolderOpenOutlined />} disabled={busy} onClick={() => void pick(true)}>
            选择文件夹…
          </Button>
        </Space>
        {(stage.kind === 'reading' || stage.kind === 'applying') && (
          <div style={{ marginTop: 16 }} data-testid="import-progress">
            <Typography.Text>
              {stage.kind === 'reading' ? '正在检查' : '正在导入'} {stage.done} / {stage.total} 个文件
            </Typography.Text>
            <Progress percent={stage.total ? Math.round((stage.done / stage.total) * 100) : 0} />
          </div>
        )}
      </Card>

      {stage.kind === 'preview' && (
        <Card title="导入前预览（尚未写入）" style={{ marginTop: 16 }} data-testid="preview">
          <Alert
            type={count('refused') > 0 ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 12 }}
            title={`共 ${stage.rows.length} 个文件：新单位 ${count('new')} 个，替换 ${count('newer')} 个，暂存待定 ${count('keyMismatch')} 个，相同 ${count('same')} 个，较旧跳过 ${count('older')} 个，不能导入 ${count('refused')} 个`}
          />
          <Table<PreviewRow> size="small" rowKey="index" columns={previewColumns} dataSource={stage.rows} pagination={{ pageSize: 100, hideOnSinglePage: true }} />
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" disabled={toWrite === 0} onClick={() => void apply(stage.files, stage.rows)} data-testid="apply-import">
              确认导入（{toWrite} 个）
            </Button>
            <Button onClick={() => setStage({ kind: 'idle' })}>取消</Button>
          </Space>
        </Card>
      )}

      {stage.kind === 'done' && (
        <Card title="导入结果" style={{ marginTop: 16 }} data-testid="import-result">
          <Table<ApplyOutcome>
            size="small"
            rowKey={(_, i) => String(i)}
            pagination={{ pageSize: 100, hideOnSinglePage: true }}
            dataSource={stage.outcomes}
            columns={[
              { title: '文件', dataIndex: 'fileName', width: 200, ellipsis: true },
              { title: '单位', dataIndex: 'unitName', width: 160, render: (v?: string) => v ?? '—' },
              { title: '结果', key: 'status', render: (_, o) => (
                  <>
                    <Tag color={OUTCOME_COLOUR[o.status]}>{APPLY_STATUS_LABEL[o.status]}</Tag>
                    <Note text={o.note} danger={o.status === 'refused'} />
                  </>
                ),
              },
            ]}
          />
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" onClick={() => navigate('/')} data-testid="to-board">
              查看各单位进度
            </Button>
            <Button onClick={() => setStage({ kind: 'idle' })}>继续导入</Button>
          </Space>
        </Card>
      )}

      <HeldCard held={held} />
      <HeldUnitsCard />
    </div>
  );
}
