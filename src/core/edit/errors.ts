/**
 * An edit that was refused because it does not fit the content: an unknown account, person or
 * item, a date after today, a change that would break the playbook. Nothing was written.
 */
export class EditError extends Error {
  /** The reason, on one line. */
  readonly head: string;
  /** Lines printed under it, one each (the findings a refused change would add). */
  readonly details: readonly string[];

  constructor(message: string, details: readonly string[] = []) {
    super(details.length > 0 ? `${message}\n${details.join('\n')}` : message);
    this.head = message;
    this.details = details;
  }
}

/**
 * A flag whose value is of the wrong form whatever the playbook holds: not a date, not one of the
 * kinds, empty, not an id. A usage error (exit 2), where an EditError is a refusal (exit 1).
 */
export class FlagError extends EditError {}
