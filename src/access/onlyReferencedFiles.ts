import type { Access } from 'payload'

/**
 * For upload collections: when the answer is "may read every document", Payload serves any file
 * found in the upload folder. Turning it into a condition makes Payload serve a file only if a
 * document of this database has that file name (a leftover, or another instance's file, is 403).
 */
export const onlyReferencedFiles =
  (access: Access): Access =>
  async (args) => {
    const result = await access(args)
    return result === true && args.isReadingStaticFile ? { id: { exists: true } } : result
  }
