// The one CSV writer of the marketplace (statements, feeds, commissions, payouts): UTF-8 with a
// byte-order mark so that spreadsheet programs read Vietnamese, CRLF line ends, and text cells that
// a spreadsheet would run as a formula (=, +, -, @, tab, CR) defused with a leading apostrophe.

/** One CSV cell: quoted when needed; numbers are written as they are (a negative amount stays a number). */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document of rows (the header being the first). */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return "\uFEFF" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
