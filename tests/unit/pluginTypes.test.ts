// The plugin reads documents through its own types (src/types.ts), so that it type-checks in a host
// without our generated payload-types.ts (`npm run build:plugin`). The dev host's generated documents
// must still fit them: `npm run typecheck` fails here when a collection and its plugin-owned type drift.
import { describe, expectTypeOf, it } from 'vitest'

import type {
  AudienceSnapshot,
  AuditLog,
  Category,
  Consent,
  Notification,
  Policy,
  Position,
  Post,
  PrivacyTask,
  User,
} from '../../dev/payload-types'
import type { MaybeUser } from '../../src/roles'
import type {
  AudienceSnapshotDoc,
  AuditLogDoc,
  BalisesUser,
  CategoryDoc,
  ConsentDoc,
  NotificationDoc,
  PolicyDoc,
  PositionDoc,
  PostDoc,
  PrivacyTaskDoc,
} from '../../src/types'

describe('plugin-owned document types', () => {
  it("fit the dev host's generated documents", () => {
    expectTypeOf<User>().toExtend<BalisesUser>()
    expectTypeOf<Category>().toExtend<CategoryDoc>()
    expectTypeOf<Consent>().toExtend<ConsentDoc>()
    expectTypeOf<Post>().toExtend<PostDoc>()
    expectTypeOf<PrivacyTask>().toExtend<PrivacyTaskDoc>()
    expectTypeOf<AudienceSnapshot>().toExtend<AudienceSnapshotDoc>()
    expectTypeOf<Notification>().toExtend<NotificationDoc>()
    expectTypeOf<AuditLog>().toExtend<AuditLogDoc>()
    expectTypeOf<Position>().toExtend<PositionDoc>()
    expectTypeOf<Policy>().toExtend<PolicyDoc>()
  })

  it("take any host's user as a user whose roles are read through rolesOf", () => {
    expectTypeOf<User>().toExtend<MaybeUser>()
    expectTypeOf<{ [key: string]: unknown; collection: string; id: number | string }>().toExtend<MaybeUser>()
    expectTypeOf<null>().toExtend<MaybeUser>()
    expectTypeOf<string>().not.toExtend<MaybeUser>()
  })
})
