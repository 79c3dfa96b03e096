// What the client site's pages are built from: the client's view (src/core/client/client-view.ts)
// of each account the build is for, and nothing else. Pages never see the model, the content or
// the findings, so nothing internal can reach a page by a template's mistake.
import { clientView, type ClientView } from '../core/client/client-view.ts';
import { selectAccounts } from '../core/client/select.ts';
import { getPlaybook } from '../site/playbook.ts';

/** The accounts asked for: PLAYBOOK_CLIENT, as `--client` wrote it (`all`, an id, or ids with commas). */
export function clientSetting(): string[] {
  return (process.env.PLAYBOOK_CLIENT ?? '').split(',').map((id) => id.trim()).filter(Boolean);
}

/** The ids of the accounts this build makes a site for (throws UnknownAccountError). */
export function clientAccounts(): string[] {
  const { model } = getPlaybook();
  return selectAccounts(clientSetting(), model.accounts.map((a) => a.account.id));
}

const CACHE = Symbol.for('followthrough.client-site.views');
type Cached = { model: object; setting: string; views: ClientView[] };

/**
 * Each selected account's view, projected once per build: pages ask for it many times, and Astro
 * loads this module more than once in a build (hence globalThis, as src/site/playbook.ts does).
 */
export function clientViews(): ClientView[] {
  const holder = globalThis as unknown as Record<symbol, Cached | undefined>;
  const { model } = getPlaybook();
  const setting = clientSetting().join(',');
  const cached = holder[CACHE];
  if (cached && cached.model === model && cached.setting === setting) return cached.views;
  const views = clientAccounts().map((id) => clientView(model, id)!);
  holder[CACHE] = { model, setting, views };
  return views;
}

/** One account's view, for a page given its `account` parameter. */
export function viewOf(account: string | undefined): ClientView {
  const view = clientViews().find((v) => v.account.id === account);
  if (!view) throw new Error(`No client view for ${account}`);
  return view;
}
