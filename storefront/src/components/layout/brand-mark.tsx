/** The logo's round seal: a star, as on the OCOP certification stamp. Decorative. */
export function BrandMark() {
  return (
    <svg className="brand__mark" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="19" />
      <path d="M20 8.5l3.4 7 7.6 1.1-5.5 5.4 1.3 7.6L20 26l-6.8 3.6 1.3-7.6L9 16.6l7.6-1.1z" />
    </svg>
  );
}
