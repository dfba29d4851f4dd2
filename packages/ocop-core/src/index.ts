// @ocop/core: OCOP domain rules shared by the backend and the storefront.
// Pure TypeScript, no runtime dependencies.

export * from "./text";
export * from "./dates";
export * from "./months";
export * from "./email";
export * from "./stars";
export * from "./certificate";
export * from "./sale";
export * from "./groups";
export * from "./producers";
export * from "./places";
export * from "./money";
export * from "./cod";
export * from "./bookings";
