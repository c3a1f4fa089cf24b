import { describe, expect, it } from 'vitest';
import { cleanReportDraft, defaultReportDraft, reportSendReasons, unreported } from './report';

const draft = { ...defaultReportDraft('中共示例市经济局机关委员会', '2005-09-28'), supervisorReview: '经督导组审核，情况属实，同意上报。' };
const proposed = [{ name: '王伟' }];
const messages = (rs: { message: string }[]) => rs.map((r) => r.message);

describe('the report upwards', () => {
  it('R-EVAL-REPORT: a report goes to the 组织部 and the campaign office by default', () => {
    expect(draft.recipients).toBe('市委组织部、市先进性教育活动办公室');
    expect(reportSendReasons(draft, proposed, '2005-09-28', '2005-09-28')).toEqual([]);
  });

  it('R-EVAL-REPORT: it is not marked sent without someone proposed, without the 督导组’s review, or addressed elsewhere', () => {
    expect(messages(reportSendReasons(draft, [], '2005-09-28', '2005-09-28'))).toEqual(['没有拟定上报的党员，不需要报送']);
    expect(messages(reportSendReasons({ ...draft, supervisorReview: '' }, proposed, '2005-09-28', '2005-09-28'))).toEqual(['报送前要请督导组把关，填写督导组审核意见']);
    expect(messages(reportSendReasons({ ...draft, recipients: '局党组' }, proposed, '2005-09-28', '2005-09-28'))).toEqual(['报告要主送组织部和先进性教育活动办公室']);
    expect(messages(reportSendReasons(draft, proposed, '2005-09-29', '2005-09-28'))).toEqual(['报送日期不能晚于今天']);
    expect(messages(reportSendReasons(draft, proposed, '2005-09-27', '2005-09-28'))).toEqual(['报送日期不能早于报告日期']);
  });

  it('R-EVAL-REPORT: a member proposed after the report was sent is still to be reported', () => {
    const p = [{ memberId: 'a' }, { memberId: 'b' }];
    expect(unreported(p, undefined)).toEqual(p);
    expect(unreported(p, { memberIds: [] })).toEqual(p);
    expect(unreported(p, { sentOn: '2005-09-28', memberIds: ['a'] })).toEqual([{ memberId: 'b' }]);
  });

  it('cleans what the unit typed', () => {
    expect(cleanReportDraft({ recipients: ' 市委组织部\u200b ', intro: '  开头 ', supervisorReview: ' 同意 ', date: ' 2005-09-28 ' })).toEqual({
      recipients: '市委组织部',
      intro: '开头',
      supervisorReview: '同意',
      date: '2005-09-28',
    });
  });
});
