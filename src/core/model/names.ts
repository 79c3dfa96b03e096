// What people read instead of ids: a plan is "Scanner rollout · Northwind Logistics", an account
// its name, an item its label, a person their name. The CLI's reports and the site's pages both
// read these (src/site/subjects.ts adds the links), so both name a thing alike.
import type { Plan } from '../content.ts';
import type { Model } from '../model.ts';
import { itemLabel } from './items.ts';

/** A plan as people call it: its title, then its account's name. */
export function planName(plan: Plan): string {
  return `${plan.data.title} · ${accountName(plan)}`;
}

function accountName(plan: Plan): string {
  return plan.account?.data.name ?? plan.accountId;
}

/** A finding's subject by name: the thing's own name, and where it belongs when that helps. */
export interface SubjectParts {
  name: string;
  /** "Scanner rollout · Northwind Logistics" for an item, the account's name for a plan or an incident. */
  context?: string;
  /** The account it belongs to, by id. */
  accountId?: string;
}

interface Names {
  parts: Map<string, SubjectParts>;
  /** The joined form of each, for one line of text. */
  joined: Map<string, string>;
}

const cache = new WeakMap<Model, Names>();

function namesOf(model: Model): Names {
  let names = cache.get(model);
  if (names) return names;
  const parts = new Map<string, SubjectParts>();
  const joined = new Map<string, string>();
  const add = (subject: string, part: SubjectParts, line: string) => {
    parts.set(subject, part);
    joined.set(subject, line);
  };
  for (const view of model.plans) {
    const { plan } = view;
    add(plan.id, { name: plan.data.title, context: accountName(plan), accountId: plan.accountId }, planName(plan));
    for (const item of [...view.milestones, ...view.commitments]) {
      add(item.key, { name: itemLabel(item), context: planName(plan), accountId: plan.accountId }, `${itemLabel(item)} (${planName(plan)})`);
    }
  }
  for (const view of model.accounts) {
    const { account } = view;
    add(account.id, { name: account.data.name, accountId: account.id }, account.data.name);
    for (const incident of view.incidents) {
      add(incident.key, { name: `Incident: ${incident.data.what}`, context: account.data.name, accountId: account.id }, `Incident: ${incident.data.what} (${account.data.name})`);
    }
  }
  for (const guide of model.guides) add(guide.id, { name: `Guide: ${guide.data.title}` }, `Guide: ${guide.data.title}`);
  for (const [id, person] of model.people) add(`people/${id}`, { name: person.name }, person.name);
  names = { parts, joined };
  cache.set(model, names);
  return names;
}

/**
 * What a finding's subject is, by name, in parts; undefined for a subject the model does not know
 * (a file's path, where nothing finer is known).
 */
export function subjectParts(model: Model, subject: string): SubjectParts | undefined {
  return namesOf(model).parts.get(subject);
}

/**
 * What a finding's subject is, by name, on one line: an item "Install scanners (Scanner rollout ·
 * Northwind Logistics)", a plan, an account, an incident, a guide, a person. A subject the model
 * does not know is returned as it is.
 */
export function subjectName(model: Model, subject: string): string {
  return namesOf(model).joined.get(subject) ?? subject;
}
