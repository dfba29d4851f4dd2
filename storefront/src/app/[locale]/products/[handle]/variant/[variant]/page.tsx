import { ProductView, productMetadata } from "../../product-view";

// `/products/{handle}?variant={id}` lands here (src/proxy.ts): one cached page per variant.
export function generateStaticParams(): { variant: string }[] {
  return [];
}

export const generateMetadata = productMetadata;
export default ProductView;
