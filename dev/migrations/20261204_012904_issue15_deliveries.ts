import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { dropAddedColumns } from '../db/dropAddedColumns'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`deliveries\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`summary\` text,
  	\`post_id\` integer NOT NULL,
  	\`network\` text NOT NULL,
  	\`channel_account_id\` integer,
  	\`state\` text DEFAULT 'queued' NOT NULL,
  	\`remote_id\` text,
  	\`remote_url\` text,
  	\`idempotency_key\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`first_attempt_at\` text,
  	\`last_attempt_at\` text,
  	\`next_attempt_at\` text,
  	\`failure_reason\` text,
  	\`failure_detail\` text,
  	\`posted_at\` text,
  	\`removal_cause\` text,
  	\`removed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`channel_account_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`deliveries_post_idx\` ON \`deliveries\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_channel_account_idx\` ON \`deliveries\` (\`channel_account_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_state_idx\` ON \`deliveries\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_posted_at_idx\` ON \`deliveries\` (\`posted_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`channel_accounts\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`network\` text NOT NULL,
  	\`server_url\` text,
  	\`identifier\` text,
  	\`secret_stored\` text,
  	\`secret_set_at\` text,
  	\`active\` integer DEFAULT true,
  	\`health\` text DEFAULT 'unchecked',
  	\`account_name\` text,
  	\`health_checked_at\` text,
  	\`rate_limited_until\` text,
  	\`health_detail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`channel_accounts_updated_at_idx\` ON \`channel_accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_created_at_idx\` ON \`channel_accounts\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`deliveries_id\` integer REFERENCES deliveries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`channel_accounts_id\` integer REFERENCES channel_accounts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channel_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`channel_accounts_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // Not drizzle-kit's rebuild of payload_locked_documents_rels: see dev/db/dropAddedColumns.ts.
  await dropAddedColumns(db as never, 'payload_locked_documents_rels', ['deliveries_id', 'channel_accounts_id'])
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`channel_accounts\`;`)
}
