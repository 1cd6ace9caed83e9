import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`consents\` ADD \`evidence_waiver\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`evidence_waiver_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`evidence_waiver_at\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`form_on_file\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`consents_evidence_waiver_by_idx\` ON \`consents\` (\`evidence_waiver_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`consents_person_idx\` ON \`consents\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`consents_expires_at_idx\` ON \`consents\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`consents_evidence_idx\` ON \`consents\` (\`evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`consents_updated_at_idx\` ON \`consents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consents_created_at_idx\` ON \`consents\` (\`created_at\`);`)
}
