import { describe, expect, it } from 'vitest';
import { gradeFindings } from './noGrade';

const kinds = (texts: string[]) => gradeFindings(texts).map((f) => f.kind);

describe('the scan for grades, votes and rankings', () => {
  it('finds a grade shown as a value, a grade field, a grade given, votes and rankings', () => {
    expect(kinds(['优秀', ' 合格 ', '基本合格', '不合格', '不合格党员', '：优秀', '合格。'])).toEqual(['grade', 'grade', 'grade', 'grade', 'grade', 'grade', 'grade']);
    expect(kinds(['格次：', '评议格次', '等次: 第一等'])).toEqual(['field', 'field', 'field']);
    expect(kinds(['王伟同志被评为优秀', '确定为“不合格”', '群众认为他基本合格，还需努力'])).toEqual(['given', 'given', 'given']);
    expect(kinds(['得票 12', '赞成票过半', '王伟 18 票', '票数统计'])).toEqual(['votes', 'votes', 'votes', 'votes']);
    expect(kinds(['按得分排名', '第 3 名', '名次'])).toEqual(['ranking', 'ranking', 'ranking']);
  });

  it('lets through what the campaign says without grading anyone', () => {
    expect(
      gradeFindings([
        '不确定党员格次，不以票取人、不搞末位淘汰；做到五个区别开来',
        '民主评议不确定党员格次，这是上级的明确要求',
        '是否符合党员条件',
        '不符合党员条件',
        '学习动员阶段验收合格（督导组 李华）',
        '满意率＝（满意票＋基本满意票）÷有效票',
        '发出 120 张，收回 118 张',
        '拟定为不履行党员义务',
        '本次活动不确定党员格次，不投票、不排名，不以票取人、不搞末位淘汰。',
      ]),
    ).toEqual([]);
  });
});
