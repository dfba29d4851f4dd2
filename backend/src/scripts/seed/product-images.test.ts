import { GROUP_SLUGS } from "@ocop/core"
import { describe, expect, it } from "vitest"
import { PRODUCTS } from "./catalog-data"
import {
  GROUP_PALETTES,
  balancedWrap,
  escapeXml,
  productImageBase64,
  productImageFilename,
  productImageSvg,
  starPoints,
  wrapTitle,
} from "./product-images"

const akoya = { handle: "ngoc-trai-akoya-ngoc-trai-ha-long", title: "Ngọc trai Akoya – ngọc trai Hạ Long", group: "handicraft" as const, stars: 5 }

describe("productImageSvg", () => {
  it("draws the English card in English: title, group label and caption (issue #23)", () => {
    const svg = productImageSvg({ ...akoya, title: "Akoya pearls – Ha Long Pearl", locale: "en" })
    expect(svg).toContain("Akoya pearls")
    expect(svg).toContain("HANDICRAFTS")
    expect(svg).toContain("OCOP 5 stars")
    expect(svg).not.toMatch(/THỦ CÔNG|sao|Ngọc trai/)
    expect(productImageFilename(akoya.handle, "en")).toBe("ocop-ngoc-trai-akoya-ngoc-trai-ha-long-en.svg")
  })

  it("is deterministic", () => {
    expect(productImageSvg(akoya)).toBe(productImageSvg({ ...akoya }))
  })

  it("is a standalone SVG with the title and group colour", () => {
    const svg = productImageSvg(akoya)
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg.endsWith("</svg>")).toBe(true)
    expect(svg).toContain("Ngọc trai")
    expect(svg).toContain("Hạ Long")
    expect(svg).toContain(GROUP_PALETTES.handicraft.background)
    // Nothing fetched: no external references, no raster images, no emoji.
    expect(svg).not.toMatch(/<image|href=|url\((?!#)/)
    expect(svg).not.toMatch(/\p{Extended_Pictographic}/u)
  })

  it("draws as many stars as the rating", () => {
    for (const stars of [3, 4, 5]) {
      const svg = productImageSvg({ ...akoya, stars })
      expect(svg.match(/<polygon /g)?.length).toBe(stars)
    }
  })

  it("differs by group and by product", () => {
    const svgs = GROUP_SLUGS.map((group) => productImageSvg({ ...akoya, group }))
    expect(new Set(svgs).size).toBe(GROUP_SLUGS.length)
    expect(productImageSvg(akoya)).not.toBe(productImageSvg({ ...akoya, handle: "other" }))
  })

  it("escapes markup in titles", () => {
    const svg = productImageSvg({ ...akoya, title: `Bánh <b> & "quà" 'Tết'` })
    expect(svg).toContain("Bánh &lt;b&gt; &amp; &quot;quà&quot; &apos;Tết&apos;")
    expect(svg).not.toContain("<b>")
  })

  it("keeps long titles to at most three lines", () => {
    const svg = productImageSvg({ ...akoya, title: "Rất dài ".repeat(30).trim() })
    expect(svg.match(/<tspan /g)!.length).toBeLessThanOrEqual(3)
  })

  it("renders a card for every catalog product", () => {
    for (const p of PRODUCTS) {
      const svg = productImageSvg({ handle: p.handle, title: p.title_vi, group: p.group, stars: p.certificate.stars })
      expect(svg.length).toBeLessThan(12_000)
    }
  })
})

describe("helpers", () => {
  it("escapeXml escapes the five XML characters", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;")
  })

  it("wrapTitle wraps greedily and balancedWrap evens the lines out", () => {
    expect(wrapTitle("Trà hoa vàng Ba Chẽ", 16)).toEqual(["Trà hoa vàng Ba", "Chẽ"])
    expect(balancedWrap("Trà hoa vàng Ba Chẽ", 16)).toEqual(["Trà hoa", "vàng Ba Chẽ"])
    expect(balancedWrap("Ba kích", 16)).toEqual(["Ba kích"])
  })

  it("starPoints gives ten points with the first at the top", () => {
    const points = starPoints(100, 100, 30).split(" ")
    expect(points).toHaveLength(10)
    expect(points[0]).toBe("100,70")
  })

  it("file names are ASCII and end in .svg", () => {
    expect(productImageFilename("tra-hoa-vang-ba-che")).toBe("ocop-tra-hoa-vang-ba-che.svg")
    expect(productImageFilename("Trà/../x")).toMatch(/^ocop-[a-z0-9-]+\.svg$/)
  })

  it("base64 decodes back to the SVG", () => {
    expect(Buffer.from(productImageBase64(akoya), "base64").toString("utf8")).toBe(productImageSvg(akoya))
  })
})
