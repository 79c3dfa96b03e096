// The machine-readable report, in the exact shape of the contract.
import type { CalendarDate } from '../dates.ts';
import { countBySeverity, type Finding } from '../findings.ts';

export function toJsonReport(findings: readonly Finding[], asOf: CalendarDate) {
  return {
    asOf,
    counts: countBySeverity(findings),
    // Fields in the contract's order; `owner` and `chaser` only where the finding has them.
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      subject: f.subject,
      ...(f.owner !== undefined ? { owner: f.owner } : {}),
      ...(f.chaser !== undefined ? { chaser: f.chaser } : {}),
      message: f.message,
    })),
  };
}

export function formatJson(findings: readonly Finding[], asOf: CalendarDate): string {
  return `${JSON.stringify(toJsonReport(findings, asOf), null, 2)}\n`;
}
