import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { NEXT_PROJECT } from '../nextDir'
import { isBuildCurrent, sourceHash, writeBuildStamp } from './buildStamp'

/** Builds the admin (next build) unless the current build was made from these very sources. */
export function ensureBuild(root: string): void {
  if (isBuildCurrent(root)) {
    console.log('[balises] admin build is current')
    return
  }
  const hash = sourceHash(root)
  console.log('[balises] building the admin for production (next build, about 2 minutes on 2 cores)…')
  const started = Date.now()
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build', NEXT_PROJECT], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim() },
  })
  if (result.status !== 0) {
    throw new Error(`[balises] the admin build failed (next build exited with ${result.status ?? result.signal}); see the output above`)
  }
  writeBuildStamp(root, hash)
  console.log(`[balises] admin built in ${Math.round((Date.now() - started) / 1000)} s`)
}
