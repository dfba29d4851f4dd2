declare module "vitest" {
  export interface ProvidedContext {
    storefrontUrl: string
    backendUrl: string
    /** The tests' e-mail inbox (maildev): GET /email lists what arrived. */
    inboxUrl: string
    publishableKey: string
    databaseUrl: string
    processIds: { backend: number; storefront: number }
  }
}
export {}
