/**
 * R-ANALYSIS-CONTENT (问题准、根源清、认识深、措施实) as gentle notes, never a gate: words can only
 * hint at what the reviewer judges. Each note names the R-ANALYSIS-REWRITE reason it resembles,
 * so a reviewer may pick it when returning the material.
 */
import type { AnalysisTexts } from './review';
import type { RewriteReason } from './types';

export type HintId = 'fewProblems' | 'notPersonal' | 'noRoots' | 'objectiveRoots' | 'noMeasures' | 'vagueMeasures';

export interface ContentHint {
  id: HintId;
  /** A gentle note in Chinese. */
  message: string;
  /** The return reason it resembles, if any. */
  reason?: RewriteReason;
}

const ACHIEVEMENT = /取得|成绩|成效|成果|圆满|顺利完成|较好地|好评|表彰|荣获|先进|优秀|贡献|做出了|作出了|受到.{0,6}(肯定|表扬)|积极参加|认真完成|完成了|提高了/u;
const SHORTCOMING = /不够|不足|不强|不高|不深|不实|不严|不到位|不细|缺乏|欠缺|放松|淡化|差距|问题|薄弱|没有|偏差|松懈|满足于|怕|片面|缺点|错误/u;
const OBJECTIVE = /工作(太|很|较)?忙|任务(太|很|较)?重|事务(太|很)?多|客观|时间(太|很)?紧|没有时间|时间少|精力有限|条件(差|有限|不好)|人手(少|紧)|年龄大|身体不好|环境/u;
const SUBJECTIVE = /主观|思想|党性|世界观|人生观|价值观|宗旨|理想信念|自我要求|要求不严|放松|学习不够|认识不(足|够|到位)|修养|自律|责任心|事业心|进取心|私心|自身/u;
const PERSONAL = /我|本人|自己/u;
/** Something one can check later: a number, a count, a time frame. */
const CONCRETE = /\d|[一二两三四五六七八九十百]+\s*[次本篇个项条天周月年份件户人家遍]|每(天|日|周|月|季度|季|年|半年)|年底|年内|月底|底前|之前|以前|前完成|期间/u;

const sentences = (s: string) =>
  s
    .split(/[。！？!?；;\n]+/u)
    .map((x) => x.trim())
    .filter(Boolean);
const length = (list: string[]) => list.reduce((n, x) => n + x.length, 0);
const isAchievement = (s: string) => ACHIEVEMENT.test(s) && !SHORTCOMING.test(s);

export function contentHints(t: AnalysisTexts): ContentHint[] {
  const problems = t.problems.trim();
  const roots = t.roots.trim();
  const measures = t.measures.trim();
  if (!problems && !roots && !measures) return [];
  const hints: ContentHint[] = [];

  const all = [problems, roots, measures].flatMap(sentences);
  const achievements = length(all.filter(isAchievement));
  const problemText = length(sentences(problems).filter((s) => !isAchievement(s)));
  if (!problems) {
    hints.push({ id: 'fewProblems', reason: 'fewProblems', message: '还没有写“存在的主要问题”：党性分析重在查找自身的问题' });
  } else if (achievements > 0 && problemText < achievements) {
    hints.push({
      id: 'fewProblems',
      reason: 'fewProblems',
      message: `讲成绩的话（约 ${achievements} 字）比查找问题的话（约 ${problemText} 字）还多：党性分析不是工作总结，重在找问题`,
    });
  }
  if (problems && !PERSONAL.test(problems)) {
    hints.push({ id: 'notPersonal', reason: 'notPersonal', message: '问题里没有说到“我”：要联系本人的思想和工作实际来写' });
  }

  if (!roots) {
    hints.push({ id: 'noRoots', reason: 'surfaceOnly', message: '还没有写“产生问题的根源”：要从思想上、党性上找根源' });
  } else {
    const parts = sentences(roots);
    const objective = parts.filter((s) => OBJECTIVE.test(s) && !SUBJECTIVE.test(s)).length;
    const subjective = parts.filter((s) => SUBJECTIVE.test(s)).length;
    if (objective > subjective) {
      hints.push({
        id: 'objectiveRoots',
        reason: 'objectiveCauses',
        message: '根源多讲工作忙、任务重等客观原因：要多从主观上、党性上找原因',
      });
    }
  }

  if (!measures) {
    hints.push({ id: 'noMeasures', message: '还没有写“今后努力方向和整改措施”' });
  } else if (!CONCRETE.test(measures)) {
    hints.push({
      id: 'vagueMeasures',
      message: '整改措施还不够具体：写明做什么、做到什么程度、什么时候完成（如“每月读一本理论书籍，年底前写出两篇心得”）',
    });
  }
  return hints;
}
