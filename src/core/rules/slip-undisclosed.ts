import type { Rule } from './rule.ts';

/** A slip or a drop without `told`: a promise that moves must be renegotiated with the client. */
export const slipUndisclosed: Rule = {
  id: 'slip-undisclosed',
  check({ model, report }) {
    for (const commitment of model.commitments) {
      const { data, plan } = commitment;
      data.slips.forEach((slip, i) => {
        if (slip.told !== undefined) return;
        report({
          file: plan.file,
          path: ['commitments', data.index, 'slips', i],
          subject: commitment.key,
          owner: data.owner,
          message: `Slip ${i + 1} of ${data.what} (${slip.from} to ${slip.to}) does not say who on the client's side was told; add \`told:\` with the contact's name`,
        });
      });
      if (data.dropped && data.dropped.told === undefined) {
        report({
          file: plan.file,
          path: ['commitments', data.index, 'dropped'],
          anchor: 'key',
          subject: commitment.key,
          owner: data.owner,
          message: `${data.what} was dropped on ${data.dropped.date} without saying who on the client's side was told; add \`told:\` with the contact's name`,
        });
      }
    }
  },
};
