// The repository's web address in playbook.yaml: an http or https URL with a host, as links to a
// file and line are made from it. Plain code, no zod (schema/compiled.ts calls it by name).

const EXPECTED = 'expected the repository web address, such as https://github.com/acme/playbook';

export function repositoryUrlProblem(text: string): string | undefined {
  if (!URL.canParse(text)) return EXPECTED;
  const { protocol, hostname } = new URL(text);
  return (protocol === 'https:' || protocol === 'http:') && hostname !== '' ? undefined : EXPECTED;
}
