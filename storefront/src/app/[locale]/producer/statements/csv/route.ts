import { PortalError } from "@/lib/producer-portal/api";
import { statementCsv } from "@/lib/producer-portal/data";

/** GET …/statements/csv?month=YYYY-MM — the month's statement as the backend's CSV download. */
export async function GET(request: Request) {
  const month = new URL(request.url).searchParams.get("month") ?? "";
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return new Response("month must be YYYY-MM", { status: 400 });
  try {
    const file = await statementCsv(month);
    return new Response(file.body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": file.headers.get("content-disposition") ?? `attachment; filename="statement-${month}.csv"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    const status = error instanceof PortalError ? error.status : 502;
    return new Response(status === 401 ? "Sign in to the producer portal first." : "The statement could not be made.", {
      status: status >= 500 ? 502 : status,
    });
  }
}
