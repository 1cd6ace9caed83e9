import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

// This folder (dev/) is the Next project; the plugin, payload.config.ts and node_modules are one level up.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Express edge (dev/server.ts) sets the security headers; Next only serves.
  poweredByHeader: false,
  turbopack: { root },
  outputFileTracingRoot: root,
  // Types are checked once for the whole project (npm run typecheck, in CI); the build does not
  // check them again, so a type error in a test or a benchmark never blocks starting the app.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next buffers request bodies for the proxy (dev/proxy.ts) and silently cuts them at 10 MB by
    // default: an upload must reach Payload whole, so that its own limit answers 413. Same
    // variable and default as src/uploadLimit.ts, plus the multipart envelope.
    proxyClientMaxBodySize: Math.round((Number(process.env.MAX_UPLOAD_MB) || 100) * 1024 * 1024) + 2 * 1024 * 1024,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
