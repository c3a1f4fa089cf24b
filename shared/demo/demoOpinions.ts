/**
 * The demo's opinion register (R-OPIN-*): about 40 opinions over every channel, from party
 * members, 群众, 服务对象, a 政协委员 and the 督导组, on the organisation, the leadership team and
 * members, some carried over from stage 1 (R-OPIN-CONTINUE); and last year's 民主生活会 opinions
 * checked (R-OPIN-LASTYEAR). Two blanks are left on purpose, as a unit half way would have them:
 * nothing yet from the 人大代表, and nothing on the leadership team's 理想信念.
 */
import type { UnitRecordTypes } from '../data/registry';
import type { LastYearStatus, OpinionCategory, OpinionChannel, OpinionSource, OpinionTarget } from '../opinions/types';
import { demoAt, demoDate } from './demoCalendar';
import type { DemoCast } from './demoCast';

type Opinion = UnitRecordTypes['opinions'];
type LastYearOpinion = UnitRecordTypes['lastYearOpinions'];

/** What a row says: key (for the ledger), day, channel, source, target, about whom, category, giver ('' = 匿名), text. */
type Row = [string, string, OpinionChannel, OpinionSource, OpinionTarget, string, OpinionCategory, string, string];

/** Gathered in stage 1 (学习动员) at 座谈会 and by 征求意见表, mostly on the leadership team. */
const STAGE_1: Row[] = [
  ['s1.research', '08-05', 'forum', 'party', 'leadership', '', 'work', '卫国庆', '领导班子下基层调研的次数偏少，对企业反映的困难了解得不够及时。'],
  ['s1.meetings', '08-05', 'forum', 'masses', 'leadership', '', 'style', '', '机关会议多、文件多，有的会议内容重复，基层同志疲于应付。'],
  ['s1.oneVisit', '08-08', 'form', 'client', 'organisation', '', 'style', '', '到局里办事有时要跑几趟，一次性告知做得不够。'],
  ['s1.finance', '08-08', 'form', 'client', 'leadership', '', 'work', '孔令辉', '对中小企业融资难问题研究得多、落实得少，扶持政策宣传不到位。'],
  ['s1.ideas', '08-10', 'forum', 'cppccMember', 'leadership', '', 'work', '华丽君', '班子在推动产业结构调整上思路要再宽一些，多听听专家和企业的意见。'],
  ['s1.canteen', '08-12', 'box', 'masses', 'organisation', '', 'other', '', '机关食堂和公务用车管理制度执行不严，有时公车私用。'],
  ['s1.orgLife', '08-15', 'form', 'party', 'organisation', '', 'ideals', '', '支部组织生活有时流于形式，学习多是念文件，讨论不深入。'],
  ['s1.notes', '08-18', 'forum', 'higher', 'organisation', '', 'work', '刘振华', '第一阶段党员学习笔记和心得体会质量不平衡，离退休党员的学习要加强。'],
];

/** Gathered in 分析评议 from 9月5日: wider, and on each member (R-OPIN-SCOPE, R-OPIN-CONTENT). */
const STAGE_2: Row[] = [
  ['hotline', '09-05', 'hotline', 'client', 'leadership', '', 'style', '', '企业服务热线有时没人接听，希望明确专人值守。'],
  ['website', '09-06', 'email', 'client', 'organisation', '', 'work', '姜美玲', '局网站上的政策文件更新不及时，有的还是前年的。'],
  ['teamwork', '09-06', 'forum', 'masses', 'leadership', '', 'style', '', '班子成员之间沟通要加强，有的交叉工作相互推诿。'],
  ['discipline', '09-07', 'box', 'masses', 'organisation', '', 'style', '', '个别科室上班时间串岗、用电脑玩游戏的现象还有。'],
  ['youngIdeals', '09-07', 'form', 'party', 'organisation', '', 'ideals', '尤振华', '部分年轻党员理想信念教育要加强，对党的历史了解不多。'],
  ['appraisal', '09-08', 'talk', 'masses', 'leadership', '', 'work', '魏刚', '对机关干部的考核奖惩不够分明，干多干少一个样。'],
  ['visits', '09-09', 'forum', 'client', 'leadership', '', 'style', '孔令辉', '领导到企业调研要少打招呼、少安排陪同，多看实际情况。'],
  ['retirees', '09-09', 'forum', 'party', 'organisation', '', 'work', '秦淑芬', '离退休老同志希望每季度听一次局里的工作通报。'],
  ['counter', '09-10', 'hotline', 'masses', 'organisation', '', 'style', '', '窗口工作人员对来访群众解释不耐心，态度生硬。'],
  ['promises', '09-12', 'email', 'cppccMember', 'leadership', '', 'work', '华丽君', '建议班子把服务企业的承诺事项向社会公开，接受监督。'],
  ['m.chen', '09-06', 'form', 'party', 'member', '陈国栋', 'style', '', '陈国栋同志工作抓得紧，但批评下属有时方式简单，听取不同意见不够。'],
  ['m.wangjh', '09-06', 'forum', 'party', 'member', '王建华', 'work', '', '王建华同志分管办公室、人事、财务，事务多，对机关党建工作投入的时间精力不够。'],
  ['m.zhao', '09-07', 'form', 'masses', 'member', '赵文斌', 'style', '', '赵文斌同志纪检监督要多深入科室，抓早抓小。'],
  ['m.li', '09-07', 'form', 'party', 'member', '李秀英', 'work', '', '李秀英同志对规划科年轻同志压担子多、具体指导少。'],
  ['m.zhang', '09-08', 'forum', 'client', 'member', '张志强', 'style', '金淑华', '张志强同志下企业调研多，回来后跟踪落实不够。'],
  ['m.sun', '09-08', 'talk', 'masses', 'member', '孙丽萍', 'work', '钱小红', '孙丽萍同志文件把关严，但有时周转慢，基层等得着急。'],
  ['m.liu', '09-08', 'talk', 'party', 'member', '刘芳', 'ideals', '杨帆', '刘芳同志学理论能联系工作实际，对新党员的帮带可以更主动一些。'],
  ['m.huang', '09-07', 'box', 'masses', 'member', '黄志明', 'style', '', '黄志明同志报销审核严格是对的，但对基层同志要多解释、少训人。'],
  ['m.guo', '09-09', 'form', 'party', 'member', '郭建军', 'work', '', '郭建军同志干部培训计划性要加强，年轻干部轮岗交流偏少。'],
  ['m.wangwei1', '09-09', 'form', 'party', 'member', '王伟', 'work', '', '办公室王伟同志工作踏实，文稿起草能力有待提高，学习不够主动。'],
  ['m.wangwei2', '09-09', 'form', 'client', 'member', '王伟#2', 'style', '', '经济运行科王伟同志下企业核对统计数据时方法简单，企业有意见。'],
  ['m.zhou', '09-09', 'forum', 'party', 'member', '周海涛', 'work', '', '周海涛同志的经济运行分析报告数据多、分析少，对决策的参考作用不够。'],
  ['m.song', '09-06', 'hotline', 'client', 'member', '宋立新', 'style', '', '企业服务科对企业诉求回复不及时，有的事项拖了一个多月，宋立新同志作为科长要负责。'],
  ['m.deng', '09-09', 'email', 'client', 'member', '邓红梅', 'work', '姜美玲', '邓红梅同志牵头的行政许可事项清理要加快，办事指南要写清楚。'],
  ['m.xiao', '09-10', 'forum', 'client', 'member', '萧建平', 'style', '孔令辉', '市中小企业服务中心的收费项目要公开，萧建平同志要带头把好关。'],
  ['m.xu', '09-10', 'form', 'party', 'member', '徐静', 'work', '', '徐静同志走访企业的记录不完整，回访不及时。'],
  ['m.yang', '09-08', 'talk', 'party', 'member', '杨帆', 'ideals', '刘芳', '杨帆同志是年轻党员，对基层情况了解不多，吃苦精神还要增强。'],
  ['m.zhu', '09-10', 'talk', 'party', 'member', '朱婷', 'ideals', '孙丽萍', '预备党员朱婷同志要更加严格要求自己，在政治理论学习上多下功夫。'],
  ['m.cao', '09-12', 'talk', 'party', 'member', '曹阳', 'work', '周海涛', '预备党员曹阳同志业务学习积极，但和群众、企业打交道少。'],
  ['m.gao', '09-12', 'forum', 'party', 'member', '高明远', 'style', '', '高明远同志经验丰富，对年轻同志传帮带不够主动。'],
  ['m.wu', '09-09', 'forum', 'party', 'member', '吴德厚', 'work', '何美玲', '吴德厚同志组织离退休党员学习认真，希望多上门为行动不便的老党员送学。'],
  ['m.hu', '09-07', 'box', 'masses', 'member', '胡斌', 'style', '', '胡斌同志上班偶有迟到，纪律观念要加强。'],
  ['m.han', '09-12', 'email', 'client', 'member', '韩冬梅', 'work', '金淑华', '韩冬梅同志负责的企业培训内容单一，希望多讲财税和融资政策。'],
  ['m.xuwb', '09-12', 'hotline', 'client', 'member', '许文博', 'style', '', '许文博同志接待来访企业时说话有时不耐烦。'],
  ['m.peng', '09-12', 'other', 'masses', 'member', '彭晓东', 'work', '陶勇', '彭晓东同志到社区调研后，调研成果转化成实际措施的不多。'],
];

/** The opinions, and each one's id by its key (for the 边议边改 ledger). */
export function demoOpinions(c: DemoCast): { opinions: Opinion[]; idOf: (key: string) => string } {
  const ids = new Map<string, string>();
  const toRecord = (fromStage1: boolean) => (row: Row): Opinion => {
    const [key, md, channel, source, target, about, category, giver, text] = row;
    const id = c.makeId();
    ids.set(key, id);
    return {
      id,
      unitId: c.unitId,
      text,
      channel,
      source,
      target,
      ...(target === 'member' ? { targetMemberId: c.id(about) } : {}),
      category,
      date: demoDate(md),
      anonymous: giver === '',
      ...(giver ? { giver } : {}),
      fromStage1,
      // Stage 1's opinions were typed in when 分析评议 began; the others on the day they came in.
      createdAt: fromStage1 ? demoAt('09-05', '10:00') : demoAt(md, '17:00'),
    };
  };
  const opinions = [...STAGE_1.map(toRecord(true)), ...STAGE_2.map(toRecord(false))];
  return {
    opinions,
    idOf: (key) => {
      const id = ids.get(key);
      if (!id) throw new RangeError(`The demo has no opinion ${key}`);
      return id;
    },
  };
}

const LAST_YEAR: [LastYearStatus, string, string][] = [
  ['fixed', '机关办事程序不公开，企业不知道找谁办。', '2005年3月起在服务大厅和局网站公开办事指南和责任人。'],
  ['fixed', '领导班子到基层调研不够经常。', '建立班子成员联系企业制度，每人联系5家企业。'],
  ['partial', '会议多、文件多，基层负担重。', '会议数量比上年减少两成，但文件仍然偏多，本次继续整改。'],
  ['partial', '干部学习培训流于形式。', '已制定年度培训计划，考学结合还要加强。'],
  ['notFixed', '机关停车难，来访企业车辆无处停放。', '受场地限制尚未解决，已列入整改提高阶段计划。'],
];

/** Last year's 民主生活会 opinions, checked at this year's 座谈会 (R-OPIN-LASTYEAR). */
export function demoLastYearOpinions(c: DemoCast): LastYearOpinion[] {
  return LAST_YEAR.map(([status, text, note]) => ({
    id: c.makeId(),
    unitId: c.unitId,
    text,
    status,
    note,
    createdAt: demoAt('09-09', '16:00'),
  }));
}
