import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`audience_snapshots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`channel\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`followers\` numeric NOT NULL,
  	\`page_likes\` numeric,
  	\`reach\` numeric,
  	\`engagement\` numeric,
  	\`source\` text DEFAULT 'manual',
  	\`label\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`audience_snapshots_date_idx\` ON \`audience_snapshots\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`audience_snapshots_updated_at_idx\` ON \`audience_snapshots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audience_snapshots_created_at_idx\` ON \`audience_snapshots\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`channel_date_idx\` ON \`audience_snapshots\` (\`channel\`,\`date\`);`)
  await db.run(sql`CREATE TABLE \`meetings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`title\` text DEFAULT 'Réunion d’équipe',
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_date_idx\` ON \`meetings\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_at_idx\` ON \`meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_at_idx\` ON \`meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`moderation_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`channel\` text NOT NULL,
  	\`removed_at\` text NOT NULL,
  	\`reason\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`removed_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`removed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`moderation_log_removed_at_idx\` ON \`moderation_log\` (\`removed_at\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_removed_by_idx\` ON \`moderation_log\` (\`removed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_updated_at_idx\` ON \`moderation_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_created_at_idx\` ON \`moderation_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`help_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`channel\` text NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`reply_language\` text DEFAULT 'fr',
  	\`label\` text,
  	\`recorded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`help_requests_received_at_idx\` ON \`help_requests\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`help_requests_recorded_by_idx\` ON \`help_requests\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`help_requests_updated_at_idx\` ON \`help_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`help_requests_created_at_idx\` ON \`help_requests\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audience_snapshots_id\` integer REFERENCES audience_snapshots(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meetings_id\` integer REFERENCES meetings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`moderation_log_id\` integer REFERENCES moderation_log(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`help_requests_id\` integer REFERENCES help_requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audience_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`audience_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_moderation_log_id_idx\` ON \`payload_locked_documents_rels\` (\`moderation_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_help_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`help_requests_id\`);`)
  await db.run(sql`ALTER TABLE \`policy\` ADD \`reporting_year_start_month\` numeric DEFAULT 4;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`audience_snapshots\`;`)
  await db.run(sql`DROP TABLE \`meetings\`;`)
  await db.run(sql`DROP TABLE \`moderation_log\`;`)
  await db.run(sql`DROP TABLE \`help_requests\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`posts_id\` integer,
  	\`media_id\` integer,
  	\`positions_id\` integer,
  	\`categories_id\` integer,
  	\`people_id\` integer,
  	\`consents_id\` integer,
  	\`consent_forms_id\` integer,
  	\`privacy_tasks_id\` integer,
  	\`audit_log_id\` integer,
  	\`purge_log_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`positions_id\`) REFERENCES \`positions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consents_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consent_forms_id\`) REFERENCES \`consent_forms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`privacy_tasks_id\`) REFERENCES \`privacy_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`purge_log_id\`) REFERENCES \`purge_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "posts_id", "media_id", "positions_id", "categories_id", "people_id", "consents_id", "consent_forms_id", "privacy_tasks_id", "audit_log_id", "purge_log_id", "users_id") SELECT "id", "order", "parent_id", "path", "posts_id", "media_id", "positions_id", "categories_id", "people_id", "consents_id", "consent_forms_id", "privacy_tasks_id", "audit_log_id", "purge_log_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_positions_id_idx\` ON \`payload_locked_documents_rels\` (\`positions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consents_id_idx\` ON \`payload_locked_documents_rels\` (\`consents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consent_forms_id_idx\` ON \`payload_locked_documents_rels\` (\`consent_forms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_privacy_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`privacy_tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_purge_log_id_idx\` ON \`payload_locked_documents_rels\` (\`purge_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`reporting_year_start_month\`;`)
}
