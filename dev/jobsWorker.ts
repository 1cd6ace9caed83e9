/**
 * The jobs worker's own process (started by `npm run worker`, dev/worker.ts): one Payload, no
 * cron of its own (getPayload without `cron`), the "balises" queue run once a minute. Each run
 * first queues the scheduled tasks (retention purge…), then runs what is due, as
 * `payload jobs:run --cron '* * * * *' --queue balises --handle-schedules` did.
 */
import { getPayload } from 'payload'

import { BALISES_QUEUE } from '../src/jobs/queue'
import { WORKER_UNFINISHED } from './prepareExit'

export const WORKER_INTERVAL_MS = 60_000

// Only a stop by signal is an expected end; a quiet end of this process (see launch.ts) is a failure.
process.exitCode = WORKER_UNFINISHED

async function main() {
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  console.log(`[balises] worker: running the "${BALISES_QUEUE}" queue every minute`)
  let running = false
  const tick = async () => {
    // A run that lasts longer than a minute is not overlapped by the next one.
    if (running) return
    running = true
    try {
      await payload.jobs.handleSchedules({ queue: BALISES_QUEUE })
      await payload.jobs.run({ queue: BALISES_QUEUE })
    } catch (error) {
      payload.logger.error({ err: error, msg: '[balises] worker: the queue run failed; trying again next minute' })
    } finally {
      running = false
    }
  }
  const timer = setInterval(tick, WORKER_INTERVAL_MS)
  await tick()
  const stop = (signal: string) => {
    console.log(`[balises] worker: ${signal} received, stopping after the current run`)
    clearInterval(timer)
    const waitForRun = () => (running ? setTimeout(waitForRun, 200) : payload.destroy().finally(() => process.exit(0)))
    waitForRun()
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
