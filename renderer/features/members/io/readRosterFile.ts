/**
 * Reads a roster file the secretary picked into a plain table of cells, one array per sheet
 * row: `table[i]` is Excel row i+1, so line numbers shown later match what the user sees.
 * Cells are string, number, boolean, Date or null.
 */
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { UserError } from '@shared/util/result';

export type RosterCell = string | number | boolean | Date | null;

const MSG_EMPTY = '文件是空的，没有可以导入的内容';
const MSG_XLS = '暂不支持 .xls，请在 Excel/WPS 中另存为 .xlsx 后再导入';
const MSG_OLE = '无法读取该文件：它可能是旧版 .xls/.et 格式，或设置了打开密码。请在 Excel/WPS 中取消密码并另存为 .xlsx 后再导入';
const MSG_BAD_XLSX = '无法读取该 Excel 文件，文件可能已损坏，或不是 .xlsx 格式。请在 Excel/WPS 中打开后另存为 .xlsx 再导入';
const MSG_NO_DATA = '表格中没有内容，请检查花名册是否在第一个工作表';
const MSG_TYPE = '只支持 Excel（.xlsx）和 CSV（.csv）文件';

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}
const MAX_COLUMNS = 200;
const ZIP_SIG = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIG = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function readRosterFile(name: string, bytes: Uint8Array): Promise<unknown[][]> {
  if (bytes.length === 0) throw new UserError(MSG_EMPTY);
  const ext = (/\.([^.]+)$/u.exec(name.trim())?.[1] ?? '').toLowerCase();
  if (startsWith(bytes, OLE_SIG)) throw new UserError(ext === 'xls' ? MSG_XLS : MSG_OLE);
  if (ext === 'xls' || ext === 'et') throw new UserError(MSG_XLS);
  if (ext === 'xlsx' || ext === 'xlsm' || (ext === '' && startsWith(bytes, ZIP_SIG))) return readXlsx(bytes);
  if (ext === 'csv' || ext === 'txt' || ext === '') return readCsv(bytes);
  throw new UserError(MSG_TYPE);
}

// ---------- .xlsx ----------

/**
 * exceljs is ~1 MB; loaded on first use so the app starts fast on old PCs. Under Vite the
 * package's `browser` field picks its self-contained `dist/exceljs.min.js` (no Node builtins).
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  const mod = (await import('exceljs')) as typeof ExcelJS & { default?: typeof ExcelJS };
  return mod.default ?? mod;
}

type ExcelValue = ExcelJS.CellValue;

/** Rich text, formulas and hyperlinks become what the cell shows; errors become blank. */
function plainValue(value: ExcelValue, numFmt: string | undefined): RosterCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'number') return numberAsShown(value, numFmt);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null || typeof result === 'object' && !(result instanceof Date)) return null;
      return typeof result === 'number' ? numberAsShown(result, numFmt) : (result as RosterCell);
    }
    if ('hyperlink' in value) {
      const text = (value as { text?: unknown }).text;
      if (text && typeof text === 'object' && 'richText' in text) {
        return (text as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
      }
      return typeof text === 'string' ? text : String(text ?? '');
    }
    if ('error' in value) return null;
  }
  return String(value);
}

/**
 * "1965.10" in a cell formatted to two decimals is stored as 1965.1; give the text the user
 * sees so the month is not lost.
 */
function numberAsShown(n: number, numFmt: string | undefined): number | string {
  const m = numFmt ? /^0\.(0+)$/u.exec(numFmt) : null;
  return m ? n.toFixed(m[1].length) : n;
}

function trimRow(row: RosterCell[]): RosterCell[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === '')) end--;
  return row.slice(0, end);
}

function trimTable(table: RosterCell[][]): RosterCell[][] {
  let end = table.length;
  while (end > 0 && table[end - 1].length === 0) end--;
  return table.slice(0, end);
}

async function readXlsx(bytes: Uint8Array): Promise<unknown[][]> {
  const { Workbook } = await loadExcelJs();
  const wb = new Workbook();
  try {
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await wb.xlsx.load(copy);
  } catch {
    throw new UserError(MSG_BAD_XLSX);
  }
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible' && ws.state !== undefined) continue;
    const table: RosterCell[][] = [];
    // A column formatted to the sheet's edge must not make us read 16,384 cells a row.
    const lastCol = Math.min(ws.columnCount, MAX_COLUMNS);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      while (table.length < r - 1) table.push([]);
      const cells: RosterCell[] = [];
      for (let c = 1; c <= lastCol; c++) {
        const cell = row.getCell(c);
        // Merged cells repeat the top-left value (a 支部 merged down over its members).
        const source = cell.isMerged && cell.master ? cell.master : cell;
        cells.push(plainValue(source.value, source.numFmt));
      }
      table.push(trimRow(cells));
    });
    const trimmed = trimTable(table);
    if (trimmed.length > 0) return trimmed;
  }
  throw new UserError(MSG_NO_DATA);
}

// ---------- .csv ----------

/**
 * Excel on Chinese Windows saves CSV as GBK; newer Excel and WPS may save UTF-8 with a BOM;
 * "Unicode text" is UTF-16LE. Undecodable UTF-8 is taken as GB18030 (a superset of GBK).
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function readCsv(bytes: Uint8Array): unknown[][] {
  const text = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const table = parsed.data.map((row) => trimRow(row.map((c) => (typeof c === 'string' ? c : null))));
  const trimmed = trimTable(table);
  if (trimmed.length === 0) throw new UserError(MSG_EMPTY);
  return trimmed;
}
