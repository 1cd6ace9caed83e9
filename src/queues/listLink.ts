type Condition = [field: string, operator: string, value: string | number]

/** The admin's list of a collection (posts, positions) filtered on these conditions: Payload reads `where[and][i][field][op]`. */
export function listLink(collection: string, conditions: Condition[]): string {
  const query = conditions
    .map(([field, operator, value], index) => `where[and][${index}][${field}][${operator}]=${encodeURIComponent(String(value))}`)
    .join('&')
  return `/collections/${collection}${query ? `?${query}` : ''}`
}
