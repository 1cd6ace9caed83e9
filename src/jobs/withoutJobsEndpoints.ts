import type { JobsConfig } from 'payload'

type Overrides = NonNullable<JobsConfig['jobsCollectionOverrides']>

/**
 * Payload's jobs collection answers GET /api/payload-jobs/run and /handle-schedules to any
 * signed-in account (a malformed `queue` answered 500 and left a database transaction open).
 * The queue is run by the app's own cron or by the worker (`payload jobs:run`), never over HTTP:
 * the endpoints are removed. A host's own overrides still apply, after this.
 */
export function withoutJobsEndpoints(hostOverrides?: Overrides): Overrides {
  return ({ defaultJobsCollection }) => {
    const collection = { ...defaultJobsCollection, endpoints: [] }
    return hostOverrides ? hostOverrides({ defaultJobsCollection: collection }) : collection
  }
}
