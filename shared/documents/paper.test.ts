/**
 * The paper defects a reader found on the rendered pages, each asserted on the document itself
 * (the render test checks what LibreOffice makes of them).
 */
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import {
  buildBranchNotice,
  buildEvaluationReport,
  buildMinutes,
  buildOpinionForm,
  buildSelfAnalysis,
  buildSelfAnalysisBatch,
  buildSurveyTally,
  buildTalkRecord,
  formatPercent,
  type SelfAnalysisModel,
} from '.';
import { DEFAULT_DOCUMENT_FONTS } from '../ipc/contract';
import { documentExamples as ex } from '../../test/fixtures/documents/examples';
import { attrs, attrsOf, paragraphsOf, plainText, readDocx } from '../../test/fixtures/documents/readDocx';
import { columnMinimums, columnWidths, widthForLine } from './layout/table';

const docXml = async (bytes: Promise<Uint8Array>) => readDocx(await bytes)['word/document.xml'];

describe('paper defects', () => {
  it('the signature keeps with the last body lines: every paragraph from the last body line to the date keeps with the next', async () => {
    for (const bytes of [buildBranchNotice(ex.branchNotice), buildEvaluationReport(ex.evaluationReport)]) {
      const paras = paragraphsOf(await docXml(bytes));
      const dateAt = paras.findIndex((p) => plainText(p).startsWith('2005年9月') && p.includes('w:val="Signature"'));
      expect(dateAt).toBeGreaterThan(0);
      // The closing body paragraph (特此报告 / 欢迎…监督) and everything after it up to the date.
      const bodyEnd = Math.max(...paras.slice(0, dateAt).map((p, i) => (p.includes('w:val="Body"') ? i : -1)));
      for (const p of paras.slice(bodyEnd, dateAt)) expect(p, plainText(p)).toMatch(/<w:keepNext\/>/);
      expect(paras[bodyEnd]).toMatch(/<w:widowControl\/>/);
      expect(paras[dateAt]).not.toMatch(/<w:keepNext\/>/);
    }
  });

  it('a dictated material has blank lines for 口述人 and 记录人 to sign; a talk record for both people and the recorder', async () => {
    const dictated = await docXml(buildSelfAnalysis(ex.selfAnalysisBatch[1]));
    const text = plainText(dictated);
    expect(text).toContain('口述人：李德顺　签字：');
    expect(text).toContain('记录人：王秀兰　签字：');
    // Each sign line ends in an underlined blank.
    const signLines = paragraphsOf(dictated).filter((p) => /口述人|记录人：/.test(plainText(p)));
    expect(signLines).toHaveLength(2);
    for (const p of signLines) expect(p).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">\u3000{6}<\/w:t>/);
    const talk = plainText(await docXml(buildTalkRecord(ex.talkRecord)));
    for (const s of ['谈话人签字', '谈话对象签字', '记录人签字']) expect(talk).toContain(s);
  });

  it('征求意见表: a target’s heading row and its categories stay on one page (all but the last row keep with the next)', async () => {
    const xml = await docXml(buildOpinionForm(ex.opinionForm));
    const rows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);
    const keeps = rows.map((r) => /<w:keepNext\/>/.test(r));
    // Row 0: 填表人; then per target: heading, 3 categories; then 其他意见和建议.
    expect(keeps).toEqual([false, ...ex.opinionForm.targets.flatMap(() => [true, true, true, false]), false]);
  });

  it('rates read as people write them: 70%, 64.9%, never 70.0%', async () => {
    expect(formatPercent(0.7)).toBe('70%');
    expect(formatPercent(0.649)).toBe('64.9%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.9285)).toBe('92.9%');
    expect(plainText(await docXml(buildSurveyTally(ex.surveyTally)))).not.toContain('.0%');
  });

  it('a list whose items start with a date is numbered （1）（2）, so “2.9月29日前” cannot read as 2.9', async () => {
    const decisions = ['9月29日前完成整改台账。', '10月起转入整改提高阶段。'];
    const text = plainText(await docXml(buildMinutes({ ...ex.minutes, decisions })));
    expect(text).toContain('（1）9月29日前完成整改台账。');
    expect(text).toContain('（2）10月起转入整改提高阶段。');
    expect(text).not.toMatch(/\d\.\d+月/);
    // Items that start with words keep 1. 2.
    const words = plainText(await docXml(buildMinutes({ ...ex.minutes, decisions: ['完成整改台账。', '转入整改提高阶段。'] })));
    expect(words).toContain('1.完成整改台账。');
  });

  it('attendance reads “应到23人，实到21人”', async () => {
    const text = plainText(await docXml(buildMinutes(ex.minutes)));
    expect(text).toContain('到会情况：应到23人，实到21人');
    expect(text).not.toContain('应到人数');
  });

  it('a column is never narrower than the widest label, name or date it holds', () => {
    const spec = {
      columns: [0, 3, 3, 0, 0, 2],
      header: [['序号', '存在问题', '整改措施', '责任人', '完成时限', '整改结果']],
      rows: [[{ text: '25', kind: 'label' as const }, '问题', '措施', { text: '欧阳建国', kind: 'label' as const }, { text: '2005年\n9月20日', kind: 'label' as const }, '']],
    };
    const mins = columnMinimums(spec);
    const widths = columnWidths(spec.columns, 8845, mins);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8845);
    widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(mins[i]));
    expect(mins[3]).toBe(widthForLine('欧阳建国'));
    expect(mins[4]).toBe(widthForLine('9月20日'));
    // The text columns get the room: each is wider than the date column.
    expect(widths[1]).toBeGreaterThan(widths[4]);
    expect(widths[2]).toBeGreaterThan(widths[4]);
  });

  it('the font table names a stand-in for each official face: 仿宋 for 仿宋_GB2312, 楷体 for 楷体_GB2312', async () => {
    const parts = readDocx(await buildSelfAnalysis(ex.selfAnalysis));
    const fonts = parts['word/fontTable.xml'];
    const font = (name: string) => fonts.match(new RegExp(`<w:font w:name="${name}">(.*?)</w:font>`))?.[1] ?? '';
    expect(attrs(font('仿宋_GB2312'), 'w:altName')['w:val']).toBe('仿宋');
    expect(attrs(font('楷体_GB2312'), 'w:altName')['w:val']).toBe('楷体');
    expect(attrs(font('方正小标宋简体'), 'w:altName')['w:val']).toBe('宋体');
    expect(attrs(font('仿宋_GB2312'), 'w:charset')['w:val']).toBe('86');
    // The part is in the package: related from the document and typed.
    expect(attrsOf(parts['word/_rels/document.xml.rels'], 'Relationship').some((r) => r.Target === 'fontTable.xml')).toBe(true);
    expect(parts['[Content_Types].xml']).toContain('/word/fontTable.xml');
    // Every face the settings name is declared.
    for (const name of Object.values(DEFAULT_DOCUMENT_FONTS)) expect(font(name), name).not.toBe('');
  });

  it('the batch: names keep .docx whatever the member is called, and progress is told for each document', async () => {
    const long = '欧阳'.repeat(60);
    const models: SelfAnalysisModel[] = [ex.selfAnalysis, { ...ex.selfAnalysis, memberName: long }, { ...ex.selfAnalysis, memberName: '反\u202E转😀' }];
    const seen: number[] = [];
    const files = unzipSync(await buildSelfAnalysisBatch(models, { onProgress: (done) => seen.push(done) }));
    expect(seen).toEqual([1, 2, 3]);
    const names = Object.keys(files);
    for (const n of names) {
      expect(n.endsWith('.docx'), n).toBe(true);
      expect(n).not.toMatch(/[\u202E\uFFFD]/u);
    }
    expect(names[2]).toBe('03-反转😀-党性分析材料.docx');
  });
});
