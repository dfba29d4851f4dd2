import { crcHex } from "./crc";
import { VietQrError } from "./errors";
import { foldDiacritics, isPrintableAscii, MAX_REFERENCE_LENGTH } from "./text";
import { parseTlv, tlv, tlvMap, type TlvField } from "./tlv";

// VietQR: the NAPAS profile of the EMVCo merchant-presented QR code, for transfers to a
// bank account through NAPAS 247. Root data objects used here:
//   00 payload format indicator "01"
//   01 point of initiation: "11" static (reusable), "12" dynamic (one payment, amount set)
//   38 merchant account information (NAPAS template)
//        00 GUID "A000000727"
//        01 beneficiary organisation: 00 acquirer / bank BIN (6 digits), 01 account number
//        02 service code "QRIBFTTA" (transfer to an account; "QRIBFTTC" is to a card)
//   53 currency "704" (VND)   54 amount (whole đồng)   58 country "VN"
//   62 additional data: 08 purpose of transaction (the reference shown on the statement)
//   63 CRC-16/CCITT-FALSE over everything before it, "6304" included

export const PAYLOAD_FORMAT_INDICATOR = "01";
export const POINT_OF_INITIATION_STATIC = "11";
export const POINT_OF_INITIATION_DYNAMIC = "12";
export const NAPAS_GUID = "A000000727";
export const SERVICE_TRANSFER_TO_ACCOUNT = "QRIBFTTA";
export const SERVICE_TRANSFER_TO_CARD = "QRIBFTTC";
export const CURRENCY_VND = "704";
export const COUNTRY_VN = "VN";
/** Amounts are whole đồng with at most 13 digits (field 54 allows 13 characters). */
export const MAX_AMOUNT = 9_999_999_999_999;

export type PointOfInitiation = "static" | "dynamic";

export type VietQrInput = {
  /** NAPAS BIN of the beneficiary's bank, 6 digits (Vietcombank 970436, VietinBank 970415…). */
  bankBin: string;
  /** Beneficiary account number: 1–19 letters or digits. */
  accountNumber: string;
  /** Whole đồng, 1 … 9 999 999 999 999. Omit for a QR where the payer types the amount. */
  amount?: number;
  /**
   * The purpose / order reference shown on the bank statement: at most 25 characters of
   * printable ASCII once Vietnamese diacritics are folded ("Đơn 1042" → "Don 1042").
   */
  reference?: string;
  /** Defaults to "dynamic" when an amount is set, else "static". */
  pointOfInitiation?: PointOfInitiation;
};

export type VietQr = {
  payloadFormat: string;
  pointOfInitiation: PointOfInitiation;
  guid: string;
  bankBin: string;
  accountNumber: string;
  serviceCode: string;
  currency: string;
  amount: number | undefined;
  country: string;
  reference: string | undefined;
  /** Every sub-field of 62 (additional data), by id. */
  additionalData: Record<string, string>;
  crc: string;
  /** The root data objects, in order, CRC included. */
  fields: TlvField[];
};

export function validateBankBin(bankBin: string): string {
  if (typeof bankBin !== "string" || !/^\d{6}$/.test(bankBin)) {
    throw new VietQrError("invalid_bank_bin", `bank BIN must be 6 digits, got "${bankBin}"`, "bankBin");
  }
  return bankBin;
}

export function validateAccountNumber(accountNumber: string): string {
  if (typeof accountNumber !== "string" || !/^[A-Za-z0-9]{1,19}$/.test(accountNumber)) {
    throw new VietQrError(
      "invalid_account_number",
      `account number must be 1–19 letters or digits, got "${accountNumber}"`,
      "accountNumber"
    );
  }
  return accountNumber;
}

export function validateAmount(amount: number): number {
  if (typeof amount !== "number" || !Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_AMOUNT) {
    throw new VietQrError(
      "invalid_amount",
      `amount must be a whole number of đồng from 1 to ${MAX_AMOUNT}, got ${String(amount)}`,
      "amount"
    );
  }
  return amount;
}

/** Folds diacritics and checks the result: printable ASCII, 1–25 characters. */
export function normalizeReference(reference: string): string {
  const folded = typeof reference === "string" ? foldDiacritics(reference).trim() : "";
  if (!folded) throw new VietQrError("invalid_reference", "reference must not be empty", "reference");
  if (!isPrintableAscii(folded)) {
    throw new VietQrError("invalid_reference", `reference must be printable ASCII, got "${folded}"`, "reference");
  }
  if (folded.length > MAX_REFERENCE_LENGTH) {
    throw new VietQrError(
      "invalid_reference",
      `reference must be at most ${MAX_REFERENCE_LENGTH} characters, got ${folded.length}`,
      "reference"
    );
  }
  return folded;
}

/** Builds the VietQR payload (the text to encode in the QR image), CRC included. */
export function buildVietQr(input: VietQrInput): string {
  const bankBin = validateBankBin(input.bankBin);
  const accountNumber = validateAccountNumber(input.accountNumber);
  const amount = input.amount === undefined ? undefined : validateAmount(input.amount);
  const reference =
    input.reference === undefined || input.reference.trim() === "" ? undefined : normalizeReference(input.reference);
  const initiation = input.pointOfInitiation ?? (amount === undefined ? "static" : "dynamic");

  const beneficiary = tlv("00", bankBin) + tlv("01", accountNumber);
  const merchantAccount = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", SERVICE_TRANSFER_TO_ACCOUNT);

  let payload =
    tlv("00", PAYLOAD_FORMAT_INDICATOR) +
    tlv("01", initiation === "dynamic" ? POINT_OF_INITIATION_DYNAMIC : POINT_OF_INITIATION_STATIC) +
    tlv("38", merchantAccount) +
    tlv("53", CURRENCY_VND) +
    (amount === undefined ? "" : tlv("54", String(amount))) +
    tlv("58", COUNTRY_VN) +
    (reference === undefined ? "" : tlv("62", tlv("08", reference)));
  payload += "6304";
  return payload + crcHex(payload);
}

/** True when the payload ends in a well-formed field 63 whose CRC matches the rest. */
export function verifyCrc(payload: string): boolean {
  const match = /6304([0-9A-Fa-f]{4})$/.exec(payload);
  if (!match) return false;
  return crcHex(payload.slice(0, -4)) === match[1]!.toUpperCase();
}

/**
 * Reads a VietQR payload back: checks the CRC, the TLV structure and the NAPAS template.
 * Throws VietQrError ("bad_crc", "invalid_tlv", "not_vietqr") when any of them is wrong.
 */
export function parseVietQr(payload: string): VietQr {
  if (typeof payload !== "string" || !/6304[0-9A-Fa-f]{4}$/.test(payload)) {
    throw new VietQrError("invalid_tlv", "payload does not end with a CRC field (6304XXXX)", "63");
  }
  if (!verifyCrc(payload)) {
    throw new VietQrError(
      "bad_crc",
      `CRC mismatch: payload says ${payload.slice(-4).toUpperCase()}, content gives ${crcHex(payload.slice(0, -4))}`,
      "63"
    );
  }
  const fields = parseTlv(payload);
  const last = fields[fields.length - 1];
  if (!last || last.id !== "63") throw new VietQrError("invalid_tlv", "the CRC must be the last field", "63");
  const root = tlvMap(fields);

  if (root["00"] !== PAYLOAD_FORMAT_INDICATOR) {
    throw new VietQrError("not_vietqr", `payload format indicator must be "01", got "${root["00"]}"`, "00");
  }
  const poi = root["01"];
  if (poi !== undefined && poi !== POINT_OF_INITIATION_STATIC && poi !== POINT_OF_INITIATION_DYNAMIC) {
    throw new VietQrError("not_vietqr", `point of initiation must be "11" or "12", got "${poi}"`, "01");
  }
  if (root["38"] === undefined) throw new VietQrError("not_vietqr", "no NAPAS merchant account information (38)", "38");
  const merchant = tlvMap(parseTlv(root["38"], "38"));
  if (merchant["00"] !== NAPAS_GUID) {
    throw new VietQrError("not_vietqr", `field 38.00 must be the NAPAS GUID ${NAPAS_GUID}, got "${merchant["00"]}"`, "38.00");
  }
  if (merchant["01"] === undefined) throw new VietQrError("not_vietqr", "no beneficiary organisation (38.01)", "38.01");
  const beneficiary = tlvMap(parseTlv(merchant["01"], "38.01"));
  const bankBin = beneficiary["00"];
  const accountNumber = beneficiary["01"];
  if (bankBin === undefined || !/^\d{6}$/.test(bankBin)) {
    throw new VietQrError("not_vietqr", `bank BIN (38.01.00) must be 6 digits, got "${bankBin}"`, "38.01.00");
  }
  if (accountNumber === undefined || !/^[A-Za-z0-9]{1,19}$/.test(accountNumber)) {
    throw new VietQrError("not_vietqr", `account or card number (38.01.01) is invalid: "${accountNumber}"`, "38.01.01");
  }

  let amount: number | undefined;
  if (root["54"] !== undefined) {
    if (!/^\d+(\.\d*)?$/.test(root["54"])) {
      throw new VietQrError("not_vietqr", `amount (54) must be numeric, got "${root["54"]}"`, "54");
    }
    amount = Number(root["54"]);
  }
  const additionalData = root["62"] === undefined ? {} : tlvMap(parseTlv(root["62"], "62"));

  return {
    payloadFormat: root["00"],
    pointOfInitiation: poi === POINT_OF_INITIATION_DYNAMIC ? "dynamic" : "static",
    guid: merchant["00"],
    bankBin,
    accountNumber,
    serviceCode: merchant["02"] ?? "",
    currency: root["53"] ?? "",
    amount,
    country: root["58"] ?? "",
    reference: additionalData["08"],
    additionalData,
    crc: last.value.toUpperCase(),
    fields,
  };
}
