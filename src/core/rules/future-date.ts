import type { SourceFile } from '../load/source-file.ts';
import type { YamlPath } from '../load/yaml-places.ts';
import { itemLabel, itemPath } from '../model.ts';
import { dateWithDistance } from './describe.ts';
import { isFuture } from '../model/status.ts';
import type { Rule } from './rule.ts';

/**
 * A touchpoint, `done`, slip, drop, addition, incident or incident's `explained` dated after
 * today: a record of what happened cannot be ahead of it.
 */
export const futureDate: Rule = {
  id: 'future-date',
  severity: 'error',
  description: "A touchpoint, `done`, slip, drop, addition, incident or incident's `explained` dated after today",
  check({ model, asOf, report }) {
    const check = (file: SourceFile, date: string, path: YamlPath, subject: string, what: string, owner?: string, chaser?: string) => {
      if (!isFuture(date, asOf)) return;
      report({
        file,
        path,
        subject,
        owner,
        chaser,
        message: `${what} is dated ${dateWithDistance(date, asOf)}, after today (${asOf}); record things once they have happened, or fix the date`,
      });
    };
    for (const { account, incidents } of model.accounts) {
      const { file, data } = account;
      for (const touchpoint of account.touchpoints) {
        check(file, touchpoint.date, ['touchpoints', touchpoint.index, 'date'], account.id, `The ${touchpoint.kind} with ${data.name}`, data.owner);
      }
      for (const { key, data: incident } of incidents) {
        const at = ['incidents', incident.index] as const;
        check(file, incident.date, [...at, 'date'], key, `The incident "${incident.what}"`, data.owner);
        if (incident.explained) check(file, incident.explained, [...at, 'explained'], key, `The explanation of the incident "${incident.what}"`, data.owner);
      }
    }
    for (const item of model.items) {
      const { data, plan } = item;
      const at = itemPath(item);
      const label = itemLabel(item);
      const owner = item.ownerId;
      if (data.done) check(plan.file, data.done, [...at, 'done'], item.key, `${label} is marked done, but it`, owner, item.chaserId);
      if (data.dropped) check(plan.file, data.dropped.date, [...at, 'dropped', 'date'], item.key, `The drop of ${label}`, owner, item.chaserId);
      if (data.added) check(plan.file, data.added.date, [...at, 'added', 'date'], item.key, `The addition of ${label}`, owner, item.chaserId);
      data.slips.forEach((slip, i) => check(plan.file, slip.date, [...at, 'slips', i, 'date'], item.key, `Slip ${i + 1} of ${label}`, owner, item.chaserId));
    }
  },
};
