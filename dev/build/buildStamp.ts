import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { NEXT_PROJECT } from '../nextDir'

/** What the admin build is made from: a change in any of these makes the build stale. */
const SOURCES = ['src', 'collections', 'hooks', 'calendar', NEXT_PROJECT, 'payload.config.ts', 'tsconfig.json', 'package-lock.json']
const BUILD_DIR = path.join(NEXT_PROJECT, '.next')
const STAMP_FILE = path.join(BUILD_DIR, 'balises-build-stamp')
const SKIPPED = /(^|\/)(node_modules|\.next|data)(\/|$)|\.test\.tsx?$/

function listFiles(root: string, relative: string): string[] {
  const absolute = path.join(root, relative)
  if (!fs.existsSync(absolute)) return []
  if (fs.statSync(absolute).isFile()) return [relative]
  return fs.readdirSync(absolute, { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(relative, entry.name)
    if (SKIPPED.test(child)) return []
    return entry.isDirectory() ? listFiles(root, child) : [child]
  })
}

/** A hash of every source file's path and content. */
export function sourceHash(root: string): string {
  const hash = crypto.createHash('sha256')
  for (const file of SOURCES.flatMap((source) => listFiles(root, source)).sort()) {
    hash.update(file)
    hash.update('\0')
    hash.update(fs.readFileSync(path.join(root, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

export function isBuildCurrent(root: string): boolean {
  const stamp = path.join(root, STAMP_FILE)
  if (!fs.existsSync(path.join(root, BUILD_DIR, 'BUILD_ID')) || !fs.existsSync(stamp)) return false
  return fs.readFileSync(stamp, 'utf8').trim() === sourceHash(root)
}

export function writeBuildStamp(root: string, hash: string): void {
  fs.writeFileSync(path.join(root, STAMP_FILE), `${hash}\n`)
}
