// `playbook report --trend`: promise-keeping over time, as the contract's JSON, as a terminal
// table with a sparkline per group, and as markdown for a job summary. The numbers are the
// model's (src/core/model/trend.ts); this file only lays them out. Kept promises come first in
// every row, and a change is an arrow with its points, never a colour.
import { CHANGE_WEEKS, type KeepingCounts, type PromiseTrend, type TrendGroup } from '../model.ts';
import { escapeMarkdown } from './markdown.ts';
import { changeLabel, percent, RATE_LEGEND, rateSparkline } from './rates.ts';
import { markdownTable, textTable, type Table } from './table.ts';

/** The contract's JSON, field for field and in its order. */
export function toTrendJson(trend: PromiseTrend) {
  const counts = (c: KeepingCounts) => ({ kept: c.kept, keptLate: c.keptLate, late: c.late, dropped: c.dropped, daysLate: c.daysLate, onTimeRate: c.onTimeRate });
  return {
    asOf: trend.asOf,
    by: trend.by,
    weeks: trend.weeks.map((week) => week.key),
    groups: trend.groups.map((group) => ({
      key: group.key,
      label: group.label,
      weeks: group.weeks.map((week) => ({ week: week.week, ...counts(week) })),
      total: counts(group.total),
      change: group.change,
    })),
  };
}

export function formatTrendJson(trend: PromiseTrend): string {
  return `${JSON.stringify(toTrendJson(trend), null, 2)}\n`;
}

function span(trend: PromiseTrend): string {
  const n = trend.weeks.length;
  return n === 1 ? `the week ${trend.weeks[0]!.key}` : `${n} weeks, ${trend.weeks[0]!.key} to ${trend.weeks[n - 1]!.key}`;
}

function summaryTable(trend: PromiseTrend): Table {
  return {
    headers: ['Group', 'Weekly on time', 'On time', 'Change', 'Kept', 'Kept late', 'Late', 'Dropped', 'Days late'],
    align: ['left', 'left', 'right', 'left', 'right', 'right', 'right', 'right', 'right'],
    rows: trend.groups.map((group) => [
      group.label,
      rateSparkline(group.weeks.map((week) => week.onTimeRate)),
      percent(group.total.onTimeRate),
      changeLabel(group.change),
      String(group.total.kept),
      String(group.total.keptLate),
      String(group.total.late),
      String(group.total.dropped),
      String(group.total.daysLate),
    ]),
  };
}

function weekTable(group: TrendGroup): Table {
  return {
    headers: ['Week', 'Kept', 'Kept late', 'Late', 'Dropped', 'Days late', 'On time'],
    align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    rows: group.weeks.map((week) => [week.week, String(week.kept), String(week.keptLate), String(week.late), String(week.dropped), String(week.daysLate), percent(week.onTimeRate)]),
  };
}

const EXPLAINED = [
  'Commitments of agreed, active and done plans, each counted in the week of the date first agreed (before any slip).',
  'On time: kept by that date ÷ (kept + kept late + late); dropped ones are not in the rate.',
  `Change: the on-time rate of the last ${CHANGE_WEEKS} weeks against the ${CHANGE_WEEKS} weeks before, in percentage points.`,
];

export function formatTrendText(trend: PromiseTrend): string {
  const lines = [`Promise-keeping by ${trend.by}, as of ${trend.asOf}: ${span(trend)}`, ''];
  if (trend.groups.length === 0) lines.push('  No commitment came due in these weeks.');
  else lines.push(...textTable(summaryTable(trend)));
  lines.push('', RATE_LEGEND, ...EXPLAINED);
  return `${lines.join('\n')}\n`;
}

export function formatTrendMarkdown(trend: PromiseTrend): string {
  const lines = [`## Promise-keeping by ${trend.by}`, '', `As of **${trend.asOf}**: ${span(trend)}.`, ''];
  if (trend.groups.length === 0) {
    lines.push('No commitment came due in these weeks.', '');
    return lines.join('\n');
  }
  lines.push(...markdownTable(summaryTable(trend)), '', ...[RATE_LEGEND, ...EXPLAINED].map((line) => `- ${escapeMarkdown(line)}`), '');
  lines.push('<details><summary>Week by week</summary>', '');
  for (const group of trend.groups) lines.push(`### ${escapeMarkdown(group.label)}`, '', ...markdownTable(weekTable(group)), '');
  lines.push('</details>', '');
  return lines.join('\n');
}
