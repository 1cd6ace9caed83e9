/** Phone videos of a minute or two fit; files are held in memory while they are received. */
export const DEFAULT_MAX_UPLOAD_MB = 100

/** Room for the multipart envelope and the other form fields around the file. */
export const MULTIPART_OVERHEAD_BYTES = 1024 * 1024

export const megabytes = (mb: number): number => Math.round(mb * 1024 * 1024)

/**
 * A host's `MAX_UPLOAD_MB` value (a positive number of megabytes), or the default; fails fast naming
 * the variable. The host passes the value: the plugin reads no environment variable.
 */
export function maxUploadMBFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_MAX_UPLOAD_MB
  const mb = Number(value)
  if (!Number.isFinite(mb) || mb <= 0) throw new Error(`[balises] MAX_UPLOAD_MB must be a positive number of megabytes, got "${value}"`)
  return mb
}
