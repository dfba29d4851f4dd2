import { describe, expect, it } from "vitest";
import { canOptimizeImage, imageHosts } from "./image-hosts";

describe("image optimiser hosts", () => {
  it("are the backend's and the file store's, never loopback, never any https host", () => {
    const hosts = imageHosts({
      MEDUSA_BACKEND_URL: "https://api.shop.example.vn",
      MEDUSA_FILE_BASE_URL: "http://localhost:9000",
      OCOP_IMAGE_HOSTS: "cdn.example.vn, https://files.example.vn/static,",
    });
    expect(hosts).toEqual(["api.shop.example.vn", "cdn.example.vn", "files.example.vn"]);
    expect(canOptimizeImage("https://cdn.example.vn/a.jpg", hosts)).toBe(true);
    expect(canOptimizeImage("https://evil.example.com/a.jpg", hosts)).toBe(false);
    expect(canOptimizeImage("http://cdn.example.vn/a.jpg", hosts)).toBe(false);
    expect(canOptimizeImage("not a url", hosts)).toBe(false);
    expect(imageHosts({})).toEqual([]);
  });
});
