// A partner's shelf as the partner sends it, and the record the module stores (pure; no Medusa calls).

export type ShelfTexts = { vi: string; en?: string | null }
export type ShelfInput = {
  title: ShelfTexts
  note?: { vi?: string | null; en?: string | null } | null
  product_ids: string[]
}

export const MAX_SHELF_PRODUCTS = 100

export function shelfRecord(input: Partial<ShelfInput>) {
  const record: Record<string, unknown> = {}
  if (input.title) {
    record.title_vi = input.title.vi.trim()
    record.title_en = input.title.en?.trim() || null
  }
  if (input.note !== undefined) {
    record.note_vi = input.note?.vi?.trim() || null
    record.note_en = input.note?.en?.trim() || null
  }
  if (input.product_ids) record.product_ids = [...new Set(input.product_ids)]
  return record
}
