import "server-only";
import { load, type Loaded } from "./backend";
import { getSdk } from "./medusa";
import { authHeaders } from "./session";
import type { ReturnListAnswer, ReturnWire } from "./wire-types";

/** A buyer's return request as `GET /store/orders/:id/returns` answers it (docs/architecture.md, Returns). */
export interface ReturnView {
  id: string;
  status: "requested" | "accepted" | "refused" | "disputed";
  items: Array<{ line_item_id: string; quantity: number; amount: number }>;
  amount: number;
  reason: string;
  refusalReason: string | null;
  refundMethod: "card" | "bank_transfer";
  refundedAt: string | null;
  createdAt: string | null;
}

function toReturnView(r: ReturnWire): ReturnView {
  return {
    id: String(r.id),
    status: r.status,
    items: Array.isArray(r.items) ? r.items : [],
    amount: Number(r.amount ?? 0),
    reason: String(r.reason ?? ""),
    refusalReason: typeof r.refusal_reason === "string" ? r.refusal_reason : null,
    refundMethod: r.refund_method === "card" ? "card" : "bank_transfer",
    refundedAt: typeof r.refunded_at === "string" ? r.refunded_at : null,
    createdAt: typeof r.created_at === "string" ? r.created_at : null,
  };
}

/** The signed-in customer's return requests of one order, newest first. */
export function getOrderReturns(orderId: string): Promise<Loaded<ReturnView[]>> {
  return load(`loading the returns of order ${orderId}`, async () => {
    const sdk = await getSdk();
    const body = await sdk.client.fetch<ReturnListAnswer>(`/store/orders/${encodeURIComponent(orderId)}/returns`, { headers: await authHeaders() });
    return body.returns.map(toReturnView);
  });
}

export type ReturnAnswer = { ok: true } | { ok: false; status: number | null; message: string };

/** Sends a return request or a dispute; the backend's 4xx sentence comes back to the form. */
export async function sendReturn(path: string, body: Record<string, unknown>): Promise<ReturnAnswer> {
  const sdk = await getSdk();
  try {
    await sdk.client.fetch(path, { method: "POST", body, headers: await authHeaders() });
    return { ok: true };
  } catch (error) {
    const status = (error as { status?: number }).status ?? null;
    return { ok: false, status, message: error instanceof Error ? error.message : String(error) };
  }
}
