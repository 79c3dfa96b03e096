import { countOf } from '../words.ts';
import type { Account, Indexed, Plan } from '../content.ts';
import type { CommitmentData } from '../schema/index.ts';
import { changedFields, diffLog, indexedSlips, sameSlip, sameTouchpoint, type BaseReport, type BaseRule } from './base-rule.ts';

/**
 * A touchpoint or a slip that existed at the base was removed or changed. Both are logs of what
 * happened: new entries are added, old ones stay as written. A changed entry is recognised by its
 * date (and author, for touchpoints) or its position, and the finding points at the field that
 * changed; a removed one at the list it was in.
 */
export const historyRewritten: BaseRule = {
  id: 'history-rewritten',
  check({ accounts, plans, comparison, report }) {
    const { ref } = comparison;
    for (const { then, now, unreadable } of accounts) {
      if (then.touchpoints.length === 0 || unreadable) continue;
      if (!now) {
        report({
          file: then.file,
          path: [],
          at: { line: 1, column: 1 },
          subject: then.id,
          owner: then.data.owner,
          message: `The account ${then.data.name} and its ${countOf(then.touchpoints.length, 'touchpoint')} existed at ${ref} and are gone: restore the account and set its \`stage\` to closed instead of deleting it; touchpoints are never removed`,
        });
        continue;
      }
      touchpoints(then, now, ref, report);
    }
    for (const { then, now } of plans) {
      if (!now) continue; // vanished-commitment reports the plan
      for (const before of then.commitments) {
        const after = now.commitments.find((c) => c.id === before.id);
        if (after) slips(now, before, after, ref, report);
      }
    }
  },
};

function touchpoints(then: Account, now: Account, ref: string, report: (r: BaseReport) => void): void {
  const { changed, removed } = diffLog(then.touchpoints, now.touchpoints, sameTouchpoint);
  const label = (t: Indexed<{ kind: string; date: string; by: string }>) => `The ${t.kind} with ${now.data.name} on ${t.date} logged by ${t.by}`;
  for (const [before, after] of changed) {
    const fields = changedFields(before, after);
    report({
      file: now.file,
      path: ['touchpoints', after.index, ...(fields.length === 1 && fields[0]! in after ? [fields[0]!] : [])],
      subject: now.id,
      owner: now.data.owner,
      message: `${label(before)} was changed since ${ref} (${describeChange(fields, before, after)}): touchpoints are append-only. Restore it as it was and log a new touchpoint to correct or complete it`,
    });
  }
  for (const before of removed) {
    report({
      ...listPlace(now.file, 'touchpoints'),
      subject: now.id,
      owner: now.data.owner,
      message: `${label(before)}${before.note ? ` ("${shorten(before.note)}")` : ''} existed at ${ref} and was removed: touchpoints are append-only. Restore it; if it was logged by mistake, log a new touchpoint that says so`,
    });
  }
}

function slips(plan: Plan, before: Indexed<CommitmentData>, after: Indexed<CommitmentData>, ref: string, report: (r: BaseReport) => void): void {
  const { changed, removed } = diffLog(indexedSlips(before.slips), indexedSlips(after.slips), sameSlip);
  const at = ['commitments', after.index] as const;
  const subject = `${plan.id}#${after.id}`;
  const label = (slip: { index: number; date: string; from: string; to: string }) => `Slip ${slip.index + 1} of ${after.what} (${slip.date}: ${slip.from} to ${slip.to})`;
  for (const [old, now] of changed) {
    const fields = changedFields(old, now);
    report({
      file: plan.file,
      path: [...at, 'slips', now.index, ...(fields.length === 1 && fields[0]! in now ? [fields[0]!] : [])],
      subject,
      owner: after.owner,
      message: `${label(old)} was changed since ${ref} (${describeChange(fields, old, now)}): slips are append-only. Restore it as it was; a new renegotiation is a new slip`,
    });
  }
  for (const old of removed) {
    report({
      file: plan.file,
      path: after.slips.length > 0 ? [...at, 'slips'] : [...at],
      anchor: 'key',
      subject,
      owner: after.owner,
      message: `${label(old)} existed at ${ref} and was removed: slips are append-only, the record of every time the date moved and who was told. Restore it`,
    });
  }
}

function describeChange(fields: readonly string[], before: object, after: object): string {
  return fields
    .map((field) => {
      const was = (before as Record<string, unknown>)[field];
      const is = (after as Record<string, unknown>)[field];
      if (was === undefined) return `\`${field}\` added`;
      if (is === undefined) return `\`${field}\` removed`;
      return typeof was === 'string' && was.length <= 40 && typeof is === 'string' && is.length <= 40 ? `\`${field}\` was ${was}, now ${is}` : `\`${field}\` changed`;
    })
    .join('; ');
}

function listPlace(file: Account['file'], list: string): Omit<BaseReport, 'subject' | 'message'> {
  return file.yaml !== undefined && new RegExp(`^${list}:`, 'm').test(file.yaml) ? { file, path: [list], anchor: 'key' } : { file, path: [], at: { line: 1, column: 1 } };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
