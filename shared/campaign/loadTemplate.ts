/**
 * Loading a campaign template from JSON: zod validation with Chinese messages that name the
 * place of the error (e.g. "stages[1].defaultDue: 日期应写作 MM-DD"), and measure keys checked
 * against the registry so a typo cannot silently turn a computed item into a hand-ticked one;
 * document kinds likewise against the document builders.
 */
import type { DocumentKindId } from '../documents';
import { formatPath, located, parseWithChinese } from '../util/zodChinese';
import type { Result } from '../util/result';
import { isKnownMeasure } from './measures';
import { campaignTemplateSchema, type CampaignTemplate } from './template';

export const DEFAULT_TEMPLATE_ID = 'fenxi-pingyi-2005';

/** Kept here for callers that import it from the template loader. */
export { formatPath };

/**
 * The keys of DOCUMENT_KINDS (shared/documents/index.ts). Only the type is imported, so loading a
 * template does not pull in the Word builders; the Record type makes the compiler report a kind
 * added to or removed from the builders until this list follows.
 */
const KNOWN_DOCUMENT_KINDS: Record<DocumentKindId, true> = {
  stagePlan: true,
  opinionForm: true,
  opinionSummary: true,
  talkPlan: true,
  talkRecord: true,
  selfAnalysis: true,
  selfAnalysisBatch: true,
  minutes: true,
  surveyBallot: true,
  surveyTally: true,
  branchNotice: true,
  leadershipNotice: true,
  memberOpinion: true,
  memberOpinionSummary: true,
  evaluationReport: true,
  selfCheckReport: true,
  fixNowLedger: true,
};

export function isKnownDocumentKind(id: string): id is DocumentKindId {
  return Object.hasOwn(KNOWN_DOCUMENT_KINDS, id);
}

function unknownDocumentKinds(t: CampaignTemplate): string[] {
  return t.documentKinds.flatMap((kind, i) =>
    isKnownDocumentKind(kind) ? [] : [located(['documentKinds', i], `未知的文书种类“${kind}”`)],
  );
}

function unknownMeasures(t: CampaignTemplate): string[] {
  const errors: string[] = [];
  t.stages.forEach((st, si) => {
    const check = (base: (string | number)[], items: { measure?: string }[]) =>
      items.forEach((item, ii) => {
        if (item.measure !== undefined && !isKnownMeasure(item.measure)) {
          errors.push(located([...base, ii, 'measure'], `未知的计算指标“${item.measure}”`));
        }
      });
    check(['stages', si, 'lookback'], st.lookback);
    st.steps.forEach((step, ti) => check(['stages', si, 'steps', ti, 'items'], step.items));
  });
  return errors;
}

/** Validate an unknown JSON value as a campaign template; errors are Chinese, one per problem. */
export function parseTemplate(json: unknown): Result<CampaignTemplate, string[]> {
  const parsed = parseWithChinese(campaignTemplateSchema, json);
  if (!parsed.ok) return parsed;
  const errors = [...unknownMeasures(parsed.value), ...unknownDocumentKinds(parsed.value)];
  return errors.length > 0 ? { ok: false, error: errors } : { ok: true, value: parsed.value };
}
