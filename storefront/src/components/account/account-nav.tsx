import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** The account's pages: orders and addresses, favourites. */
export function AccountNav({ current }: { current: "account" | "favourites" }) {
  const t = useTranslations("Favourites");
  const links = [
    { key: "account", href: "/account", label: t("navAccount") },
    { key: "favourites", href: "/account/favourites", label: t("navFavourites") },
  ] as const;
  return (
    <nav className="account-nav" aria-label={t("navLabel")}>
      <ul>
        {links.map((link) => (
          <li key={link.key}>
            <Link href={link.href} aria-current={link.key === current ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
