// The accounts index, split when the playbook is large: up to ACCOUNTS_ON_ONE_PAGE accounts are
// listed on /accounts/ itself; beyond that /accounts/ summarises them by team and owner and lists
// them A to Z over one page per initial (/accounts/~a/: an id never holds a `~`, so these
// addresses cannot meet an account's own page).
import { compareText } from '../core/findings.ts';
import type { AccountView } from '../core/model.ts';
import type { SitePlaybook } from './playbook.ts';

export const ACCOUNTS_ON_ONE_PAGE = 150;

export interface Initial {
  /** `a`...`z`, or `other` for names that start with anything else. */
  key: string;
  /** `A`...`Z`, or `#`. */
  label: string;
  accounts: AccountView[];
}

/** Accounts by name. */
export function accountsByName(playbook: Pick<SitePlaybook, 'model'>): AccountView[] {
  return [...playbook.model.accounts].sort((a, b) => compareText(a.account.data.name, b.account.data.name) || compareText(a.account.id, b.account.id));
}

/** The accounts by the initial of their name (accents set aside), A to Z, then the rest. */
export function initials(playbook: Pick<SitePlaybook, 'model'>): Initial[] {
  const groups = new Map<string, AccountView[]>();
  for (const view of accountsByName(playbook)) {
    const first = view.account.data.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().charAt(0).toLowerCase();
    const key = /^[a-z]$/.test(first) ? first : 'other';
    groups.set(key, [...(groups.get(key) ?? []), view]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => Number(a === 'other') - Number(b === 'other') || compareText(a, b))
    .map(([key, accounts]) => ({ key, label: key === 'other' ? '#' : key.toUpperCase(), accounts }));
}

/** Whether the accounts fit on /accounts/ itself. */
export function accountsOnOnePage(playbook: Pick<SitePlaybook, 'model'>): boolean {
  return playbook.model.accounts.length <= ACCOUNTS_ON_ONE_PAGE;
}
