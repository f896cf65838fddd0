export interface Issue {
  id: number;
  severity: string;
}

const SEVERITIES = ['blocker', 'critical', 'major', 'high', 'medium', 'normal', 'low', 'minor', 'trivial'];

/** Issues by severity: the comparator scans the rank list twice per comparison, n·log n times. */
export function bySeverity(issues: Issue[]): Issue[] {
  return issues.slice().sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.id - b.id);
}
