// Which accounts a client build is for: `--client <account>` (repeated, or a comma-separated
// list) or `--client all`. An account that does not exist is refused with a suggestion, before
// anything is built, so a typo never publishes nothing in silence.
import { didYouMean } from '../suggest.ts';

/** Every account, in the order the playbook lists them. */
export const ALL_ACCOUNTS = 'all';

export class UnknownAccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnknownAccountError';
  }
}

/**
 * The account ids to build, each once, in the order asked (`all`: every account). Throws
 * UnknownAccountError naming every id that is not an account, with "did you mean" for each.
 */
export function selectAccounts(requested: readonly string[], accounts: readonly string[]): string[] {
  const asked = requested.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  if (asked.length === 0) throw new UnknownAccountError(`No account given: --client needs an account id, or ${ALL_ACCOUNTS} for every account.`);
  if (asked.includes(ALL_ACCOUNTS)) return [...accounts];
  const known = new Set(accounts);
  const unknown = asked.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const lines = unknown.map((id) => `No account "${id}" in the playbook${suggestion(id, accounts)}.`);
    throw new UnknownAccountError(lines.join('\n'));
  }
  return [...new Set(asked)];
}

/** A likely typo's correction, else the one account whose id starts with what was typed ("harbourline"). */
function suggestion(id: string, accounts: readonly string[]): string {
  const typo = didYouMean(id, accounts);
  if (typo) return typo;
  const started = accounts.filter((account) => account.startsWith(id));
  return started.length === 1 ? ` (did you mean ${started[0]}?)` : '';
}
