import { describe, expect, it } from "vitest"
import { clientFileName, imageKind, storedName } from "./image-kind"

const bytes = (...b: number[]) => Uint8Array.from(b)

describe("imageKind", () => {
  it("knows JPEG, PNG and WebP by their first bytes", () => {
    expect(imageKind(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))?.mime).toBe("image/jpeg")
    expect(imageKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))?.mime).toBe("image/png")
    const webp = Buffer.concat([Buffer.from("RIFF"), Buffer.from([1, 2, 3, 4]), Buffer.from("WEBPVP8 ")])
    expect(imageKind(webp)?.extension).toBe("webp")
  })

  it("refuses text, GIF, a RIFF that is not WebP and a cut-off signature", () => {
    expect(imageKind(Buffer.from("not an image, just text"))).toBeNull()
    expect(imageKind(Buffer.from("GIF89a......"))).toBeNull()
    expect(imageKind(Buffer.concat([Buffer.from("RIFF"), Buffer.from([0, 0, 0, 0]), Buffer.from("WAVE")]))).toBeNull()
    expect(imageKind(bytes(0x89, 0x50, 0x4e))).toBeNull()
    expect(imageKind(bytes())).toBeNull()
  })
})

describe("storedName", () => {
  it("keeps a clean base name and the real format's extension", () => {
    expect(storedName("Trà hoa vàng Ba Chẽ.PNG", { mime: "image/png", extension: "png" })).toBe("Tra-hoa-vang-Ba-Che.png")
    expect(storedName("photo.png", { mime: "image/jpeg", extension: "jpg" })).toBe("photo.jpg")
    expect(storedName("../../etc/passwd", { mime: "image/webp", extension: "webp" })).toBe("etc-passwd.webp")
    expect(storedName("...", { mime: "image/png", extension: "png" })).toBe("image.png")
  })
})

describe("clientFileName", () => {
  it("turns a UTF-8 name read as Latin-1 back, and leaves other names alone", () => {
    expect(clientFileName(Buffer.from("Trà hoa vàng.png", "utf8").toString("latin1"))).toBe("Trà hoa vàng.png")
    expect(clientFileName("Trà hoa vàng.png")).toBe("Trà hoa vàng.png")
    expect(clientFileName("photo.jpg")).toBe("photo.jpg")
  })
})
