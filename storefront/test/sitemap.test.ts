import { describe, expect, inject, it } from "vitest"

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const publishableKey = inject("publishableKey")

// /robots.txt and /sitemap.xml (Next metadata routes): the certified products on sale, their
// producers, places and certificates, in both languages with hreflang alternates; a product that
// leaves sale leaves the sitemap.

const ON_SALE = "nuoc-mo-yen-tu"
const NOT_ON_SALE = "ruou-mo-yen-tu"

async function sitemap(): Promise<string> {
  const response = await fetch(`${storefrontUrl}/sitemap.xml`)
  expect(response.status).toBe(200)
  return response.text()
}

async function admin(path: string, body?: unknown, token?: string) {
  const response = await fetch(`${backendUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  expect(response.status, path).toBe(200)
  return response.json()
}

describe("robots.txt and sitemap.xml", () => {
  it("robots.txt keeps engines out of personal pages and portals and points at the sitemap", async () => {
    const response = await fetch(`${storefrontUrl}/robots.txt`)
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).toContain("User-Agent: *")
    for (const line of ["Disallow: /vi/cart/", "Disallow: /en/checkout/", "Disallow: /vi/account/", "Disallow: /vi/producer/", "Disallow: /en/partner$"]) {
      expect(text).toContain(line)
    }
    expect(text).not.toContain("Disallow: /vi/producers")
    expect(text).toContain(`Sitemap: ${storefrontUrl}/sitemap.xml`)
  })

  it("lists the products on sale, producers, places and certificates in both languages with hreflang alternates", async () => {
    const xml = await sitemap()
    expect(xml).toContain(`<loc>${storefrontUrl}/vi/products/tra-hoa-vang-ba-che</loc>`)
    expect(xml).toContain(`<loc>${storefrontUrl}/en/products/tra-hoa-vang-ba-che</loc>`)
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${storefrontUrl}/en/products/tra-hoa-vang-ba-che" />`)
    expect(xml).toContain(`<loc>${storefrontUrl}/vi/producers/lam-san-dap-thanh</loc>`)
    expect(xml).toContain(`<loc>${storefrontUrl}/vi/search?commune=06979</loc>`)
    expect(xml).toMatch(new RegExp(`<loc>${storefrontUrl}/en/certificates/ocert_[0-9A-Z]+</loc>`))
    expect(xml).not.toContain(`/products/${NOT_ON_SALE}<`)
  })

  /** The sitemap once it satisfies `check`, within the catalog cache's 2-second freshness promise (issue #16). */
  async function sitemapWithin2s(check: (xml: string) => boolean): Promise<string> {
    const deadline = Date.now() + 2_000
    let xml = await sitemap()
    while (!check(xml) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      xml = await sitemap()
    }
    return xml
  }

  it("drops a product within 2 s of it leaving sale, and lists it again when it is back", async () => {
    const { token } = await admin("/auth/user/emailpass", { email: "admin@ocop.local", password: "ocop-dev-admin" })
    const store = await fetch(`${backendUrl}/store/products?handle=${ON_SALE}&fields=id`, { headers: { "x-publishable-api-key": publishableKey } })
    const productId = (await store.json()).products[0].id as string
    const { certificate } = await admin(`/admin/products/${productId}/ocop`, undefined, token)
    const body = (status: string, status_reason: string | null) => ({
      certificate: {
        stars: certificate.stars,
        score: certificate.score,
        group: certificate.group,
        sub_group: certificate.sub_group,
        decision_number: certificate.decision_number,
        decision_date: certificate.decision_date.slice(0, 10),
        issuing_level: certificate.issuing_level,
        issuing_authority: certificate.issuing_authority,
        commune_code: certificate.commune_code,
        historic_locality: certificate.historic_locality,
        sample_data: certificate.sample_data,
        status,
        status_reason,
      },
    })
    expect(await sitemap()).toContain(`/vi/products/${ON_SALE}<`)
    try {
      await admin(`/admin/products/${productId}/ocop`, body("revoked", "Thử nghiệm sơ đồ trang"), token)
      const xml = await sitemapWithin2s((x) => !x.includes(`/products/${ON_SALE}<`))
      expect(xml).not.toContain(`/products/${ON_SALE}<`)
      expect(xml).not.toContain(`/certificates/${certificate.id}<`)
    } finally {
      await admin(`/admin/products/${productId}/ocop`, body("valid", null), token)
    }
    expect(await sitemapWithin2s((x) => x.includes(`/vi/products/${ON_SALE}<`))).toContain(`/vi/products/${ON_SALE}<`)
  })
})
