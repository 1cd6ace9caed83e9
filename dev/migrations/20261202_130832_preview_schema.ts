import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`help_requests\` ADD \`reply_sent\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`help_requests\` ADD \`reply_sent_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`help_requests\` DROP COLUMN \`reply_sent\`;`)
  await db.run(sql`ALTER TABLE \`help_requests\` DROP COLUMN \`reply_sent_at\`;`)
}
