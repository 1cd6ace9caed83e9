import dns from 'node:dns/promises'
import net from 'node:net'

import { maskUri, mongoHosts } from './databaseUri'

const PROBE_TIMEOUT_MS = 3000

function canConnect(host: string, port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (reason: string | null) => {
      socket.destroy()
      resolve(reason)
    }
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done(`no answer within ${PROBE_TIMEOUT_MS / 1000} s`))
    socket.once('connect', () => done(null))
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message))
  })
}

/**
 * Fails fast when no MongoDB host of the URI accepts a connection, so a wrong DATABASE_URI
 * gives one clear line instead of a long driver time-out. Returns null when reachable.
 */
export async function probeMongo(uri: string): Promise<string | null> {
  const hosts = mongoHosts(uri)
  const reasons: string[] = []
  for (const { host, port } of hosts) {
    let targets = [{ host, port }]
    if (uri.startsWith('mongodb+srv://')) {
      try {
        const records = await dns.resolveSrv(`_mongodb._tcp.${host}`)
        targets = records.map((record) => ({ host: record.name, port: record.port }))
      } catch (error) {
        reasons.push(`${host}: DNS SRV lookup failed (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
        continue
      }
    }
    for (const target of targets) {
      const reason = await canConnect(target.host, target.port)
      if (reason === null) return null
      reasons.push(`${target.host}:${target.port} ${reason}`)
    }
  }
  return `[balises] Cannot reach MongoDB at ${maskUri(uri)} (${reasons.join('; ') || 'no host in the URI'}). Start MongoDB (docker compose up -d mongo) or fix DATABASE_URI.`
}
