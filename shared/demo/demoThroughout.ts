/**
 * 贯穿始终 in the demo: the 边议边改 ledger (R-FIX-NOW), eight items taken from the opinions, the
 * masses' complaints first — four done, three under way, one past its deadline on the 演示日期;
 * and the study log (R-STUDY): two sessions, each with absent members, some of whom made it up.
 */
import type { UnitRecordTypes } from '../data/registry';
import type { StudyTopic } from '../throughout/types';
import { demoAt, demoDate } from './demoCalendar';
import type { DemoCast } from './demoCast';

type FixItem = UnitRecordTypes['fixItems'];
type StudySession = UnitRecordTypes['studySessions'];

/** [opinion keys, problem, measure, owner, deadline, done on + result]. */
const LEDGER: [string[], string, string, string, string, [string, string]?][] = [
  [['hotline'], '企业服务热线有时无人接听', '热线明确专人值守，工作日8:30—17:30接听，来电登记、限时回复', '宋立新', '09-10', ['09-08', '安排2名同志轮流值守，值班表在局网站公布']],
  [['discipline'], '个别科室上班时间串岗、用电脑玩游戏', '开展作风纪律专项检查，发现一起通报一起', '赵文斌', '09-09', ['09-09', '专项检查2次，通报批评1人，机关电脑统一卸载游戏']],
  [['website'], '局网站政策文件更新不及时', '清理过期文件，开设政策解读专栏，每周更新', '孙丽萍', '09-15', ['09-12', '清理过期文件37件，新开政策解读专栏']],
  [['retirees'], '离退休老同志希望了解局里工作', '每季度向离退休党员通报一次全局工作', '吴德厚', '09-12', ['09-12', '9月12日向离退休党员通报了上半年全局工作']],
  [['m.song'], '企业诉求回复不及时，有的拖了一个多月', '建立企业诉求登记台账，每件5个工作日内答复，清理积压诉求', '宋立新', '09-10'],
  [['counter'], '窗口工作人员对来访群众态度生硬', '窗口实行首问负责制，设意见簿，每月讲评一次', '萧建平', '09-20'],
  [['s1.oneVisit', 'm.deng'], '到局里办事要跑几趟，办事指南不清楚', '重新编印办事指南，实行一次性告知', '邓红梅', '09-25'],
  [['s1.meetings'], '会议多、文件多，基层负担重', '精简会议文件，能合并的会议合并开，无实质内容的不发文', '王建华', '09-30'],
];

export function demoFixItems(c: DemoCast, opinionId: (key: string) => string): FixItem[] {
  return LEDGER.map(([keys, problem, measure, owner, deadline, done], order) => {
    const entered = demoAt('09-07', '16:00');
    return {
      id: c.makeId(),
      unitId: c.unitId,
      opinionIds: keys.map(opinionId),
      problem,
      measure,
      ownerId: c.id(owner),
      ownerName: owner,
      deadline: demoDate(deadline),
      status: done ? 'done' : 'open',
      ...(done ? { doneOn: demoDate(done[0]), result: done[1] } : {}),
      order,
      createdAt: entered,
      updatedAt: done ? demoAt(done[0], '17:00') : entered,
    };
  });
}

interface Session {
  day: string;
  topics: StudyTopic[];
  content: string;
  host: string;
  absent: string[];
  madeUp: [string, string][];
}

const SESSIONS: Session[] = [
  {
    day: '09-06',
    topics: ['constitutionRights'],
    content: '集中学习《党章》关于党员权利和义务的规定，王建华同志领学，5名党员交流发言。',
    host: '王建华',
    absent: ['蒋卫东', '沈玉珍', '郑永年', '冯桂兰', '杨帆', '唐俊'],
    madeUp: [['杨帆', '09-08'], ['唐俊', '09-09'], ['郑永年', '09-10'], ['冯桂兰', '09-10']],
  },
  {
    day: '09-12',
    topics: ['sixRequirements'],
    content: '学习保持共产党员先进性六条基本要求，陈国栋同志结合征求到的意见讲党课。',
    host: '陈国栋',
    absent: ['蒋卫东', '沈玉珍', '郑永年', '冯桂兰', '韩冬梅'],
    madeUp: [['韩冬梅', '09-13']],
  },
];

export function demoStudySessions(c: DemoCast): StudySession[] {
  return SESSIONS.map((s) => {
    const absent = new Set(s.absent.map(c.id));
    const madeUp = s.madeUp.map(([name, day]) => [c.id(name), demoDate(day)] as const);
    const last = s.madeUp.reduce((d, [, day]) => (day > d ? day : d), s.day);
    return {
      id: c.makeId(),
      unitId: c.unitId,
      date: demoDate(s.day),
      topics: s.topics,
      content: s.content,
      attendeeIds: c.party.filter((m) => !absent.has(m.id)).map((m) => m.id),
      makeUpIds: madeUp.map(([id]) => id),
      makeUpDates: madeUp.map(([, date]) => date),
      place: '局机关三楼会议室',
      host: s.host,
      createdAt: demoAt(s.day, '17:00'),
      updatedAt: demoAt(last, '17:00'),
    };
  });
}
