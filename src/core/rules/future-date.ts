import type { FindingRow } from '../findings.ts';
import type { SourceFile } from '../load/source-file.ts';
import type { YamlPath } from '../load/yaml-places.ts';
import { itemLabel, type ItemView } from '../model.ts';
import { dateWithDistance } from './describe.ts';
import { itemReport, readableOwner } from './item-report.ts';
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
    // Only a date after today makes a path, a label or a message: of the ~100,000 dates of 1,000
    // accounts nearly none is, and making them for each was most of this rule's time and garbage.
    const message = (what: string, date: string) => `${what} is dated ${dateWithDistance(date, asOf)}, after today (${asOf}); record things once they have happened, or fix the date`;
    // `endsOn`: from its day the record is no longer ahead of today (a page read later ends the finding then).
    const found = (file: SourceFile, date: string, path: YamlPath, subject: string, what: string, owner: string | undefined, row?: FindingRow) => report({ file, path, subject, owner, endsOn: date, message: message(what, date), ...(row ? { row } : {}) });
    const foundOnItem = (item: ItemView, date: string, tail: YamlPath, what: string) => report({ ...itemReport(item, tail, message(what, date)), endsOn: date });
    for (const { account, incidents } of model.accounts) {
      const { file, data } = account;
      const owner = readableOwner(account);
      for (const touchpoint of account.touchpoints) {
        if (isFuture(touchpoint.date, asOf)) found(file, touchpoint.date, ['touchpoints', touchpoint.index, 'date'], account.id, `The ${touchpoint.kind} with ${data.name}`, owner, { touchpoint: touchpoint.index });
      }
      for (const { key, data: incident } of incidents) {
        if (isFuture(incident.date, asOf)) found(file, incident.date, ['incidents', incident.index, 'date'], key, `The incident "${incident.what}"`, owner);
        if (incident.explained && isFuture(incident.explained, asOf)) found(file, incident.explained, ['incidents', incident.index, 'explained'], key, `The explanation of the incident "${incident.what}"`, owner);
      }
    }
    const { items } = model;
    for (let n = 0; n < items.length; n++) {
      const item = items[n]!;
      const { data } = item;
      if (data.done && isFuture(data.done, asOf)) foundOnItem(item, data.done, ['done'], `${itemLabel(item)} is marked done, but it`);
      if (data.dropped && isFuture(data.dropped.date, asOf)) foundOnItem(item, data.dropped.date, ['dropped', 'date'], `The drop of ${itemLabel(item)}`);
      if (data.added && isFuture(data.added.date, asOf)) foundOnItem(item, data.added.date, ['added', 'date'], `The addition of ${itemLabel(item)}`);
      for (let i = 0; i < data.slips.length; i++) {
        const slip = data.slips[i]!;
        if (isFuture(slip.date, asOf)) foundOnItem(item, slip.date, ['slips', i, 'date'], `Slip ${i + 1} of ${itemLabel(item)}`);
      }
    }
  },
};
