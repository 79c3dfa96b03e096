/**
 * An edit that was refused because it does not fit the content: an unknown account, person or
 * item, a date after today, a change that would break the playbook. Nothing was written.
 */
export class EditError extends Error {}
