import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Segmented, Space, Steps, Table, Tag, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import type { ColumnsType } from 'antd/es/table';
import { EDUCATION_LABEL, PARTY_STATUS_LABEL, PERSON_KIND_LABEL, ROLE_LABEL } from '@shared/members/types';
import {
  buildRosterPreview,
  guessOfficeKind,
  newOfficeNames,
  normalizeOrgName,
  type ImportedPerson,
  type RosterPreview,
} from '@shared/members/import';
import { useApp, nowIso } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { bridge } from '../../bridge';
import { readRosterFile } from '../members/io/readRosterFile';
import { importMembers } from '../../db/repos/members';
import { takeAutoBackup } from '../../db/repos/backup';
import { APP_VERSION } from '../../version';
import { useRoster } from './useRoster';

type RowFilter = 'all' | 'errors' | 'warnings' | 'same' | 'inferred';
const hasError = (r: ImportedPerson) => r.problems.some((p) => p.level === 'error');
const isSameName = (r: ImportedPerson) => r.sameName.existingIds.length > 0 || r.sameName.otherLines.length > 0;
const isInferred = (r: ImportedPerson) => r.inferred.length > 0;

/** The row as it will be imported: with what 备注/职务 suggested, or as written when the secretary said no. */
function asImported(r: ImportedPerson, rejected: ReadonlySet<number>): ImportedPerson {
  return rejected.has(r.line) && r.asWritten ? { ...r, ...r.asWritten, inferred: [] } : r;
}

/**
 * Excel/CSV roster import: preview every row's problems and what was read from 备注 and 职务,
 * import only what the user confirms.
 */
export function RosterImportPage() {
  const { db } = useApp();
  const { unit, actor, today } = useUnit();
  const roster = useRoster(unit.id);
  const run = useAction();
  const navigate = useNavigate();
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  /** Lines whose guesses from 备注/职务 the secretary rejected. */
  const [rejected, setRejected] = useState<ReadonlySet<number>>(new Set());
  const [show, setShow] = useState<RowFilter>('all');
  const chosen = useMemo(() => new Set(selected), [selected]);

  const pick = () =>
    run(async () => {
      const { files } = await bridge.filesOpen({
        filters: [{ name: '花名册（Excel 或 CSV）', extensions: ['xlsx', 'csv'] }],
        multiple: false,
      });
      const file = files[0];
      if (!file || !roster) return;
      const table = await readRosterFile(file.name, file.data);
      const p = buildRosterPreview(table, { existing: roster.members, branches: roster.branches, offices: roster.offices, now: today() });
      setFileName(file.name);
      setPreview(p);
      setRejected(new Set());
      // Rows with errors cannot be imported; people whose name is already there are left for the user to decide.
      setSelected(p.rows.filter((r) => !hasError(r) && !isSameName(r)).map((r) => r.line));
    });

  const confirm = () =>
    run(async () => {
      if (!preview) return;
      const rows = preview.rows.filter((r) => chosen.has(r.line)).map((r) => asImported(r, rejected));
      // The roster as it was, kept on this PC in case the import was the wrong file.
      await takeAutoBackup(db, unit.id, 'beforeImport', APP_VERSION, nowIso());
      const result = await importMembers(db, unit.id, rows, { actor, now: nowIso(), today: today() });
      // Leave before the preview re-renders against the new roster.
      setPreview(null);
      navigate(`/u/${unit.id}/roster`);
      return result;
    }, `已导入 ${selected.length} 人`);

  const setAccepted = (lines: number[], accept: boolean) =>
    setRejected((prev) => {
      const next = new Set(prev);
      for (const l of lines) {
        if (accept) next.delete(l);
        else next.add(l);
      }
      return next;
    });

  const stats = useMemo(() => {
    const rows = preview?.rows ?? [];
    return {
      total: rows.length,
      errors: rows.filter(hasError).length,
      warnings: rows.filter((r) => !hasError(r) && r.problems.length > 0).length,
      same: rows.filter(isSameName).length,
      inferred: rows.filter(isInferred).length,
    };
  }, [preview]);

  // What the import will create, from the rows actually chosen, as they will be imported.
  const toCreate = useMemo(() => {
    // Compared as the import compares them (importMembers): cleaned, spaces next to Chinese characters dropped.
    const have = new Set((roster?.branches ?? []).map((b) => normalizeOrgName(b.name)));
    const rows = (preview?.rows ?? []).filter((r) => chosen.has(r.line)).map((r) => asImported(r, rejected));
    const branches = new Set<string>();
    for (const r of rows) {
      const b = r.branchName?.trim();
      if (b && !have.has(b)) branches.add(b);
    }
    const offices = newOfficeNames(rows, roster?.offices ?? []);
    return {
      branches: [...branches],
      offices: offices.filter((n) => guessOfficeKind(n) === 'office'),
      subUnits: offices.filter((n) => guessOfficeKind(n) === 'subUnit'),
    };
  }, [roster, preview, chosen, rejected]);

  const shown = useMemo(() => {
    const rows = preview?.rows ?? [];
    if (show === 'errors') return rows.filter(hasError);
    if (show === 'warnings') return rows.filter((r) => !hasError(r) && r.problems.length > 0);
    if (show === 'same') return rows.filter(isSameName);
    if (show === 'inferred') return rows.filter(isInferred);
    return rows;
  }, [preview, show]);

  const columns: ColumnsType<ImportedPerson> = [
    { title: '行号', dataIndex: 'line', width: 64, fixed: 'left' },
    {
      title: '姓名',
      key: 'name',
      width: 130,
      fixed: 'left',
      render: (_, r) => (
        <Space size={4}>
          {r.draft.name || <Typography.Text type="danger">（空）</Typography.Text>}
          {isSameName(r) && <Tag color="purple">同名</Tag>}
        </Space>
      ),
    },
    {
      title: '从备注、职务识别（请核对）',
      key: 'inferred',
      width: 250,
      render: (_, r) =>
        isInferred(r) && (
          <Space orientation="vertical" size={0}>
            {r.inferred.map((i) => (
              <Typography.Text key={i.message} delete={rejected.has(r.line)} type={rejected.has(r.line) ? 'secondary' : undefined}>
                {i.message}
              </Typography.Text>
            ))}
            <Checkbox
              checked={!rejected.has(r.line)}
              onChange={(e) => setAccepted([r.line], e.target.checked)}
              aria-label={`采用第 ${r.line} 行的识别结果`}
            >
              采用
            </Checkbox>
          </Space>
        ),
    },
    {
      title: '类别',
      key: 'kind',
      width: 96,
      render: (_, r) => {
        const d = asImported(r, rejected).draft;
        return d.partyStatus === 'probationary' ? PARTY_STATUS_LABEL.probationary : PERSON_KIND_LABEL[d.kind];
      },
    },
    { title: '性别', key: 'gender', width: 56, render: (_, r) => r.draft.gender },
    { title: '出生年月', key: 'birth', width: 96, render: (_, r) => r.draft.birth?.replace('-', '.') },
    { title: '入党时间', key: 'joined', width: 96, render: (_, r) => r.draft.joinedParty?.replace('-', '.') },
    { title: '文化程度', key: 'education', width: 96, render: (_, r) => (r.draft.education ? EDUCATION_LABEL[r.draft.education] : '') },
    { title: '所在支部', key: 'branch', width: 140, render: (_, r) => r.branchName },
    { title: '所在科室', key: 'office', width: 120, render: (_, r) => r.officeName },
    { title: '职务', key: 'post', width: 150, ellipsis: true, render: (_, r) => r.draft.post },
    {
      title: '角色',
      key: 'roles',
      width: 150,
      render: (_, r) => asImported(r, rejected).draft.roles.map((x) => <Tag key={x}>{ROLE_LABEL[x]}</Tag>),
    },
    {
      title: '问题',
      key: 'problems',
      width: 320,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          {r.problems.map((p, i) => (
            <Typography.Text key={i} type={p.level === 'error' ? 'danger' : 'warning'}>
              {p.level === 'error' ? '错误：' : '提示：'}
              {p.message}
            </Typography.Text>
          ))}
          {r.sameName.existingIds.length > 0 && (
            <Typography.Text type="secondary">名册中已有同名人员；勾选则作为另一人新增，不会合并</Typography.Text>
          )}
        </Space>
      ),
    },
  ];

  const inferredLines = () => (preview?.rows ?? []).filter(isInferred).map((r) => r.line);

  return (
    <div className="pyt-page">
      <Typography.Title level={3}>从 Excel 导入名册</Typography.Title>
      <Steps
        current={preview ? 1 : 0}
        style={{ maxWidth: 720, marginBottom: 20 }}
        items={[{ title: '选择文件' }, { title: '检查每一行' }, { title: '确认导入' }]}
      />
      <Card style={{ marginBottom: 16 }}>
        <Space orientation="vertical">
          <Typography.Paragraph style={{ margin: 0 }}>
            支持 .xlsx 和 .csv。表格上方可以有标题行；列的顺序不限，能识别“姓名、性别、出生年月、入党时间、正式或预备、文化程度、所在支部、所在科室、职务、分管、人员类别、联系电话、备注”等常见列名。备注和职务中写明的外出、年老体弱、无书写能力、长期患病、离退休、预备党员和分管等情况也会识别出来，逐行列出请您核对。导入前会逐行检查，确认后才写入。
          </Typography.Paragraph>
          <Space>
            <Button type="primary" icon={<UploadOutlined />} onClick={() => void pick()} data-testid="pick-roster" disabled={!roster}>
              {preview ? '重新选择文件' : '选择花名册文件'}
            </Button>
            {fileName && <Typography.Text>{fileName}</Typography.Text>}
            <Button onClick={() => navigate(`/u/${unit.id}/roster`)}>返回名册</Button>
          </Space>
        </Space>
      </Card>
      {preview && preview.fileErrors.length > 0 && (
        <Alert type="error" showIcon title="这个文件无法导入" description={preview.fileErrors.join('；')} style={{ marginBottom: 16 }} />
      )}
      {preview && preview.fileErrors.length === 0 && (
        <>
          <Alert
            type={stats.errors > 0 ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="import-summary"
            title={`共 ${stats.total} 人：${stats.errors} 行有错误不能导入，${stats.warnings} 行有提示，${stats.same} 人同名需要您确认。已勾选 ${selected.length} 人。`}
            description={
              <>
                {stats.inferred > 0 && (
                  <div data-testid="import-inferred">
                    {stats.inferred} 行从备注或职务中识别出外出、身体状况、角色或分管等情况，已按识别结果填入，请在“识别”一栏逐行核对；取消“采用”的行按表中各列原样导入。
                  </div>
                )}
                {toCreate.branches.length > 0 && <div>将新建支部：{toCreate.branches.join('、')}</div>}
                {toCreate.offices.length > 0 && <div>将新建内设科室：{toCreate.offices.join('、')}</div>}
                {toCreate.subUnits.length > 0 && <div>将新建二级单位：{toCreate.subUnits.join('、')}</div>}
                {toCreate.offices.length + toCreate.subUnits.length > 0 && (
                  <div>（科室和二级单位按名称区分，导入后可在“管理科室”中改名、改类别、设负责人）</div>
                )}
                {preview.skipped.length > 0 && (
                  <div>
                    已跳过：{preview.skipped.map((s) => `第 ${s.line} 行（${s.reason}）`).join('，')}
                  </div>
                )}
                {preview.columns.some((c) => c.field === null) && (
                  <div>
                    未识别的列（不导入）：
                    {preview.columns.filter((c) => c.field === null).map((c) => c.header).filter(Boolean).join('、')}
                  </div>
                )}
              </>
            }
          />
          <Table<ImportedPerson>
            rowKey="line"
            size="small"
            columns={columns}
            dataSource={shown}
            pagination={{ defaultPageSize: 100, showSizeChanger: true, pageSizeOptions: [50, 100, 200], showTotal: (t) => `共 ${t} 行` }}
            title={() => (
              <Space wrap>
                <Segmented<RowFilter>
                  value={show}
                  onChange={setShow}
                  options={[
                    { value: 'all', label: `全部（${stats.total}）` },
                    { value: 'errors', label: `有错误（${stats.errors}）` },
                    { value: 'warnings', label: `有提示（${stats.warnings}）` },
                    { value: 'same', label: `同名（${stats.same}）` },
                    { value: 'inferred', label: `识别（${stats.inferred}）` },
                  ]}
                />
                {stats.inferred > 0 && (
                  <>
                    <Button size="small" onClick={() => setAccepted(inferredLines(), true)}>
                      全部采用识别结果
                    </Button>
                    <Button size="small" onClick={() => setAccepted(inferredLines(), false)}>
                      全部不采用
                    </Button>
                  </>
                )}
              </Space>
            )}
            scroll={{ x: 1900 }}
            rowSelection={{
              selectedRowKeys: selected,
              preserveSelectedRowKeys: true,
              onChange: (keys) => setSelected(keys as number[]),
              getCheckboxProps: (r) => ({ disabled: hasError(r), 'aria-label': `导入第 ${r.line} 行` }),
            }}
          />
          <Space style={{ marginTop: 16 }}>
            <Button type="primary" size="large" disabled={selected.length === 0} onClick={() => void confirm()} data-testid="confirm-import">
              确认导入 {selected.length} 人
            </Button>
            <Button size="large" onClick={() => setPreview(null)}>
              放弃
            </Button>
          </Space>
        </>
      )}
    </div>
  );
}
