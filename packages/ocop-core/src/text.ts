// Vietnamese text folding, so that "Đạp Thanh", "dap thanh" and "DAP THANH"
// compare equal in search and become the same URL handle.

const COMBINING_MARKS = /\p{M}+/gu;
// đ/Đ is a letter of its own, not d + a mark, so NFD leaves it alone.
// Ð/ð (U+00D0/U+00F0, "eth") look identical and turn up in text converted
// from old Vietnamese encodings, so they are folded to d as well.
const D_LETTERS = /[đĐðÐ]/g;

/**
 * Removes diacritics, maps đ→d, lower-cases, trims and collapses runs of
 * whitespace to one space. Punctuation is kept.
 * "  Trà hoa  vàng ĐẠP THANH " → "tra hoa vang dap thanh"
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(D_LETTERS, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Like foldVietnamese, but punctuation also becomes a space, so that
 * "TP.Hạ Long" and "tp ha long" compare equal. For matching, not display.
 */
export function foldForSearch(text: string): string {
  return foldVietnamese(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * URL handle: folded, with every run of other characters turned into one dash.
 * "Trà hoa vàng Ba Chẽ" → "tra-hoa-vang-ba-che". May return "" (e.g. for
 * "—"); callers that need a handle must treat that as invalid.
 */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
