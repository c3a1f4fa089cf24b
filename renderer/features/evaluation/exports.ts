/** The evaluation's Word files: one member's 评议意见表, a branch's 汇总表, the report upwards. */
import { useCallback } from 'react';
import { evaluationReportModel, memberOpinionModel, memberOpinionSummaryModel } from '@shared/evaluation/documentModels';
import type { ReportDraft } from '@shared/evaluation/report';
import type { Member } from '@shared/members/types';
import { useUnit } from '../../app/unitContext';
import { useExportDocument } from '../documents/useExportDocument';
import type { BranchView, EvaluationData } from './useEvaluation';

export function useEvaluationExports(data: EvaluationData | undefined) {
  const { unit, template, today } = useUnit();
  const exportDoc = useExportDocument();
  const allowGrades = template.allowGrades;

  const memberOpinion = useCallback(
    (member: Member) => {
      const evaluation = data?.evaluations.get(member.id);
      if (!data || !evaluation) return;
      const branchName = member.branchId ? (data.branchName.get(member.branchId) ?? '') : '';
      const model = memberOpinionModel({ member, branchName, evaluation, allowGrades });
      return exportDoc(`${member.name}党员评议意见`, async (o) => (await import('@shared/documents')).buildMemberOpinion(model, o));
    },
    [data, allowGrades, exportDoc],
  );

  const branchSummary = useCallback(
    (b: BranchView) => {
      if (!data) return;
      const model = memberOpinionSummaryModel({
        branchName: b.branch.name,
        rows: b.members.map((member) => ({ member, evaluation: data.evaluations.get(member.id) })),
        allowGrades,
        date: today(),
      });
      return exportDoc(`${b.branch.name}党员评议意见汇总表`, async (o) => (await import('@shared/documents')).buildMemberOpinionSummary(model, o));
    },
    [data, allowGrades, today, exportDoc],
  );

  const report = useCallback(
    (draft: ReportDraft) => {
      if (!data) return;
      const proposed = data.party.flatMap((member) => {
        const evaluation = data.evaluations.get(member.id);
        return evaluation?.proposal ? [{ member, evaluation, branchName: member.branchId ? (data.branchName.get(member.branchId) ?? '') : '' }] : [];
      });
      const model = evaluationReportModel({ issuer: unit.orgName, report: draft, proposed });
      return exportDoc(`${unit.orgName}关于拟定不履行党员义务、不符合党员条件党员情况的报告`, async (o) => (await import('@shared/documents')).buildEvaluationReport(model, o));
    },
    [data, unit.orgName, exportDoc],
  );

  return { memberOpinion, branchSummary, report };
}
