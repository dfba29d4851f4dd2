// Text as the search index holds it and as queries reach it. Every searchable field and every
// query goes through the same fold: accents off, đ→d, lower case, punctuation to spaces (ocop-core
// foldForSearch), then a light English plural fold. The same function on both sides is what makes
// "tra hoa vang", "TRÀ HOA VÀNG" and "Trà hoa vàng" one query, and "pearls" find "pearl".
//
// Folding in JavaScript, rather than only in PostgreSQL's `unaccent`, gives every provider
// (PostgreSQL, Meilisearch) and the spelling correction (spelling.ts) the same tokens.

import { foldForSearch } from "@ocop/core"

/**
 * English plurals to singular: "pearls"→"pearl", "dishes"→"dish", "berries"→"berry".
 * Vietnamese syllables never end in "s" (finals are c, ch, m, n, ng, nh, p, t or a vowel), so
 * this never touches a Vietnamese word. Applied identically to documents and queries, it only
 * has to be consistent, not linguistically exact.
 */
export function foldPlural(token: string): string {
  if (token.length <= 3 || !token.endsWith("s")) return token
  if (/(ss|us|is)$/.test(token)) return token
  if (/(sses|shes|ches|xes|zes)$/.test(token)) return token.slice(0, -2)
  if (token.endsWith("ies") && token.length > 4) return `${token.slice(0, -3)}y`
  return token.slice(0, -1)
}

/** The folded tokens of a text: "Ngọc trai Hạ Long!" → ["ngoc", "trai", "ha", "long"]. */
export function searchTokens(text: string | null | undefined): string[] {
  if (!text) return []
  const folded = foldForSearch(text)
  if (!folded) return []
  return folded.split(" ").map(foldPlural)
}

/** One folded string: "Trà hoa vàng (Ba Chẽ)" → "tra hoa vang ba che". */
export function foldText(text: string | null | undefined): string {
  return searchTokens(text).join(" ")
}

/**
 * Folds several texts into one searchable field value, dropping empty and repeated phrases (the
 * same place printed three ways should not outweigh the title). Phrases stay separated by " | "
 * so that a phrase's words stay next to each other for proximity ranking.
 */
export function searchField(parts: ReadonlyArray<string | null | undefined>): string {
  const seen = new Set<string>()
  const out: string[] = []
  for (const part of parts) {
    const folded = foldText(part)
    if (!folded || seen.has(folded)) continue
    seen.add(folded)
    out.push(folded)
  }
  return out.join(" | ")
}

/**
 * A query as the index understands it, or "" when nothing searchable is left (only emoji,
 * punctuation, control characters…). Never contains anything but letters, digits and spaces.
 */
export function normalizeQuery(raw: string | null | undefined): string {
  return searchTokens(raw).join(" ")
}

/**
 * Whether a query that found nothing is worth correcting: at least one word of three letters or
 * more (fragments and bare numbers are too short to correct with any confidence).
 */
export function worthTypoPass(normalized: string): boolean {
  return normalized.split(" ").some((token) => token.length >= 3 && /\p{L}/u.test(token))
}
