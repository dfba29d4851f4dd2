import { describe, expect, it } from "vitest"
import { composeEmail } from "./layout"

describe("composeEmail", () => {
  const message = composeEmail({
    locale: "en",
    subject: "Order <#12>",
    lines: ["Hello Lan & Minh,", "", "- Tea × 2", "- Sauce × 1", "", "See your order: https://ocop.example/en/orders?x=1&y=2"],
    reason: "You receive this e-mail because you placed order #12.",
  })

  it("writes the text part: the lines, the closing and why the person gets it", () => {
    expect(message.text).toBe(
      [
        "Hello Lan & Minh,",
        "",
        "- Tea × 2",
        "- Sauce × 1",
        "",
        "See your order: https://ocop.example/en/orders?x=1&y=2",
        "",
        "OCOP Quảng Ninh – One Commune One Product",
        "",
        "--",
        "You receive this e-mail because you placed order #12.",
      ].join("\n")
    )
  })

  it("lays the same out as HTML: escaped, with lists and links, the marketplace's name and the footer", () => {
    expect(message.html).toContain('<html lang="en">')
    expect(message.html).toContain("<title>Order &lt;#12&gt;</title>")
    expect(message.html).toContain(">OCOP Quảng Ninh</td>")
    expect(message.html).toContain("Hello Lan &amp; Minh,")
    expect(message.html).toContain("<ul style=\"margin:0 0 16px;padding-left:20px\"><li>Tea × 2</li><li>Sauce × 1</li></ul>")
    expect(message.html).toContain('<a href="https://ocop.example/en/orders?x=1&amp;y=2" style="color:#1b5e20;font-weight:bold">See your order</a>')
    expect(message.html).toContain("You receive this e-mail because you placed order #12.</td>")
    expect(message.html).not.toContain("<#12>")
  })
})
