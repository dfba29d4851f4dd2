/** One CSV cell: quoted when needed; text that a spreadsheet would run as a formula is defused. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return ""
  let s = String(value)
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** A CSV document (UTF-8 with a byte-order mark, so spreadsheet programs read Vietnamese): header, then rows. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n"
}
