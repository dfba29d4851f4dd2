import Link from "next/link";
import { routing } from "@/i18n/routing";

// Reached only outside the /vi and /en trees (e.g. a missing file), where no
// language is known: say it in both.
export default function RootNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <main className="container page-message">
          <h1>Không tìm thấy trang</h1>
          <p lang="en">Page not found</p>
          <p>
            <Link href="/vi" className="button">
              Về trang chủ
            </Link>{" "}
            <Link href="/en" lang="en" className="button button--quiet">
              Go to the home page
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
