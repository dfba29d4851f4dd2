// Bank apps show the transfer purpose as plain ASCII; many reject or mangle anything else,
// and EMVCo lengths count bytes. Vietnamese text is folded to ASCII first.

const COMBINING_MARKS = /\p{M}+/gu;
// đ/Đ is a letter of its own (NFD leaves it alone); Ð/ð (eth) look the same in old encodings.
const D_LOWER = /[đð]/g;
const D_UPPER = /[ĐÐ]/g;

/** "Thanh toán đơn ĐH1042" → "Thanh toan don DH1042". Case and punctuation are kept. */
export function foldDiacritics(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").replace(D_LOWER, "d").replace(D_UPPER, "D").normalize("NFC");
}

/** Printable ASCII (space to tilde), the EMVCo "ans" character set. */
export function isPrintableAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

export const MAX_REFERENCE_LENGTH = 25;

/**
 * A transfer purpose from free text: diacritics folded, anything but letters, digits and
 * spaces dropped, whitespace collapsed, cut to 25 characters without a trailing space.
 * "Đơn hàng #1042 – Trà hoa vàng" → "Don hang 1042 Tra hoa van".
 */
export function toReference(text: string, maxLength = MAX_REFERENCE_LENGTH): string {
  return foldDiacritics(text)
    .replace(/[^A-Za-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, maxLength)
    .trim();
}
