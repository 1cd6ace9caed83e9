import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { balises } from './src/index'
import { loadDatabaseAdapter } from './dev/db/adapter'
import { chooseDatabase } from './dev/db/databaseUri'
import { uploadsDirFor } from './dev/db/uploadsDir'
import { maxUploadMBFromEnv } from './src/uploadLimit'
import { smtpEmailFromEnv } from './dev/smtp'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const database = chooseDatabase(process.env.DATABASE_URI)

/** The host application: Payload with the Balises plugin, French first. */
export default buildConfig({
  admin: {
    user: 'users',
    avatar: 'default',
    // The Next project (routes, import map) lives in dev/; component paths stay relative to the root.
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'dev', 'app', '(payload)', 'admin', 'importMap.js') },
    meta: { titleSuffix: ' — Balises' },
  },
  collections: [],
  editor: lexicalEditor(),
  secret: process.env.PAYLOAD_SECRET ?? '',
  serverURL: process.env.SERVER_URL ?? '',
  cors: listFromEnv(process.env.CORS_ORIGINS),
  csrf: listFromEnv(process.env.CSRF_ORIGINS),
  typescript: { outputFile: path.resolve(dirname, 'dev', 'payload-types.ts') },
  db: await loadDatabaseAdapter(database, path.resolve(dirname, 'dev', 'migrations')),
  sharp,
  // Notifications also go by e-mail when SMTP_HOST is set; without it, in the admin only.
  ...(process.env.SMTP_HOST ? { email: smtpEmailFromEnv(process.env) } : {}),
  i18n: {
    supportedLanguages: { fr, en },
    fallbackLanguage: 'fr',
  },
  telemetry: false,
  ...(process.env.LOG_LEVEL ? { logger: { options: { level: process.env.LOG_LEVEL } } } : {}),
  plugins: [
    // The plugin reads no environment variable: this host maps its own to the options.
    balises({
      timeZone: process.env.BALISES_TIME_ZONE || undefined,
      maxUploadMB: maxUploadMBFromEnv(process.env.MAX_UPLOAD_MB),
      uploadsDir: uploadsDirFor(database, dirname),
      // A separate worker (docker-compose) runs the queue: JOBS_AUTORUN=false on the app.
      jobsAutoRun: process.env.JOBS_AUTORUN !== 'false',
      // Secure cookies in production, unless COOKIE_SECURE=false (plain HTTP on a private network).
      cookieSecure: process.env.NODE_ENV === 'production' && process.env.COOKIE_SECURE !== 'false',
      trustProxy: Boolean(process.env.TRUST_PROXY),
    }),
  ],
})

function listFromEnv(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
}
