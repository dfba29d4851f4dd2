import "server-only";
import { PortalError } from "../portal-client";

/** A portal CSV download passed on from the backend, or a short answer a person can act on. */
export async function csvResponse(file: () => Promise<Response>, fallbackName: string, failure: string): Promise<Response> {
  try {
    const answer = await file();
    return new Response(answer.body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": answer.headers.get("content-disposition") ?? `attachment; filename="${fallbackName}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    const status = error instanceof PortalError ? error.status : 502;
    return new Response(status === 401 ? "Sign in to the producer portal first." : failure, { status: status >= 500 ? 502 : status });
  }
}
