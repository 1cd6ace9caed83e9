import { spawn } from 'node:child_process'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLISH_TASK_SLUG } from '../../src/jobs/publishDuePosts'
import { BALISES_QUEUE } from '../../src/jobs/queue'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const ROOT = path.resolve(import.meta.dirname, '..', '..')

/** docker-compose's worker service, `npm run worker` (dev/worker.ts), against this test's database. */
describe('the jobs worker (npm run worker)', () => {
  let test: TestPayload
  let payload: Payload

  beforeAll(async () => {
    test = await startTestPayload()
    payload = test.payload
  })
  afterAll(async () => {
    await test?.close()
  })

  it('runs a queued job of the balises queue through the app entry, then stops cleanly on SIGTERM', async () => {
    const job = (await payload.jobs.queue({ task: PUBLISH_TASK_SLUG as never, queue: BALISES_QUEUE, input: {} as never })) as {
      id: number | string
    }
    const worker = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'dev', 'worker.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URI: process.env.DATABASE_URI, NODE_ENV: 'production', LOG_LEVEL: 'error' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    worker.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    worker.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => worker.once('exit', (code) => resolve(code)))
    try {
      // The worker runs the queue at once on start, then every minute.
      const deadline = Date.now() + 90_000
      // Payload deletes a job once it completed without error (deleteJobOnComplete).
      let done = false
      while (!done && Date.now() < deadline && worker.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 1000))
        const { docs } = await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, depth: 0 })
        expect(docs[0]?.hasError ?? false, output).toBe(false)
        done = docs.length === 0 || Boolean(docs[0].completedAt)
      }
      expect(done, output).toBe(true)
      expect(output).toContain('[balises] worker: running the "balises" queue every minute')
    } finally {
      worker.kill('SIGTERM')
    }
    expect(await exited, output).toBe(0)
  }, 150_000)
})
