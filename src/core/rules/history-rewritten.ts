import { countOf } from '../words.ts';
import type { Account, Content, Indexed, Plan } from '../content.ts';
import type { CommitmentData, MilestoneData, Touchpoint } from '../schema/index.ts';
import { reachesClient } from '../model/accounts.ts';
import { baseProblemAbout, changedFields, diffLog, indexedSlips, pairedItems, sameSlip, sameTouchpoint, unreadIncidents, type BaseReport, type BaseRule } from './base-rule.ts';
import { chaserClause, itemPeople, readableOwner, type ItemPeople } from './item-report.ts';
import { personName } from './describe.ts';
import { correctedIncidentIds } from './corrected-ids.ts';

/**
 * A touchpoint, slip, drop or addition that existed at the base was removed or changed, or an
 * incident was removed or its `date`, `what` or `cause` changed. These are logs of what happened:
 * new entries are added, old ones stay as written (an incident may gain `told`, `explained` and
 * `follow_up`; a slip, drop or addition that lacked `told` may gain one, as slip-undisclosed asks). A changed entry is recognised by its date (and author, for touchpoints) or its
 * position, and the finding points at the field that changed (at the incident, for an incident);
 * a removed one at the list it was in.
 */
export const historyRewritten: BaseRule = {
  id: 'history-rewritten',
  severity: 'error',
  description: 'A touchpoint, slip, drop, addition or incident that existed at the base was removed or altered (these logs are append-only)',
  scope: 'base',
  check({ accounts, plans, moved, comparison, content, report }) {
    const { ref } = comparison;
    for (const { then, now, unreadable } of accounts) {
      if (unreadable) continue;
      if (!now) {
        // Its logs went with it, but for what another account now holds word for word (merged into it).
        const touchpoints = then.touchpoints.filter((touchpoint) => !moved.touchpointsOut.has(touchpoint));
        const lostIncidents = then.incidents.filter((incident) => !moved.incidentsOut.has(incident));
        const logs = [
          ...(touchpoints.length > 0 ? [countOf(touchpoints.length, 'touchpoint')] : []),
          ...(lostIncidents.length > 0 ? [countOf(lostIncidents.length, 'incident')] : []),
        ];
        if (logs.length === 0) continue;
        const holders = [
          ...new Set([...then.touchpoints.map((t) => moved.touchpointsOut.get(t)), ...then.incidents.map((i) => moved.incidentsOut.get(i))].flatMap((holder) => (holder ? [holder.data.name] : []))),
        ];
        report({
          file: then.file,
          path: [],
          at: { line: 1, column: 1 },
          subject: then.id,
          ...ownerOf(then),
          message:
            holders.length === 0
              ? `The account ${then.data.name} and its ${logs.join(' and ')} existed at ${ref} and are gone: restore the account and set its \`stage\` to closed instead of deleting it; touchpoints and incidents are never removed`
              : `The account ${then.data.name} existed at ${ref} and is gone, and ${logs.join(' and ')} of its log went with it (the rest is now in the log of ${holders.join(' and ')}): copy what is missing there as it was, or restore the account and set its \`stage\` to closed instead of deleting it; touchpoints and incidents are never removed`,
        });
        continue;
      }
      incidents(then, now, comparison.base, ref, report);
      touchpoints(content, then, now, ref, report);
    }
    for (const { then, now } of plans) {
      if (!now) continue; // vanished-commitment reports the plan
      for (const pair of pairedItems(then, now)) {
        const people = itemPeople(content, now, pair.list, pair.after);
        const clause = chaserClause(content, people);
        slips(now, pair.list, pair.before, pair.after, people, clause, ref, report);
        settled(now, pair.list, pair.before, pair.after, people, clause, ref, report);
      }
    }
  },
};

function touchpoints(content: Content, then: Account, now: Account, ref: string, report: (r: BaseReport) => void): void {
  const { changed, removed } = diffLog(then.touchpoints, now.touchpoints, sameTouchpoint);
  const label = (t: Indexed<{ kind: string; date: string; by: string }>) => `The ${t.kind} with ${now.data.name} on ${t.date} logged by ${personName(content, t.by)}`;
  for (const [before, after] of changed) {
    const fields = changedFields(before, after);
    report({
      file: now.file,
      path: ['touchpoints', after.index, ...(fields.length === 1 && fields[0]! in after ? [fields[0]!] : [])],
      subject: now.id,
      row: { touchpoint: after.index },
      ...ownerOf(now),
      message: `${label(before)} was changed since ${ref} (${describeChange(fields, before, after)}): touchpoints are append-only. Restore it as it was and log a new touchpoint to correct or complete it${laterDay(now, before, after)}`,
    });
  }
  for (const before of removed) {
    report({
      ...listPlace(now.file, 'touchpoints'),
      subject: now.id,
      ...ownerOf(now),
      message: `${label(before)}${before.note ? ` ("${shorten(before.note)}")` : ''} existed at ${ref} and was removed: touchpoints are append-only. Restore it; if it was logged by mistake, log a new touchpoint that says so`,
    });
  }
}

/**
 * What a date moved later does, said in the one finding about the change (backdated-touchpoint
 * judges only touchpoints added): the account looks in touch on a day it was not. Not for an
 * internal touchpoint, which is never a follow-up with the client.
 */
function laterDay(account: Account, before: Touchpoint, after: Touchpoint): string {
  return after.date > before.date && reachesClient(account, after) ? '. A later date also makes the account look in touch with the client on a day it was not' : '';
}

type Item = CommitmentData | MilestoneData;

function itemName(item: Item): string {
  return 'what' in item ? item.what : `milestone ${item.title}`;
}

function slips(plan: Plan, list: 'commitments' | 'milestones', before: Indexed<Item>, after: Indexed<Item>, people: ItemPeople, clause: string, ref: string, report: (r: BaseReport) => void): void {
  const { changed, removed } = diffLog(indexedSlips(before.slips), indexedSlips(after.slips), sameSlip);
  const at = [list, after.index] as const;
  const subject = `${plan.id}#${after.id}`;
  const label = (slip: { index: number; date: string; from: string; to: string }) => `Slip ${slip.index + 1} of ${itemName(after)} (${slip.date}: ${slip.from} to ${slip.to})`;
  for (const [old, now] of changed) {
    const fields = alteredFields(old, now);
    if (fields.length === 0) continue; // only `told` written where it was missing, as slip-undisclosed asks
    report({
      file: plan.file,
      path: [...at, 'slips', now.index, ...(fields.length === 1 && fields[0]! in now ? [fields[0]!] : [])],
      subject,
      ...people,
      message: `${label(old)} was changed since ${ref} (${describeChange(fields, old, now)}): slips are append-only. Restore it as it was; a new renegotiation is a new slip${clause}`,
    });
  }
  for (const old of removed) {
    report({
      file: plan.file,
      // At the list it was in; with no slip left, at the item.
      ...(after.slips.length > 0 ? { path: [...at, 'slips'], anchor: 'key' as const } : { path: [...at] }),
      subject,
      ...people,
      message: `${label(old)} existed at ${ref} and was removed: slips are append-only, the record of every time the date moved and who was told. Restore it${clause}`,
    });
  }
}

/** A drop or an addition recorded at the base that was removed or changed since. */
function settled(plan: Plan, list: 'commitments' | 'milestones', before: Indexed<Item>, after: Indexed<Item>, people: ItemPeople, clause: string, ref: string, report: (r: BaseReport) => void): void {
  for (const [field, what] of [['dropped', 'drop'], ['added', 'addition']] as const) {
    const old = before[field];
    if (!old) continue;
    const now = after[field];
    const fields = now ? alteredFields(old, now) : [];
    if (now && fields.length === 0) continue;
    report({
      file: plan.file,
      // At the field that changed; a drop or an addition removed, at the item.
      path: now ? [list, after.index, field, ...(fields.length === 1 && fields[0]! in now ? [fields[0]!] : [])] : [list, after.index],
      subject: `${plan.id}#${after.id}`,
      ...people,
      message: now
        ? `The ${what} of ${itemName(after)} (${old.date}) was changed since ${ref} (${describeChange(fields, old, now)}): it is part of the plan's record. Restore it as it was${clause}`
        : `The ${what} of ${itemName(after)} (${old.date}: ${shorten(old.reason)}) existed at ${ref} and was removed: it is part of the plan's record. Restore it${field === 'dropped' ? `; to take the work up again, add it as a new ${list === 'commitments' ? 'commitment' : 'milestone'} with an id of its own (\`playbook add\`, which records who agreed when the plan is signed)` : ''}${clause}`,
    });
  }
}

/** Incidents are never removed, and what happened (`date`, `what`, `cause`) is not rewritten. */
function incidents(then: Account, now: Account, base: Content, ref: string, report: (r: BaseReport) => void): void {
  const current = new Map(now.incidents.map((incident) => [incident.id, incident]));
  const written = new Set(now.writtenIncidents.map((incident) => incident.id));
  for (const before of then.incidents) {
    const after = current.get(before.id);
    const subject = `${now.id}#${before.id}`;
    if (!after) {
      if (written.has(before.id)) continue; // there, but unreadable: a schema finding says why
      report({
        ...listPlace(now.file, 'incidents'),
        subject,
        ...ownerOf(now),
        message: `The incident \`${before.id}\` ("${shorten(before.what)}", ${before.date}) existed at ${ref} and was removed: incidents are never removed. Restore it; add \`explained:\` once it has been explained to the client`,
      });
      continue;
    }
    const fields = changedFields({ date: before.date, what: before.what, cause: before.cause }, { date: after.date, what: after.what, cause: after.cause });
    if (fields.length === 0) continue;
    report({
      file: now.file,
      // At the incident, as every finding about one: the message says which fields changed.
      path: ['incidents', after.index],
      subject,
      ...ownerOf(now),
      message: `The incident \`${before.id}\` was changed since ${ref} (${describeChange(fields, before, after)}): what happened, when and whose cause it was stay as first written. Restore them; \`told\`, \`explained\` and \`follow_up\` may be added`,
    });
  }
  // Written at the base but not valid there: its id is enough to know it was removed (one still
  // there could not be compared, and not-compared.ts says so).
  const corrected = correctedIncidentIds(then, now); // its invalid id corrected: still there (not-compared.ts)
  for (const id of unreadIncidents(then)) {
    if (written.has(id) || corrected.has(id)) continue;
    const problem = baseProblemAbout(base, then.file, `${then.id}#${id}`);
    report({
      ...listPlace(now.file, 'incidents'),
      subject: `${now.id}#${id}`,
      ...ownerOf(now),
      message: `The incident \`${id}\` existed at ${ref} (it did not pass its schema there${problem ? `, line ${problem.line}: ${problem.message}` : ''}) and was removed: incidents are never removed. Restore it, corrected; add \`explained:\` once it has been explained to the client`,
    });
  }
}

/**
 * The fields of a slip, drop or addition that changed, but for a `told` written where there was
 * none: that is what slip-undisclosed asks for, and it adds to the record without rewriting it
 * (as an incident may gain `told`). A `told` changed or removed is still history rewritten.
 */
function alteredFields(before: { told?: string | undefined }, after: { told?: string | undefined }): string[] {
  const fields = changedFields(before, after);
  return before.told === undefined && after.told !== undefined ? fields.filter((field) => field !== 'told') : fields;
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

/** `owner` for a finding about an account, when its owner can be read. */
function ownerOf(account: Account): { owner?: string } {
  const owner = readableOwner(account);
  return owner === undefined ? {} : { owner };
}
