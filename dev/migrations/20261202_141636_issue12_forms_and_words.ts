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
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`calendar_feed_token_hash\` text,
  	\`code_of_conduct_accepted_at\` text,
  	\`code_of_conduct_version\` numeric,
  	\`notification_language\` text DEFAULT 'fr',
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
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "calendar_feed_token_hash", "code_of_conduct_accepted_at", "code_of_conduct_version", "notification_language", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "calendar_feed_token_hash", "code_of_conduct_accepted_at", "code_of_conduct_version", "notification_language", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_calendar_feed_token_hash_idx\` ON \`users\` (\`calendar_feed_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
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
  await db.run(sql`ALTER TABLE \`consents\` ADD \`evidence_waiver\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`evidence_waiver_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`evidence_waiver_at\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`form_on_file\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`consents_evidence_waiver_by_idx\` ON \`consents\` (\`evidence_waiver_by_id\`);`)
  await db.run(sql`ALTER TABLE \`help_requests\` ADD \`reply_sent\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`help_requests\` ADD \`reply_sent_at\` text;`)
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
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`calendar_feed_token_hash\` text,
  	\`code_of_conduct_accepted_at\` text,
  	\`code_of_conduct_version\` numeric,
  	\`notification_language\` text DEFAULT 'fr',
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
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "calendar_feed_token_hash", "code_of_conduct_accepted_at", "code_of_conduct_version", "notification_language", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "calendar_feed_token_hash", "code_of_conduct_accepted_at", "code_of_conduct_version", "notification_language", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_calendar_feed_token_hash_idx\` ON \`users\` (\`calendar_feed_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
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
  // Off until every table is rebuilt: rows of other tables (notifications…) reference users.
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`ALTER TABLE \`help_requests\` DROP COLUMN \`reply_sent\`;`)
  await db.run(sql`ALTER TABLE \`help_requests\` DROP COLUMN \`reply_sent_at\`;`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`what_we_communicate\`;`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`who_communicates\`;`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`team_meeting_place\`;`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`discussion_invited\`;`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`discussion_note\`;`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`consent_retention_months\`;`)
}
