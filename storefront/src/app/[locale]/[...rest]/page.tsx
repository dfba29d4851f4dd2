import { notFound } from "next/navigation";

// Unknown paths under /vi or /en render the localized not-found page, with header and footer.
export default function CatchAll() {
  notFound();
}
