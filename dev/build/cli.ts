import { loadEnv } from '../env/loadEnv'
import { ensureBuild } from './ensureBuild'

// `npm run build`: builds the admin unless the current build matches the sources.
try {
  // Next reads .env from its project folder (dev/); the app's .env is the root's.
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  loadEnv(process.cwd(), false)
  ensureBuild(process.cwd())
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
