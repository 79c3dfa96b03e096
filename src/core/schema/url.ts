// The repository's web address in playbook.yaml: an http or https URL with a host, as links to a
// file and line are made from it. Plain code, no zod (schema/compiled.ts calls it by name).

const EXPECTED = 'expected the repository web address, such as https://github.com/acme/playbook';

/**
 * What a web address does not hold as written (it is percent-encoded), and what would end a link
 * early where reports and pages put it: in a markdown report `)` closes `[text](url)`, and a quote or
 * `<` an attribute.
 */
const NOT_IN_AN_ADDRESS = /[\s"'<>\\^`{|}()]/;

export function repositoryUrlProblem(text: string): string | undefined {
  if (NOT_IN_AN_ADDRESS.test(text)) return `${EXPECTED}, without spaces, quotes, brackets or parentheses`;
  if (!URL.canParse(text)) return EXPECTED;
  const { protocol, hostname } = new URL(text);
  return (protocol === 'https:' || protocol === 'http:') && hostname !== '' ? undefined : EXPECTED;
}
