// Finding a commune in one province's list by what people type: its name
// without accents ("ba dinh"), or a unit that merged into it on 1 July 2025
// ("Trúc Bạch", "xã Đạp Thanh", "huyện Ba Chẽ"). No data here: the storefront
// runs this in the browser on the communes of the chosen province only.

import { foldForSearch } from "@ocop/core/dist/text";

export type CommuneKind = "ward" | "commune" | "special_zone";

/** A commune-level unit as handed to a client: plain data. */
export interface CommuneEntry {
  /** Official code, five digits, e.g. "00004". */
  code: string;
  /** e.g. "Ba Đình". */
  name: string;
  kind: CommuneKind;
  /** What merged into it, as the official table prints it: "P. Trúc Bạch, Q. Ba Đình (một phần)". */
  formerly: readonly string[];
}

export type FormerKind = "ward" | "commune" | "township" | "district" | "town" | "city" | "other";

/** One old unit that merged (whole or in part) into a current one. */
export interface FormerUnit {
  kind: FormerKind;
  /** e.g. "Trúc Bạch". */
  name: string;
  district: { kind: FormerKind; name: string } | null;
  /** Only part of the old unit went to this one. */
  partial: boolean;
}

const ABBREVIATIONS: Readonly<Record<string, FormerKind>> = {
  "P.": "ward",
  "X.": "commune",
  "TT.": "township",
  "H.": "district",
  "Q.": "district",
  "TX.": "town",
  "TP.": "city",
};
const PART = " (một phần)";

function splitKind(text: string): { kind: FormerKind; name: string } {
  const space = text.indexOf(" ");
  const kind = space > 0 ? ABBREVIATIONS[text.slice(0, space)] : undefined;
  return kind ? { kind, name: text.slice(space + 1) } : { kind: "other", name: text };
}

/** "P. Trúc Bạch, Q. Ba Đình (một phần)" → { kind: "ward", name: "Trúc Bạch", district: { kind: "district", name: "Ba Đình" }, partial: true }. */
export function parseFormer(label: string): FormerUnit {
  const partial = label.endsWith(PART);
  const [unit = "", district] = (partial ? label.slice(0, -PART.length) : label).split(", ");
  return { ...splitKind(unit), district: district ? splitKind(district) : null, partial };
}

const KIND_WORDS: Readonly<Record<"vi" | "en", Record<FormerKind, string>>> = {
  vi: { ward: "phường", commune: "xã", township: "thị trấn", district: "huyện", town: "thị xã", city: "thành phố", other: "" },
  en: { ward: "ward", commune: "commune", township: "township", district: "district", town: "town", city: "city", other: "" },
};
// Urban districts were "quận", rural ones "huyện": both parse as "district", so keep the printed word.
const QUAN = /^Q\. /;

/** "P. Trúc Bạch, Q. Ba Đình (một phần)" → "phường Trúc Bạch, quận Ba Đình (một phần)", or in English "Trúc Bạch ward, Ba Đình district (part)". */
export function describeFormer(label: string, locale: "vi" | "en"): string {
  const former = parseFormer(label);
  const districtLabel = label.split(", ")[1] ?? "";
  const word = (kind: FormerKind, isQuan = false) => (locale === "vi" && isQuan ? "quận" : KIND_WORDS[locale][kind]);
  const name = (kind: FormerKind, text: string, isQuan = false) => {
    const w = word(kind, isQuan);
    if (!w) return text;
    return locale === "vi" ? `${w} ${text}` : `${text} ${w}`;
  };
  const parts = [name(former.kind, former.name)];
  if (former.district) parts.push(name(former.district.kind, former.district.name, QUAN.test(districtLabel)));
  const text = parts.join(", ");
  return former.partial ? `${text} (${locale === "vi" ? "một phần" : "part"})` : text;
}

// Type words people put before a name, folded: which level they point at.
const PREFIXES: ReadonlyArray<{ words: string; level: "commune" | "district" }> = [
  { words: "dac khu", level: "commune" },
  { words: "thi tran", level: "commune" },
  { words: "phuong", level: "commune" },
  { words: "xa", level: "commune" },
  { words: "tt", level: "commune" },
  { words: "p", level: "commune" },
  { words: "x", level: "commune" },
  { words: "thanh pho", level: "district" },
  { words: "thi xa", level: "district" },
  { words: "huyen", level: "district" },
  { words: "quan", level: "district" },
  { words: "tp", level: "district" },
  { words: "tx", level: "district" },
  { words: "h", level: "district" },
  { words: "q", level: "district" },
];

/** The folded query without a leading type word, and the level that word names. */
export function stripTypeWord(folded: string): { text: string; level: "commune" | "district" | null } {
  for (const p of PREFIXES) {
    if (folded.startsWith(`${p.words} `)) return { text: folded.slice(p.words.length + 1), level: p.level };
  }
  return { text: folded, level: null };
}

export interface CommuneMatch<T extends CommuneEntry = CommuneEntry> {
  commune: T;
  /** The current name matched, or one of the units it was made of. */
  matchedBy: "name" | "former";
  /** For a former-name match: the old unit as printed ("X. Đạp Thanh, H. Ba Chẽ"). */
  former: string | null;
}

// Lower is better: the whole name before its start before a word inside it.
function nameScore(name: string, query: string): number | null {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(` ${query}`)) return 2;
  return null;
}

/**
 * The communes of `list` that `query` names, best first: by current name (whole,
 * start, a word inside), then by a former commune, then by a former district
 * ("huyện Ba Chẽ" lists every unit that took in part of it). Accents, case and a
 * leading type word are ignored.
 */
export function matchCommunes<T extends CommuneEntry>(list: readonly T[], query: string, limit = 20): CommuneMatch<T>[] {
  const { text, level } = stripTypeWord(foldForSearch(query));
  if (!text) return [];
  const ranked: Array<CommuneMatch<T> & { score: number; index: number }> = [];
  list.forEach((commune, index) => {
    let best: (CommuneMatch<T> & { score: number }) | null = null;
    if (level !== "district") {
      const score = nameScore(foldForSearch(commune.name), text);
      if (score !== null) best = { commune, matchedBy: "name", former: null, score };
    }
    for (const label of commune.formerly) {
      if (best && best.score <= 3) break;
      const former = parseFormer(label);
      const candidates: Array<[string, number]> = [];
      if (level !== "district") candidates.push([former.name, 3]);
      if (level !== "commune" && former.district) candidates.push([former.district.name, 6]);
      for (const [name, base] of candidates) {
        const score = nameScore(foldForSearch(name), text);
        if (score === null) continue;
        // A unit that took in the whole old commune comes before one that took a part.
        const total = base + score + (former.partial ? 0.5 : 0);
        if (!best || total < best.score) best = { commune, matchedBy: "former", former: label, score: total };
      }
    }
    if (best) ranked.push({ ...best, index });
  });
  return ranked
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, limit)
    .map(({ commune, matchedBy, former }) => ({ commune, matchedBy, former }));
}
