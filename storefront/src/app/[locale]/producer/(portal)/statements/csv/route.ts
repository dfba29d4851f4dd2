import { csvResponse } from "@/lib/producer-portal/csv-response";
import { ledgerMonthCsv } from "@/lib/producer-portal/data";

/** GET …/statements/csv?month=YYYY-MM — the month's ledger lines (the statement) as the backend's CSV download. */
export async function GET(request: Request) {
  const month = new URL(request.url).searchParams.get("month") ?? "";
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return new Response("month must be YYYY-MM", { status: 400 });
  return csvResponse(() => ledgerMonthCsv(month), `statement-${month}.csv`, "The statement could not be made.");
}
