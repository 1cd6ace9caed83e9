import { ensureBuild } from './ensureBuild'

// `npm run build`: builds the admin unless the current build matches the sources.
try {
  ensureBuild(process.cwd())
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
