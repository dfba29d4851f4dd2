// CRC-16/CCITT-FALSE, the checksum EMVCo QR codes (and so VietQR) carry in field 63:
// polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR.
// Check value: crc16CcittFalse("123456789") === 0x29b1.

const POLY = 0x1021;

function toBytes(data: string | Uint8Array): Uint8Array {
  return typeof data === "string" ? new TextEncoder().encode(data) : data;
}

export function crc16CcittFalse(data: string | Uint8Array): number {
  let crc = 0xffff;
  for (const byte of toBytes(data)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ POLY) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

/** Four uppercase hex digits, zero-padded ("07AD", never "7AD"). */
export function crcHex(data: string | Uint8Array): string {
  return crc16CcittFalse(data).toString(16).toUpperCase().padStart(4, "0");
}
