import { VietQrError } from "./errors";

// EMVCo data objects: a two-digit id, a two-digit length, then that many characters.
// VietQR payloads are ASCII only, so characters and bytes coincide.

export type TlvField = { id: string; value: string };

export function tlv(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) throw new VietQrError("invalid_tlv", `TLV id must be two digits, got "${id}"`, id);
  if (value.length > 99) {
    throw new VietQrError("value_too_long", `field ${id} is ${value.length} characters long; at most 99 fit`, id);
  }
  return `${id}${String(value.length).padStart(2, "0")}${value}`;
}

/** Splits a TLV string into its data objects, in order; throws on a truncated or malformed one. */
export function parseTlv(text: string, path = ""): TlvField[] {
  const fields: TlvField[] = [];
  let at = 0;
  while (at < text.length) {
    const head = text.slice(at, at + 4);
    if (!/^\d{4}$/.test(head)) {
      throw new VietQrError("invalid_tlv", `malformed data object at position ${at}${path ? ` in ${path}` : ""}`, path || undefined);
    }
    const id = head.slice(0, 2);
    const length = Number(head.slice(2));
    const value = text.slice(at + 4, at + 4 + length);
    if (value.length !== length) {
      throw new VietQrError(
        "invalid_tlv",
        `field ${path ? `${path}.` : ""}${id} declares ${length} characters but only ${value.length} follow`,
        path ? `${path}.${id}` : id
      );
    }
    fields.push({ id, value });
    at += 4 + length;
  }
  return fields;
}

/** The fields as a map by id (the last one wins if an id repeats). */
export function tlvMap(fields: TlvField[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.id, f.value]));
}
