/**
 * Writes the roster (花名册) as .xlsx with the column names the import understands, so a
 * file exported, edited in Excel/WPS and imported again keeps every field.
 *
 * Every text is written clean (shared/util/text.ts) and inert: a record stored before entry
 * points cleaned (`王\u200b伟`) is written as the name it shows (王伟), and importing the file
 * gives back exactly what was written: the same names, flagged as same names; a text that a
 * spreadsheet would read as a formula (=, +, -, @) gets a leading apostrophe (inertCell), which
 * the import takes off again.
 */
import type ExcelJS from 'exceljs';
import { formatYearMonth } from '@shared/members/import/dates';
import { cleanLine, cleanMultiline, inertCell } from '@shared/util/text';
import { loadExcelJs } from './readRosterFile';
import {
  EDUCATION_LABEL,
  EMPLOYMENT_LABEL,
  PARTY_STATUS_LABEL,
  PERSON_KIND_LABEL,
  ROLE_LABEL,
  type Branch,
  type Member,
  type Office,
} from '@shared/members/types';

/** Names of the records a member points at, by id ('' when unknown). */
interface Names {
  branch(id: string | undefined): string;
  office(id: string | undefined): string;
}

interface ExportColumn {
  header: string;
  width: number;
  value: (m: Member, names: Names) => string | number;
  /** Line breaks kept (备注); every other text is one line. */
  multiline?: boolean;
}

const yes = (b: boolean | undefined): string => (b ? '是' : '');

/** Headers are aliases known to shared/members/import/columns.ts. */
export const EXPORT_COLUMNS: ExportColumn[] = [
  { header: '序号', width: 6, value: () => '' },
  { header: '姓名', width: 10, value: (m) => m.name },
  { header: '性别', width: 6, value: (m) => m.gender ?? '' },
  { header: '出生年月', width: 10, value: (m) => (m.birth ? formatYearMonth(m.birth) : '') },
  { header: '入党时间', width: 10, value: (m) => (m.joinedParty ? formatYearMonth(m.joinedParty) : '') },
  { header: '党员类别', width: 10, value: (m) => (m.partyStatus ? PARTY_STATUS_LABEL[m.partyStatus] : '') },
  { header: '所在支部', width: 18, value: (m, n) => n.branch(m.branchId) },
  { header: '所在科室', width: 16, value: (m, n) => n.office(m.officeId) },
  { header: '职务', width: 18, value: (m) => m.post ?? '' },
  { header: '身份', width: 9, value: (m) => PERSON_KIND_LABEL[m.kind] },
  { header: '角色', width: 22, value: (m) => m.roles.map((r) => ROLE_LABEL[r]).join('、') },
  { header: '文化程度', width: 10, value: (m) => (m.education ? EDUCATION_LABEL[m.education] : '') },
  { header: '在职/离退休', width: 11, value: (m) => EMPLOYMENT_LABEL[m.employment] },
  { header: '年老体弱', width: 8, value: (m) => yes(m.frail) },
  { header: '长期患病', width: 8, value: (m) => yes(m.chronicIll) },
  { header: '无书写能力', width: 8, value: (m) => yes(m.cannotWrite) },
  { header: '外出', width: 6, value: (m) => yes(m.away !== null) },
  { header: '外出地点', width: 14, value: (m) => m.away?.place ?? '' },
  { header: '外出联系方式', width: 14, value: (m) => m.away?.contact ?? '' },
  { header: '联系电话', width: 14, value: (m) => m.phone ?? '' },
  { header: '分管', width: 18, value: (m, n) => m.oversees.map((id) => n.office(id)).filter((x) => x !== '').join('、') },
  { header: '备注', width: 24, value: (m) => m.note ?? '', multiline: true },
];

/** A text cell as written: clean, and never a formula. */
const textCell = (s: string, multiline = false): string => inertCell(multiline ? cleanMultiline(s) : cleanLine(s));

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function writeRosterXlsx(
  unitName: string,
  members: Member[],
  branches: Branch[],
  offices: Office[] = [],
): Promise<Uint8Array> {
  const byId = new Map(branches.map((b) => [b.id, b]));
  const officeById = new Map(offices.map((o) => [o.id, o.name]));
  const names: Names = {
    branch: (id) => (id ? (byId.get(id)?.name ?? '') : ''),
    office: (id) => (id ? (officeById.get(id) ?? '') : ''),
  };
  const order = (m: Member): number => (m.branchId ? byId.get(m.branchId)?.order ?? Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER);
  // Grouped by branch for printing; within a branch the caller's order stays.
  const sorted = members.map((m, i) => ({ m, i })).sort((a, b) => order(a.m) - order(b.m) || a.i - b.i).map((x) => x.m);

  const { Workbook } = await loadExcelJs();
  const wb = new Workbook();
  wb.creator = '评议通';
  const ws = wb.addWorksheet('花名册', {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  ws.columns = EXPORT_COLUMNS.map((c) => ({ width: c.width }));

  const title = ws.getRow(1);
  title.getCell(1).value = textCell(`${unitName}人员花名册`);
  title.getCell(1).font = { name: '宋体', size: 16, bold: true };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 30;
  ws.mergeCells(1, 1, 1, EXPORT_COLUMNS.length);

  const head = ws.getRow(2);
  EXPORT_COLUMNS.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: '宋体', size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  });
  head.height = 32;

  sorted.forEach((m, r) => {
    const row = ws.getRow(r + 3);
    EXPORT_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const raw = i === 0 ? r + 1 : c.value(m, names);
      const v = typeof raw === 'string' ? textCell(raw, c.multiline) : raw;
      cell.value = v;
      // Text format keeps 1965.10 from becoming the number 1965.1 when edited in Excel.
      if (typeof v === 'string') cell.numFmt = '@';
      cell.font = { name: '宋体', size: 11 };
      cell.alignment = { vertical: 'middle', wrapText: true };
      cell.border = BORDER;
    });
  });

  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
