import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  Kind,
  parse,
  print,
  validate,
  type GraphQLSchema,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { createSchema } from "../../src/schema.js";

/**
 * The documentation a clone carries must stay whole: the schema describes itself (it is what
 * clients read), the README stays a quick start whose examples are valid, and nothing points at
 * files outside the repository.
 */
const root = resolve(import.meta.dirname, "../..");
const read = (path: string) => readFileSync(join(root, path), "utf8");

/** Tracked files (or, outside a git checkout, the files under the repository minus dependencies). */
function repositoryFiles(): string[] {
  try {
    return execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" })
      .split("\n")
      .filter((path) => path && existsSync(join(root, path)));
  } catch {
    const walk = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
        const path = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) return ["node_modules", ".git", ".data"].includes(entry.name) ? [] : walk(path);
        return [path];
      });
    return walk("");
  }
}

describe("the schema documents itself", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  const ownTypes = () => Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith("__"));

  it("describes every type", () => {
    const bare = ownTypes()
      .filter((type) => isObjectType(type) || isInterfaceType(type) || isEnumType(type) || isInputObjectType(type) || isUnionType(type) || isScalarType(type))
      .filter((type) => !type.description?.trim())
      .map((type) => type.name);
    expect(bare).toEqual([]);
  });

  it("describes every output field", () => {
    const bare = ownTypes()
      .flatMap((type) => (isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()).map((field) => ({ type, field })) : []))
      .filter(({ field }) => !field.description?.trim())
      .map(({ type, field }) => `${type.name}.${field.name}`);
    expect(bare).toEqual([]);
  });

  it("describes every enum value", () => {
    const bare = ownTypes()
      .flatMap((type) => (isEnumType(type) ? type.getValues().map((value) => ({ type, value })) : []))
      .filter(({ value }) => !value.description?.trim())
      .map(({ type, value }) => `${type.name}.${value.name}`);
    expect(bare).toEqual([]);
  });

  it("gives no description that merely repeats the field's name", () => {
    const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
    const echoes = ownTypes()
      .flatMap((type) => (isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()).map((field) => ({ type, field })) : []))
      .filter(({ field }) => words(field.description ?? "") === words(field.name.replace(/([A-Z])/g, " $1")))
      .map(({ type, field }) => `${type.name}.${field.name}`);
    expect(echoes).toEqual([]);
  });

  it("accepts every GraphQL example of the README and of docs/", () => {
    const documents = ["README.md", ...readdirSync(join(root, "docs")).filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`)];
    const blocks = documents.flatMap((doc) => [...read(doc).matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!));
    expect(blocks.length).toBeGreaterThan(documents.length);
    // A block lists several operations to send one at a time; each is checked on its own.
    for (const block of blocks) {
      for (const definition of parse(block).definitions) {
        const errors = validate(schema, { kind: Kind.DOCUMENT, definitions: [definition] }).map((error) => error.message);
        expect(errors, print(definition)).toEqual([]);
      }
    }
  });
});

describe("the repository's documents", () => {
  it("keeps the README a quick start of at most 300 lines", () => {
    expect(read("README.md").split("\n").length).toBeLessThanOrEqual(300);
  });

  it("points at nothing outside the repository", () => {
    // Spelled in pieces so that this file does not match itself.
    const outside = [["..", "shared"].join("/"), ["DESIGN", "md"].join(".")];
    const offenders = repositoryFiles()
      .filter((path) => statSync(join(root, path)).size < 2_000_000)
      .filter((path) => {
        const text = readFileSync(join(root, path), "utf8");
        return !text.includes("\u0000") && outside.some((needle) => text.includes(needle));
      });
    expect(offenders).toEqual([]);
  });

  it("names every environment variable of src/config.ts in the README's configuration table", () => {
    const schema = /const envSchema = z\.object\(\{([\s\S]*?)\n\}\);/.exec(read("src/config.ts"))![1]!;
    const variables = [...schema.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]!);
    expect(variables.length).toBeGreaterThan(10);
    const table = read("README.md").split("## Configuration")[1]!.split("\n## ")[0]!;
    expect(variables.filter((name) => !table.includes(`\`${name}\``))).toEqual([]);
  });

  it("has a README in src/ and in every folder of src/", () => {
    const folders = readdirSync(join(root, "src"), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const missing = ["src", ...folders.map((folder) => `src/${folder.name}`)].filter((dir) => !existsSync(join(root, dir, "README.md")));
    expect(missing).toEqual([]);
  });

  it("links only to files that exist", () => {
    const documents = repositoryFiles().filter((path) => path.endsWith(".md") && !path.startsWith("node_modules/"));
    const broken = documents.flatMap((doc) =>
      [...read(doc).matchAll(/\]\(([^)\s#]+)(#[^)\s]*)?\)/g)]
        .map((m) => m[1]!)
        .filter((target) => !/^[a-z]+:/.test(target))
        .filter((target) => !existsSync(resolve(root, dirname(doc), target)))
        .map((target) => `${doc} -> ${relative(root, resolve(root, dirname(doc), target))}`),
    );
    expect(broken).toEqual([]);
  });
});
