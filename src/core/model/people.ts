// What each of our people owes and chases: the one answer to "what is on my plate", which the
// person's page, `playbook report --person`, the calendars and the People list all read.
import type { PersonEntry } from '../content.ts';
import { compareText } from '../findings.ts';
import type { AccountView } from './accounts.ts';
import type { CommitmentView, ItemView } from './items.ts';
import type { PlanView } from './plan.ts';

export interface PersonView {
  id: string;
  person: PersonEntry | undefined;
  /** Their name from people.yaml, else the id. */
  name: string;
  /** Open items of agreed or active plans they answer for themselves: their own and internal commitments, their milestones. */
  owes: ItemView[];
  /** Open commitments of the client's in agreed or active plans that they follow up (they are the chaser). */
  chases: CommitmentView[];
  /** The accounts they own (their follow-ups, reviews and own contact with the client), then those they are on the team of. */
  accounts: { view: AccountView; role: 'owner' | 'team' }[];
  /** The plans they lead. */
  plans: PlanView[];
}

/** Everyone named in people.yaml, and anyone else an item or account names as ours. */
export function derivePeople(people: ReadonlyMap<string, PersonEntry>, plans: readonly PlanView[], accounts: readonly AccountView[]): Map<string, PersonView> {
  const views = new Map<string, PersonView>();
  const view = (id: string): PersonView => {
    let found = views.get(id);
    if (!found) {
      const person = people.get(id);
      found = { id, person, name: person?.name ?? id, owes: [], chases: [], accounts: [], plans: [] };
      views.set(id, found);
    }
    return found;
  };
  for (const id of people.keys()) view(id);
  for (const plan of plans) {
    view(plan.plan.data.owner).plans.push(plan);
    if (!plan.promising) continue;
    for (const item of [...plan.milestones, ...plan.commitments]) {
      if (!item.open) continue;
      if (item.kind === 'commitment' && item.side === 'client') view(item.answerableId).chases.push(item);
      else view(item.answerableId).owes.push(item);
    }
  }
  for (const account of accounts) {
    const { owner, team } = account.account.data;
    view(owner).accounts.push({ view: account, role: 'owner' });
    for (const id of new Set(team)) if (id !== owner) view(id).accounts.push({ view: account, role: 'team' });
  }
  for (const person of views.values()) {
    person.owes.sort(byDue);
    person.chases.sort(byDue);
    person.accounts.sort((a, b) => (a.role === b.role ? compareText(a.view.account.data.name, b.view.account.data.name) : a.role === 'owner' ? -1 : 1));
  }
  return views;
}

/** Earliest due first; ties by plan and id so that the order is stable. */
export function byDue(a: ItemView, b: ItemView): number {
  return compareText(a.data.due, b.data.due) || compareText(a.key, b.key);
}
