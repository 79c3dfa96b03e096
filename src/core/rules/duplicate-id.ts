import type { Rule } from './rule.ts';

/** Two items (commitments or milestones) with the same id in one plan. */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  check({ model, report }) {
    for (const view of model.plans) {
      const seen = new Map<string, string>();
      const items = [
        ...view.milestones.map((m) => ({ list: 'milestones', kind: 'milestone', id: m.id, index: m.data.index, owner: view.plan.data.owner })),
        ...view.commitments.map((c) => ({ list: 'commitments', kind: 'commitment', id: c.id, index: c.data.index, owner: c.data.owner })),
      ];
      for (const item of items) {
        const first = seen.get(item.id);
        if (first === undefined) {
          seen.set(item.id, item.kind);
          continue;
        }
        report({
          file: view.plan.file,
          path: [item.list, item.index, 'id'],
          subject: `${view.plan.id}#${item.id}`,
          owner: item.owner,
          message: `The id \`${item.id}\` is used twice in this plan (a ${first} has it already); give this ${item.kind} another id`,
        });
      }
    }
  },
};
