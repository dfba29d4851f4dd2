import { describe, expect, it } from "vitest";
import * as vietqr from "./index";

describe("@ocop/vietqr entry point", () => {
  it("exports the builder, the parser and the CRC", () => {
    expect(typeof vietqr.buildVietQr).toBe("function");
    expect(typeof vietqr.parseVietQr).toBe("function");
    expect(typeof vietqr.crc16CcittFalse).toBe("function");
    expect(typeof vietqr.toReference).toBe("function");
    expect(vietqr.VietQrError.prototype).toBeInstanceOf(Error);
  });
});
