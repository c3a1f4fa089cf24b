/**
 * The progress report upwards (R-SUPERVISE): as Word (shared/supervisor/report.ts, loaded on
 * first use with docx) and as an Excel workbook (exceljs, loaded on first use): the units × steps
 * table, the 典型, and the acceptances issued.
 */
import type ExcelJS from 'exceljs';
import type { DocumentFonts } from '@shared/ipc/contract';
import { percent, stepColumns, type BoardRow } from '@shared/supervisor/board';
import { STEP_STATE_LABEL } from '@shared/supervisor/summary';
import type { SupervisorAcceptance } from '@shared/supervisor/schema';
import { formatChineseDate } from '@shared/util/dates';
import { inertCell } from '@shared/util/text';
import { loadExcelJs } from '../members/io/readRosterFile';

export async function buildReportDocx(rows: readonly BoardRow[], issued: readonly SupervisorAcceptance[], opts: { group: string; date: string; fonts: DocumentFonts }): Promise<Uint8Array> {
  const r = await import('@shared/supervisor/report');
  return r.buildProgressReport(r.progressReportModel(rows, issued, opts), { fonts: opts.fonts });
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FILL: Record<string, string> = { done: 'FFD9F7BE', going: 'FFBAE0FF', notStarted: 'FFF0F0F0', overdue: 'FFFFCCC7' };

function sheet(wb: ExcelJS.Workbook, name: string, title: string, headers: { header: string; width: number }[], body: (string | number)[][], fills?: (string | undefined)[][]) {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  ws.columns = headers.map((h) => ({ width: h.width }));
  const t = ws.getRow(1).getCell(1);
  t.value = inertCell(title);
  t.font = { name: '宋体', size: 16, bold: true };
  t.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  ws.mergeCells(1, 1, 1, headers.length);
  headers.forEach((h, i) => {
    const c = ws.getRow(2).getCell(i + 1);
    c.value = h.header;
    c.font = { name: '宋体', size: 11, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = BORDER;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  });
  body.forEach((values, r) => {
    const row = ws.getRow(r + 3);
    values.forEach((v, i) => {
      const c = row.getCell(i + 1);
      c.value = typeof v === 'string' ? inertCell(v) : v;
      c.font = { name: '宋体', size: 11 };
      c.alignment = { vertical: 'top', wrapText: true };
      c.border = BORDER;
      const fill = fills?.[r]?.[i];
      if (fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    });
  });
}

export async function buildReportXlsx(rows: readonly BoardRow[], issued: readonly SupervisorAcceptance[], opts: { group: string; date: string }): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJs();
  const wb = new Workbook();
  wb.creator = '评议通';
  const steps = stepColumns(rows.map((r) => r.summary));
  const fills: (string | undefined)[][] = [];
  const body = rows.map((r) => {
    const s = r.summary;
    const cells = steps.map((c) => s.steps.find((x) => x.id === c.id));
    fills.push([undefined, undefined, ...cells.map((st) => (st ? FILL[st.state] : undefined))]);
    return [
      s.unitName,
      s.current.title,
      ...cells.map((st) => (st ? `${STEP_STATE_LABEL[st.state]} ${st.done}/${st.total}` : '')),
      s.overdueCount,
      s.satisfaction.rate === undefined ? '未测评' : percent(s.satisfaction.rate),
      s.gates.map((g) => `${g.title}：${g.reasons.join('；')}`).join('\n'),
      r.mark ? `典型：${r.mark.note}` : '',
      formatChineseDate(s.asOf),
    ];
  });
  sheet(
    wb,
    '各单位进度',
    `${opts.group}各单位进度（${formatChineseDate(opts.date)}）`,
    [
      { header: '单位', width: 22 },
      { header: '当前阶段', width: 14 },
      ...steps.map((c) => ({ header: c.title, width: 14 })),
      { header: '超期事项', width: 9 },
      { header: '满意率', width: 9 },
      { header: '尚未具备的条件', width: 40 },
      { header: '典型', width: 30 },
      { header: '数据截至', width: 14 },
    ],
    body,
    fills,
  );
  sheet(
    wb,
    '验收情况',
    `${opts.group}验收情况`,
    [
      { header: '单位', width: 22 },
      { header: '阶段', width: 14 },
      { header: '结论', width: 14 },
      { header: '验收意见', width: 40 },
      { header: '验收日期', width: 14 },
      { header: '验收人', width: 10 },
      { header: '回执编号', width: 38 },
    ],
    issued.map((a) => [a.unitName, a.stageTitle, a.passed ? '合格' : '不合格需补课', a.opinion, formatChineseDate(a.date), a.supervisor, a.receiptId]),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
