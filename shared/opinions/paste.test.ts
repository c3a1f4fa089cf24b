import { describe, expect, it } from 'vitest';
import { duplicateKey, parsePaste, resolvePasted, type PastedLine } from './paste';

const members = [
  { id: 'm-zhang', name: '张三' },
  { id: 'm-li', name: '李四' },
  { id: 'm-wang1', name: '王芳' },
  { id: 'm-wang2', name: '王芳' },
];
const ctx = { members, year: 2005 };
type OpinionLine = Extract<PastedLine, { kind: 'opinion' }>;
const opinions = (text: string, c: Parameters<typeof parsePaste>[1] = ctx) =>
  parsePaste(text, c).lines.filter((l): l is OpinionLine => l.kind === 'opinion');

describe('pasting opinions typed up from paper forms', () => {
  it('drops the numbering secretaries type (1、 （2） ① 一、 3. 第4条) and keeps the text whole', () => {
    const got = opinions(
      ['1、会议太多，文山会海', '（2）下基层调研少', '① 窗口办事要跑几趟', '一、学习流于形式', '3.政策解释不耐心', '第4条 1.5万元的经费使用不公开', '2005年的整改没有回音'].join('\n'),
    );
    expect(got.map((l) => l.text)).toEqual([
      '会议太多，文山会海',
      '下基层调研少',
      '窗口办事要跑几趟',
      '学习流于形式',
      '政策解释不耐心',
      '1.5万元的经费使用不公开',
      '2005年的整改没有回音',
    ]);
  });

  it('skips blank lines but counts them, and keeps the line numbers of what was pasted', () => {
    const r = parsePaste('\n\n会议太多\n\u3000\u3000\n  \n下基层少\n', ctx);
    expect(r.blankLines).toBe(5);
    expect(r.lines.map((l) => l.line)).toEqual([3, 6]);
  });

  it('turns full-width spaces and runs of spaces into one space, and removes invisible characters', () => {
    const [l] = opinions('\u3000\u30001、对班子：\u3000会议\u200b太多，  学习太少\u3000');
    expect(l.text).toBe('会议太多， 学习太少');
    expect(l.fields.target).toBe('leadership');
  });

  it('reads the tags in front: 【群众】, 对班子：, 作风：, in any order, and says what it read', () => {
    const [a, b, c] = opinions(['【群众】对班子：作风：会议太多', '作风：【服务对象·意见箱】窗口态度生硬', '对党支部的意见：组织生活不经常'].join('\n'));
    expect(a.fields).toEqual({ source: 'masses', target: 'leadership', category: 'style' });
    expect(a.text).toBe('会议太多');
    expect(a.read).toEqual(['对象：领导班子', '类别：工作作风', '来源：群众']);
    expect(b.fields).toEqual({ category: 'style', source: 'client', channel: 'box' });
    expect(c.fields).toEqual({ target: 'organisation' });
  });

  it('reads a tag behind the text: （服务对象） or ——群众', () => {
    const [a, b] = opinions('窗口服务态度生硬（服务对象，座谈会）\n希望多到社区走走——群众');
    expect(a).toMatchObject({ text: '窗口服务态度生硬', fields: { source: 'client', channel: 'forum' } });
    expect(b).toMatchObject({ text: '希望多到社区走走', fields: { source: 'masses' } });
  });

  it('leaves brackets and colons it does not know as part of the opinion', () => {
    const [a, b, c] = opinions('【建议】经费公开\n时间：每月开一次会太少\n加强业务学习（如政策法规）');
    expect(a.text).toBe('【建议】经费公开');
    expect(b.text).toBe('时间：每月开一次会太少');
    expect(c.text).toBe('加强业务学习（如政策法规）');
    expect([a, b, c].every((l) => Object.keys(l.fields).length === 0)).toBe(true);
  });

  it('reads a member by name after 对, and says when two members share the name', () => {
    const [a, b, c] = opinions('对张三同志：工作不够主动\n对王芳：学习笔记不全\n对赵六：不在名册');
    expect(a.fields).toEqual({ target: 'member', targetMemberId: 'm-zhang' });
    expect(b.fields).toEqual({ target: 'member' });
    expect(b.warnings.join()).toContain('几名党员都叫“王芳”');
    expect(c.text).toBe('对赵六：不在名册');
  });

  it('takes a line made only of tags as a heading for the lines under it; a new target starts a new group', () => {
    const r = parsePaste(
      [
        '【座谈会】',
        '一、对领导班子的意见',
        '（一）工作作风方面',
        '1、会议多',
        '2、群众：下基层少',
        '（二）工作学习方面：',
        '1、学习不深入',
        '二、对党员个人的意见',
        '张三：上班迟到',
        '李四反映：窗口态度差',
        '对党组织：理想信念：组织生活不经常',
      ].join('\n'),
      ctx,
    );
    expect(r.lines.map((l) => l.kind)).toEqual(['heading', 'heading', 'heading', 'opinion', 'opinion', 'heading', 'opinion', 'heading', 'opinion', 'opinion', 'opinion']);
    const ops = r.lines.filter((l): l is OpinionLine => l.kind === 'opinion');
    expect(ops[0].fields).toEqual({ channel: 'forum', target: 'leadership', category: 'style' });
    expect(ops[0].read).toContain('对象：领导班子（第 2 行标题）');
    expect(ops[1].fields).toEqual({ channel: 'forum', target: 'leadership', category: 'style', source: 'masses' });
    expect(ops[2].fields).toEqual({ channel: 'forum', target: 'leadership', category: 'work' });
    // Under 对党员个人 the category of the group above is gone, and a bare name is the member.
    expect(ops[3]).toMatchObject({ text: '上班迟到', fields: { channel: 'forum', target: 'member', targetMemberId: 'm-zhang' } });
    expect(ops[3].fields.category).toBeUndefined();
    expect(ops[4].fields.targetMemberId).toBe('m-li');
    expect(ops[5].fields).toEqual({ channel: 'forum', target: 'organisation', category: 'ideals' });
  });

  it('does not read a bare name as the target outside a 对党员个人 group', () => {
    const [l] = opinions('张三：窗口态度差');
    expect(l.text).toBe('张三：窗口态度差');
    expect(l.fields).toEqual({});
  });

  it('shows the lines it cannot use, with the reason', () => {
    const r = parsePaste('1、\n（3）\n……\n会议多', ctx);
    expect(r.lines.filter((l) => l.kind === 'unusable')).toEqual([
      { kind: 'unusable', line: 1, raw: '1、', reason: '只有序号，没有意见内容' },
      { kind: 'unusable', line: 2, raw: '（3）', reason: '只有序号，没有意见内容' },
      { kind: 'unusable', line: 3, raw: '……', reason: '没有意见内容' },
    ]);
  });

  it('marks duplicates, in the paste (with the first line) and in the register, ignoring spaces and punctuation', () => {
    const existing = new Set([duplicateKey('经费使用不公开。')]);
    const ops = opinions('1、会议太多，文山会海\n2、会议太多 文山会海！\n3、经费使用不公开\n4、会议太少', { ...ctx, existing });
    expect(ops.map((l) => l.duplicateOf)).toEqual([undefined, 1, 'register', undefined]);
  });

  it('keeps a very long line whole and says it is too long to save as it is', () => {
    const long = `群众反映：${'窗口办事排队时间长，'.repeat(60)}`;
    const [l] = opinions(long);
    expect([...l.text].length).toBe(600);
    expect(l.fields.source).toBe('masses');
    expect(l.warnings.join()).toContain('超过 500 字（共 600 字）');
    expect(resolvePasted(l, { target: 'organisation', category: 'work', channel: 'form', date: '2005-09-05' })).toEqual({
      ok: false,
      missing: ['意见不超过 500 字'],
    });
  });

  it('reads rows copied from a Word or Excel table (tab-separated cells)', () => {
    const [l] = opinions('3\t对领导班子\t工作作风\t会议多，文件多\t座谈会（群众）\t2005-09-05');
    expect(l).toMatchObject({ text: '会议多，文件多', fields: { target: 'leadership', category: 'style', channel: 'forum', source: 'masses', date: '2005-09-05' } });
  });

  it('reads dates in the ways they are written, and only real ones', () => {
    const [a, b, c] = opinions('9月5日：会议多\n【2005.9.6】下基层少\n2005年2月30日：不是日期');
    expect(a.fields.date).toBe('2005-09-05');
    expect(b.fields.date).toBe('2005-09-06');
    expect(c.fields.date).toBeUndefined();
    expect(c.text).toBe('2005年2月30日：不是日期');
  });

  it('keeps the first of two tags that disagree and says so', () => {
    const [l] = opinions('【群众】会议太多（党员）');
    expect(l.fields.source).toBe('masses');
    expect(l.warnings.join()).toContain('不一致');
  });
});

describe('a pasted line as it will be saved', () => {
  const [line] = opinions('对班子：会议太多');
  it('takes the row’s own edits first, then what the line says, then the settings for all lines', () => {
    const r = resolvePasted(line, { target: 'organisation', category: 'work', channel: 'forum', source: 'masses', date: '2005-09-05' }, { category: 'style' });
    expect(r).toEqual({
      ok: true,
      draft: { text: '会议太多', target: 'leadership', category: 'style', channel: 'forum', source: 'masses', date: '2005-09-05', anonymous: false, fromStage1: false },
    });
  });

  it('names every field still missing', () => {
    expect(resolvePasted(line, {})).toEqual({ ok: false, missing: ['类别', '征求方式', '提意见的人', '日期'] });
    const [member] = opinions('对党员个人：迟到');
    expect(resolvePasted(member, { category: 'work', channel: 'form', source: 'party', date: '2005-09-05' })).toEqual({ ok: false, missing: ['针对哪名党员'] });
  });
});
