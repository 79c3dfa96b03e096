// What the build sends Pagefind of a page (src/integration/search-part.ts): the parts Pagefind
// would leave out are left out here, and a page that cannot be read for sure is sent whole.
import { describe, expect, it } from 'vitest';
import { searchPart, withoutLeftOut } from '../../src/integration/search-part.ts';

describe('withoutLeftOut', () => {
  it('drops ignored elements, excluded tags and classes, with what they hold', () => {
    expect(withoutLeftOut('<main><p>Due <time datetime="2026-01-02">2 Jan</time> soon</p></main>')).toBe('<main><p>Due  soon</p></main>');
    expect(withoutLeftOut('<main><section data-pagefind-ignore><h2>Needs attention</h2></section><p>kept</p></main>')).toBe('<main><p>kept</p></main>');
    expect(withoutLeftOut('<main><span class="badge badge--overdue">Overdue</span><span class="account">kept</span></main>')).toBe('<main><span class="account">kept</span></main>');
    expect(withoutLeftOut('<main><svg viewBox="0 0 1 1"><path d="M0"/></svg>after</main>')).toBe('<main>after</main>');
  });

  it('balances nested elements of the same name and reads quoted ">" in attributes', () => {
    expect(withoutLeftOut('<div data-pagefind-ignore title="a > b"><div>x</div><div>y</div></div><div>kept</div>')).toBe('<div>kept</div>');
    expect(withoutLeftOut('<div class="counts">kept <span class="count" title="<time>">3</span></div>')).toBe('<div class="counts">kept </div>');
  });

  it('leaves a void or self-closing element out alone', () => {
    expect(withoutLeftOut('<p>a<br class="badge">b<img class="count" src="x"/>c</p>')).toBe('<p>abc</p>');
  });

  it('sends whole what it cannot be sure of', () => {
    for (const html of [
      '<main><script>const s = "<time>";</script><time>1</time></main>',
      '<main><!-- <time> --><time>1</time></main>',
      '<main><div data-pagefind-ignore><div>never closed</div></main>',
      '<main><div data-pagefind-ignore><span data-pagefind-filter="owner">Ann</span></div></main>',
    ]) {
      expect(withoutLeftOut(html)).toBe(html);
    }
  });
});

describe('searchPart', () => {
  it('keeps the title and the main content, as Pagefind reads them', () => {
    const page = new TextEncoder().encode('<!doctype html><html><head><title>Plan · Acme</title></head><body><nav>menu</nav><main data-pagefind-body><h1>Plan é</h1><time>x</time></main><footer>f</footer></body></html>');
    expect(searchPart(page)).toBe('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plan · Acme</title></head><body><main data-pagefind-body><h1>Plan é</h1></main></body></html>');
  });
});
