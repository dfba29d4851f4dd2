import { describe, expect, it } from "vitest";
import { checkPhotoRoom, nextPhotos, photoThumbnail, photoUrl, PRODUCT_PHOTO_MAX, type ProductPhoto } from "./product-photos";

const photo = (id: string, extra: Record<string, unknown> = {}): ProductPhoto => ({
  id,
  url: `https://files.example/${id}-1200.webp`,
  metadata: { sizes: { thumb: `https://files.example/${id}-200.webp`, card: `https://files.example/${id}-600.webp` }, ...extra },
});

describe("nextPhotos", () => {
  const three = [photo("a"), photo("b"), photo("c")];

  it("adds after the current photos and refuses a 9th", () => {
    const added = nextPhotos(three, { kind: "add", photos: [{ url: "x" }] });
    expect("photos" in added && added.photos.map((p) => p.id ?? p.url)).toEqual(["a", "b", "c", "x"]);
    const eight = Array.from({ length: PRODUCT_PHOTO_MAX }, (_, i) => photo(`p${i}`));
    const refused = nextPhotos(eight, { kind: "add", photos: [{ url: "x" }] });
    expect("refusal" in refused && refused.refusal.status).toBe("invalid");
    expect(checkPhotoRoom(6, 2)).toBeNull();
    expect(checkPhotoRoom(6, 3)?.message).toMatch(/at most 2 more/);
  });

  it("reorders only by the exact list of the product's photos", () => {
    const ordered = nextPhotos(three, { kind: "order", ids: ["c", "a", "b"] });
    expect("photos" in ordered && ordered.photos.map((p) => p.id)).toEqual(["c", "a", "b"]);
    for (const ids of [["a", "b"], ["a", "a", "b"], ["a", "b", "z"], ["a", "b", "c", "c"]]) {
      const refused = nextPhotos(three, { kind: "order", ids });
      expect("refusal" in refused && refused.refusal.field).toBe("ids");
    }
  });

  it("sets alt texts (blank clears, undefined keeps) and deletes; an unknown photo is not found", () => {
    const withAlt = nextPhotos([photo("a", { alt_vi: "cũ", alt_en: "old" })], { kind: "alt", id: "a", alt_vi: "  Trà  hoa vàng ", alt_en: "" });
    expect("photos" in withAlt && withAlt.photos[0]!.metadata).toMatchObject({ alt_vi: "Trà hoa vàng", alt_en: null, sizes: { card: expect.any(String) } });
    const kept = nextPhotos([photo("a", { alt_en: "old" })], { kind: "alt", id: "a", alt_vi: "mới" });
    expect("photos" in kept && kept.photos[0]!.metadata?.alt_en).toBe("old");
    const deleted = nextPhotos(three, { kind: "delete", id: "b" });
    expect("photos" in deleted && deleted.photos.map((p) => p.id)).toEqual(["a", "c"]);
    expect(nextPhotos(three, { kind: "delete", id: "z" })).toMatchObject({ refusal: { status: "not_found" } });
    expect(nextPhotos(three, { kind: "alt", id: "z", alt_vi: "x" })).toMatchObject({ refusal: { status: "not_found" } });
  });
});

describe("photoUrl and photoThumbnail", () => {
  it("pick the WebP of the size, else the image's own URL", () => {
    expect(photoUrl(photo("a"), "thumb")).toBe("https://files.example/a-200.webp");
    expect(photoUrl(photo("a"), "large")).toBe("https://files.example/a-1200.webp");
    expect(photoUrl({ url: "https://files.example/old.jpg" }, "card")).toBe("https://files.example/old.jpg");
    expect(photoThumbnail([photo("b"), photo("a")])).toBe("https://files.example/b-600.webp");
    expect(photoThumbnail([])).toBeNull();
  });
});
