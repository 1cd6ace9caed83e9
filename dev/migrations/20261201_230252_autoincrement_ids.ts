import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/** Tables whose IDs name people, their consents and forms, or what the audit trail is about. */
const NEVER_AGAIN: [table: string, collection: string][] = [
  ['people', 'people'],
  ['consents', 'consents'],
  ['consent_forms', 'consent-forms'],
  ['posts', 'posts'],
  ['positions', 'positions'],
]

/** Fails the migration (before anything else runs on this schema) if a rebuilt table lost a reference. */
async function assertForeignKeys(db: MigrateUpArgs['db']): Promise<void> {
  const broken = (await db.all(sql`PRAGMA foreign_key_check;`)) as unknown[]
  if (broken.length > 0) throw new Error(`[balises] autoincrement_ids: ${broken.length} broken foreign key(s) after the table rebuilds`)
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_posts\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`category_id\` integer,
  	\`body\` text,
  	\`publish_at\` text,
  	\`publishat_tz\` text DEFAULT 'America/Toronto',
  	\`workflow_status\` text DEFAULT 'draft',
  	\`position_id\` integer,
  	\`source\` text,
  	\`source_organisation\` text,
  	\`closing_date\` text,
  	\`values_confirmed\` integer DEFAULT false,
  	\`status_reason\` text,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`position_id\`) REFERENCES \`positions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_posts\`("id", "title", "category_id", "body", "publish_at", "publishat_tz", "workflow_status", "position_id", "source", "source_organisation", "closing_date", "values_confirmed", "status_reason", "author_id", "updated_at", "created_at", "_status") SELECT "id", "title", "category_id", "body", "publish_at", "publishat_tz", "workflow_status", "position_id", "source", "source_organisation", "closing_date", "values_confirmed", "status_reason", "author_id", "updated_at", "created_at", "_status" FROM \`posts\`;`)
  await db.run(sql`DROP TABLE \`posts\`;`)
  await db.run(sql`ALTER TABLE \`__new_posts\` RENAME TO \`posts\`;`)
  await db.run(sql`CREATE INDEX \`posts_category_idx\` ON \`posts\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_publish_at_idx\` ON \`posts\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_workflow_status_idx\` ON \`posts\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`posts_position_idx\` ON \`posts\` (\`position_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_author_idx\` ON \`posts\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_updated_at_idx\` ON \`posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_created_at_idx\` ON \`posts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`posts__status_idx\` ON \`posts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__posts_v_version_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`channel\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posts_v_version_channels\`("_order", "_parent_id", "id", "channel", "text", "_uuid") SELECT "_order", "_parent_id", "id", "channel", "text", "_uuid" FROM \`_posts_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_version_channels\`;`)
  await db.run(sql`ALTER TABLE \`__new__posts_v_version_channels\` RENAME TO \`_posts_v_version_channels\`;`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_channels_order_idx\` ON \`_posts_v_version_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_channels_parent_id_idx\` ON \`_posts_v_version_channels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__posts_v_version_compliance\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`rule\` text,
  	\`level\` text,
  	\`path\` text,
  	\`message_fr\` text,
  	\`message_en\` text,
  	\`overridden\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posts_v_version_compliance\`("_order", "_parent_id", "id", "rule", "level", "path", "message_fr", "message_en", "overridden", "_uuid") SELECT "_order", "_parent_id", "id", "rule", "level", "path", "message_fr", "message_en", "overridden", "_uuid" FROM \`_posts_v_version_compliance\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_version_compliance\`;`)
  await db.run(sql`ALTER TABLE \`__new__posts_v_version_compliance\` RENAME TO \`_posts_v_version_compliance\`;`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_compliance_order_idx\` ON \`_posts_v_version_compliance\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_compliance_parent_id_idx\` ON \`_posts_v_version_compliance\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__posts_v_version_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`rule\` text,
  	\`justification\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posts_v_version_overrides\`("_order", "_parent_id", "id", "rule", "justification", "by_id", "at", "_uuid") SELECT "_order", "_parent_id", "id", "rule", "justification", "by_id", "at", "_uuid" FROM \`_posts_v_version_overrides\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_version_overrides\`;`)
  await db.run(sql`ALTER TABLE \`__new__posts_v_version_overrides\` RENAME TO \`_posts_v_version_overrides\`;`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_overrides_order_idx\` ON \`_posts_v_version_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_overrides_parent_id_idx\` ON \`_posts_v_version_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_overrides_by_idx\` ON \`_posts_v_version_overrides\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__posts_v_version_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posts_v_version_history\`("_order", "_parent_id", "id", "from", "to", "by_id", "at", "reason", "_uuid") SELECT "_order", "_parent_id", "id", "from", "to", "by_id", "at", "reason", "_uuid" FROM \`_posts_v_version_history\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_version_history\`;`)
  await db.run(sql`ALTER TABLE \`__new__posts_v_version_history\` RENAME TO \`_posts_v_version_history\`;`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_history_order_idx\` ON \`_posts_v_version_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_history_parent_id_idx\` ON \`_posts_v_version_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_history_by_idx\` ON \`_posts_v_version_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__posts_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_category_id\` integer,
  	\`version_body\` text,
  	\`version_publish_at\` text,
  	\`version_publishat_tz\` text DEFAULT 'America/Toronto',
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_position_id\` integer,
  	\`version_source\` text,
  	\`version_source_organisation\` text,
  	\`version_closing_date\` text,
  	\`version_values_confirmed\` integer DEFAULT false,
  	\`version_status_reason\` text,
  	\`version_author_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_position_id\`) REFERENCES \`positions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posts_v\`("id", "parent_id", "version_title", "version_category_id", "version_body", "version_publish_at", "version_publishat_tz", "version_workflow_status", "version_position_id", "version_source", "version_source_organisation", "version_closing_date", "version_values_confirmed", "version_status_reason", "version_author_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_category_id", "version_body", "version_publish_at", "version_publishat_tz", "version_workflow_status", "version_position_id", "version_source", "version_source_organisation", "version_closing_date", "version_values_confirmed", "version_status_reason", "version_author_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_posts_v\`;`)
  await db.run(sql`DROP TABLE \`_posts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__posts_v\` RENAME TO \`_posts_v\`;`)
  await db.run(sql`CREATE INDEX \`_posts_v_parent_idx\` ON \`_posts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_category_idx\` ON \`_posts_v\` (\`version_category_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_publish_at_idx\` ON \`_posts_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_workflow_status_idx\` ON \`_posts_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_position_idx\` ON \`_posts_v\` (\`version_position_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_author_idx\` ON \`_posts_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_updated_at_idx\` ON \`_posts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_created_at_idx\` ON \`_posts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version__status_idx\` ON \`_posts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_created_at_idx\` ON \`_posts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_updated_at_idx\` ON \`_posts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_latest_idx\` ON \`_posts_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_autosave_idx\` ON \`_posts_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_latest_publish_at_idx\` ON \`_posts_v\` (\`latest\`,\`version_publish_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`alt\` text,
  	\`no_identifiable_person\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "no_identifiable_person", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename") SELECT "id", "alt", "no_identifiable_person", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_positions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`adopted_at\` text,
  	\`adopted_by_id\` integer,
  	\`resolution_reference\` text,
  	\`superseded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`adopted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`superseded_by_id\`) REFERENCES \`positions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_positions\`("id", "title", "summary", "status", "adopted_at", "adopted_by_id", "resolution_reference", "superseded_by_id", "updated_at", "created_at") SELECT "id", "title", "summary", "status", "adopted_at", "adopted_by_id", "resolution_reference", "superseded_by_id", "updated_at", "created_at" FROM \`positions\`;`)
  await db.run(sql`DROP TABLE \`positions\`;`)
  await db.run(sql`ALTER TABLE \`__new_positions\` RENAME TO \`positions\`;`)
  await db.run(sql`CREATE INDEX \`positions_status_idx\` ON \`positions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`positions_adopted_by_idx\` ON \`positions\` (\`adopted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`positions_superseded_by_idx\` ON \`positions\` (\`superseded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`positions_updated_at_idx\` ON \`positions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`positions_created_at_idx\` ON \`positions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_categories\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text NOT NULL,
  	\`label_fr\` text NOT NULL,
  	\`label_en\` text NOT NULL,
  	\`color\` text DEFAULT '#64748b' NOT NULL,
  	\`order\` numeric,
  	\`retired\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_categories\`("id", "code", "label_fr", "label_en", "color", "order", "retired", "updated_at", "created_at") SELECT "id", "code", "label_fr", "label_en", "color", "order", "retired", "updated_at", "created_at" FROM \`categories\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`ALTER TABLE \`__new_categories\` RENAME TO \`categories\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_code_idx\` ON \`categories\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_people\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`kind\` text DEFAULT 'child' NOT NULL,
  	\`birth_date\` text,
  	\`age_band\` text,
  	\`notes\` text,
  	\`retention_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_people\`("id", "full_name", "kind", "birth_date", "age_band", "notes", "retention_until", "updated_at", "created_at") SELECT "id", "full_name", "kind", "birth_date", "age_band", "notes", "retention_until", "updated_at", "created_at" FROM \`people\`;`)
  await db.run(sql`DROP TABLE \`people\`;`)
  await db.run(sql`ALTER TABLE \`__new_people\` RENAME TO \`people\`;`)
  await db.run(sql`CREATE INDEX \`people_updated_at_idx\` ON \`people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`people_created_at_idx\` ON \`people\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_consents_scopes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_consents_scopes\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`consents_scopes\`;`)
  await db.run(sql`DROP TABLE \`consents_scopes\`;`)
  await db.run(sql`ALTER TABLE \`__new_consents_scopes\` RENAME TO \`consents_scopes\`;`)
  await db.run(sql`CREATE INDEX \`consents_scopes_order_idx\` ON \`consents_scopes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`consents_scopes_parent_idx\` ON \`consents_scopes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_consents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`person_id\` integer NOT NULL,
  	\`relationship\` text DEFAULT 'parent' NOT NULL,
  	\`signatory_name\` text,
  	\`form_version\` text,
  	\`valid_from\` text,
  	\`expires_at\` text,
  	\`revoked_at\` text,
  	\`revocation_method\` text,
  	\`expiry_handled_at\` text,
  	\`evidence_id\` integer,
  	\`retention_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`consent_forms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_consents\`("id", "person_id", "relationship", "signatory_name", "form_version", "valid_from", "expires_at", "revoked_at", "revocation_method", "expiry_handled_at", "evidence_id", "retention_until", "updated_at", "created_at") SELECT "id", "person_id", "relationship", "signatory_name", "form_version", "valid_from", "expires_at", "revoked_at", "revocation_method", "expiry_handled_at", "evidence_id", "retention_until", "updated_at", "created_at" FROM \`consents\`;`)
  await db.run(sql`DROP TABLE \`consents\`;`)
  await db.run(sql`ALTER TABLE \`__new_consents\` RENAME TO \`consents\`;`)
  await db.run(sql`CREATE INDEX \`consents_person_idx\` ON \`consents\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`consents_expires_at_idx\` ON \`consents\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`consents_evidence_idx\` ON \`consents\` (\`evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`consents_updated_at_idx\` ON \`consents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consents_created_at_idx\` ON \`consents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_consent_forms\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`INSERT INTO \`__new_consent_forms\`("id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`consent_forms\`;`)
  await db.run(sql`DROP TABLE \`consent_forms\`;`)
  await db.run(sql`ALTER TABLE \`__new_consent_forms\` RENAME TO \`consent_forms\`;`)
  await db.run(sql`CREATE INDEX \`consent_forms_updated_at_idx\` ON \`consent_forms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consent_forms_created_at_idx\` ON \`consent_forms\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`consent_forms_filename_idx\` ON \`consent_forms\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_privacy_tasks\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text NOT NULL,
  	\`cause\` text NOT NULL,
  	\`summary\` text,
  	\`post_id\` integer NOT NULL,
  	\`consent_id\` integer,
  	\`person_id\` integer,
  	\`reason\` text,
  	\`done_at\` text,
  	\`done_by_id\` integer,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`done_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_privacy_tasks\`("id", "kind", "cause", "summary", "post_id", "consent_id", "person_id", "reason", "done_at", "done_by_id", "note", "updated_at", "created_at") SELECT "id", "kind", "cause", "summary", "post_id", "consent_id", "person_id", "reason", "done_at", "done_by_id", "note", "updated_at", "created_at" FROM \`privacy_tasks\`;`)
  await db.run(sql`DROP TABLE \`privacy_tasks\`;`)
  await db.run(sql`ALTER TABLE \`__new_privacy_tasks\` RENAME TO \`privacy_tasks\`;`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_kind_idx\` ON \`privacy_tasks\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_post_idx\` ON \`privacy_tasks\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_consent_idx\` ON \`privacy_tasks\` (\`consent_id\`);`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_person_idx\` ON \`privacy_tasks\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_done_at_idx\` ON \`privacy_tasks\` (\`done_at\`);`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_done_by_idx\` ON \`privacy_tasks\` (\`done_by_id\`);`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_updated_at_idx\` ON \`privacy_tasks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_created_at_idx\` ON \`privacy_tasks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_audience_snapshots\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
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
  await db.run(sql`INSERT INTO \`__new_audience_snapshots\`("id", "channel", "date", "followers", "page_likes", "reach", "engagement", "source", "label", "updated_at", "created_at") SELECT "id", "channel", "date", "followers", "page_likes", "reach", "engagement", "source", "label", "updated_at", "created_at" FROM \`audience_snapshots\`;`)
  await db.run(sql`DROP TABLE \`audience_snapshots\`;`)
  await db.run(sql`ALTER TABLE \`__new_audience_snapshots\` RENAME TO \`audience_snapshots\`;`)
  await db.run(sql`CREATE INDEX \`audience_snapshots_date_idx\` ON \`audience_snapshots\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`audience_snapshots_updated_at_idx\` ON \`audience_snapshots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audience_snapshots_created_at_idx\` ON \`audience_snapshots\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`channel_date_idx\` ON \`audience_snapshots\` (\`channel\`,\`date\`);`)
  await db.run(sql`CREATE TABLE \`__new_meetings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`date\` text NOT NULL,
  	\`title\` text DEFAULT 'Réunion d’équipe',
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_meetings\`("id", "date", "title", "notes", "updated_at", "created_at") SELECT "id", "date", "title", "notes", "updated_at", "created_at" FROM \`meetings\`;`)
  await db.run(sql`DROP TABLE \`meetings\`;`)
  await db.run(sql`ALTER TABLE \`__new_meetings\` RENAME TO \`meetings\`;`)
  await db.run(sql`CREATE INDEX \`meetings_date_idx\` ON \`meetings\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_at_idx\` ON \`meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_at_idx\` ON \`meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_moderation_log\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
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
  await db.run(sql`INSERT INTO \`__new_moderation_log\`("id", "channel", "removed_at", "reason", "description", "removed_by_id", "updated_at", "created_at") SELECT "id", "channel", "removed_at", "reason", "description", "removed_by_id", "updated_at", "created_at" FROM \`moderation_log\`;`)
  await db.run(sql`DROP TABLE \`moderation_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_moderation_log\` RENAME TO \`moderation_log\`;`)
  await db.run(sql`CREATE INDEX \`moderation_log_removed_at_idx\` ON \`moderation_log\` (\`removed_at\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_removed_by_idx\` ON \`moderation_log\` (\`removed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_updated_at_idx\` ON \`moderation_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_created_at_idx\` ON \`moderation_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_help_requests\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
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
  await db.run(sql`INSERT INTO \`__new_help_requests\`("id", "channel", "received_at", "reply_language", "label", "recorded_by_id", "updated_at", "created_at") SELECT "id", "channel", "received_at", "reply_language", "label", "recorded_by_id", "updated_at", "created_at" FROM \`help_requests\`;`)
  await db.run(sql`DROP TABLE \`help_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_help_requests\` RENAME TO \`help_requests\`;`)
  await db.run(sql`CREATE INDEX \`help_requests_received_at_idx\` ON \`help_requests\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`help_requests_recorded_by_idx\` ON \`help_requests\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`help_requests_updated_at_idx\` ON \`help_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`help_requests_created_at_idx\` ON \`help_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_audit_log\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`at\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`target_collection\` text NOT NULL,
  	\`target_id\` text NOT NULL,
  	\`operation\` text NOT NULL,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_audit_log\`("id", "at", "actor_id", "actor_name", "target_collection", "target_id", "operation", "summary", "updated_at", "created_at") SELECT "id", "at", "actor_id", "actor_name", "target_collection", "target_id", "operation", "summary", "updated_at", "created_at" FROM \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_audit_log\` RENAME TO \`audit_log\`;`)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_id_idx\` ON \`audit_log\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_purge_log\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`purged_at\` text NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`target_id\` text NOT NULL,
  	\`retention_until\` text,
  	\`summary\` text,
  	\`versions_removed\` numeric DEFAULT 0,
  	\`files_removed\` numeric DEFAULT 0,
  	\`jobs_removed\` numeric DEFAULT 0,
  	\`references_cleared\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_purge_log\`("id", "purged_at", "target_collection", "target_id", "retention_until", "summary", "versions_removed", "files_removed", "jobs_removed", "references_cleared", "updated_at", "created_at") SELECT "id", "purged_at", "target_collection", "target_id", "retention_until", "summary", "versions_removed", "files_removed", "jobs_removed", "references_cleared", "updated_at", "created_at" FROM \`purge_log\`;`)
  await db.run(sql`DROP TABLE \`purge_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_purge_log\` RENAME TO \`purge_log\`;`)
  await db.run(sql`CREATE INDEX \`purge_log_purged_at_idx\` ON \`purge_log\` (\`purged_at\`);`)
  await db.run(sql`CREATE INDEX \`purge_log_updated_at_idx\` ON \`purge_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`purge_log_created_at_idx\` ON \`purge_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users_roles\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`ALTER TABLE \`__new_users_roles\` RENAME TO \`users_roles\`;`)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`calendar_feed_token_hash\` text,
  	\`code_of_conduct_accepted_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "calendar_feed_token_hash", "code_of_conduct_accepted_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "calendar_feed_token_hash", "code_of_conduct_accepted_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_calendar_feed_token_hash_idx\` ON \`users\` (\`calendar_feed_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_kv\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_kv\`("id", "key", "data") SELECT "id", "key", "data" FROM \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_kv\` RENAME TO \`payload_kv\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs\`("id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "meta", "updated_at", "created_at") SELECT "id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "meta", "updated_at", "created_at" FROM \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs\` RENAME TO \`payload_jobs\`;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents\`("id", "global_slug", "updated_at", "created_at") SELECT "id", "global_slug", "updated_at", "created_at" FROM \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents\` RENAME TO \`payload_locked_documents\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences\`("id", "key", "value", "updated_at", "created_at") SELECT "id", "key", "value", "updated_at", "created_at" FROM \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences\` RENAME TO \`payload_preferences\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_migrations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_migrations\`("id", "name", "batch", "updated_at", "created_at") SELECT "id", "name", "batch", "updated_at", "created_at" FROM \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_migrations\` RENAME TO \`payload_migrations\`;`)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_policy\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`responsible_person_id\` integer,
  	\`time_zone\` text DEFAULT 'America/Toronto',
  	\`weekly_hours\` numeric DEFAULT 4,
  	\`reporting_year_start_month\` numeric DEFAULT 4,
  	\`redirection_organisation_phone\` text DEFAULT '514 555-0123',
  	\`redirection_message_fr\` text DEFAULT 'Merci de votre message. Nous n''offrons pas d''accompagnement par les médias sociaux. Pour parler à une intervenante, appelez-nous au {{phone}}. Vous pouvez aussi composer le 811 (Info-Social) en tout temps, ou le 911 en cas d''urgence.',
  	\`redirection_message_en\` text DEFAULT 'Thank you for your message. We do not provide support through social media. To talk to a worker, call us at {{phone}}. You can also dial 811 (Info-Social) at any time, or 911 in an emergency.',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`responsible_person_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policy\`("id", "responsible_person_id", "time_zone", "weekly_hours", "reporting_year_start_month", "redirection_organisation_phone", "redirection_message_fr", "redirection_message_en", "updated_at", "created_at") SELECT "id", "responsible_person_id", "time_zone", "weekly_hours", "reporting_year_start_month", "redirection_organisation_phone", "redirection_message_fr", "redirection_message_en", "updated_at", "created_at" FROM \`policy\`;`)
  await db.run(sql`DROP TABLE \`policy\`;`)
  await db.run(sql`ALTER TABLE \`__new_policy\` RENAME TO \`policy\`;`)
  await db.run(sql`CREATE INDEX \`policy_responsible_person_idx\` ON \`policy\` (\`responsible_person_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs_stats\`("id", "stats", "updated_at", "created_at") SELECT "id", "stats", "updated_at", "created_at" FROM \`payload_jobs_stats\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs_stats\` RENAME TO \`payload_jobs_stats\`;`)
  // drizzle-kit turns foreign keys back on after the first rebuilt table: every later DROP TABLE
  // would then cascade (or set null) into the tables that refer to it. They come back on only here.
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await assertForeignKeys(db)
  // Rows deleted before this migration left no trace in the tables, but the audit trail and the
  // purge log still name their IDs: the sequences start above every ID they ever mentioned.
  for (const [table, collection] of NEVER_AGAIN) {
    await db.run(sql.raw(`INSERT INTO sqlite_sequence (name, seq) SELECT '${table}', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = '${table}')`))
    await db.run(
      sql.raw(
        `UPDATE sqlite_sequence SET seq = MAX(seq, COALESCE((SELECT MAX(CAST(target_id AS INTEGER)) FROM (` +
          `SELECT target_id FROM audit_log WHERE target_collection = '${collection}' UNION ALL ` +
          `SELECT target_id FROM purge_log WHERE target_collection = '${collection}')), 0)) WHERE name = '${table}'`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`category_id\` integer,
  	\`body\` text,
  	\`publish_at\` text,
  	\`publishat_tz\` text DEFAULT 'America/Toronto',
  	\`workflow_status\` text DEFAULT 'draft',
  	\`position_id\` integer,
  	\`source\` text,
  	\`source_organisation\` text,
  	\`closing_date\` text,
  	\`values_confirmed\` integer DEFAULT false,
  	\`status_reason\` text,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`position_id\`) REFERENCES \`positions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_posts\`("id", "title", "category_id", "body", "publish_at", "publishat_tz", "workflow_status", "position_id", "source", "source_organisation", "closing_date", "values_confirmed", "status_reason", "author_id", "updated_at", "created_at", "_status") SELECT "id", "title", "category_id", "body", "publish_at", "publishat_tz", "workflow_status", "position_id", "source", "source_organisation", "closing_date", "values_confirmed", "status_reason", "author_id", "updated_at", "created_at", "_status" FROM \`posts\`;`)
  await db.run(sql`DROP TABLE \`posts\`;`)
  await db.run(sql`ALTER TABLE \`__new_posts\` RENAME TO \`posts\`;`)
  await db.run(sql`CREATE INDEX \`posts_category_idx\` ON \`posts\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_publish_at_idx\` ON \`posts\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_workflow_status_idx\` ON \`posts\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`posts_position_idx\` ON \`posts\` (\`position_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_author_idx\` ON \`posts\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_updated_at_idx\` ON \`posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_created_at_idx\` ON \`posts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`posts__status_idx\` ON \`posts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__posts_v_version_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`channel\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posts_v_version_channels\`("_order", "_parent_id", "id", "channel", "text", "_uuid") SELECT "_order", "_parent_id", "id", "channel", "text", "_uuid" FROM \`_posts_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_version_channels\`;`)
  await db.run(sql`ALTER TABLE \`__new__posts_v_version_channels\` RENAME TO \`_posts_v_version_channels\`;`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_channels_order_idx\` ON \`_posts_v_version_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_channels_parent_id_idx\` ON \`_posts_v_version_channels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__posts_v_version_compliance\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`rule\` text,
  	\`level\` text,
  	\`path\` text,
  	\`message_fr\` text,
  	\`message_en\` text,
  	\`overridden\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posts_v_version_compliance\`("_order", "_parent_id", "id", "rule", "level", "path", "message_fr", "message_en", "overridden", "_uuid") SELECT "_order", "_parent_id", "id", "rule", "level", "path", "message_fr", "message_en", "overridden", "_uuid" FROM \`_posts_v_version_compliance\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_version_compliance\`;`)
  await db.run(sql`ALTER TABLE \`__new__posts_v_version_compliance\` RENAME TO \`_posts_v_version_compliance\`;`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_compliance_order_idx\` ON \`_posts_v_version_compliance\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_compliance_parent_id_idx\` ON \`_posts_v_version_compliance\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__posts_v_version_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`rule\` text,
  	\`justification\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posts_v_version_overrides\`("_order", "_parent_id", "id", "rule", "justification", "by_id", "at", "_uuid") SELECT "_order", "_parent_id", "id", "rule", "justification", "by_id", "at", "_uuid" FROM \`_posts_v_version_overrides\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_version_overrides\`;`)
  await db.run(sql`ALTER TABLE \`__new__posts_v_version_overrides\` RENAME TO \`_posts_v_version_overrides\`;`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_overrides_order_idx\` ON \`_posts_v_version_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_overrides_parent_id_idx\` ON \`_posts_v_version_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_overrides_by_idx\` ON \`_posts_v_version_overrides\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__posts_v_version_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posts_v_version_history\`("_order", "_parent_id", "id", "from", "to", "by_id", "at", "reason", "_uuid") SELECT "_order", "_parent_id", "id", "from", "to", "by_id", "at", "reason", "_uuid" FROM \`_posts_v_version_history\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_version_history\`;`)
  await db.run(sql`ALTER TABLE \`__new__posts_v_version_history\` RENAME TO \`_posts_v_version_history\`;`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_history_order_idx\` ON \`_posts_v_version_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_history_parent_id_idx\` ON \`_posts_v_version_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_history_by_idx\` ON \`_posts_v_version_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__posts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_category_id\` integer,
  	\`version_body\` text,
  	\`version_publish_at\` text,
  	\`version_publishat_tz\` text DEFAULT 'America/Toronto',
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_position_id\` integer,
  	\`version_source\` text,
  	\`version_source_organisation\` text,
  	\`version_closing_date\` text,
  	\`version_values_confirmed\` integer DEFAULT false,
  	\`version_status_reason\` text,
  	\`version_author_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_position_id\`) REFERENCES \`positions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posts_v\`("id", "parent_id", "version_title", "version_category_id", "version_body", "version_publish_at", "version_publishat_tz", "version_workflow_status", "version_position_id", "version_source", "version_source_organisation", "version_closing_date", "version_values_confirmed", "version_status_reason", "version_author_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_category_id", "version_body", "version_publish_at", "version_publishat_tz", "version_workflow_status", "version_position_id", "version_source", "version_source_organisation", "version_closing_date", "version_values_confirmed", "version_status_reason", "version_author_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_posts_v\`;`)
  await db.run(sql`DROP TABLE \`_posts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__posts_v\` RENAME TO \`_posts_v\`;`)
  await db.run(sql`CREATE INDEX \`_posts_v_parent_idx\` ON \`_posts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_category_idx\` ON \`_posts_v\` (\`version_category_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_publish_at_idx\` ON \`_posts_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_workflow_status_idx\` ON \`_posts_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_position_idx\` ON \`_posts_v\` (\`version_position_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_author_idx\` ON \`_posts_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_updated_at_idx\` ON \`_posts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_created_at_idx\` ON \`_posts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version__status_idx\` ON \`_posts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_created_at_idx\` ON \`_posts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_updated_at_idx\` ON \`_posts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_latest_idx\` ON \`_posts_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_autosave_idx\` ON \`_posts_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_latest_publish_at_idx\` ON \`_posts_v\` (\`latest\`,\`version_publish_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`no_identifiable_person\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "no_identifiable_person", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename") SELECT "id", "alt", "no_identifiable_person", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_positions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`adopted_at\` text,
  	\`adopted_by_id\` integer,
  	\`resolution_reference\` text,
  	\`superseded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`adopted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`superseded_by_id\`) REFERENCES \`positions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_positions\`("id", "title", "summary", "status", "adopted_at", "adopted_by_id", "resolution_reference", "superseded_by_id", "updated_at", "created_at") SELECT "id", "title", "summary", "status", "adopted_at", "adopted_by_id", "resolution_reference", "superseded_by_id", "updated_at", "created_at" FROM \`positions\`;`)
  await db.run(sql`DROP TABLE \`positions\`;`)
  await db.run(sql`ALTER TABLE \`__new_positions\` RENAME TO \`positions\`;`)
  await db.run(sql`CREATE INDEX \`positions_status_idx\` ON \`positions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`positions_adopted_by_idx\` ON \`positions\` (\`adopted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`positions_superseded_by_idx\` ON \`positions\` (\`superseded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`positions_updated_at_idx\` ON \`positions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`positions_created_at_idx\` ON \`positions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`label_fr\` text NOT NULL,
  	\`label_en\` text NOT NULL,
  	\`color\` text DEFAULT '#64748b' NOT NULL,
  	\`order\` numeric,
  	\`retired\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_categories\`("id", "code", "label_fr", "label_en", "color", "order", "retired", "updated_at", "created_at") SELECT "id", "code", "label_fr", "label_en", "color", "order", "retired", "updated_at", "created_at" FROM \`categories\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`ALTER TABLE \`__new_categories\` RENAME TO \`categories\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_code_idx\` ON \`categories\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_people\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`kind\` text DEFAULT 'child' NOT NULL,
  	\`birth_date\` text,
  	\`age_band\` text,
  	\`notes\` text,
  	\`retention_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_people\`("id", "full_name", "kind", "birth_date", "age_band", "notes", "retention_until", "updated_at", "created_at") SELECT "id", "full_name", "kind", "birth_date", "age_band", "notes", "retention_until", "updated_at", "created_at" FROM \`people\`;`)
  await db.run(sql`DROP TABLE \`people\`;`)
  await db.run(sql`ALTER TABLE \`__new_people\` RENAME TO \`people\`;`)
  await db.run(sql`CREATE INDEX \`people_updated_at_idx\` ON \`people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`people_created_at_idx\` ON \`people\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_consents_scopes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_consents_scopes\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`consents_scopes\`;`)
  await db.run(sql`DROP TABLE \`consents_scopes\`;`)
  await db.run(sql`ALTER TABLE \`__new_consents_scopes\` RENAME TO \`consents_scopes\`;`)
  await db.run(sql`CREATE INDEX \`consents_scopes_order_idx\` ON \`consents_scopes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`consents_scopes_parent_idx\` ON \`consents_scopes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_consents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`person_id\` integer NOT NULL,
  	\`relationship\` text DEFAULT 'parent' NOT NULL,
  	\`signatory_name\` text,
  	\`form_version\` text,
  	\`valid_from\` text,
  	\`expires_at\` text,
  	\`revoked_at\` text,
  	\`revocation_method\` text,
  	\`expiry_handled_at\` text,
  	\`evidence_id\` integer,
  	\`retention_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`consent_forms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_consents\`("id", "person_id", "relationship", "signatory_name", "form_version", "valid_from", "expires_at", "revoked_at", "revocation_method", "expiry_handled_at", "evidence_id", "retention_until", "updated_at", "created_at") SELECT "id", "person_id", "relationship", "signatory_name", "form_version", "valid_from", "expires_at", "revoked_at", "revocation_method", "expiry_handled_at", "evidence_id", "retention_until", "updated_at", "created_at" FROM \`consents\`;`)
  await db.run(sql`DROP TABLE \`consents\`;`)
  await db.run(sql`ALTER TABLE \`__new_consents\` RENAME TO \`consents\`;`)
  await db.run(sql`CREATE INDEX \`consents_person_idx\` ON \`consents\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`consents_expires_at_idx\` ON \`consents\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`consents_evidence_idx\` ON \`consents\` (\`evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`consents_updated_at_idx\` ON \`consents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consents_created_at_idx\` ON \`consents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_consent_forms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`INSERT INTO \`__new_consent_forms\`("id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`consent_forms\`;`)
  await db.run(sql`DROP TABLE \`consent_forms\`;`)
  await db.run(sql`ALTER TABLE \`__new_consent_forms\` RENAME TO \`consent_forms\`;`)
  await db.run(sql`CREATE INDEX \`consent_forms_updated_at_idx\` ON \`consent_forms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consent_forms_created_at_idx\` ON \`consent_forms\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`consent_forms_filename_idx\` ON \`consent_forms\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_privacy_tasks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`cause\` text NOT NULL,
  	\`summary\` text,
  	\`post_id\` integer NOT NULL,
  	\`consent_id\` integer,
  	\`person_id\` integer,
  	\`reason\` text,
  	\`done_at\` text,
  	\`done_by_id\` integer,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`done_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_privacy_tasks\`("id", "kind", "cause", "summary", "post_id", "consent_id", "person_id", "reason", "done_at", "done_by_id", "note", "updated_at", "created_at") SELECT "id", "kind", "cause", "summary", "post_id", "consent_id", "person_id", "reason", "done_at", "done_by_id", "note", "updated_at", "created_at" FROM \`privacy_tasks\`;`)
  await db.run(sql`DROP TABLE \`privacy_tasks\`;`)
  await db.run(sql`ALTER TABLE \`__new_privacy_tasks\` RENAME TO \`privacy_tasks\`;`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_kind_idx\` ON \`privacy_tasks\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_post_idx\` ON \`privacy_tasks\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_consent_idx\` ON \`privacy_tasks\` (\`consent_id\`);`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_person_idx\` ON \`privacy_tasks\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_done_at_idx\` ON \`privacy_tasks\` (\`done_at\`);`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_done_by_idx\` ON \`privacy_tasks\` (\`done_by_id\`);`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_updated_at_idx\` ON \`privacy_tasks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`privacy_tasks_created_at_idx\` ON \`privacy_tasks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_audience_snapshots\` (
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
  await db.run(sql`INSERT INTO \`__new_audience_snapshots\`("id", "channel", "date", "followers", "page_likes", "reach", "engagement", "source", "label", "updated_at", "created_at") SELECT "id", "channel", "date", "followers", "page_likes", "reach", "engagement", "source", "label", "updated_at", "created_at" FROM \`audience_snapshots\`;`)
  await db.run(sql`DROP TABLE \`audience_snapshots\`;`)
  await db.run(sql`ALTER TABLE \`__new_audience_snapshots\` RENAME TO \`audience_snapshots\`;`)
  await db.run(sql`CREATE INDEX \`audience_snapshots_date_idx\` ON \`audience_snapshots\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`audience_snapshots_updated_at_idx\` ON \`audience_snapshots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audience_snapshots_created_at_idx\` ON \`audience_snapshots\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`channel_date_idx\` ON \`audience_snapshots\` (\`channel\`,\`date\`);`)
  await db.run(sql`CREATE TABLE \`__new_meetings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`title\` text DEFAULT 'Réunion d’équipe',
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_meetings\`("id", "date", "title", "notes", "updated_at", "created_at") SELECT "id", "date", "title", "notes", "updated_at", "created_at" FROM \`meetings\`;`)
  await db.run(sql`DROP TABLE \`meetings\`;`)
  await db.run(sql`ALTER TABLE \`__new_meetings\` RENAME TO \`meetings\`;`)
  await db.run(sql`CREATE INDEX \`meetings_date_idx\` ON \`meetings\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_at_idx\` ON \`meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_at_idx\` ON \`meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_moderation_log\` (
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
  await db.run(sql`INSERT INTO \`__new_moderation_log\`("id", "channel", "removed_at", "reason", "description", "removed_by_id", "updated_at", "created_at") SELECT "id", "channel", "removed_at", "reason", "description", "removed_by_id", "updated_at", "created_at" FROM \`moderation_log\`;`)
  await db.run(sql`DROP TABLE \`moderation_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_moderation_log\` RENAME TO \`moderation_log\`;`)
  await db.run(sql`CREATE INDEX \`moderation_log_removed_at_idx\` ON \`moderation_log\` (\`removed_at\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_removed_by_idx\` ON \`moderation_log\` (\`removed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_updated_at_idx\` ON \`moderation_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_created_at_idx\` ON \`moderation_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_help_requests\` (
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
  await db.run(sql`INSERT INTO \`__new_help_requests\`("id", "channel", "received_at", "reply_language", "label", "recorded_by_id", "updated_at", "created_at") SELECT "id", "channel", "received_at", "reply_language", "label", "recorded_by_id", "updated_at", "created_at" FROM \`help_requests\`;`)
  await db.run(sql`DROP TABLE \`help_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_help_requests\` RENAME TO \`help_requests\`;`)
  await db.run(sql`CREATE INDEX \`help_requests_received_at_idx\` ON \`help_requests\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`help_requests_recorded_by_idx\` ON \`help_requests\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`help_requests_updated_at_idx\` ON \`help_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`help_requests_created_at_idx\` ON \`help_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`target_collection\` text NOT NULL,
  	\`target_id\` text NOT NULL,
  	\`operation\` text NOT NULL,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_audit_log\`("id", "at", "actor_id", "actor_name", "target_collection", "target_id", "operation", "summary", "updated_at", "created_at") SELECT "id", "at", "actor_id", "actor_name", "target_collection", "target_id", "operation", "summary", "updated_at", "created_at" FROM \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_audit_log\` RENAME TO \`audit_log\`;`)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_id_idx\` ON \`audit_log\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_purge_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`purged_at\` text NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`target_id\` text NOT NULL,
  	\`retention_until\` text,
  	\`summary\` text,
  	\`versions_removed\` numeric DEFAULT 0,
  	\`files_removed\` numeric DEFAULT 0,
  	\`jobs_removed\` numeric DEFAULT 0,
  	\`references_cleared\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_purge_log\`("id", "purged_at", "target_collection", "target_id", "retention_until", "summary", "versions_removed", "files_removed", "jobs_removed", "references_cleared", "updated_at", "created_at") SELECT "id", "purged_at", "target_collection", "target_id", "retention_until", "summary", "versions_removed", "files_removed", "jobs_removed", "references_cleared", "updated_at", "created_at" FROM \`purge_log\`;`)
  await db.run(sql`DROP TABLE \`purge_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_purge_log\` RENAME TO \`purge_log\`;`)
  await db.run(sql`CREATE INDEX \`purge_log_purged_at_idx\` ON \`purge_log\` (\`purged_at\`);`)
  await db.run(sql`CREATE INDEX \`purge_log_updated_at_idx\` ON \`purge_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`purge_log_created_at_idx\` ON \`purge_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users_roles\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`ALTER TABLE \`__new_users_roles\` RENAME TO \`users_roles\`;`)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`calendar_feed_token_hash\` text,
  	\`code_of_conduct_accepted_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "calendar_feed_token_hash", "code_of_conduct_accepted_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "calendar_feed_token_hash", "code_of_conduct_accepted_at", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_calendar_feed_token_hash_idx\` ON \`users\` (\`calendar_feed_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_kv\`("id", "key", "data") SELECT "id", "key", "data" FROM \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_kv\` RENAME TO \`payload_kv\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs\`("id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "meta", "updated_at", "created_at") SELECT "id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "meta", "updated_at", "created_at" FROM \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs\` RENAME TO \`payload_jobs\`;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents\`("id", "global_slug", "updated_at", "created_at") SELECT "id", "global_slug", "updated_at", "created_at" FROM \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents\` RENAME TO \`payload_locked_documents\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences\`("id", "key", "value", "updated_at", "created_at") SELECT "id", "key", "value", "updated_at", "created_at" FROM \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences\` RENAME TO \`payload_preferences\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_migrations\`("id", "name", "batch", "updated_at", "created_at") SELECT "id", "name", "batch", "updated_at", "created_at" FROM \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_migrations\` RENAME TO \`payload_migrations\`;`)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_policy\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`responsible_person_id\` integer,
  	\`time_zone\` text DEFAULT 'America/Toronto',
  	\`weekly_hours\` numeric DEFAULT 4,
  	\`reporting_year_start_month\` numeric DEFAULT 4,
  	\`redirection_organisation_phone\` text DEFAULT '514 555-0123',
  	\`redirection_message_fr\` text DEFAULT 'Merci de votre message. Nous n''offrons pas d''accompagnement par les médias sociaux. Pour parler à une intervenante, appelez-nous au {{phone}}. Vous pouvez aussi composer le 811 (Info-Social) en tout temps, ou le 911 en cas d''urgence.',
  	\`redirection_message_en\` text DEFAULT 'Thank you for your message. We do not provide support through social media. To talk to a worker, call us at {{phone}}. You can also dial 811 (Info-Social) at any time, or 911 in an emergency.',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`responsible_person_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policy\`("id", "responsible_person_id", "time_zone", "weekly_hours", "reporting_year_start_month", "redirection_organisation_phone", "redirection_message_fr", "redirection_message_en", "updated_at", "created_at") SELECT "id", "responsible_person_id", "time_zone", "weekly_hours", "reporting_year_start_month", "redirection_organisation_phone", "redirection_message_fr", "redirection_message_en", "updated_at", "created_at" FROM \`policy\`;`)
  await db.run(sql`DROP TABLE \`policy\`;`)
  await db.run(sql`ALTER TABLE \`__new_policy\` RENAME TO \`policy\`;`)
  await db.run(sql`CREATE INDEX \`policy_responsible_person_idx\` ON \`policy\` (\`responsible_person_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs_stats\`("id", "stats", "updated_at", "created_at") SELECT "id", "stats", "updated_at", "created_at" FROM \`payload_jobs_stats\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs_stats\` RENAME TO \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await assertForeignKeys(db)
}
