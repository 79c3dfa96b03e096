// A playbook's files described as data rather than typed as text: settings, people, accounts,
// plans and guides are plain objects (fields in the order the file should show them), written as
// YAML the way a person writes it (block style, dates and ids unquoted). For fixtures whose
// exact layout does not matter; a test about comments, quoting or line numbers types its file.
import { Document, isScalar, visit } from 'yaml';

/** A YAML file (playbook.yaml, people.yaml) of `data`; a list of plain values in flow style, `[a, b]`. */
export function yamlFile(data: object): string {
  const document = new Document(data);
  visit(document, {
    Seq(_, list) {
      if (list.items.every((item) => isScalar(item))) list.flow = true;
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** An MDX file: `data` as its frontmatter, then `body`. */
export function mdxFile(data: object, body = 'The body.\n'): string {
  return `---\n${yamlFile(data)}---\n${body}`;
}

/** A plan's `agreement:` signed by the client and by us on one day. */
export function signed(customer: string, us: string, date: string) {
  return { customer: { by: customer, date }, us: { by: us, date } };
}

/** A `handoff:` with every item of `items` done on `date`. */
export function handedOver(items: readonly string[], date: string): Record<string, string> {
  return Object.fromEntries(items.map((item) => [item, date]));
}
