// Prints a package.json for `npm audit --omit=dev` over what this repository's app RUNS: the plugin's
// dependencies, its peers (Payload, Next, React) and the host app's packages (Express, adapters…),
// which package.json keeps in devDependencies so that a host installing the packed plugin gets none
// of them (README, « How the package is built »). Only the tools below stay out of the audit.
const manifest = require('../package.json')

const TOOLS = /^(@types\/|@eslint\/|eslint|typescript|prettier|vitest|dpdm|happy-dom|playwright-core|smtp-server|tsc-alias|yaml$)/

const dependencies = { ...manifest.dependencies, ...manifest.peerDependencies }
const devDependencies = {}
for (const [name, range] of Object.entries(manifest.devDependencies ?? {})) {
  if (TOOLS.test(name)) devDependencies[name] = range
  else dependencies[name] = range
}
console.log(JSON.stringify({ ...manifest, scripts: {}, dependencies, devDependencies, peerDependencies: {} }, null, 2))
