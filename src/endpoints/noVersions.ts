import { NotFound, type CollectionConfig, type Endpoint, type GlobalConfig } from 'payload'

/** Marks the endpoints below, whose handler reads nothing of the request. */
export const NO_VERSIONS_ENDPOINT = 'balisesNoVersions'

const notFound: Endpoint['handler'] = (req) => {
  throw new NotFound(req.t)
}

const shadows = (): Endpoint[] =>
  (
    [
      ['/versions', 'get'],
      ['/versions/:id', 'get'],
      ['/versions/:id', 'post'],
    ] as const
  ).map(([path, method]) => ({ path, method, handler: notFound, custom: { [NO_VERSIONS_ENDPOINT]: true } }))

/**
 * Payload registers the versions endpoints (list, read, restore) of every collection and global,
 * even one without versions, and they then fail with a 500 (no versions table): such a collection
 * or global answers 404 there instead. Custom endpoints are matched before Payload's own.
 */
export function withoutVersionEndpoints<T extends CollectionConfig | GlobalConfig>(entity: T): T {
  if (entity.versions || entity.endpoints === false) return entity
  return { ...entity, endpoints: [...(entity.endpoints ?? []), ...shadows()] }
}
