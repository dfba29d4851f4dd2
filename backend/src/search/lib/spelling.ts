// Spelling correction for searches that find nothing: each word the catalog does not know is
// replaced by the closest word it does know ("ngoc trai ha lond" → "ngoc trai ha long",
// "musroom" → "mushroom"), and the search runs again, exactly.
//
// Why not the PostgreSQL provider's own typo tolerance: it compares the query with every
// document's whole text by trigram similarity, a sequential scan measured at 0.8 s for 2,000
// products on the development machine (and growing with the catalog). The catalog's vocabulary
// is a few thousand words; finding the nearest one takes a millisecond, and the corrected search
// uses the full-text index like any other. Meilisearch corrects typos itself; this pass then
// only runs when even Meilisearch found nothing.

import type { SearchTypes } from "@medusajs/framework/types"
import { formerDistricts, listUnits, PRODUCER_KINDS, PRODUCT_GROUPS } from "@ocop/core"
import { englishFromMetadata, type ProductGraphRow } from "./document"
import { searchTokens } from "./text"

type Query = Pick<SearchTypes.SearchContainer["query"], "graph">

export class Vocabulary {
  /** Word → how many texts use it. */
  readonly words = new Map<string, number>()
  private byLength: Map<number, string[]> | null = null

  add(text: string | null | undefined): void {
    for (const token of new Set(searchTokens(text))) {
      if (token.length < 2 || /^\d+$/.test(token)) continue
      this.words.set(token, (this.words.get(token) ?? 0) + 1)
    }
    this.byLength = null
  }

  has(word: string): boolean {
    return this.words.has(word)
  }

  /** Whether some known word starts with `prefix` (the word being typed in prefix mode). */
  hasPrefix(prefix: string): boolean {
    for (const word of this.words.keys()) if (word.startsWith(prefix)) return true
    return false
  }

  get size(): number {
    return this.words.size
  }

  private lengths(): Map<number, string[]> {
    if (!this.byLength) {
      this.byLength = new Map()
      for (const word of this.words.keys()) {
        const list = this.byLength.get(word.length) ?? []
        list.push(word)
        this.byLength.set(word.length, list)
      }
    }
    return this.byLength
  }

  /**
   * The known words closest to `word` within `maxEdits` (insertions, deletions, substitutions,
   * swaps of neighbours), best first: fewest edits, then the more common word, then the one of
   * closer length.
   */
  closest(word: string, maxEdits: number, limit = 3): string[] {
    const found: Array<{ word: string; distance: number; count: number }> = []
    for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
      for (const candidate of this.lengths().get(length) ?? []) {
        const distance = editDistance(word, candidate, maxEdits)
        if (distance <= maxEdits) found.push({ word: candidate, distance, count: this.words.get(candidate) ?? 0 })
      }
    }
    found.sort(
      (a, b) =>
        a.distance - b.distance ||
        b.count - a.count ||
        Math.abs(a.word.length - word.length) - Math.abs(b.word.length - word.length) ||
        a.word.localeCompare(b.word)
    )
    return found.slice(0, limit).map((f) => f.word)
  }
}

/** Optimal string alignment distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const rows = a.length + 1
  const cols = b.length + 1
  let previous2: number[] = []
  let previous = Array.from({ length: cols }, (_, j) => j)
  for (let i = 1; i < rows; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1)
      current.push(value)
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return limit + 1
    previous2 = previous
    previous = current
  }
  return previous[cols - 1]!
}

/** Edits allowed for a word of this length: one from two letters, two from eight. */
export function allowedEdits(length: number): number {
  if (length < 2) return 0
  return length >= 8 ? 2 : 1
}

/**
 * Corrected versions of the query, most likely first (at most `limit`), or [] when no word could be
 * corrected: every unknown word is replaced by its closest known word; the first word with
 * several close candidates also gives the alternatives ("yn" → "yen", "an"…). In prefix mode the
 * last word is being typed: it stays as long as some known word starts with it.
 */
export function correctQuery(
  normalized: string,
  vocabulary: Vocabulary,
  options: { prefixLast?: boolean; limit?: number } = {}
): string[] {
  const tokens = normalized.split(" ").filter(Boolean)
  const choices = tokens.map((token, i) => {
    if (vocabulary.has(token) || /^\d+$/.test(token)) return [token]
    if (options.prefixLast && i === tokens.length - 1 && vocabulary.hasPrefix(token)) return [token]
    const candidates = vocabulary.closest(token, allowedEdits(token.length))
    return candidates.length ? candidates : [token]
  })
  if (choices.every((list, i) => list[0] === tokens[i])) return []
  const best = choices.map((list) => list[0]!)
  const queries = [best.join(" ")]
  const ambiguous = choices.findIndex((list) => list.length > 1)
  if (ambiguous >= 0) {
    for (const alternative of choices[ambiguous]!.slice(1)) {
      queries.push(best.map((word, i) => (i === ambiguous ? alternative : word)).join(" "))
    }
  }
  return [...new Set(queries)].slice(0, options.limit ?? 3)
}

/** Words every catalog has: places (current and former), groups, producer kinds, the programme. */
export function staticVocabulary(vocabulary: Vocabulary = new Vocabulary()): Vocabulary {
  for (const unit of listUnits()) {
    vocabulary.add(unit.fullName)
    for (const commune of unit.formerCommunes) vocabulary.add(commune.fullName)
  }
  for (const district of formerDistricts()) vocabulary.add(district.fullName)
  for (const group of PRODUCT_GROUPS) {
    vocabulary.add(group.vi)
    vocabulary.add(group.en)
    for (const sub of group.subGroups) {
      vocabulary.add(sub.vi)
      vocabulary.add(sub.en)
    }
  }
  for (const kind of PRODUCER_KINDS) vocabulary.add(`${kind.vi} ${kind.en} ${kind.abbreviations.join(" ")}`)
  vocabulary.add("Quảng Ninh OCOP sản phẩm sao star")
  return vocabulary
}

const PAGE = 2000

/** The vocabulary of the catalog: product titles (vi, en), subtitles and tags, producer names, places. */
export async function loadVocabulary(query: Query): Promise<Vocabulary> {
  const vocabulary = staticVocabulary()
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "title", "subtitle", "metadata", "tags.value"],
      pagination: { skip, take: PAGE, order: { id: "ASC" } },
    })
    for (const row of data as ProductGraphRow[]) {
      vocabulary.add(row.title)
      vocabulary.add(row.subtitle)
      const english = englishFromMetadata(row)
      vocabulary.add(english.title)
      vocabulary.add(english.subtitle)
      for (const tag of row.tags ?? []) vocabulary.add(tag?.value)
    }
    if (data.length < PAGE) break
  }
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id", "display_name", "legal_name", "historic_locality"],
  })
  for (const producer of producers as unknown as Array<Record<string, string | null>>) {
    vocabulary.add(producer.display_name)
    vocabulary.add(producer.legal_name)
    vocabulary.add(producer.historic_locality)
  }
  return vocabulary
}

/** How old the cached vocabulary may get before the catalog is checked for changes (in the background). */
export const VOCABULARY_MAX_AGE_MS = 60_000
/** Rebuilt at least this often even when the catalog looks unchanged (a tag renamed, say). */
const VOCABULARY_REBUILD_MS = 15 * 60_000

let cached: { vocabulary: Vocabulary; builtAt: number; checkedAt: number; signature: string } | null = null
let building: Promise<Vocabulary> | null = null

/**
 * What the vocabulary is read from, in two small queries: how many products and producers there
 * are and when the latest of each changed. Reading the whole catalog costs seconds at 20,000
 * products; this costs milliseconds, so an unchanged catalog is never read again.
 */
export async function catalogSignature(query: Query): Promise<string> {
  const latest = async (entity: string) => {
    const { data, metadata } = await query.graph({
      entity,
      fields: ["id", "updated_at"],
      pagination: { skip: 0, take: 1, order: { updated_at: "DESC" } },
    })
    const row = (data as Array<{ id: string; updated_at?: string | Date | null }>)[0]
    return `${metadata?.count ?? data.length}:${row?.id ?? ""}:${row?.updated_at ? new Date(row.updated_at).getTime() : ""}`
  }
  const [products, producers] = await Promise.all([latest("product"), latest("producer")])
  return `${products}|${producers}`
}

/**
 * The catalog's vocabulary, built once per process. Once older than a minute, the catalog is
 * checked in the background and read again only if it changed (a new product's new word is known
 * within that time).
 */
export async function getVocabulary(query: Query, now: number = Date.now()): Promise<Vocabulary> {
  const rebuild = (signature?: string) => {
    // The signature is read first: a change made while the catalog is read shows up as a change.
    building ??= Promise.resolve(signature ?? catalogSignature(query))
      .then(async (sig) => [sig, await loadVocabulary(query)] as const)
      .then(([sig, vocabulary]) => {
        const at = Date.now()
        cached = { vocabulary, builtAt: at, checkedAt: at, signature: sig }
        return vocabulary
      })
      .finally(() => {
        building = null
      })
    return building
  }
  if (!cached) return await rebuild()
  if (now - cached.checkedAt > VOCABULARY_MAX_AGE_MS && !building) {
    const current = cached
    current.checkedAt = now
    void catalogSignature(query)
      .then((signature) => {
        if (signature !== current.signature || now - current.builtAt > VOCABULARY_REBUILD_MS) return rebuild(signature)
      })
      .catch(() => undefined)
  }
  return cached.vocabulary
}

/** Forgets the cached vocabulary (tests). */
export function resetVocabulary(): void {
  cached = null
}
