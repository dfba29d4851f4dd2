// Product options and option values of the development catalog, in Vietnamese and English.

import type { LocalizedText, SeedVariant } from "./types"

export const OPTION = {
  weight: { vi: "Khối lượng", en: "Weight" },
  volume: { vi: "Dung tích", en: "Volume" },
  pack: { vi: "Quy cách", en: "Pack" },
  pearlSize: { vi: "Kích cỡ hạt", en: "Pearl size" },
  ticket: { vi: "Loại vé", en: "Ticket" },
  item: { vi: "Mẫu", en: "Item" },
  plantSize: { vi: "Cỡ cây", en: "Plant size" },
  cut: { vi: "Phần thịt", en: "Cut" },
} as const satisfies Record<string, LocalizedText>

/** "250 g" in both languages. */
export const grams = (n: number): LocalizedText => ({ vi: `${n} g`, en: `${n} g` })
/** "1,5 kg" / "1.5 kg". */
export const kilograms = (n: number): LocalizedText => ({
  vi: `${String(n).replace(".", ",")} kg`,
  en: `${n} kg`,
})
export const millilitres = (n: number): LocalizedText => ({ vi: `Chai ${n} ml`, en: `${n} ml bottle` })
export const text = (vi: string, en: string): LocalizedText => ({ vi, en })

export const ADULT = text("Người lớn", "Adult")
export const CHILD = text("Trẻ em (6–12 tuổi)", "Child (6–12)")

export function variant(value: LocalizedText, price: number, stock: number, weight?: number): SeedVariant {
  return weight === undefined ? { value, price, stock } : { value, price, stock, weight }
}
