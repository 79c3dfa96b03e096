import type { Rule } from './rule.ts';

/** The slips do not chain: each `from` is the previous `to`, and the last `to` is the `due`. */
export const slipMismatch: Rule = {
  id: 'slip-mismatch',
  check({ model, report }) {
    for (const commitment of model.commitments) {
      const { data, plan } = commitment;
      const at = ['commitments', data.index] as const;
      data.slips.forEach((slip, i) => {
        const previous = data.slips[i - 1];
        if (!previous || slip.from === previous.to) return;
        report({
          file: plan.file,
          path: [...at, 'slips', i, 'from'],
          subject: commitment.key,
          owner: data.owner,
          message: `Slip ${i + 1} of ${data.what} moves it from ${slip.from}, but slip ${i} had moved it to ${previous.to}; each slip's \`from\` must be the previous slip's \`to\``,
        });
      });
      const last = data.slips[data.slips.length - 1];
      if (last && last.to !== data.due) {
        report({
          file: plan.file,
          path: [...at, 'due'],
          subject: commitment.key,
          owner: data.owner,
          message: `${data.what} is due ${data.due}, but its last slip moved it to ${last.to}; make \`due\` the last slip's \`to\`, or record the new move as a slip`,
        });
      }
    }
  },
};
