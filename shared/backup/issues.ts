/** Most problems a user is shown at once; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;

export function capProblems(problems: string[]): string[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), `……另有 ${problems.length - MAX_LISTED_PROBLEMS} 处问题`];
}
