// Every calendar event's UID, on the team's site and the client's. A calendar knows an event by
// its UID alone: one that changes is a new event (shown twice where the file was imported, and
// without the alarm or notes the subscriber added to the old one). So a UID names what the event
// is about (its kind and the ids of the item or account) and nothing that can be edited without
// the event becoming another: not its date, its text, its owner, the site's address, nor the
// playbook's `title`, which was once the UID's domain (renaming the playbook doubled every event).
// Ids are kebab-case (`[a-z0-9]+(-[a-z0-9]+)*`), so `--` between two of them cannot be ambiguous.

/** The same for every playbook: anything taken from the playbook could be renamed. */
const DOMAIN = 'followthrough';

/** `commitment`, `northwind/rollout#train-staff` -> `commitment-northwind--rollout--train-staff@followthrough` */
export function eventUid(kind: string, key: string): string {
  return `${kind}-${key.replace('/', '--').replace('#', '--')}@${DOMAIN}`;
}

/** An item of the client's calendar: `client-` first, so it is never the team's event of the same item. */
export function clientEventUid(kind: 'commitment' | 'milestone', accountId: string, planSlug: string, itemId: string): string {
  return `client-${kind}-${accountId}--${planSlug}--${itemId}@${DOMAIN}`;
}
