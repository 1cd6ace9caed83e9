import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Express edge (src/server.ts) sets the security headers; Next only serves.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
