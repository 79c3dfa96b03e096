// Writes a synthetic plan as accounts/<account>/<plan>.mdx, in the block style people write:
// `- id: x` lists and `key: value`, flow style only for `after: [a, b]`, signatures and drops.
import type { Commitment, Plan } from './plan.ts';
import { flowList, flowMap, scalar } from './yaml-text.ts';

function commitmentLines(c: Commitment): string[] {
  const lines = [`  - id: ${c.id}`, `    what: ${scalar(c.what)}`, `    owner: ${scalar(c.owner)}`, `    due: ${c.due}`];
  if (c.milestone) lines.push(`    milestone: ${c.milestone}`);
  if (c.after.length > 0) lines.push(`    after: ${flowList(c.after)}`);
  if (c.done) lines.push(`    done: ${c.done}`);
  if (c.risk) lines.push(`    risk: ${scalar(c.risk)}`);
  if (c.dropped) {
    const { date, reason, told } = c.dropped;
    lines.push(`    dropped: ${flowMap([['date', date, 'raw'], ['reason', reason], ['told', told]])}`);
  }
  if (c.slips.length > 0) {
    lines.push('    slips:');
    for (const slip of c.slips) {
      lines.push(
        `      - date: ${slip.date}`,
        `        from: ${slip.from}`,
        `        to: ${slip.to}`,
        `        told: ${scalar(slip.told)}`,
        `        reason: ${scalar(slip.reason)}`,
      );
      if (slip.workaround) lines.push(`        workaround: ${scalar(slip.workaround)}`);
    }
  }
  return lines;
}

/** The frontmatter and body of a plan file. */
export function planFile(plan: Plan, body: string): string {
  const lines = [
    '---',
    `title: ${scalar(plan.title)}`,
    `owner: ${plan.owner}`,
    `status: ${plan.status}`,
    `kickoff: ${plan.kickoff}`,
    `target: ${plan.target}`,
  ];
  if (plan.breakInUntil) lines.push(`break_in_until: ${plan.breakInUntil}`);
  const { customer, us } = plan.agreement;
  if (customer || us) {
    lines.push('agreement:');
    if (customer) lines.push(`  customer: ${flowMap([['by', customer.by], ['date', customer.date, 'raw']])}`);
    if (us) lines.push(`  us: ${flowMap([['by', us.by], ['date', us.date, 'raw']])}`);
  }
  if (plan.handoff.length > 0) {
    lines.push('handoff:', ...plan.handoff.map(([item, date]) => `  ${item}: ${date}`));
  }
  lines.push('milestones:');
  for (const m of plan.milestones) {
    lines.push(`  - id: ${m.id}`, `    title: ${scalar(m.title)}`, `    due: ${m.due}`);
    if (m.done) lines.push(`    done: ${m.done}`);
  }
  // An empty `commitments:` would be null, not an empty list, so leave the key out instead.
  if (plan.commitments.length > 0) lines.push('commitments:');
  for (const c of plan.commitments) lines.push(...commitmentLines(c));
  lines.push('---', '');
  return lines.join('\n') + body;
}
