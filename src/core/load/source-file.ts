// A content file as read from disk: its YAML (the whole file, or an MDX file's frontmatter),
// its body, and where each YAML node stands in the file.
import { YamlLocator, type Anchor } from './locate.ts';
import type { YamlPath } from './yaml-places.ts';

export interface FilePlace {
  line: number;
  column: number;
}

export class SourceFile {
  private locator: YamlLocator | undefined;

  constructor(
    /** As shown to people: relative to the working directory, forward slashes. */
    readonly path: string,
    /** Relative to the content folder: `accounts/northwind/index.mdx`. */
    readonly contentPath: string,
    readonly text: string,
    /** The YAML text, or `undefined` when an MDX file has no frontmatter. */
    readonly yaml: string | undefined,
    /** The file line on which the YAML's first line stands. */
    readonly yamlLine: number,
    /** An MDX file's body after the frontmatter; empty for YAML files. */
    readonly body: string,
    /** The file line on which the body starts. */
    readonly bodyLine: number,
  ) {}

  /** The file line and column of a YAML node. */
  place(path: YamlPath, anchor: Anchor = 'value'): FilePlace {
    if (this.yaml === undefined) return { line: 1, column: 1 };
    this.locator ??= new YamlLocator(this.yaml);
    const pos = this.locator.locate(path, anchor);
    return { line: pos.line + this.yamlLine - 1, column: pos.column };
  }

  /** A position inside the YAML text (from a parser's error) as a file position. */
  yamlPosition(line: number, column: number): FilePlace {
    return { line: line + this.yamlLine - 1, column };
  }

  static yamlFile(path: string, contentPath: string, text: string): SourceFile {
    return new SourceFile(path, contentPath, text, stripBom(text), 1, '', 1);
  }

  /**
   * An MDX file: frontmatter between a first line `---` and the next line `---`. A file without
   * one keeps `yaml` undefined so the loader can say how to add it.
   */
  static mdxFile(path: string, contentPath: string, text: string): SourceFile {
    const source = stripBom(text);
    const lines = source.split('\n');
    if (lines[0]?.trimEnd() !== '---') return new SourceFile(path, contentPath, text, undefined, 1, source, 1);
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!.trimEnd();
      if (line === '---' || line === '...') {
        const yaml = lines.slice(1, i).join('\n');
        const body = lines.slice(i + 1).join('\n');
        return new SourceFile(path, contentPath, text, yaml, 2, body, i + 2);
      }
    }
    return new SourceFile(path, contentPath, text, undefined, 1, source, 1);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
