import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`comments\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`post_id\` integer NOT NULL,
  	\`body\` text NOT NULL,
  	\`author_id\` integer,
  	\`author_name\` text,
  	\`resolved\` integer DEFAULT false,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_post_idx\` ON \`comments\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_author_idx\` ON \`comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_resolved_by_idx\` ON \`comments\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`comments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_rels_order_idx\` ON \`comments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_parent_idx\` ON \`comments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_path_idx\` ON \`comments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_users_id_idx\` ON \`comments_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`post_id\` integer,
  	\`link\` text,
  	\`key\` text,
  	\`message_fr\` text,
  	\`message_en\` text,
  	\`read_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_post_idx\` ON \`notifications\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_key_idx\` ON \`notifications\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`notifications_read_at_idx\` ON \`notifications\` (\`read_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_email_notification_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_email_notification_kinds_order_idx\` ON \`users_email_notification_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_email_notification_kinds_parent_idx\` ON \`users_email_notification_kinds\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`code_of_conduct_version\` numeric;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notification_language\` text DEFAULT 'fr';`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comments_id\` integer REFERENCES comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notifications_id\` integer REFERENCES notifications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`ALTER TABLE \`policy\` ADD \`code_of_conduct_version\` numeric;`)
  await db.run(sql`ALTER TABLE \`policy\` ADD \`code_of_conduct_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`policy\` ADD \`code_of_conduct_text_fr\` text DEFAULT 'En utilisant les médias sociaux au nom de l’organisme, je m’engage à :
  
  1. Ne pas devenir « ami » avec des enfants rencontrés lors des ateliers, ni les suivre ou les contacter sur les médias sociaux, ni leur écrire en privé.
  
  2. Ne jamais offrir d’accompagnement ou d’intervention par un média social : j’invite la personne qui demande de l’aide à téléphoner à l’organisme, au 811 (Info-Social) ou au 911 en cas d’urgence.
  
  3. Ne publier aucune information personnelle sur les personnes impliquées dans l’organisme (souhaits de fête, décès, congé de maladie, naissance…).
  
  4. Ne publier aucune photo d’une personne reconnaissable sans son consentement écrit en vigueur (celui d’un parent ou tuteur avant 14 ans).
  
  5. Respecter la politique de l’organisme : catégories de contenu, positions officielles adoptées par la Collective, approbation par la personne responsable avant toute publication.
  
  6. Garder confidentiels les renseignements personnels auxquels j’ai accès et signaler sans délai à la personne responsable tout contenu préjudiciable, diffamatoire ou toute demande d’aide reçue.';`)
  await db.run(sql`ALTER TABLE \`policy\` ADD \`code_of_conduct_text_en\` text DEFAULT 'When I use social media on behalf of the organisation, I commit to:
  
  1. Not become "friends" with children met in workshops, nor follow, contact or message them privately on social media.
  
  2. Never offer support or intervention through social media: I invite anyone asking for help to call the organisation, 811 (Info-Social) or 911 in an emergency.
  
  3. Publish no personal information about people involved in the organisation (birthday wishes, deaths, sick leave, births…).
  
  4. Publish no photo of an identifiable person without their written consent in force (a parent’s or tutor’s under 14).
  
  5. Follow the organisation’s policy: content categories, official positions adopted by the Collective, approval by the responsible person before anything is published.
  
  6. Keep confidential the personal information I have access to, and report at once to the responsible person any harmful or defamatory content and any request for help received.';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`DROP TABLE \`comments_rels\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`DROP TABLE \`users_email_notification_kinds\`;`)
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
  	\`audience_snapshots_id\` integer,
  	\`meetings_id\` integer,
  	\`moderation_log_id\` integer,
  	\`help_requests_id\` integer,
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
  	FOREIGN KEY (\`audience_snapshots_id\`) REFERENCES \`audience_snapshots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`moderation_log_id\`) REFERENCES \`moderation_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`help_requests_id\`) REFERENCES \`help_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`purge_log_id\`) REFERENCES \`purge_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "posts_id", "media_id", "positions_id", "categories_id", "people_id", "consents_id", "consent_forms_id", "privacy_tasks_id", "audience_snapshots_id", "meetings_id", "moderation_log_id", "help_requests_id", "audit_log_id", "purge_log_id", "users_id") SELECT "id", "order", "parent_id", "path", "posts_id", "media_id", "positions_id", "categories_id", "people_id", "consents_id", "consent_forms_id", "privacy_tasks_id", "audience_snapshots_id", "meetings_id", "moderation_log_id", "help_requests_id", "audit_log_id", "purge_log_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audience_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`audience_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_moderation_log_id_idx\` ON \`payload_locked_documents_rels\` (\`moderation_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_help_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`help_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_purge_log_id_idx\` ON \`payload_locked_documents_rels\` (\`purge_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`code_of_conduct_version\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_language\`;`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`code_of_conduct_version\`;`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`code_of_conduct_published_at\`;`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`code_of_conduct_text_fr\`;`)
  await db.run(sql`ALTER TABLE \`policy\` DROP COLUMN \`code_of_conduct_text_en\`;`)
}
