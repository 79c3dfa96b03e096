// The names an MDX body's expressions use that nothing defines: `{total}` with no `total`
// imported, exported or bound in the expression. The page throws a ReferenceError when it renders,
// which stops the build, so `check` reports it first.
//
// Read off the compiled module (plain JavaScript by then: the JSX is calls) with acorn. Every name
// bound anywhere in the module counts as defined, whatever its scope: this may miss a name used
// outside the scope that binds it, but never reports a name that is defined. A name the global
// object has (`Math`, `Date`, `process`) is defined too, since the pages render in Node. The walk
// keeps its own stack: expressions come from content, and may nest deeper than a recursive walk can go.
import { createRequire } from 'node:module';
import type { Node, parse as Parse } from 'acorn';

let acornParse: typeof Parse | undefined;
/** acorn, loaded on the first body that needs it, like the MDX compiler (mdx-body.ts): a playbook of plain Markdown bodies, and every edit, start without it. */
function parse(...args: Parameters<typeof Parse>): ReturnType<typeof Parse> {
  acornParse ??= (createRequire(import.meta.url)('acorn') as { parse: typeof Parse }).parse;
  return acornParse(...args);
}

type AnyNode = Node & Record<string, unknown>;

/** What a compiled body defines at its top level, and the names it uses that nothing defines. */
export interface ModuleNames {
  /** Declared at the top level: imports, `export const`, functions. */
  topLevel: Set<string>;
  /** The top-level names that are imports -> what they are imported from. */
  imported: Map<string, string>;
  /** Used but defined nowhere in the module nor globally, in the order they first appear. */
  free: string[];
  /** What it uses of the machine that builds the site (HOST), in the order they first appear; `import` for a dynamic import. */
  host: string[];
}

/**
 * Globals through which a page's code reaches the machine that builds it: its environment
 * (`process.env`, where CI keeps its secrets), its files and programs (`process.getBuiltinModule`,
 * `require`), or code made from text (`eval`, `Function`). A page needs none of them to show text.
 * Not a sandbox (a determined body can find other ways, and the body is code by design): a
 * check that stops the plain ones before a build runs them.
 */
const HOST = new Set(['process', 'globalThis', 'global', 'require', 'module', 'exports', 'Buffer', 'eval', 'Function', 'fetch', 'WebAssembly', 'Deno', 'Bun']);

/** `undefined` when the module cannot be parsed (nested too deep to parse, say). */
export function moduleNames(code: string): ModuleNames | undefined {
  let program: AnyNode;
  try {
    program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as AnyNode;
  } catch {
    return undefined;
  }
  const bound = new Set<string>();
  const used: { name: string; at: number }[] = [];
  const stack: { node: AnyNode; role: 'reference' | 'binding' }[] = [{ node: program, role: 'reference' }];
  while (stack.length > 0) {
    const { node, role } = stack.pop()!;
    const push = (child: unknown, childRole: 'reference' | 'binding' = 'reference') => {
      if (Array.isArray(child)) for (const item of child) push(item, childRole);
      else if (child && typeof (child as AnyNode).type === 'string') stack.push({ node: child as AnyNode, role: childRole });
    };
    switch (node.type) {
      case 'Identifier':
        if (role === 'binding') bound.add(node.name as string);
        else used.push({ name: node.name as string, at: node.start });
        break;
      // Patterns: what they bind, and the defaults and computed keys they evaluate.
      case 'ObjectPattern':
        for (const property of node.properties as AnyNode[]) {
          if (property.type === 'RestElement') push(property.argument, role);
          else {
            if (property.computed) push(property.key);
            push(property.value, role);
          }
        }
        break;
      case 'ArrayPattern':
        push(node.elements, role);
        break;
      case 'RestElement':
        push(node.argument, role);
        break;
      case 'AssignmentPattern':
        push(node.left, role);
        push(node.right);
        break;
      // Where names are bound.
      case 'VariableDeclarator':
        push(node.id, 'binding');
        push(node.init);
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        push(node.id, 'binding');
        push(node.params, 'binding');
        push(node.body);
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
        push(node.id, 'binding');
        push(node.superClass);
        push(node.body);
        break;
      case 'CatchClause':
        push(node.param, 'binding');
        push(node.body);
        break;
      case 'ImportSpecifier':
      case 'ImportDefaultSpecifier':
      case 'ImportNamespaceSpecifier':
        push(node.local, 'binding');
        break;
      // Names that are not references: property names, labels, what an export is called.
      case 'MemberExpression':
        push(node.object);
        if (node.computed) push(node.property);
        break;
      case 'Property':
      case 'PropertyDefinition':
      case 'MethodDefinition':
        if (node.computed) push(node.key);
        push(node.value);
        break;
      case 'ExportSpecifier':
        push(node.local);
        break;
      case 'LabeledStatement':
        push(node.body);
        break;
      case 'BreakStatement':
      case 'ContinueStatement':
      case 'MetaProperty':
        break;
      case 'ImportExpression':
        used.push({ name: 'import', at: node.start });
        push(node.source);
        break;
      default:
        for (const [key, value] of Object.entries(node)) if (key !== 'loc' && key !== 'range') push(value);
    }
  }
  const free = new Set<string>();
  const host = new Set<string>();
  for (const { name } of used.sort((a, b) => a.at - b.at)) {
    if (bound.has(name)) continue;
    if (name === 'import' || HOST.has(name)) host.add(name);
    else if (!(name in globalThis) && name !== 'arguments') free.add(name);
  }
  return { ...topLevelNames(program), free: [...free], host: [...host] };
}

function topLevelNames(program: AnyNode): { topLevel: Set<string>; imported: Map<string, string> } {
  const names = new Set<string>();
  const imported = new Map<string, string>();
  for (let statement of program.body as AnyNode[]) {
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration) statement = statement.declaration as AnyNode;
    if (statement.type === 'ImportDeclaration') {
      for (const specifier of statement.specifiers as AnyNode[]) {
        names.add((specifier.local as AnyNode).name as string);
        imported.set((specifier.local as AnyNode).name as string, (statement.source as AnyNode).value as string);
      }
    }
    else if (statement.type === 'VariableDeclaration') for (const declarator of statement.declarations as AnyNode[]) names.add(((declarator.id as AnyNode).name as string | undefined) ?? '');
    else if ((statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') && statement.id) names.add((statement.id as AnyNode).name as string);
  }
  return { topLevel: names, imported };
}
