import net from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { probeMongo } from '../../dev/db/probe'

describe('probeMongo', () => {
  let server: net.Server
  let port = 0

  beforeAll(async () => {
    server = net.createServer((socket) => socket.end())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as net.AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('answers null when a host accepts connections', async () => {
    expect(await probeMongo(`mongodb://127.0.0.1:${port}/balises`)).toBeNull()
  })

  it('gives one line naming the host, with the password masked, when nothing listens', async () => {
    const message = await probeMongo('mongodb://balises:topsecret@127.0.0.1:1/x')
    expect(message).toMatch(
      /^\[balises\] Cannot reach MongoDB at mongodb:\/\/balises:\*\*\*\*@127\.0\.0\.1:1\/x \(127\.0\.0\.1:1 ECONNREFUSED\)/,
    )
    expect(message).not.toContain('topsecret')
    expect(message).not.toContain('\n')
  })
})
