import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

/**
 * The runtime import graph of src/, read with the TypeScript parser (not regular expressions:
 * a comment or a string that looks like an import must not count, and `import type` must not).
 * What counts as runtime: an import or re-export that keeps at least one value binding or none at
 * all (a side-effect import), and a dynamic `import()`. An import whose every name is marked
 * `type` is erased by the compiler and ties nothing at run time.
 */
export interface RuntimeImport {
  /** Importing file, relative to the repository root, e.g. `src/orders/orders.service.ts`. */
  from: string;
  /** Imported file, relative to the repository root. */
  to: string;
  /** The specifier as written, e.g. `../tracking/status.js`. */
  specifier: string;
  line: number;
}

export function sourceFiles(root: string, dir = "src"): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(root, path);
    return path.endsWith(".ts") && !path.endsWith(".d.ts") ? [path] : [];
  });
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return false; // `import "x"`: a side effect, runtime by definition
    if (clause.isTypeOnly) return true;
    if (clause.name) return false; // a default import is a value binding
    const bindings = clause.namedBindings;
    if (!bindings || ts.isNamespaceImport(bindings)) return false;
    return bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
  }
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly);
}

/** `./x.js` → `src/…/x.ts` (NodeNext spells the emitted name); a folder → its index.ts. */
function resolveRelative(root: string, from: string, specifier: string): string | undefined {
  const base = resolve(root, dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, ".ts"), base, `${base}.ts`, join(base, "index.ts")];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return found && relative(root, found);
}

export function runtimeImports(root: string, file: string): RuntimeImport[] {
  const text = readFileSync(join(root, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: RuntimeImport[] = [];
  const add = (specifier: string, node: ts.Node) => {
    if (!specifier.startsWith(".")) return; // packages are not part of the layering
    const to = resolveRelative(root, file, specifier);
    if (!to) throw new Error(`${file}: cannot resolve import "${specifier}"`);
    found.push({ from: file, to, specifier, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
  };
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!isTypeOnly(node)) add(node.moduleSpecifier.text, node);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) add(argument.text, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The unit of layering a file belongs to: its top folder under src/ (`src/orders/x.ts` → `orders`,
 * `src/graphql/compiled/y.ts` → `graphql`), or its own name for a file directly in src/
 * (`src/server.ts` → `server.ts`).
 */
export function unitOf(file: string): string {
  const parts = file.split("/");
  if (parts[0] !== "src") throw new Error(`not under src/: ${file}`);
  return parts[1]!;
}

/** Strongly connected components with more than one member (Tarjan), each sorted. */
export function cycles(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const connect = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of edges.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) connect(node);
  return components;
}
