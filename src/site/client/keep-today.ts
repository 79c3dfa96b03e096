// A page read on a later day (`?today=YYYY-MM-DD` in its address) keeps that day on the links the
// reader follows to other pages of the same site: the next page is read for the same day, not
// for the build's. Only an address that says `?today=` is carried: a day preset by
// `window.FOLLOWTHROUGH_TODAY` or taken from the clock is the next page's own.
//
// A page may hold tens of thousands of links (a plan of 20,000 items), so none is rewritten when
// the page loads: a link is given the day when the reader is about to use it (pointed at,
// focused, clicked, middle-clicked, or opened from its context menu), which also makes the
// address the browser shows, copies or opens in a new tab the one with the day.
//
// Self-contained (no import), so that the client's site can use it and carry nothing else of the
// main site's.

/** Which links are the site's own pages (the caller knows how its site links). */
export type InternalLink = (link: HTMLAnchorElement, url: URL) => boolean;

const EVENTS = ['mouseover', 'focusin', 'click', 'auxclick', 'contextmenu'] as const;

/** The day in the address, when it is a real calendar date (the pages' scripts read it alike). */
export function addressDay(isCalendarDate: (text: string) => boolean): string | undefined {
  const param = new URLSearchParams(window.location.search).get('today');
  return param !== null && isCalendarDate(param) ? param : undefined;
}

/** Keeps `today` on the internal links of the page as the reader uses them. */
export function keepToday(today: string | undefined, internal: InternalLink): void {
  if (today === undefined) return;
  const carry = (event: Event) => {
    const target = event.target;
    const link = target instanceof Element ? target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    const written = link.getAttribute('href')!;
    // A place on this page: the address, and with it the day, stays as it is.
    if (written.startsWith('#')) return;
    let url: URL;
    try {
      url = new URL(written, window.location.href);
    } catch {
      return;
    }
    if (!internal(link, url) || url.searchParams.get('today') === today) return;
    url.searchParams.set('today', today);
    // The address as it was written (relative stays relative), with the day before its fragment.
    const [path] = written.split(/[?#]/, 1);
    link.setAttribute('href', `${path}${url.search}${url.hash}`);
  };
  for (const type of EVENTS) document.addEventListener(type, carry, { capture: true });
}
