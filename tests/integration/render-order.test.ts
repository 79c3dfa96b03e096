// Pages go to the search index in the order their renders started, whatever order the renders
// end in (src/integration/render-order.ts).
import { describe, expect, it } from 'vitest';
import { renderOrder } from '../../src/integration/render-order.ts';

describe('renderOrder', () => {
  it('lets each page go once every render started before its own has ended', () => {
    const released: string[] = [];
    const order = renderOrder<string>((page) => released.push(page));
    const endA = order.started('/a/');
    const endB = order.started('/b/');
    const endC = order.started('/c/');
    expect(order.hold('/c/', 'C')).toBe(true);
    endC();
    expect(order.hold('/b/', 'B')).toBe(true);
    expect(released).toEqual([]);
    expect(order.hold('/a/', 'A')).toBe(true);
    // Held, not let go, until its own render has ended.
    expect(released).toEqual([]);
    endA();
    expect(released).toEqual(['A']);
    endA();
    expect(released).toEqual(['A']);
    endB();
    expect(released).toEqual(['A', 'B', 'C']);
  });

  it('goes on past a render that handed nothing over, and holds nothing for a render it was not told of', () => {
    const released: string[] = [];
    const order = renderOrder<string>((page) => released.push(page));
    const endA = order.started('/a/');
    const endB = order.started('/b/');
    const endC = order.started('/c/');
    order.hold('/c/', 'C');
    endC();
    // /b/ was not a page for search: its render ends without handing anything over.
    endB();
    expect(released).toEqual([]);
    endA();
    expect(released).toEqual(['C']);
    expect(order.hold('/not-told/', 'X')).toBe(false);
    expect(released).toEqual(['C']);
  });
});
