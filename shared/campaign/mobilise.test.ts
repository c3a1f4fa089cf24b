import { describe, expect, it } from 'vitest';
import { defaultSchedules, shiftForLateTransition } from './schedule';
import { mobilisationStatus, mobiliseDeadline } from './mobilise';
import { makeMobiliseMeeting, makeSnapshot } from './testing';

describe('R-STAGE-MOBILISE', () => {
  it('R-STAGE-MOBILISE: pending, then due soon, then red/overdue after 9月4日', () => {
    const s = makeSnapshot();
    expect(mobilisationStatus(s, '2005-08-25')).toMatchObject({ state: 'pending', deadline: '2005-09-04', daysLeft: 10 });
    expect(mobilisationStatus(s, '2005-09-02').state).toBe('dueSoon');
    expect(mobilisationStatus(s, '2005-09-04')).toMatchObject({ state: 'dueSoon', daysLeft: 0 });
    expect(mobilisationStatus(s, '2005-09-05')).toMatchObject({
      state: 'overdue',
      daysLeft: -1,
      missing: ['召开转段动员会'],
    });
  });

  it('R-STAGE-MOBILISE: done when held in time with speech, training and the 督导组', () => {
    const s = makeSnapshot({ meetings: [makeMobiliseMeeting()] });
    expect(mobilisationStatus(s, '2005-09-10')).toMatchObject({ state: 'done', missing: [], meetingId: 'meeting-mobilise' });
  });

  it('R-STAGE-MOBILISE: a missing 督导组 attendee is listed', () => {
    const s = makeSnapshot({ meetings: [makeMobiliseMeeting({ supervisorsPresent: [] })] });
    expect(mobilisationStatus(s, '2005-09-03')).toMatchObject({ state: 'dueSoon', missing: ['督导组派人参加'] });
    expect(mobilisationStatus(s, '2005-09-05').state).toBe('overdue');
  });

  it('R-STAGE-MOBILISE: lists a missing speech and training', () => {
    const s = makeSnapshot({ meetings: [makeMobiliseMeeting({ speaker: '', keyStaffTrained: false })] });
    expect(mobilisationStatus(s, '2005-09-03').missing).toEqual(['主要负责同志动员讲话', '骨干人员培训']);
  });

  it('R-STAGE-MOBILISE: a meeting after the deadline does not count', () => {
    const s = makeSnapshot({ meetings: [makeMobiliseMeeting({ date: '2005-09-06' })] });
    expect(mobilisationStatus(s, '2005-09-07')).toMatchObject({
      state: 'overdue',
      missing: ['会议于2005年9月6日召开，晚于2005年9月4日的时限'],
    });
  });

  it('R-STAGE-MOBILISE: a planned meeting is not yet held', () => {
    const s = makeSnapshot({ meetings: [makeMobiliseMeeting({ date: '2005-09-04' })] });
    expect(mobilisationStatus(s, '2005-09-01').missing).toEqual(['会议尚未召开（计划于2005年9月4日）']);
  });

  it('R-STAGE-MOBILISE: the most complete meeting decides', () => {
    const s = makeSnapshot({
      meetings: [makeMobiliseMeeting({ id: 'a', speaker: '' }), makeMobiliseMeeting({ id: 'b' })],
    });
    expect(mobilisationStatus(s, '2005-09-05')).toMatchObject({ state: 'done', meetingId: 'b' });
  });

  it('R-STAGE-SCHEDULE: a unit that transitioned late has its deadline shifted', () => {
    const schedules = shiftForLateTransition(defaultSchedules(makeSnapshot().template, 'unit-1', 2005), 'analysis', '2005-09-06');
    const s = makeSnapshot({ schedules });
    expect(mobiliseDeadline(s)).toBe('2005-09-09');
  });
});
