import { useTranslations } from "next-intl";
import type { StockState } from "@/lib/types";

/** Availability of the chosen variant; nothing when the backend does not say. */
export function StockStatus({ stock }: { stock: StockState }) {
  const t = useTranslations("Product.stock");
  switch (stock.kind) {
    case "in_stock":
      return <p className="stock stock--in">{t("inStock", { count: stock.quantity })}</p>;
    case "untracked":
      return <p className="stock stock--in">{t("available")}</p>;
    case "backorder":
      return <p className="stock stock--backorder">{t("backorder")}</p>;
    case "out_of_stock":
      return <p className="stock stock--out">{t("outOfStock")}</p>;
    case "unknown":
      return null;
  }
}
