import type { ProductSummary } from "@/lib/types";
import { ProductCard } from "./product-card";

export function ProductGrid({ products }: { products: readonly ProductSummary[] }) {
  return (
    <ul className="product-grid">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  );
}
