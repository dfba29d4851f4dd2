import { describe, expect, it } from "vitest";
import { crc16CcittFalse, crcHex } from "./crc";

describe("CRC-16/CCITT-FALSE", () => {
  it("gives the catalogued check value 0x29B1 for '123456789'", () => {
    expect(crc16CcittFalse("123456789")).toBe(0x29b1);
    expect(crcHex("123456789")).toBe("29B1");
  });

  it("starts from 0xFFFF (an empty input leaves the initial value)", () => {
    expect(crc16CcittFalse("")).toBe(0xffff);
  });

  it("reads strings as UTF-8 bytes, the same as the byte array", () => {
    expect(crc16CcittFalse("Đ")).toBe(crc16CcittFalse(new Uint8Array([0xc4, 0x90])));
  });

  it("pads to four uppercase hex digits", () => {
    // Some input whose CRC is below 0x1000 — find one rather than hard-code it.
    let text = "";
    for (let i = 0; i < 100000 && crc16CcittFalse(text) >= 0x1000; i++) text = `x${i}`;
    expect(crc16CcittFalse(text)).toBeLessThan(0x1000);
    expect(crcHex(text)).toMatch(/^0[0-9A-F]{3}$/);
  });
});
