// How a confirmation names people: as findings and pages do, by the name a person reads (people.yaml's
// `name`), not by the id typed on the command line; a contact of the client by their name as
// written. Ids stay where a user types them (accounts, plans, items).
import type { Content } from '../content.ts';
import { personName } from '../model.ts';
import type { ContactNames } from '../model/contact-names.ts';

/** `Jane Doe` for `jane-doe`; a contact's name (one of `contacts`, which wins, as it does for `--with`) as it is. */
export function nameOf(content: Pick<Content, 'people' | 'personIds'>, who: string, contacts?: Pick<ContactNames, 'has'>): string {
  if (contacts?.has(who) || !content.personIds.has(who)) return who;
  return personName(content, who);
}
