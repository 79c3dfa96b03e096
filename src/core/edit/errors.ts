/**
 * An edit that was refused because it does not fit the content: an unknown account, person or
 * item, a date after today, a change that would break the playbook. Nothing was written.
 */
export class EditError extends Error {}

/**
 * A flag whose value is of the wrong form whatever the playbook holds: not a date, not one of the
 * kinds, empty, not an id. A usage error (exit 2), where an EditError is a refusal (exit 1).
 */
export class FlagError extends EditError {}
