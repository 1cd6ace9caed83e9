import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`policy_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_texts_order_parent\` ON \`policy_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_policy_forbidden_patterns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`pattern\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policy_forbidden_patterns\`("_order", "_parent_id", "id", "pattern") SELECT "_order", "_parent_id", "id", "pattern" FROM \`policy_forbidden_patterns\`;`)
  await db.run(sql`DROP TABLE \`policy_forbidden_patterns\`;`)
  await db.run(sql`ALTER TABLE \`__new_policy_forbidden_patterns\` RENAME TO \`policy_forbidden_patterns\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`policy_forbidden_patterns_order_idx\` ON \`policy_forbidden_patterns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_forbidden_patterns_parent_id_idx\` ON \`policy_forbidden_patterns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_policy_allowed_phrases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`phrase\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policy_allowed_phrases\`("_order", "_parent_id", "id", "phrase") SELECT "_order", "_parent_id", "id", "phrase" FROM \`policy_allowed_phrases\`;`)
  await db.run(sql`DROP TABLE \`policy_allowed_phrases\`;`)
  await db.run(sql`ALTER TABLE \`__new_policy_allowed_phrases\` RENAME TO \`policy_allowed_phrases\`;`)
  await db.run(sql`CREATE INDEX \`policy_allowed_phrases_order_idx\` ON \`policy_allowed_phrases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_allowed_phrases_parent_id_idx\` ON \`policy_allowed_phrases\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`policy\` ADD \`what_we_communicate\` text;`)
  await db.run(sql`ALTER TABLE \`policy\` ADD \`who_communicates\` text;`)
  await db.run(sql`ALTER TABLE \`policy\` ADD \`team_meeting_place\` text;`)
  await db.run(sql`ALTER TABLE \`policy\` ADD \`discussion_invited\` text;`)
  await db.run(sql`ALTER TABLE \`policy\` ADD \`discussion_note\` text;`)
  await db.run(sql`ALTER TABLE \`policy\` ADD \`consent_retention_months\` numeric DEFAULT 24;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`policy_texts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_policy_forbidden_patterns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`pattern\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policy_forbidden_patterns\`("_order", "_parent_id", "id", "pattern") SELECT "_order", "_parent_id", "id", "pattern" FROM \`policy_forbidden_patterns\`;`)
  await db.run(sql`DROP TABLE \`policy_forbidden_patterns\`;`)
  await db.run(sql`ALTER TABLE \`__new_policy_forbidden_patterns\` RENAME TO \`policy_forbidden_patterns\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`policy_forbidden_patterns_order_idx\` ON \`policy_forbidden_patterns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_forbidden_patterns_parent_id_idx\` ON \`policy_forbidden_patterns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_policy_allowed_phrases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`phrase\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policy_allowed_phrases\`("_order", "_parent_id", "id", "phrase") SELECT "_order", "_parent_id", "id", "phrase" FROM \`policy_allowed_phrases\`;`)
  await db.run(sql`DROP TABLE \`policy_allowed_phrases\`;`)
  await db.run(sql`ALTER TABLE \`__new_policy_allowed_phrases\` RENAME TO \`policy_allowed_phrases\`;`)
  await db.run(sql`CREATE INDEX \`policy_allowed_phrases_order_idx\` ON \`policy_allowed_phrases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_allowed_phrases_parent_id_idx\` ON \`policy_allowed_phrases\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`what_we_communicate\`;`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`who_communicates\`;`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`team_meeting_place\`;`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`discussion_invited\`;`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`discussion_note\`;`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`consent_retention_months\`;`)
}
