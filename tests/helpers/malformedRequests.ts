/**
 * The specific malformed requests of issue 10, as plain HTTP requests: sent in-process by
 * tests/int/malformedRequests.test.ts and over HTTP to the production build by
 * tests/e2e/malformedInput.test.ts. Each must get a 4xx (never a 5xx) and write nothing.
 */
export type MalformedRequest = {
  label: string
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  body?: string
  contentType?: string
  /** The status expected, when it is more precise than "a 4xx". */
  status?: number
}

const BOUNDARY = 'balisesBoundary7MA4YWxkTrZu0gW'
const multipart = `multipart/form-data; boundary=${BOUNDARY}`
const filePart = (filename: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`

export function malformedRequests(ids: { post: number | string }): MalformedRequest[] {
  return [
    {
      label: 'multipart without boundary',
      method: 'POST',
      path: '/api/media',
      contentType: 'multipart/form-data',
      body: `${filePart('a.png')}x\r\n`,
      status: 400,
    },
    {
      label: 'multipart cut short',
      method: 'POST',
      path: '/api/media',
      contentType: multipart,
      body: `${filePart('a.png')}\x89PNG partial`,
      status: 400,
    },
    {
      label: 'multipart bad part header',
      method: 'POST',
      path: '/api/media',
      contentType: multipart,
      body: `--${BOUNDARY}\r\nGarbage\x01: \r\n\r\nx\r\n--${BOUNDARY}--\r\n`,
      status: 400,
    },
    {
      label: 'multipart NUL in a filename',
      method: 'POST',
      path: '/api/media',
      contentType: multipart,
      body: `${filePart('photo\u0000.png')}x\r\n--${BOUNDARY}--\r\n`,
    },
    {
      label: 'multipart _payload not JSON',
      method: 'POST',
      path: '/api/media',
      contentType: multipart,
      body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{not json\r\n--${BOUNDARY}--\r\n`,
      status: 400,
    },
    {
      label: 'multipart on a post update',
      method: 'PATCH',
      path: `/api/posts/${ids.post}`,
      contentType: multipart,
      body: `${filePart('a.png')}x`,
      status: 400,
    },
    { label: 'JSON body not JSON', method: 'POST', path: '/api/posts', contentType: 'application/json', body: '{"title": ', status: 400 },
    { label: 'where=notjson', method: 'GET', path: '/api/posts?where=notjson', status: 400 },
    { label: 'data=notjson', method: 'GET', path: '/api/posts?data=notjson', status: 400 },
    { label: 'where=notjson on versions', method: 'GET', path: '/api/posts/versions?where=notjson', status: 400 },
    { label: 'non-numeric ID', method: 'GET', path: '/api/posts/abc', status: 404 },
    { label: 'infinite ID', method: 'GET', path: '/api/posts/1e999', status: 404 },
    { label: 'non-numeric ID, update', method: 'PATCH', path: '/api/posts/abc', contentType: 'application/json', body: '{"title":"x"}' },
    { label: 'non-numeric ID, delete', method: 'DELETE', path: '/api/posts/abc', status: 404 },
    { label: 'non-numeric ID of a category', method: 'GET', path: '/api/categories/NaN', status: 404 },
    { label: 'non-numeric version ID', method: 'GET', path: '/api/posts/versions/abc' },
    {
      label: 'bad date in a versions query',
      method: 'GET',
      path: '/api/posts/versions?where[createdAt][greater_than]=notadate',
      status: 400,
    },
    {
      label: 'bad version date in a versions query',
      method: 'GET',
      path: '/api/posts/versions?where[version.publishAt][less_than]=zzz',
      status: 400,
    },
    { label: 'bad version ID in a versions query', method: 'GET', path: '/api/posts/versions?where[parent][equals]=abc', status: 400 },
    { label: 'versions of a global without versions', method: 'GET', path: '/api/globals/policy/versions', status: 404 },
    {
      label: 'versions of a global without versions, bad date',
      method: 'GET',
      path: '/api/globals/policy/versions?where[createdAt][equals]=bad',
      status: 404,
    },
    { label: 'a version of a global without versions', method: 'GET', path: '/api/globals/policy/versions/1', status: 404 },
    { label: 'restoring a version of a global without versions', method: 'POST', path: '/api/globals/policy/versions/1', status: 404 },
    { label: 'versions of a collection without versions', method: 'GET', path: '/api/categories/versions', status: 404 },
  ]
}

/** A post body a responsible person may save, for the date and NUL checks. */
export function postBody(category: number | string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    title: 'Nos ateliers',
    category,
    channels: [{ channel: 'facebook', text: 'Nos ateliers de prévention.' }],
    ...extra,
  })
}
