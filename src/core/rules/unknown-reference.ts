import type { SourceFile } from '../load/source-file.ts';
import type { YamlPath } from '../load/yaml-places.ts';
import { didYouMean } from '../suggest.ts';
import type { Rule } from './rule.ts';

/** A person id, contact name, milestone, checklist item or `after` id that does not exist. */
export const unknownReference: Rule = {
  id: 'unknown-reference',
  check({ model, content, report }) {
    const people = content.personIds;
    const peopleFile = content.peopleFile?.path ?? 'people.yaml';
    const at = (file: SourceFile, path: YamlPath, subject: string, owner: string | undefined, message: string, anchor: 'key' | 'value' = 'value') =>
      report({ file, path, anchor, subject, owner, message });
    const person = (file: SourceFile, path: YamlPath, subject: string, owner: string | undefined, role: string, id: string) => {
      if (people.has(id) || content.peopleUnreadable) return;
      at(file, path, subject, owner, `\`${id}\` (${role}) is not a person in ${peopleFile}${didYouMean(id, people)}; use a person id from there, or add them`);
    };

    for (const { account } of model.accounts) {
      const { file, id, data } = account;
      const contacts = account.contactNames;
      const contact = (path: YamlPath, subject: string, owner: string | undefined, role: string, name: string) => {
        if (!contacts || contacts.has(name)) return;
        at(file, path, subject, owner, `"${name}" (${role}) is not a contact of ${data.name}${didYouMean(name, contacts)}; use a name from its \`contacts\`, or add them there`);
      };
      if (!account.invalidFields.has('owner')) person(file, ['owner'], id, data.owner, 'the account owner', data.owner);
      data.team.forEach((member, i) => person(file, ['team', i], id, data.owner, 'a team member', member));
      for (const touchpoint of account.touchpoints) {
        const path = ['touchpoints', touchpoint.index];
        person(file, [...path, 'by'], id, data.owner, `by, in the ${touchpoint.kind} of ${touchpoint.date}`, touchpoint.by);
        touchpoint.with.forEach((name, i) => contact([...path, 'with', i], id, data.owner, `with, in the ${touchpoint.kind} of ${touchpoint.date}`, name));
      }
    }

    const checklist = Object.keys(content.settings.checklist);
    const settingsFile = content.settings.file?.path ?? 'playbook.yaml';
    for (const view of model.plans) {
      const { plan } = view;
      const { file, data } = plan;
      const account = plan.account;
      const contacts = account?.contactNames;
      // Without a valid account file its contacts are unknown: its own findings say why.
      const contact = (path: YamlPath, subject: string, owner: string | undefined, role: string, name: string) => {
        if (!contacts || contacts.has(name)) return;
        at(file, path, subject, owner, `"${name}" (${role}) is not a contact of ${account!.data.name}${didYouMean(name, contacts)}; use a name from the account's \`contacts\`, or add them there`);
      };
      if (!plan.invalidFields.has('owner')) person(file, ['owner'], plan.id, data.owner, 'the plan owner', data.owner);
      if (data.agreement?.us) person(file, ['agreement', 'us', 'by'], plan.id, data.owner, 'our signature on the agreement', data.agreement.us.by);
      if (data.agreement?.customer) contact(['agreement', 'customer', 'by'], plan.id, data.owner, "the customer's signature on the agreement", data.agreement.customer.by);
      for (const item of Object.keys(data.handoff)) {
        if (checklist.includes(item) || content.settings.unreadable) continue;
        at(file, ['handoff', item], plan.id, data.owner, `The handoff item \`${item}\` is not in the checklist of ${settingsFile}${didYouMean(item, checklist)}; the items are ${checklist.join(', ') || 'none (add them under `handoff_checklist:`)'}`, 'key');
      }

      const milestones = new Set(plan.milestones.map((m) => m.id));
      const commitments = new Set(plan.commitments.map((c) => c.id));
      for (const commitment of view.commitments) {
        const { data: c, key } = commitment;
        const path = ['commitments', c.index];
        if (!people.has(c.owner) && !content.peopleUnreadable && contacts && !contacts.has(c.owner)) {
          at(file, [...path, 'owner'], key, c.owner, `The owner \`${c.owner}\` of ${c.what} is neither a person in ${peopleFile} nor a contact of ${account!.data.name}${didYouMean(c.owner, [...people, ...contacts])}; use a person id (our side) or a contact's name (the client's side)`);
        }
        if (c.milestone !== undefined && !plan.milestoneIds.has(c.milestone)) {
          at(file, [...path, 'milestone'], key, c.owner, `${c.what} belongs to milestone \`${c.milestone}\`, which is not in this plan${didYouMean(c.milestone, milestones)}; the milestones are ${[...milestones].join(', ') || 'none'}`);
        }
        c.after.forEach((id, i) => {
          if (plan.commitmentIds.has(id)) return;
          if (plan.milestoneIds.has(id)) {
            at(file, [...path, 'after', i], key, c.owner, `${c.what} waits for \`${id}\`, which is a milestone, not a commitment; \`after\` lists commitment ids (use \`milestone:\` to place it in a milestone)`);
          } else {
            at(file, [...path, 'after', i], key, c.owner, `${c.what} waits for \`${id}\`, which is not a commitment in this plan${didYouMean(id, commitments)}`);
          }
        });
        c.slips.forEach((slip, i) => {
          if (slip.told !== undefined) contact([...path, 'slips', i, 'told'], key, c.owner, `told, in slip ${i + 1} of ${c.what}`, slip.told);
        });
        if (c.dropped?.told !== undefined) contact([...path, 'dropped', 'told'], key, c.owner, `told, in the drop of ${c.what}`, c.dropped.told);
      }
    }

    for (const guide of model.guides) {
      if (guide.data.owner !== undefined) person(guide.file, ['owner'], guide.id, guide.data.owner, 'the guide owner', guide.data.owner);
    }
  },
};
