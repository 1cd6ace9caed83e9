import path from 'node:path'

/** The Next project (routes, next.config.mjs, .next) is the host's `dev/` folder, below the repository root. */
export const NEXT_PROJECT = 'dev'

export function nextDirOf(root: string): string {
  return path.join(root, NEXT_PROJECT)
}
