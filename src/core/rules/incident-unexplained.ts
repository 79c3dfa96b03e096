import { entryOwner } from './item-report.ts';
import { cadenceLabel, dateWithDistance } from './describe.ts';
import type { Rule } from './rule.ts';

/**
 * An incident not explained to the client (`explained`, on or before today) within the account's
 * governance cadence, else its follow-up cadence: failures are explained, not hidden.
 */
export const incidentUnexplained: Rule = {
  id: 'incident-unexplained',
  severity: 'warning',
  description: 'An incident not explained to the client within the governance (else follow-up) cadence',
  check({ model, content, asOf, report }) {
    for (const view of model.accounts) {
      const { account } = view;
      for (const incident of view.incidents) {
        if (!incident.unexplained) continue;
        report({
          file: account.file,
          path: ['incidents', incident.data.index],
          subject: incident.key,
          owner: entryOwner(content, account).owner,
          message: `The incident "${incident.data.what}" of ${dateWithDistance(incident.data.date, asOf)} has not been explained to ${account.data.name}; incidents are explained at the next review, ${cadenceLabel(incident.cadenceDays)}, so by ${incident.explainBy}: add \`explained:\` with the date of that review${entryOwner(content, account).clause}`,
        });
      }
    }
  },
};
