// @ocop/vietqr: VietQR (NAPAS EMVCo) bank-transfer payloads. Pure TypeScript, no dependencies;
// turning a payload into a PNG or SVG image is left to the caller (e.g. the `qrcode` package).

export * from "./crc";
export * from "./errors";
export * from "./text";
export * from "./tlv";
export * from "./vietqr";
