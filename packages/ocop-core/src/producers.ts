// Who makes OCOP products ("chủ thể OCOP"): four legal kinds, and the
// marketplace's own review status for a producer account.

import { foldForSearch } from "./text";

export type ProducerKind = "company" | "cooperative" | "cooperative_group" | "household";

export interface ProducerKindInfo {
  slug: ProducerKind;
  vi: string;
  en: string;
  /** Abbreviations used in legal names, e.g. "HTX". */
  abbreviations: readonly string[];
}

export const PRODUCER_KINDS: readonly ProducerKindInfo[] = Object.freeze(
  [
    { slug: "company", vi: "Doanh nghiệp", en: "Company", abbreviations: ["Cty", "CTCP", "TNHH", "DNTN"] },
    { slug: "cooperative", vi: "Hợp tác xã", en: "Cooperative", abbreviations: ["HTX"] },
    { slug: "cooperative_group", vi: "Tổ hợp tác", en: "Cooperative group", abbreviations: ["THT"] },
    { slug: "household", vi: "Hộ sản xuất kinh doanh", en: "Household business", abbreviations: ["HKD"] },
  ].map((k) => Object.freeze({ ...k, slug: k.slug as ProducerKind, abbreviations: Object.freeze(k.abbreviations) })),
);

export const PRODUCER_KIND_SLUGS: readonly ProducerKind[] = Object.freeze(PRODUCER_KINDS.map((k) => k.slug));

export function isProducerKind(value: unknown): value is ProducerKind {
  return typeof value === "string" && (PRODUCER_KIND_SLUGS as readonly string[]).includes(value);
}

export function getProducerKind(slug: string): ProducerKindInfo | undefined {
  return PRODUCER_KINDS.find((k) => k.slug === slug);
}

// How legal names start, folded (see foldForSearch). A prefix only counts as
// a whole word, so "Htxanh" is not read as "HTX".
const KIND_PREFIXES: ReadonlyArray<[string, ProducerKind]> = [
  ["to hop tac", "cooperative_group"],
  ["tht", "cooperative_group"],
  ["hop tac xa", "cooperative"],
  ["htx", "cooperative"],
  ["ho san xuat", "household"],
  ["ho kinh doanh", "household"],
  ["hkd", "household"],
  ["cong ty", "company"],
  ["cty", "company"],
  ["ctcp", "company"],
  ["doanh nghiep", "company"],
  ["dntn", "company"],
];

/**
 * Guesses the kind from how a Vietnamese legal name starts ("CTCP …", "HTX …",
 * "Hộ kinh doanh …"), or null. A hint for data entry, not a legal check.
 */
export function producerKindFromLegalName(legalName: string): ProducerKind | null {
  const folded = foldForSearch(legalName);
  for (const [prefix, kind] of KIND_PREFIXES) {
    if (folded === prefix || folded.startsWith(`${prefix} `)) return kind;
  }
  return null;
}

// ---------------------------------------------------------------------------

/** pending: signed up, not yet reviewed; active: may sell; suspended: hidden. */
export type ProducerStatus = "pending" | "active" | "suspended";

export const PRODUCER_STATUSES: Readonly<Record<ProducerStatus, { vi: string; en: string }>> = Object.freeze({
  pending: { vi: "Chờ duyệt", en: "Pending review" },
  active: { vi: "Đang hoạt động", en: "Active" },
  suspended: { vi: "Tạm ngừng", en: "Suspended" },
});

export const PRODUCER_STATUS_SLUGS: readonly ProducerStatus[] = Object.freeze(["pending", "active", "suspended"]);

export function isProducerStatus(value: unknown): value is ProducerStatus {
  return typeof value === "string" && (PRODUCER_STATUS_SLUGS as readonly string[]).includes(value);
}
