// The portfolio timeline: every agreed or active plan as a bar from kickoff to target, with its
// break-in period, milestones and today's line, on one shared time scale, grouped by delivery
// lead. Positions only; statuses come from the core's model.
import type { CalendarDate } from '../core/dates.ts';
import { compareText } from '../core/findings.ts';
import type { PlanView } from '../core/model.ts';
import type { SitePlaybook } from './playbook.ts';
import { ticks, timeScale, type Tick, type TimeScale } from './scale.ts';

export const PORTFOLIO_WIDTH = 960;
export const ROW_HEIGHT = 28;
export const TOP = 28;

export interface PortfolioRow {
  view: PlanView;
  /** Where the bar ends: the target, else the last due date. */
  end: CalendarDate;
  overdue: number;
  y: number;
}

export interface PortfolioGroup {
  lead: string;
  label: string;
  rows: PortfolioRow[];
  height: number;
}

export interface Portfolio {
  scale: TimeScale;
  ticks: Tick[];
  groups: PortfolioGroup[];
  plans: number;
}

export function portfolio(playbook: SitePlaybook): Portfolio {
  const { model, content } = playbook;
  const plans = model.plans.filter((view) => view.promising);
  const endOf = (view: PlanView): CalendarDate => {
    const dues = [...view.commitments.map((c) => c.data.due), ...view.milestones.map((m) => m.data.due)].sort();
    return view.plan.data.target ?? dues.at(-1) ?? view.plan.data.kickoff;
  };
  const dates = [model.asOf];
  for (const view of plans) {
    dates.push(view.plan.data.kickoff, endOf(view));
    if (view.plan.data.break_in_until) dates.push(view.plan.data.break_in_until);
    for (const m of view.milestones) dates.push(m.data.due);
  }
  const scale = timeScale(dates, 280, PORTFOLIO_WIDTH - 70);
  const byLead = new Map<string, PlanView[]>();
  for (const view of plans) {
    const list = byLead.get(view.plan.data.owner) ?? [];
    list.push(view);
    byLead.set(view.plan.data.owner, list);
  }
  const groups = [...byLead.entries()]
    .map(([lead, views]) => {
      const sorted = views.sort((a, b) => compareText(a.plan.data.kickoff, b.plan.data.kickoff) || compareText(a.plan.id, b.plan.id));
      const rows = sorted.map((view, i) => ({
        view,
        end: endOf(view),
        overdue: view.commitments.filter((c) => c.status === 'overdue').length,
        y: TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2,
      }));
      return { lead, label: content.people.get(lead)?.name ?? lead, rows, height: TOP + rows.length * ROW_HEIGHT + 8 };
    })
    .sort((a, b) => compareText(a.label, b.label));
  return { scale, ticks: ticks(scale), groups, plans: plans.length };
}
