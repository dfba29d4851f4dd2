import { describe, expect, it } from "vitest";
import { crcHex } from "./crc";
import { VietQrError } from "./errors";
import { parseTlv } from "./tlv";
import { buildVietQr, parseVietQr, verifyCrc, type VietQrInput } from "./vietqr";

function errorOf(fn: () => unknown): VietQrError {
  try {
    fn();
  } catch (e) {
    if (e instanceof VietQrError) return e;
    throw e;
  }
  throw new Error("expected a VietQrError");
}

describe("building a VietQR payload", () => {
  it("lays out the NAPAS fields for a dynamic transfer with amount and order reference", () => {
    const payload = buildVietQr({ bankBin: "970436", accountNumber: "0011000123456", amount: 1250000, reference: "OCOP1042" });
    const fields = parseTlv(payload);
    expect(fields.map((f) => f.id)).toEqual(["00", "01", "38", "53", "54", "58", "62", "63"]);
    expect(payload.startsWith("000201" + "010212" + "3857" + "0010A000000727" + "0127" + "0006970436" + "01130011000123456" + "0208QRIBFTTA")).toBe(true);
    expect(payload).toContain("5303704" + "54071250000" + "5802VN" + "62120808OCOP1042" + "6304");
    expect(payload.slice(-4)).toBe(crcHex(payload.slice(0, -4)));
    expect(payload.slice(-4)).toMatch(/^[0-9A-F]{4}$/);
  });

  it("is static (11) without an amount and leaves out fields 54 and 62", () => {
    const payload = buildVietQr({ bankBin: "970436", accountNumber: "0011000123456" });
    expect(payload).toMatch(/^000201010211/);
    expect(payload).toContain("53037045802VN6304");
  });

  it("parses back what it builds", () => {
    const inputs: VietQrInput[] = [
      { bankBin: "970436", accountNumber: "0011000123456", amount: 1250000, reference: "OCOP01JD2X9K3M7Q" },
      { bankBin: "970415", accountNumber: "A1", amount: 1 },
      { bankBin: "970418", accountNumber: "1234567890123456789", amount: 9_999_999_999_999, reference: "x".repeat(25) },
      { bankBin: "970422", accountNumber: "0123456789" },
    ];
    for (const input of inputs) {
      const qr = parseVietQr(buildVietQr(input));
      expect(qr).toMatchObject({
        payloadFormat: "01",
        pointOfInitiation: input.amount === undefined ? "static" : "dynamic",
        guid: "A000000727",
        bankBin: input.bankBin,
        accountNumber: input.accountNumber,
        serviceCode: "QRIBFTTA",
        currency: "704",
        amount: input.amount,
        country: "VN",
        reference: input.reference,
      });
    }
  });

  it("folds diacritics in the reference", () => {
    const payload = buildVietQr({ bankBin: "970436", accountNumber: "1", amount: 5, reference: "Đơn hàng 1042" });
    expect(parseVietQr(payload).reference).toBe("Don hang 1042");
  });

  describe("refuses bad input", () => {
    const ok: VietQrInput = { bankBin: "970436", accountNumber: "0011000123456", amount: 1000, reference: "OCOP1" };
    it.each([
      [{ bankBin: "97043" }, "invalid_bank_bin"],
      [{ bankBin: "9704366" }, "invalid_bank_bin"],
      [{ bankBin: "97043a" }, "invalid_bank_bin"],
      [{ accountNumber: "" }, "invalid_account_number"],
      [{ accountNumber: "12345678901234567890" }, "invalid_account_number"],
      [{ accountNumber: "0011-000" }, "invalid_account_number"],
      [{ accountNumber: "0011 000" }, "invalid_account_number"],
      [{ amount: 0 }, "invalid_amount"],
      [{ amount: -5 }, "invalid_amount"],
      [{ amount: 1250000.5 }, "invalid_amount"],
      [{ amount: 10_000_000_000_000 }, "invalid_amount"],
      [{ amount: Number.NaN }, "invalid_amount"],
      [{ reference: "x".repeat(26) }, "invalid_reference"],
      [{ reference: "Đơn hàng số 1042 của chị Lan" }, "invalid_reference"], // 28 once folded
      [{ reference: "订单1042" }, "invalid_reference"],
      [{ reference: "OCOP\n1042" }, "invalid_reference"],
    ] as const)("%j → %s", (patch, code) => {
      const error = errorOf(() => buildVietQr({ ...ok, ...patch }));
      expect(error.code).toBe(code);
    });
  });
});

describe("parsing and CRC checking", () => {
  it("rejects a payload whose CRC does not match, or that has none", () => {
    const payload = buildVietQr({ bankBin: "970436", accountNumber: "0011000123456", amount: 1250000, reference: "OCOP1042" });
    const tampered = payload.replace("1250000", "1250001");
    expect(verifyCrc(tampered)).toBe(false);
    expect(errorOf(() => parseVietQr(tampered)).code).toBe("bad_crc");
    expect(errorOf(() => parseVietQr(payload.slice(0, -8))).code).toBe("invalid_tlv");
  });

  it("accepts a lowercase CRC", () => {
    const payload = buildVietQr({ bankBin: "970436", accountNumber: "1" });
    expect(parseVietQr(payload.slice(0, -4) + payload.slice(-4).toLowerCase()).bankBin).toBe("970436");
  });

  it("rejects a payload whose TLV lengths are wrong even when the CRC matches", () => {
    // 38.01.01 declares 12 characters but 13 follow, leaving a stray "8" in 38.01: re-signed so
    // only the structure is wrong.
    const body = "00020101021138570010A00000072701270006970403011200110123456780208QRIBFTTA53037045802VN6304";
    const error = errorOf(() => parseVietQr(body + crcHex(body)));
    expect(error.code).toBe("invalid_tlv");
    expect(error.field).toBe("38.01");
  });

  it("rejects an EMVCo payload that is not a NAPAS transfer", () => {
    const body = "000201010211" + "3814" + "0010A000000999" + "53037045802VN6304";
    expect(errorOf(() => parseVietQr(body + crcHex(body))).code).toBe("not_vietqr");
  });
});

describe("published VietQR samples", () => {
  // From the README of github.com/subiz/vietqr (Go), commit 8da5679: 120,000 ₫ to VietinBank
  // (BIN 970415) account 0011001932418, purpose "ủng hộ lũ lụt" folded to "ung ho lu lut".
  const SUBIZ_README = "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C";

  it("subiz/vietqr README sample: valid CRC, parsed, and rebuilt byte for byte", () => {
    expect(verifyCrc(SUBIZ_README)).toBe(true);
    expect(parseVietQr(SUBIZ_README)).toMatchObject({
      pointOfInitiation: "dynamic",
      bankBin: "970415",
      accountNumber: "0011001932418",
      amount: 120000,
      reference: "ung ho lu lut",
    });
    expect(buildVietQr({ bankBin: "970415", accountNumber: "0011001932418", amount: 120000, reference: "ủng hộ lũ lụt" })).toBe(
      SUBIZ_README
    );
  });

  // From github.com/openhoangnc/vietqr, libs/test-data.json (commit af09693), the fixtures of a
  // public VietQR generator. They mark every code static ("11"), even with an amount.
  const OPENHOANGNC_FIXTURES = [
    { bankBin: "970423", accountNumber: "0123456789", amount: 0, description: "", qr: "00020101021138540010A00000072701240006970423011001234567890208QRIBFTTA53037045802VN6304F64B" },
    { bankBin: "963388", accountNumber: "3456789143", amount: 0, description: "", qr: "00020101021138540010A00000072701240006963388011034567891430208QRIBFTTA53037045802VN63041D58" },
    { bankBin: "963388", accountNumber: "3456789143", amount: 2345123, description: "", qr: "00020101021138540010A00000072701240006963388011034567891430208QRIBFTTA5303704540723451235802VN6304EBDA" },
    { bankBin: "963388", accountNumber: "3456789143", amount: 2345123, description: "thanh toan hoa don", qr: "00020101021138540010A00000072701240006963388011034567891430208QRIBFTTA5303704540723451235802VN62220818thanh toan hoa don630445F2" },
  ];

  it.each(OPENHOANGNC_FIXTURES)("openhoangnc/vietqr fixture $qr", (f) => {
    expect(verifyCrc(f.qr)).toBe(true);
    const parsed = parseVietQr(f.qr);
    expect(parsed).toMatchObject({ bankBin: f.bankBin, accountNumber: f.accountNumber, pointOfInitiation: "static" });
    expect(parsed.amount).toBe(f.amount || undefined);
    expect(parsed.reference).toBe(f.description || undefined);
    const rebuilt = buildVietQr({
      bankBin: f.bankBin,
      accountNumber: f.accountNumber,
      amount: f.amount || undefined,
      reference: f.description || undefined,
      pointOfInitiation: "static",
    });
    expect(rebuilt).toBe(f.qr);
  });
});
