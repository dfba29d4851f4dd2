import { csvResponse } from "@/lib/producer-portal/csv-response";
import { taxWithheldCsv } from "@/lib/producer-portal/data";

/** GET …/statements/tax-csv?year=YYYY — tax withheld per month, as the backend's CSV download. */
export async function GET(request: Request) {
  const year = new URL(request.url).searchParams.get("year") ?? "";
  if (!/^20\d{2}$/.test(year)) return new Response("year must be YYYY", { status: 400 });
  return csvResponse(() => taxWithheldCsv(year), `tax-withheld-${year}.csv`, "The summary could not be made.");
}
