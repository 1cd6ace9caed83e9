import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { TestNetworkNoAppView } from '@atproto/dev-env'

/**
 * A real Bluesky PDS and PLC directory (@atproto/dev-env), on SQLite in a temporary folder: no
 * Postgres, no Redis, no network. Handles end in `.test`.
 */

export type Account = { did: string; handle: string; password: string }

export type StoredRecord = { uri: string; cid: string; value: Record<string, unknown> }

export type LocalPds = {
  /** The PDS's URL, e.g. http://localhost:54321: the connector's `service`. */
  service: string
  createAccount(handle: string): Promise<Account>
  /** A new app password of the account (com.atproto.server.createAppPassword), returned once. */
  createAppPassword(account: Account, name: string): Promise<string>
  revokeAppPassword(account: Account, name: string): Promise<void>
  /** The HTTP status of com.atproto.sync.getBlob, once the PDS's background work is done. */
  getBlobStatus(did: string, cid: string): Promise<number>
  /** The record at an at:// URI, or null when the PDS has none. */
  getRecord(uri: string): Promise<StoredRecord | null>
  listPosts(did: string): Promise<StoredRecord[]>
  /** Rewrites a post's text with the account's own password, as another client would. */
  editPost(account: Account, rkey: string, text: string): Promise<void>
  close(): Promise<void>
}

export type PdsOptions = {
  /** The PDS's own limits (createSession: 30 per 5 minutes per account and IP, …): off by default. */
  rateLimits?: boolean
}

const POST = 'app.bsky.feed.post'

/**
 * TestPds makes two folders of its own in the system's temporary folder before taking ours: TMPDIR
 * points into ours while it starts, so that closing removes everything.
 */
async function createNetwork(folder: string, options: PdsOptions): Promise<TestNetworkNoAppView> {
  await mkdir(path.join(folder, 'data'))
  const previous = process.env.TMPDIR
  process.env.TMPDIR = folder
  try {
    return await TestNetworkNoAppView.create({
      pds: {
        dataDirectory: path.join(folder, 'data'),
        blobstoreDiskLocation: path.join(folder, 'blobs'),
        rateLimitsEnabled: options.rateLimits ?? false,
      },
    })
  } finally {
    if (previous === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previous
  }
}

export async function startPds(options: PdsOptions = {}): Promise<LocalPds> {
  const folder = await mkdtemp(path.join(tmpdir(), 'balises-pds-'))
  let network: TestNetworkNoAppView
  try {
    network = await createNetwork(folder, options)
  } catch (error) {
    await rm(folder, { recursive: true, force: true })
    throw error
  }
  const service = network.pds.url

  const xrpc = async (method: string, params: Record<string, string>): Promise<Response> =>
    fetch(`${service}/xrpc/${method}?${new URLSearchParams(params)}`)

  const loggedIn = async (account: Account) => {
    const agent = network.pds.getClient()
    await agent.login({ identifier: account.handle, password: account.password })
    return agent
  }

  const getRecord = async (uri: string): Promise<StoredRecord | null> => {
    const [repo, collection, rkey] = uri.replace(/^at:\/\//, '').split('/')
    const response = await xrpc('com.atproto.repo.getRecord', { repo, collection, rkey })
    if (response.status === 400) {
      const body = (await response.json()) as { error?: string }
      if (body.error === 'RecordNotFound') return null
      throw new Error(`getRecord ${uri}: ${JSON.stringify(body)}`)
    }
    if (!response.ok) throw new Error(`getRecord ${uri}: ${response.status} ${await response.text()}`)
    return (await response.json()) as StoredRecord
  }

  return {
    service,
    async createAccount(handle) {
      const password = `password-of-${handle}`
      const agent = network.pds.getClient()
      const { data } = await agent.createAccount({ handle, password, email: `${handle.replace(/\W/g, '-')}@example.com` })
      return { did: data.did, handle: data.handle, password }
    },
    async createAppPassword(account, name) {
      const agent = await loggedIn(account)
      const { data } = await agent.com.atproto.server.createAppPassword({ name })
      return data.password
    },
    async revokeAppPassword(account, name) {
      const agent = await loggedIn(account)
      await agent.com.atproto.server.revokeAppPassword({ name })
    },
    async getBlobStatus(did, cid) {
      // The PDS deletes the files of dereferenced blobs in its background queue.
      await network.processAll()
      const response = await xrpc('com.atproto.sync.getBlob', { did, cid })
      await response.arrayBuffer()
      return response.status
    },
    getRecord,
    async listPosts(did) {
      const response = await xrpc('com.atproto.repo.listRecords', { repo: did, collection: POST, limit: '100' })
      if (!response.ok) throw new Error(`listRecords: ${response.status} ${await response.text()}`)
      return ((await response.json()) as { records: StoredRecord[] }).records
    },
    async editPost(account, rkey, text) {
      const current = await getRecord(`at://${account.did}/${POST}/${rkey}`)
      if (!current) throw new Error(`no post ${rkey} to edit`)
      const agent = await loggedIn(account)
      await agent.com.atproto.repo.putRecord({ repo: account.did, collection: POST, rkey, record: { ...current.value, text } })
    },
    async close() {
      await network.close()
      await rm(folder, { recursive: true, force: true })
    },
  }
}
