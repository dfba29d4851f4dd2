// Medusa loads medusa-config.ts, modules, links and workflows with Node's `require`:
// let it read TypeScript the way the Medusa CLI does.
require("ts-node").register({ transpileOnly: true, swc: true })
