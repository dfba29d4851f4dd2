// Small readers for JSON. `text` tidies a string the wire types say is one; the `as*` readers are
// for what no type describes (metadata, tokens).

export type JsonRecord = Record<string, unknown>;

/** A non-empty, trimmed string, or null: names and texts as the pages show them. */
export function text(value: string | null | undefined): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

export function asRecord(value: unknown): JsonRecord | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as JsonRecord) : null;
}

/** A non-empty, trimmed string, or null. */
export function asText(value: unknown): string | null {
  return typeof value === "string" ? text(value) : null;
}

/** A finite number, also from a numeric string; or null. */
export function asNumber(value: unknown): number | null {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
}
