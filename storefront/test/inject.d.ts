declare module "vitest" {
  export interface ProvidedContext {
    storefrontUrl: string
    backendUrl: string
    publishableKey: string
    databaseUrl: string
    processIds: { backend: number; storefront: number }
  }
}
export {}
