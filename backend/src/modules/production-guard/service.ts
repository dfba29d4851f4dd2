// The module exists for its loader (loaders/refuse-demo-accounts.ts); Medusa requires a service.
export default class ProductionGuardService {}
