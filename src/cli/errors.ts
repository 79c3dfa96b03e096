/** A mistake in how the command was called: printed with a hint, exit code 2. */
export class UsageError extends Error {}

/** A file the command may not or cannot write (`--output`): printed alone, without the usage, exit code 2. */
export class OutputError extends Error {}
