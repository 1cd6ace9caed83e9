import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Express edge (src/server.ts) sets the security headers; Next only serves.
  poweredByHeader: false,
  // Types are checked once for the whole project (npm run typecheck, in CI); the build does not
  // check them again, so a type error in a test or a benchmark never blocks starting the app.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
