import { describe, expect, it } from "vitest";
import { currentSectionHref, PORTAL_SECTIONS } from "./sections";

const hrefs = PORTAL_SECTIONS.map((s) => s.href);

describe("currentSectionHref", () => {
  it("marks the section a page is in, by the longest path at or above it", () => {
    expect(currentSectionHref("/producer", hrefs)).toBe("/producer");
    expect(currentSectionHref("/producer/orders", hrefs)).toBe("/producer/orders");
    expect(currentSectionHref("/producer/products/new", hrefs)).toBe("/producer/products");
    expect(currentSectionHref("/producer/products/import", hrefs)).toBe("/producer/products");
    expect(currentSectionHref("/producer/products/prod_01ABC", hrefs)).toBe("/producer/products");
  });

  it("does not take a longer name for a section (a path is matched by whole segments)", () => {
    expect(currentSectionHref("/producer/stockroom", hrefs)).toBe("/producer");
    expect(currentSectionHref("/producers/ngoc-trai", hrefs)).toBeNull();
  });
});
