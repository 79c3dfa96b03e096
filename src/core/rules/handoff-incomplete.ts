import { entryOwner } from './item-report.ts';
import { dateWithDistance } from './describe.ts';
import type { Rule } from './rule.ts';

/** An agreed or active plan whose kickoff is today or earlier with a checklist item without a date. */
export const handoffIncomplete: Rule = {
  id: 'handoff-incomplete',
  severity: 'warning',
  description: 'A plan past kickoff whose handoff checklist has an item without a date',
  check({ model, content, asOf, report }) {
    for (const view of model.plans) {
      const { plan } = view;
      for (const item of view.handoffMissing) {
        report({
          file: plan.file,
          // A checklist item missing from `handoff:` points at that map, as any missing field at
          // the map that lacks it; without `handoff:`, at `kickoff:`, the date it is judged by.
          ...(Object.keys(plan.data.handoff).length > 0 ? { path: ['handoff'] } : { path: ['kickoff'], anchor: 'key' as const }),
          subject: plan.id,
          row: { checklist: item.id },
          owner: entryOwner(content, plan).owner,
          message: `Kickoff was ${dateWithDistance(plan.data.kickoff, asOf)} but the handoff item "${item.label}" (${item.id}) has no date; add \`${item.id}: YYYY-MM-DD\` under \`handoff:\` once it is done${entryOwner(content, plan).clause}`,
        });
      }
    }
  },
};
