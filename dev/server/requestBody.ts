import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'

import type { Request, RequestHandler, Response } from 'express'

export const DEFAULT_API_BODY_MAX_BYTES = 1_000_000

const BODILESS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** `API_BODY_MAX_BYTES`: the largest non-multipart body an API request may carry. */
export function apiBodyMaxBytesFromEnv(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.API_BODY_MAX_BYTES)
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_API_BODY_MAX_BYTES
}

/** The body read by `limitApiBodies`, for the middlewares after it (GraphQL counting). */
export function bufferedBody(res: Response): Buffer | undefined {
  return res.locals.balisesBody as Buffer | undefined
}

/**
 * Reads every non-multipart API body in full, up to `maxBytes`, before Next sees it: a bigger one
 * is answered 413 without being parsed (a declared Content-Length over the limit, at once, without
 * reading it). Multipart uploads have their own limit and are streamed to Payload as they come.
 */
export function limitApiBodies(maxBytes: number, apiPrefix = '/api/'): RequestHandler {
  return (req, res, next) => {
    if (!req.path.startsWith(apiPrefix) || BODILESS.has(req.method) || isMultipart(req)) return next()
    const declared = Number(req.get('content-length'))
    if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(req, res, maxBytes)
    readUpTo(req, maxBytes).then(
      (body) => {
        if (body === null) return tooLarge(req, res, maxBytes)
        res.locals.balisesBody = body
        replayBody(req, body)
        next()
      },
      () => {
        // The client went away mid-body: nothing to answer.
        if (!res.headersSent) res.status(400).end()
      },
    )
  }
}

function isMultipart(req: Request): boolean {
  return (req.get('content-type') ?? '').toLowerCase().startsWith('multipart/')
}

function readUpTo(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        req.off('data', onData)
        req.pause()
        resolve(null)
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.once('end', () => resolve(Buffer.concat(chunks)))
    req.once('error', reject)
  })
}

/**
 * Puts the body back for Next, which reads the request as a stream: the same replacement Next
 * does itself when a middleware has read the body (next/dist/server/body-streams.js).
 */
function replayBody(req: IncomingMessage, body: Buffer): void {
  const replay = new Readable({ read() {} })
  replay.push(body)
  replay.push(null)
  const target = req as unknown as Record<string, unknown>
  for (const key in replay) {
    const value = (replay as unknown as Record<string, unknown>)[key]
    target[key] = typeof value === 'function' ? value.bind(req) : value
  }
}

function tooLarge(req: Request, res: Response, maxBytes: number): void {
  // The rest of the body is not read: close the connection rather than drain it.
  res.set('connection', 'close')
  res.status(413).json({
    errors: [
      {
        message: `Requête trop volumineuse : au plus ${formatBytes(maxBytes, 'fr')} hors téléversements (API_BODY_MAX_BYTES). / Request too large: at most ${formatBytes(maxBytes, 'en')} outside uploads (API_BODY_MAX_BYTES).`,
      },
    ],
  })
  req.unpipe()
}

function formatBytes(bytes: number, language: 'fr' | 'en'): string {
  const kilobytes = Math.round(bytes / 1000)
  return language === 'fr' ? `${kilobytes.toLocaleString('fr-CA')} ko` : `${kilobytes.toLocaleString('en-CA')} kB`
}
