// The mistakes a person can make that stop a whole command (as opposed to findings, which are
// reported and judged). Kept apart from the code that throws them so that the command line can
// recognise them without loading the core.

/** The content folder cannot be read at all (missing, not a folder, no permission). */
export class ContentFolderError extends Error {}

/** `--as-of` or `PLAYBOOK_AS_OF` is not a calendar date. */
export class AsOfError extends Error {}
