export function ExportPlanButton() {
  return null;
}
