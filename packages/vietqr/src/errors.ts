export type VietQrErrorCode =
  | "invalid_bank_bin"
  | "invalid_account_number"
  | "invalid_amount"
  | "invalid_reference"
  | "invalid_tlv"
  | "value_too_long"
  | "bad_crc"
  | "not_vietqr";

/** Thrown for invalid input or an unreadable payload; `field` names the input or TLV id at fault. */
export class VietQrError extends Error {
  readonly code: VietQrErrorCode;
  readonly field: string | undefined;

  constructor(code: VietQrErrorCode, message: string, field?: string) {
    super(message);
    this.name = "VietQrError";
    this.code = code;
    this.field = field;
  }
}
