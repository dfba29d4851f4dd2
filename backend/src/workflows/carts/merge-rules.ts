// Which lines of a guest cart join the customer's cart at login, so that nothing is lost and
// nothing is counted twice. Pure, unit-tested beside.

export type MergeLine = { variant_id: string | null; quantity: number; metadata?: Record<string, unknown> | null }
export type LineToAdd = { variant_id: string; quantity: number; metadata?: Record<string, unknown> }

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted)
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value as object).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]))
  }
  return value
}

/** A booking is its ticket and day (and slot); goods are their variant and options (metadata). */
function identity(line: MergeLine): string {
  const m = line.metadata ?? {}
  if (typeof m.experience_date === "string") return `booking|${line.variant_id}|${m.experience_date}|${String(m.experience_slot ?? "")}`
  return `goods|${line.variant_id}|${JSON.stringify(sorted(m))}`
}

/**
 * The lines to add to the customer's cart: a guest line the customer's cart lacks, whole; a line
 * both hold, only what lifts the customer's quantity to the guest's (the larger of the two, never
 * their sum: the same pieces chosen twice on two visits are one wish); a booking both hold for the
 * same ticket and day keeps the customer's party. Lines of the guest cart that repeat are summed first.
 */
export function linesToMerge(guest: readonly MergeLine[], customer: readonly MergeLine[]): LineToAdd[] {
  const have = new Map<string, number>()
  for (const line of customer) if (line.variant_id) have.set(identity(line), (have.get(identity(line)) ?? 0) + line.quantity)
  const wanted = new Map<string, LineToAdd>()
  for (const line of guest) {
    if (!line.variant_id || !(line.quantity > 0)) continue
    const key = identity(line)
    const prior = wanted.get(key)
    if (prior) prior.quantity += line.quantity
    else wanted.set(key, { variant_id: line.variant_id, quantity: line.quantity, ...(line.metadata && Object.keys(line.metadata).length ? { metadata: { ...line.metadata } } : {}) })
  }
  const out: LineToAdd[] = []
  for (const [key, line] of wanted) {
    const owned = have.get(key) ?? 0
    if (key.startsWith("booking|")) {
      if (owned === 0) out.push(line)
      continue
    }
    if (line.quantity > owned) out.push({ ...line, quantity: line.quantity - owned })
  }
  return out
}
