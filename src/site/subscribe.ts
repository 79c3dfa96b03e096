// How a page offers a calendar to subscribe to. A plain `https://` link to an .ics file is a
// download: the browser saves it, or the calendar app imports it once, and the copy never changes
// again (a moved due date stays on the old day, a kept promise stays on the calendar). A
// `webcal://` link asks the calendar app (Apple Calendar, Outlook) to subscribe, and it then
// reads the file again as the site is rebuilt; Google Calendar subscribes by the `https://`
// address pasted under "From URL", so the page shows that address too. Both need the site's
// address (PLAYBOOK_SITE_URL, Astro's `site`): without it the link stays the file itself.

export interface CalendarSubscription {
  /** The link's target: `webcal://host/path` when the site's address is known, else the path. */
  href: string;
  /** The `https://` address to paste into Google Calendar, when the site's address is known. */
  address?: string;
}

/** `path` is a site path with the base already in it (urls.ts); `site` is Astro's `site`. */
export function calendarSubscription(path: string, site: URL | string | undefined): CalendarSubscription {
  if (site === undefined) return { href: path };
  const address = new URL(path, site);
  if (address.protocol !== 'https:' && address.protocol !== 'http:') return { href: path };
  return { href: `webcal://${address.host}${address.pathname}`, address: address.href };
}
