import "server-only";
import { NextResponse } from "next/server";
import type { PortalPhoto } from "./types";
import { PortalError } from "../portal-client";

/**
 * The portal's photo routes (src/app/[locale]/producer/(portal)/products/[id]/photos) answer { photos } or the
 * backend's refusal as it came ({ message } with its 4xx status), so the photo manager can show it.
 */
export async function photoAnswer(change: () => Promise<PortalPhoto[]>) {
  try {
    return NextResponse.json({ photos: await change() });
  } catch (error) {
    if (error instanceof PortalError && error.status < 500) {
      return NextResponse.json({ message: error.message }, { status: error.status });
    }
    console.error("[storefront] changing product photos failed:", error instanceof Error ? error.message : error);
    return NextResponse.json({ message: "Failed" }, { status: 502 });
  }
}
