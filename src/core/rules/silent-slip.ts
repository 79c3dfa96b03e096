import { diffLog, indexedSlips, sameSlip, type BaseRule } from './base-rule.ts';

/**
 * A commitment's `due` moved later than it was at the base, and no slip added since records the
 * move from the old date. Plans that were drafts at the base promised nothing yet: their dates
 * may still change freely.
 */
export const silentSlip: BaseRule = {
  id: 'silent-slip',
  check({ plans, comparison, report }) {
    for (const { then, now } of plans) {
      if (!now || then.data.status === 'draft') continue;
      for (const before of then.commitments) {
        const after = now.commitments.find((commitment) => commitment.id === before.id);
        if (!after || after.due <= before.due) continue;
        const { added } = diffLog(indexedSlips(before.slips), indexedSlips(after.slips), sameSlip);
        if (added.some((slip) => slip.from === before.due)) continue;
        const other = added.find((slip) => slip.to === after.due);
        const fix = `add a slip with \`from: ${before.due}\`, \`to: ${after.due}\`, the date it was renegotiated, the reason and who on the client's side was told (\`told\`)`;
        report({
          file: now.file,
          path: ['commitments', after.index, 'due'],
          subject: `${now.id}#${after.id}`,
          owner: after.owner,
          message: other
            ? `${after.what} was due ${before.due} at ${comparison.ref} and is now due ${after.due}, but the new slip moves it from ${other.from}, not from ${before.due}: make that slip's \`from\` ${before.due}`
            : `${after.what} was due ${before.due} at ${comparison.ref} and is now due ${after.due}, but no slip records the move: ${fix}`,
        });
      }
    }
  },
};

