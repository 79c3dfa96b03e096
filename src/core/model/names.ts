// What people read instead of ids: a plan is "Scanner rollout · Northwind Logistics", an account
// its name, an item its label, a person their name. The CLI's reports read these, as the site's
// pages do (src/site/subjects.ts says the same with links), so both name a thing alike.
import type { Plan } from '../content.ts';
import type { Model } from '../model.ts';
import { itemLabel } from './items.ts';

/** A plan as people call it: its title, then its account's name. */
export function planName(plan: Plan): string {
  return `${plan.data.title} · ${plan.account?.data.name ?? plan.accountId}`;
}

const cache = new WeakMap<Model, Map<string, string>>();

/**
 * What a finding's subject is, by name: an item "Install scanners (Scanner rollout · Northwind
 * Logistics)", a plan, an account, an incident, a guide, a person. A subject the model does not
 * know (a file's path, where nothing finer is known) is returned as it is.
 */
export function subjectName(model: Model, subject: string): string {
  let names = cache.get(model);
  if (!names) {
    names = new Map();
    for (const view of model.plans) {
      names.set(view.plan.id, planName(view.plan));
      for (const item of [...view.milestones, ...view.commitments]) names.set(item.key, `${itemLabel(item)} (${planName(view.plan)})`);
    }
    for (const view of model.accounts) {
      names.set(view.account.id, view.account.data.name);
      for (const incident of view.incidents) names.set(incident.key, `Incident: ${incident.data.what} (${view.account.data.name})`);
    }
    for (const guide of model.guides) names.set(guide.id, `Guide: ${guide.data.title}`);
    for (const [id, person] of model.people) names.set(`people/${id}`, person.name);
    cache.set(model, names);
  }
  return names.get(subject) ?? subject;
}
