import { entryOwner } from './item-report.ts';
import type { Rule } from './rule.ts';

/** A checklist item of an agreed or active plan dated after its kickoff: delivery started without it. */
export const handoffLate: Rule = {
  id: 'handoff-late',
  severity: 'notice',
  description: "A checklist item dated after the plan's kickoff: delivery started without it",
  check({ model, content, report }) {
    for (const view of model.plans) {
      const { plan } = view;
      if (!view.promising || plan.invalidFields.has('handoff') || plan.invalidFields.has('kickoff')) continue;
      for (const item of view.handoff) {
        if (!item.late) continue;
        report({
          file: plan.file,
          path: ['handoff', item.id],
          subject: plan.id,
          row: { checklist: item.id },
          owner: entryOwner(content, plan).owner,
          message: `The handoff item "${item.label}" (${item.id}) was done ${item.done}, after kickoff on ${plan.data.kickoff}: delivery started without it${entryOwner(content, plan).clause}`,
        });
      }
    }
  },
};
