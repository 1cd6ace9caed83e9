import { addDays } from '../../src/time/days'
import { dayKey, fromWallClock } from '../../src/time/zonedTime'
import type { WorkflowStatus } from '../../src/workflow'
import { DEMO_POSTS, type DemoPost } from './demoPosts'

/** The demo position is adopted before the oldest demo post that cites it (CAT-10). */
export const POSITION_ADOPTED_DAYS_AGO = 60

export type PlannedDemoPost = { post: DemoPost; publishAt: Date; workflowStatus: WorkflowStatus }

/** `hour`:00 on the day `daysFromToday` away from `now`'s day, wall-clock time in `timeZone` (DST-safe). */
export function demoInstant(now: Date, timeZone: string, daysFromToday: number, hour: number): Date {
  return fromWallClock(`${addDays(dayKey(now, timeZone), daysFromToday)}T${String(hour).padStart(2, '0')}:00:00`, timeZone)
}

/** When each demo post goes out, and its stage: published once its moment has passed, its planned stage before. */
export function planDemoPosts(now: Date, timeZone: string, posts: DemoPost[] = DEMO_POSTS): PlannedDemoPost[] {
  return posts.map((post) => {
    const publishAt = demoInstant(now, timeZone, post.daysFromToday, post.hour)
    return { post, publishAt, workflowStatus: publishAt.getTime() <= now.getTime() ? post.past : post.future }
  })
}
