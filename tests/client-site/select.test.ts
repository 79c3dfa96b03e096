// Which accounts `--client` names: ids, lists, `all`, and refusals that suggest the likely one.
import { describe, expect, it } from 'vitest';
import { selectAccounts, UnknownAccountError } from '../../src/core/client/select.ts';

const ACCOUNTS = ['maple-grocers', 'harbourline-logistics', 'kestrel-transit'];

describe('selectAccounts', () => {
  it('takes ids, repeated or separated by commas, each once, in the order asked', () => {
    expect(selectAccounts(['kestrel-transit'], ACCOUNTS)).toEqual(['kestrel-transit']);
    expect(selectAccounts(['kestrel-transit,maple-grocers', 'kestrel-transit'], ACCOUNTS)).toEqual(['kestrel-transit', 'maple-grocers']);
  });

  it('takes all for every account, in the playbook order', () => {
    expect(selectAccounts(['all'], ACCOUNTS)).toEqual(ACCOUNTS);
  });

  it('refuses an unknown id with a suggestion: a typo, or the one id it begins', () => {
    expect(() => selectAccounts(['maple-grocer'], ACCOUNTS)).toThrow(new UnknownAccountError('No account "maple-grocer" in the playbook (did you mean maple-grocers?).'));
    expect(() => selectAccounts(['harbourline'], ACCOUNTS)).toThrow('(did you mean harbourline-logistics?)');
    expect(() => selectAccounts(['nowhere', 'kestrel'], ACCOUNTS)).toThrow('No account "nowhere" in the playbook.\nNo account "kestrel" in the playbook (did you mean kestrel-transit?).');
  });

  it('refuses an empty selection', () => {
    expect(() => selectAccounts([' , '], ACCOUNTS)).toThrow(UnknownAccountError);
  });
});
