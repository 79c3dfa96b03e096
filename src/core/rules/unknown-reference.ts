import { quoted, showInvisible } from '../invisible.ts';
import type { SourceFile } from '../load/source-file.ts';
import type { YamlPath } from '../load/yaml-places.ts';
import { itemLabel, itemPath, type ItemView } from '../model.ts';
import { didYouMean } from '../suggest.ts';
import { namingChaser, readableOwner } from './item-report.ts';
import type { Rule } from './rule.ts';

/**
 * A person id, contact name, milestone, checklist item, `after` id, `chaser`, `with` name or
 * incident `follow_up` that does not exist; a `told` that is not a contact of the account (an
 * internal item's `told` may also be a colleague); an internal commitment owned by a contact.
 */
export const unknownReference: Rule = {
  id: 'unknown-reference',
  severity: 'error',
  description: 'A person id, contact name, milestone, checklist item, `after` id, `chaser`, `with` name or incident `follow_up` that does not exist; a `told` that is not a contact of the account; an internal commitment owned by a contact',
  check({ model, content, report }) {
    const people = content.personIds;
    const peopleFile = content.peopleFile?.path ?? 'people.yaml';
    const isPerson = (id: string) => people.has(id) || content.peopleUnreadable === true;
    // `item`: the commitment or milestone the finding is about, whose chaser it names (item-report.ts).
    const at = (file: SourceFile, path: YamlPath, subject: string, owner: string | undefined, message: string, anchor: 'key' | 'value' = 'value', item?: ItemView) =>
      report({ file, path, anchor, subject, owner, chaser: item?.chaserId, message: item ? namingChaser(item, message) : message });
    const notAPerson = (role: string, id: string) => `${quoted(id)} (${role}) is not a person in ${peopleFile}${didYouMean(id, people)}; use a person id from there, or add them`;
    const person = (file: SourceFile, path: YamlPath, subject: string, owner: string | undefined, role: string, id: string) => {
      if (!isPerson(id)) at(file, path, subject, owner, notAPerson(role, id));
    };

    for (const view of model.accounts) {
      const { account } = view;
      const { file, id, data } = account;
      const owner = readableOwner(account);
      const contacts = account.contactNames;
      const isContact = (name: string) => !contacts || contacts.has(name);
      const contact = (path: YamlPath, subject: string, role: string, name: string) => {
        if (isContact(name)) return;
        at(file, path, subject, owner, `${quoted(name, '"')} (${role}) is not a contact of ${data.name}${didYouMean(name, contacts!)}; use a name from its \`contacts\`, or add them there`);
      };
      if (!account.invalidFields.has('owner')) person(file, ['owner'], id, owner, 'the account owner', data.owner);
      // A path is made only for a reference that is wrong (as for the items, below).
      for (let i = 0; i < data.team.length; i++) if (!isPerson(data.team[i]!)) person(file, ['team', i], id, owner, 'a team member', data.team[i]!);
      for (let n = 0; n < account.touchpoints.length; n++) {
        const touchpoint = account.touchpoints[n]!;
        if (!isPerson(touchpoint.by)) person(file, ['touchpoints', touchpoint.index, 'by'], id, owner, `by, ${whenOf(touchpoint)}`, touchpoint.by);
        for (let i = 0; i < touchpoint.with.length; i++) {
          const name = touchpoint.with[i]!;
          if (isContact(name) || isPerson(name)) continue;
          at(file, ['touchpoints', touchpoint.index, 'with', i], id, owner, `${quoted(name, '"')} (with, ${whenOf(touchpoint)}) is neither a contact of ${data.name} nor a person in ${peopleFile}${didYouMean(name, [...(contacts ?? []), ...people])}; use a contact's name or a person id`);
        }
      }
      if (view.incidents.length === 0) continue;
      const plans = new Map(view.plans.map((plan) => [plan.plan.slug, plan]));
      for (const incident of view.incidents) {
        const path = ['incidents', incident.data.index];
        if (incident.data.told !== undefined) contact([...path, 'told'], incident.key, `told, in the incident "${incident.data.what}"`, incident.data.told);
        incident.data.follow_up.forEach((ref, i) => {
          const problem = followUpProblem(ref, plans);
          if (problem) at(file, [...path, 'follow_up', i], incident.key, owner, `The follow-up ${quoted(ref)} of the incident "${incident.data.what}" ${problem}`);
        });
      }
    }

    const checklist = Object.keys(content.settings.checklist);
    const settingsFile = content.settings.file?.path ?? 'playbook.yaml';
    for (const view of model.plans) {
      const { plan } = view;
      const { file, data } = plan;
      const owner = readableOwner(plan);
      const account = plan.account;
      const contacts = account?.contactNames;
      // Without a valid account file its contacts are unknown: its own findings say why.
      const isContact = (name: string) => !contacts || contacts.has(name);
      const contact = (path: YamlPath, subject: string, owner: string | undefined, role: string, name: string, item?: ItemView) => {
        if (isContact(name)) return;
        at(file, path, subject, owner, `${quoted(name, '"')} (${role}) is not a contact of ${account!.data.name}${didYouMean(name, contacts!)}; use a name from the account's \`contacts\`, or add them there`, 'value', item);
      };
      if (!plan.invalidFields.has('owner')) person(file, ['owner'], plan.id, owner, 'the plan owner', data.owner);
      for (const signer of plan.signatures) {
        if (signer.side === 'us') {
          if (!isPerson(signer.by)) person(file, [...signer.path, 'by'], plan.id, owner, 'our signature on the agreement', signer.by);
        } else if (!isContact(signer.by)) contact([...signer.path, 'by'], plan.id, owner, "the customer's signature on the agreement", signer.by);
      }
      for (const item of Object.keys(data.handoff)) {
        if (checklist.includes(item) || content.settings.checklistUnknown) continue;
        at(file, ['handoff', item], plan.id, owner, `The handoff item ${quoted(item)} is not in the checklist of ${settingsFile}${didYouMean(item, checklist)}; the items are ${checklist.join(', ') || 'none (add them under `handoff_checklist:`)'}`, 'key');
      }

      // Below, every message, path and label is made only for a reference that is wrong: a plan
      // of many items has nearly none, and making them for every item was most of this rule's
      // 60 ms at 1,000 accounts. Nor is a function made per item (they were 120,000) or per `told`.
      // `told` names a contact of the account; for an internal item a colleague may stand there too.
      // `where`: in which slip (its index), or in the drop or the addition.
      const told = (item: ItemView, where: number | 'dropped' | 'added', name: string) => {
        const internal = item.side === 'internal';
        if (internal && isPerson(name)) return;
        if (isContact(name)) return;
        const path = typeof where === 'number' ? [...itemPath(item), 'slips', where, 'told'] : [...itemPath(item), where, 'told'];
        const role = `told, in ${typeof where === 'number' ? `slip ${where + 1}` : where === 'dropped' ? 'the drop' : 'the addition'} of ${itemLabel(item)}`;
        if (internal) {
          at(file, path, item.key, item.ownerId, `${quoted(name, '"')} (${role}) is neither a person in ${peopleFile} nor a contact of ${account!.data.name}${didYouMean(name, [...people, ...contacts!])}; name the colleague (a person id) or the contact who was told`, 'value', item);
        } else contact(path, item.key, item.ownerId, role, name, item);
      };
      const checkItem = (item: ItemView) => {
        const { data: d, key } = item;
        const owner = item.ownerId;
        const internal = item.side === 'internal';
        for (let i = 0; i < d.slips.length; i++) {
          const slip = d.slips[i]!;
          if (slip.told !== undefined) told(item, i, slip.told);
        }
        if (d.dropped?.told !== undefined) told(item, 'dropped', d.dropped.told);
        if (d.added?.told !== undefined) told(item, 'added', d.added.told);
        if (item.kind === 'milestone') {
          const milestoneOwner = item.data.owner;
          if (milestoneOwner !== undefined && !isPerson(milestoneOwner)) person(file, [...itemPath(item), 'owner'], key, owner, `the owner of ${itemLabel(item)}`, milestoneOwner);
          return;
        }
        const c = item.data;
        if (internal && !isPerson(c.owner)) {
          at(file, [...itemPath(item), 'owner'], key, c.owner, `${c.what} is internal (between our own teams), but its owner ${quoted(c.owner)} is not a person in ${peopleFile}${didYouMean(c.owner, people)}; an internal commitment is owned by one of our people`);
        } else if (!isPerson(c.owner) && !isContact(c.owner)) {
          // Whose it is cannot be told (the owner is nobody known), so no chaser is named.
          at(file, [...itemPath(item), 'owner'], key, c.owner, `The owner ${quoted(c.owner)} of ${c.what} is neither a person in ${peopleFile} nor a contact of ${account!.data.name}${didYouMean(c.owner, [...people, ...contacts!])}; use a person id (our side) or a contact's name (the client's side)`);
        }
        if (c.chaser !== undefined && !isPerson(c.chaser)) {
          // About the chaser itself: named as written, not again as "chased by".
          report({ file, path: [...itemPath(item), 'chaser'], anchor: 'value', subject: key, owner: c.owner, chaser: item.chaserId, message: notAPerson(`the chaser of ${c.what}`, c.chaser) });
        }
        if (c.milestone !== undefined && !plan.milestoneIds.has(c.milestone)) {
          const milestones = new Set(plan.milestones.map((m) => m.id));
          // The mirror of `after` naming a milestone: say what the id is, not only what it is not.
          const why = plan.commitmentIds.has(c.milestone) ? 'which is a commitment, not a milestone; `milestone:` names one of the plan’s milestones' : `which is not in this plan${didYouMean(c.milestone, milestones)}`;
          at(file, [...itemPath(item), 'milestone'], key, c.owner, `${c.what} belongs to milestone ${quoted(c.milestone)}, ${why}; the milestones are ${[...milestones].join(', ') || 'none'}`, 'value', item);
        }
        for (let i = 0; i < c.after.length; i++) {
          const id = c.after[i]!;
          if (plan.commitmentIds.has(id)) continue;
          if (plan.milestoneIds.has(id)) {
            at(file, [...itemPath(item), 'after', i], key, c.owner, `${c.what} waits for ${quoted(id)}, which is a milestone, not a commitment; \`after\` lists commitment ids (use \`milestone:\` to place it in a milestone)`, 'value', item);
          } else {
            at(file, [...itemPath(item), 'after', i], key, c.owner, `${c.what} waits for ${quoted(id)}, which is not a commitment in this plan${didYouMean(id, new Set(plan.commitments.map((other) => other.id)))}`, 'value', item);
          }
        }
      };
      for (let n = 0; n < view.milestones.length; n++) checkItem(view.milestones[n]!);
      for (let n = 0; n < view.commitments.length; n++) checkItem(view.commitments[n]!);
    }

    for (const guide of model.guides) {
      if (guide.data.owner !== undefined) person(guide.file, ['owner'], guide.id, guide.data.owner, 'the guide owner', guide.data.owner);
    }
  },
};

/** "in the call of 2026-11-02": which touchpoint a finding is about. */
function whenOf(touchpoint: { kind: string; date: string }): string {
  return `in the ${touchpoint.kind} of ${touchpoint.date}`;
}

/** Why an incident's `follow_up` (`<plan>#<item>`) names nothing in the account, or `undefined` when it does. */
function followUpProblem(ref: string, plans: ReadonlyMap<string, { plan: { commitmentIds: ReadonlySet<string>; milestoneIds: ReadonlySet<string> } }>): string | undefined {
  const match = /^([^#\s]+)#([^#\s]+)$/.exec(ref);
  if (!match) return 'is not written `<plan>#<item>`, such as `scanner-rollout#relabel`';
  const [, slug, itemId] = match as unknown as [string, string, string];
  const view = plans.get(slug);
  if (!view) return `names the plan \`${showInvisible(slug)}\`, which is not a plan of this account${didYouMean(slug, plans.keys())}`;
  if (view.plan.commitmentIds.has(itemId) || view.plan.milestoneIds.has(itemId)) return undefined;
  return `names \`${showInvisible(itemId)}\`, which is not a commitment or milestone of ${slug}${didYouMean(itemId, [...view.plan.commitmentIds, ...view.plan.milestoneIds])}`;
}
