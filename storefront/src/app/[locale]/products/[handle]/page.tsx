import { ProductView, productMetadata } from "./product-view";

// Rendered on the first visit and kept whole in the page cache until the backend expires its tags.
export function generateStaticParams(): { handle: string }[] {
  return [];
}

export const generateMetadata = productMetadata;
export default ProductView;
