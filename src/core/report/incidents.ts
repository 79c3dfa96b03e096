// `playbook report --incidents`: incidents by cause over the weeks, the same way `--trend`
// shows promise-keeping: the JSON (the trend's shape, with a count per week and each cause's
// share), a terminal table with a sparkline per cause, and markdown. The numbers are the model's.
import type { IncidentTrend } from '../model.ts';
import { escapeMarkdown } from './markdown.ts';
import { countSparkline, EMPTY_WEEK, percent } from './rates.ts';
import { countOf } from '../words.ts';
import { markdownTable, textTable, type Table } from './table.ts';

export function toIncidentJson(trend: IncidentTrend) {
  return {
    asOf: trend.asOf,
    by: trend.by,
    weeks: trend.weeks.map((week) => week.key),
    groups: trend.groups.map((group) => ({ key: group.key, label: group.label, weeks: group.weeks.map((week) => ({ week: week.week, count: week.count })), total: group.total, share: group.share })),
    total: trend.total,
  };
}

export function formatIncidentJson(trend: IncidentTrend): string {
  return `${JSON.stringify(toIncidentJson(trend), null, 2)}\n`;
}

function span(trend: IncidentTrend): string {
  const n = trend.weeks.length;
  return n === 1 ? `the week ${trend.weeks[0]!.key}` : `${n} weeks, ${trend.weeks[0]!.key} to ${trend.weeks[n - 1]!.key}`;
}

function table(trend: IncidentTrend): Table {
  const busiest = Math.max(0, ...trend.groups.flatMap((group) => group.weeks.map((week) => week.count)));
  return {
    headers: ['Cause', 'Weekly', 'Incidents', 'Share'],
    align: ['left', 'left', 'right', 'right'],
    rows: trend.groups.map((group) => [group.label, countSparkline(group.weeks.map((week) => week.count), busiest), String(group.total), percent(group.share)]),
  };
}

function legend(trend: IncidentTrend): string {
  return `${countOf(trend.total, 'incident')} in all. Each mark is one week, oldest first, taller for more incidents; ${EMPTY_WEEK} none.`;
}

export function formatIncidentText(trend: IncidentTrend): string {
  return `${[`Incidents by cause, as of ${trend.asOf}: ${span(trend)}`, '', ...textTable(table(trend)), '', legend(trend)].join('\n')}\n`;
}

export function formatIncidentMarkdown(trend: IncidentTrend): string {
  return [`## Incidents by cause`, '', `As of **${trend.asOf}**: ${span(trend)}.`, '', ...markdownTable(table(trend)), '', escapeMarkdown(legend(trend)), ''].join('\n');
}
