// Product pictures for the seed, generated rather than downloaded: a square SVG card per product
// with a background colour by OCOP group, a simple icon for the group drawn with SVG paths, the
// product's title and its star rating drawn as stars, in Vietnamese or English (one card per
// language, issue #23: the English site shows the English card). Pure and deterministic: the same
// input always gives the same bytes, so a re-run can skip or reuse what it uploaded.

import { foldVietnamese, type GroupSlug } from "@ocop/core"

export type ProductImageInput = {
  handle: string
  /** The title in the card's language, drawn on the card. */
  title: string
  /** The card's language (its group label and caption); Vietnamese by default. */
  locale?: "vi" | "en"
  group: GroupSlug
  /** 3–5; drawn as that many stars. */
  stars: number
}

type Palette = { background: string; backgroundEnd: string; accent: string; ink: string; label: string }

export const GROUP_PALETTES: Readonly<Record<GroupSlug, Palette>> = {
  food: { background: "#F6E7C8", backgroundEnd: "#EBCF9C", accent: "#A85A1B", ink: "#3B2412", label: "THỰC PHẨM" },
  beverage: { background: "#D7EDF0", backgroundEnd: "#A9D3DA", accent: "#1F6A75", ink: "#0F3238", label: "ĐỒ UỐNG" },
  herbal: { background: "#DDEED8", backgroundEnd: "#B6D7AE", accent: "#2E6A36", ink: "#15321A", label: "DƯỢC LIỆU" },
  handicraft: { background: "#F0E1D5", backgroundEnd: "#DDBFA7", accent: "#86462B", ink: "#3A1E12", label: "THỦ CÔNG MỸ NGHỆ" },
  ornamental: { background: "#F7DFE6", backgroundEnd: "#EBB9C8", accent: "#9E3A59", ink: "#401727", label: "SINH VẬT CẢNH" },
  tourism: { background: "#DCE7F6", backgroundEnd: "#AFC6E9", accent: "#2B4E88", ink: "#132440", label: "DU LỊCH" },
}

/** The group labels of the English cards. */
export const GROUP_LABELS_EN: Readonly<Record<GroupSlug, string>> = {
  food: "FOOD",
  beverage: "BEVERAGES",
  herbal: "HERBAL PRODUCTS",
  handicraft: "HANDICRAFTS",
  ornamental: "ORNAMENTAL PLANTS",
  tourism: "TOURISM",
}

// Icons in a 100 × 100 box, drawn with paths in the group's accent colour.
const ICONS: Readonly<Record<GroupSlug, (accent: string, background: string) => string>> = {
  // A bowl with steam.
  food: (a) =>
    `<path d="M8 52 H92 C92 76 74 90 50 90 C26 90 8 76 8 52 Z" fill="${a}"/>` +
    `<path d="M36 90 H64 V96 H36 Z" fill="${a}"/>` +
    `<path d="M32 42 C24 32 40 26 32 12 M50 42 C42 32 58 26 50 12 M68 42 C60 32 76 26 68 12" fill="none" stroke="${a}" stroke-width="5" stroke-linecap="round"/>`,
  // A bottle with a label.
  beverage: (a, bg) =>
    `<path d="M42 4 H58 V22 C58 30 72 34 72 48 V90 C72 94 68 97 64 97 H36 C32 97 28 94 28 90 V48 C28 34 42 30 42 22 Z" fill="${a}"/>` +
    `<path d="M34 56 H66 V78 H34 Z" fill="${bg}" opacity="0.85"/>` +
    `<path d="M40 67 H60" stroke="${a}" stroke-width="4" stroke-linecap="round"/>`,
  // A leaf with its vein.
  herbal: (a, bg) =>
    `<path d="M14 86 C12 44 44 12 90 10 C92 56 60 88 14 86 Z" fill="${a}"/>` +
    `<path d="M14 86 L70 30 M40 60 L40 42 M54 46 L54 30 M40 60 L58 60 M54 46 L70 46" fill="none" stroke="${bg}" stroke-width="4" stroke-linecap="round"/>`,
  // A vase with a painted band.
  handicraft: (a, bg) =>
    `<path d="M38 6 H62 V14 C62 20 56 22 56 28 C76 36 84 56 76 76 C72 88 62 95 50 95 C38 95 28 88 24 76 C16 56 24 36 44 28 C44 22 38 20 38 14 Z" fill="${a}"/>` +
    `<path d="M26 56 C40 50 60 62 74 56 M28 70 C40 64 60 76 72 70" fill="none" stroke="${bg}" stroke-width="4" stroke-linecap="round"/>`,
  // A five-petal flower on a stem.
  ornamental: (a, bg) =>
    `<path d="M50 56 C48 72 52 84 50 98" fill="none" stroke="${a}" stroke-width="5" stroke-linecap="round"/>` +
    `<path d="M50 84 C60 74 72 76 76 80 C68 88 58 88 50 84 Z" fill="${a}"/>` +
    [0, 72, 144, 216, 288]
      .map((deg) => `<path d="M50 40 C40 26 42 8 50 4 C58 8 60 26 50 40 Z" fill="${a}" transform="rotate(${deg} 50 40)"/>`)
      .join("") +
    `<path d="M50 32 A8 8 0 1 1 49.99 32 Z" fill="${bg}"/>`,
  // Limestone islands of the bay, the sun and waves.
  tourism: (a) =>
    `<path d="M66 22 A12 12 0 1 1 65.99 22 Z" fill="${a}" opacity="0.55"/>` +
    `<path d="M2 80 C10 46 22 40 28 62 C32 22 46 18 52 58 C58 36 68 36 76 64 C82 50 92 54 98 80 Z" fill="${a}"/>` +
    `<path d="M2 90 Q12 84 22 90 T42 90 T62 90 T82 90 T102 90" fill="none" stroke="${a}" stroke-width="4" stroke-linecap="round"/>`,
}

const SIZE = 800
const FONT = "'Be Vietnam Pro','Noto Sans','Segoe UI',Roboto,Arial,sans-serif"

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!)
}

/** FNV-1a over the handle: a stable seed for the card's decoration. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/** Greedy word wrap to at most `maxChars` a line (a longer single word gets a line of its own). */
export function wrapTitle(title: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ""
  for (const word of title.trim().split(/\s+/)) {
    if (line && (line + " " + word).length > maxChars) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

/**
 * Word wrap into as few lines as wrapTitle needs, but with lines of even length, so that a
 * title never ends on a lonely word ("Trà hoa vàng / Ba Chẽ", not "Trà hoa vàng Ba / Chẽ").
 */
export function balancedWrap(title: string, maxChars: number): string[] {
  const greedy = wrapTitle(title, maxChars)
  for (let width = Math.ceil(title.length / greedy.length); width < maxChars; width++) {
    const lines = wrapTitle(title, width)
    if (lines.length === greedy.length) return lines
  }
  return greedy
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10)
}

/** Points of a five-pointed star centred on (cx, cy). */
export function starPoints(cx: number, cy: number, outer: number, inner = outer * 0.45): string {
  const points: string[] = []
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner
    const angle = -Math.PI / 2 + (i * Math.PI) / 5
    points.push(`${round(cx + r * Math.cos(angle))},${round(cy + r * Math.sin(angle))}`)
  }
  return points.join(" ")
}

function titleLayout(title: string): { lines: string[]; fontSize: number } {
  for (const [maxChars, fontSize] of [
    [16, 60],
    [20, 50],
    [24, 42],
  ] as const) {
    const lines = balancedWrap(title, maxChars)
    if (lines.length <= 3) return { lines, fontSize }
  }
  const lines = wrapTitle(title, 24)
  return { lines: [...lines.slice(0, 3).slice(0, 2), `${lines[2]}…`], fontSize: 42 }
}

/** The SVG card for a product, as a string. */
export function productImageSvg(input: ProductImageInput): string {
  const palette = GROUP_PALETTES[input.group]
  if (!palette) throw new RangeError(`unknown OCOP group "${input.group}"`)
  const stars = Math.max(0, Math.min(5, Math.round(input.stars)))
  const seed = hash(input.handle)
  const id = `g${seed.toString(36)}`
  const english = input.locale === "en"
  const label = english ? GROUP_LABELS_EN[input.group] : palette.label
  const caption = escapeXml(english ? `${input.title} – OCOP ${stars} stars` : `${input.title} – OCOP ${stars} sao`)

  // Three soft circles placed by the handle, so cards of one group still differ.
  const circles = [0, 1, 2]
    .map((i) => {
      const s = (seed >>> (i * 9)) & 0x1ff
      const cx = 80 + ((s * 37) % 640)
      const cy = 60 + ((s * 53) % 680)
      const r = 90 + (s % 110)
      return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#FFFFFF" opacity="${i === 0 ? 0.22 : 0.14}"/>`
    })
    .join("")

  const { lines, fontSize } = titleLayout(input.title)
  const lineHeight = Math.round(fontSize * 1.18)
  const titleTop = 470 - ((lines.length - 1) * lineHeight) / 2
  const titleText = lines
    .map((line, i) => `<tspan x="400" y="${round(titleTop + i * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join("")

  const starSize = 30
  const gap = 76
  const starsY = titleTop + (lines.length - 1) * lineHeight + 84
  const starsX0 = 400 - ((stars - 1) * gap) / 2
  const starShapes = Array.from({ length: stars }, (_, i) => starPoints(starsX0 + i * gap, starsY, starSize))
    .map((points) => `<polygon points="${points}" fill="#E8A900" stroke="#8A6200" stroke-width="3" stroke-linejoin="round"/>`)
    .join("")

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-label="${caption}">`,
    `<title>${caption}</title>`,
    `<defs><linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1">`,
    `<stop offset="0" stop-color="${palette.background}"/><stop offset="1" stop-color="${palette.backgroundEnd}"/>`,
    `</linearGradient></defs>`,
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#${id})"/>`,
    circles,
    `<rect x="28" y="28" width="744" height="744" rx="36" fill="none" stroke="${palette.accent}" stroke-opacity="0.35" stroke-width="4"/>`,
    `<text x="400" y="96" text-anchor="middle" font-family="${FONT}" font-size="26" font-weight="600" letter-spacing="4" fill="${palette.accent}">${escapeXml(label)}</text>`,
    `<g transform="translate(300 116) scale(2)">${ICONS[input.group](palette.accent, palette.background)}</g>`,
    `<text text-anchor="middle" font-family="${FONT}" font-size="${fontSize}" font-weight="700" fill="${palette.ink}">${titleText}</text>`,
    `<g>${starShapes}</g>`,
    `<text x="400" y="736" text-anchor="middle" font-family="${FONT}" font-size="24" font-weight="600" letter-spacing="3" fill="${palette.ink}" opacity="0.7">OCOP · QUẢNG NINH</text>`,
    `</svg>`,
  ].join("")
}

/** File name for a product's card: ASCII, from the handle ("-en" for the English card). */
export function productImageFilename(handle: string, locale: "vi" | "en" = "vi"): string {
  const safe = foldVietnamese(handle).replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "product"
  return `ocop-${safe}${locale === "en" ? "-en" : ""}.svg`
}

/** The card as base64, the encoding Medusa's local file provider decodes without guessing. */
export function productImageBase64(input: ProductImageInput): string {
  return Buffer.from(productImageSvg(input), "utf8").toString("base64")
}
