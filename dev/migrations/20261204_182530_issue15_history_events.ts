import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posts_history\` ADD \`event\` text;`)
  await db.run(sql`ALTER TABLE \`posts_history\` ADD \`network\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v_version_history\` ADD \`event\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v_version_history\` ADD \`network\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posts_history\` DROP COLUMN \`event\`;`)
  await db.run(sql`ALTER TABLE \`posts_history\` DROP COLUMN \`network\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v_version_history\` DROP COLUMN \`event\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v_version_history\` DROP COLUMN \`network\`;`)
}
