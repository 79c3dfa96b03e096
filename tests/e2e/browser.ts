// Chromium for the browser tests: Debian's, or CHROMIUM_PATH. Without one the tests are skipped
// with a message, unless PLAYBOOK_REQUIRE_BROWSER=1 (as in CI), where a missing browser fails.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const HAS_BROWSER = existsSync(CHROMIUM_PATH);

if (!HAS_BROWSER) {
  const message = `Browser tests need Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH).`;
  if (process.env.PLAYBOOK_REQUIRE_BROWSER === '1') throw new Error(message);
  console.warn(`Skipping the browser tests: ${message}`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * What a reader sees in a page's main content, as lines: without what says which day it shows
 * (`.as-of`, "was" notes, parts dated by the build) and the timeline drawing, which a later day
 * redraws differently on purpose.
 */
export async function seen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    for (const element of main.querySelectorAll('.as-of, .badge__was, [hidden], script, figure.timeline, [data-dated="build"]')) element.remove();
    document.body.append(main);
    const text = main.innerText;
    main.remove();
    return text.split('\n').map((line) => line.trim()).filter(Boolean);
  });
}
