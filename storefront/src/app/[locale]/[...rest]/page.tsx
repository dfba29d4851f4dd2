import { notFound } from "next/navigation";

// Rendered per request: unknown paths are not worth a place in the page cache.
export const dynamic = "force-dynamic";

// Unknown paths under /vi or /en render the localized not-found page, with header and footer.
export default function CatchAll() {
  notFound();
}
