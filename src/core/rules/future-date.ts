import type { SourceFile } from '../load/source-file.ts';
import type { YamlPath } from '../load/yaml-places.ts';
import { dateWithDistance } from './describe.ts';
import type { Rule } from './rule.ts';

/** A touchpoint, `done`, slip or drop dated after today: a record of what happened cannot be ahead of it. */
export const futureDate: Rule = {
  id: 'future-date',
  check({ model, asOf, report }) {
    const check = (file: SourceFile, date: string, path: YamlPath, subject: string, what: string, owner?: string) => {
      if (date <= asOf) return;
      report({
        file,
        path,
        subject,
        owner,
        message: `${what} is dated ${dateWithDistance(date, asOf)}, after today (${asOf}); record things once they have happened, or fix the date`,
      });
    };
    for (const { account } of model.accounts) {
      for (const touchpoint of account.touchpoints) {
        check(account.file, touchpoint.date, ['touchpoints', touchpoint.index, 'date'], account.id, `The ${touchpoint.kind} with ${account.data.name}`, account.data.owner);
      }
    }
    for (const view of model.plans) {
      const { file } = view.plan;
      for (const milestone of view.milestones) {
        if (milestone.data.done) check(file, milestone.data.done, ['milestones', milestone.data.index, 'done'], milestone.key, `Milestone ${milestone.data.title} is marked done, but it`, view.plan.data.owner);
      }
      for (const commitment of view.commitments) {
        const { data } = commitment;
        const at = ['commitments', data.index] as const;
        if (data.done) check(file, data.done, [...at, 'done'], commitment.key, `${data.what} is marked done, but it`, data.owner);
        if (data.dropped) check(file, data.dropped.date, [...at, 'dropped', 'date'], commitment.key, `The drop of ${data.what}`, data.owner);
        data.slips.forEach((slip, i) => check(file, slip.date, [...at, 'slips', i, 'date'], commitment.key, `Slip ${i + 1} of ${data.what}`, data.owner));
      }
    }
  },
};
