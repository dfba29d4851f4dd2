import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, type ClientScope } from "./client-namespaces";

// Every page under app/[locale] gets its client components' messages from the innermost ClientMessages
// provider above it (src/i18n/client-messages.tsx): the page itself, else its folders' layouts, else
// app/[locale]/layout.tsx. A namespace missing there shows as a raw key (or an error) in the browser.

const SRC = fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "");
const LOCALE_DIR = path.join(SRC, "app", "[locale]");
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(SRC, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const extension of EXTENSIONS) {
    const file = base + extension;
    if (/\.tsx?$/.test(file) && fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}

interface ModuleFacts {
  client: boolean;
  /** A "use server" module: its server actions run on the server, whoever imports them. */
  actions: boolean;
  namespaces: string[];
  imports: string[];
}

const facts = new Map<string, ModuleFacts>();

function moduleFacts(file: string): ModuleFacts {
  const known = facts.get(file);
  if (known) return known;
  const text = fs.readFileSync(file, "utf8");
  // Static imports and re-exports (not `import type`), and `import("…")` of next/dynamic.
  const specifiers = [
    ...[...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!),
  ];
  const directive = (name: string) => new RegExp(`^(?:\\s*//[^\\n]*\\n|\\s*/\\*[\\s\\S]*?\\*/)*\\s*["']${name}["']`).test(text);
  const result = {
    client: directive("use client"),
    actions: directive("use server"),
    // `useTranslations()` without a namespace needs every message: "*" is in no scope.
    namespaces: [...text.matchAll(/\buseTranslations\(\s*(?:["']([^"']*)["'])?\s*\)/g)].map((m) => (m[1] ?? "*").split(".")[0]!),
    imports: specifiers.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null),
  };
  facts.set(file, result);
  return result;
}

/** The namespaces used by the client components `entry` renders (modules marked "use client" and all they import). */
function clientNamespaces(entry: string): Set<string> {
  const visited = new Map<string, boolean>();
  const namespaces = new Set<string>();
  const visit = (file: string, underClient: boolean) => {
    const before = visited.get(file);
    if (before === true || before === underClient) return;
    visited.set(file, underClient);
    const info = moduleFacts(file);
    if (info.actions) return;
    const client = underClient || info.client;
    if (client) for (const namespace of info.namespaces) namespaces.add(namespace);
    for (const imported of info.imports) visit(imported, client);
  };
  visit(entry, false);
  return namespaces;
}

/** The scope a file's ClientMessages provider gives (`<ClientMessages scope="x">` or `scopeLayout("x")`), if it has one. */
function providedScope(file: string): ClientScope | undefined {
  if (!fs.existsSync(file)) return undefined;
  const scopes = [...fs.readFileSync(file, "utf8").matchAll(/(?:<ClientMessages\s+scope=|scopeLayout\()["'](\w+)["']/g)].map((m) => m[1]!);
  expect(scopes.length, `${path.relative(SRC, file)} has one ClientMessages provider at most`).toBeLessThanOrEqual(1);
  const scope = scopes[0];
  if (scope !== undefined) expect(Object.keys(CLIENT_NAMESPACES), path.relative(SRC, file)).toContain(scope);
  return scope as ClientScope | undefined;
}

/** The innermost provider above `file`: its own (pages), then its folder's layout and those above it. */
function effectiveScope(file: string): ClientScope | undefined {
  const own = path.basename(file) === "page.tsx" || path.basename(file) === "layout.tsx" ? providedScope(file) : undefined;
  if (own) return own;
  for (let dir = path.dirname(file); dir.startsWith(LOCALE_DIR); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (layout === file) continue;
    const scope = providedScope(layout);
    if (scope) return scope;
  }
  return undefined;
}

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^(page|layout|loading|error|not-found)\.tsx$/.test(entry.name) ? [full] : [];
  });
}

describe("client message namespaces", () => {
  const files = routeFiles(LOCALE_DIR);

  it("finds the pages and the client components' namespaces", () => {
    expect(files.length).toBeGreaterThan(30);
    expect(clientNamespaces(path.join(LOCALE_DIR, "layout.tsx"))).toEqual(new Set(["Header", "LocaleSwitch"]));
    expect(clientNamespaces(path.join(LOCALE_DIR, "checkout", "page.tsx"))).toContain("Payments");
  });

  it("the locale layout provides the site scope", () => {
    expect(providedScope(path.join(LOCALE_DIR, "layout.tsx"))).toBe("site");
  });

  it.each(files.map((file) => [path.relative(LOCALE_DIR, file), file]))("%s gets every namespace its client components use", (_, file) => {
    const scope = effectiveScope(file) ?? "site";
    const provided = new Set<string>(CLIENT_NAMESPACES[scope]);
    const missing = [...clientNamespaces(file)].filter((namespace) => !provided.has(namespace));
    expect(missing, `missing from CLIENT_NAMESPACES.${scope}`).toEqual([]);
  });
});
