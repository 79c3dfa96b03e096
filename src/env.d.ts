// Astro's ambient modules (astro:content, astro:middleware...) for the type checker, so that
// `tsc --noEmit` works on a fresh clone; `astro sync` (run by every build) adds the precise
// collection types in .astro/.
/// <reference types="astro/client" />
