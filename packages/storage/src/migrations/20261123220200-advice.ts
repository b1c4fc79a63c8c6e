import { sql } from 'kysely';
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('advice_request')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('requesting_department', 'text', (c) => c.notNull())
    .addColumn('measure_codes', 'jsonb', (c) => c.notNull())
    .addColumn('bundle_codes', 'jsonb', (c) => c.notNull())
    .addColumn('mcc_uid', 'text', (c) => c.notNull())
    .addColumn('mcc_at', 'timestamptz', (c) => c.notNull())
    .addColumn('addressees', 'jsonb', (c) => c.notNull())
    .addColumn('deadlines', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();

  // content-addressed storage: the key is the SHA-256 of the bytes, so equal files are one row
  await db.schema
    .createTable('package_blob')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('information_package')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('advice_request.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('supersedes_id', 'uuid', (c) => c.references('information_package.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'sent')`))
    .addColumn('root_hash', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint('information_package_version', ['request_id', 'version'])
    .execute();
  await db.schema
    .createTable('package_item')
    .addColumn('package_id', 'uuid', (c) => c.notNull().references('information_package.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('document', 'snapshot')`))
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().references('package_blob.sha256'))
    .addPrimaryKeyConstraint('package_item_pk', ['package_id', 'name'])
    .execute();
  await db.schema
    .createTable('package_delivery')
    .addColumn('package_id', 'uuid', (c) => c.notNull().references('information_package.id'))
    .addColumn('body', 'text', (c) => c.notNull().check(sql`body in ('OMT', 'MIT')`))
    .addColumn('available_at', 'timestamptz', (c) => c.notNull())
    .addColumn('root_hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('package_delivery_pk', ['package_id', 'body'])
    .execute();
  // What is sent stays as it was sent: items, blobs and deliveries never change, and a sent
  // package's row cannot change either. A correction is a new version.
  await sql`
    create function advice_immutable() returns trigger language plpgsql as $$
    begin
      raise exception '% is immutable: % is not allowed', tg_table_name, tg_op;
    end
    $$`.execute(db);
  await sql`
    create function information_package_sealed() returns trigger language plpgsql as $$
    begin
      if old.status = 'sent' then
        raise exception 'information package % was sent and is immutable; send a correction as a new version', old.id;
      end if;
      if tg_op = 'UPDATE' and (new.root_hash <> old.root_hash or new.request_id <> old.request_id or new.version <> old.version) then
        raise exception 'information package % is content-addressed; its root hash does not change', old.id;
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end
    $$`.execute(db);
  for (const table of ['package_item', 'package_blob', 'package_delivery']) {
    await sql`
      create trigger ${sql.raw(`${table}_immutable`)} before update or delete on ${sql.table(table)}
      for each row execute function advice_immutable()`.execute(db);
  }
  await sql`
    create trigger information_package_sealed before update or delete on information_package
    for each row execute function information_package_sealed()`.execute(db);

  await db.schema
    .createTable('advisory_report')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('advice_request.id'))
    .addColumn('body', 'text', (c) => c.notNull().check(sql`body in ('OMT', 'MIT')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sections', 'jsonb', (c) => c.notNull())
    .addColumn('measure_codes', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft', 'adopted', 'sent')`),
    )
    .addColumn('confidentiality', 'text', (c) =>
      c.notNull().check(sql`confidentiality in ('public', 'internal', 'confidential')`),
    )
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('adopted_at', 'timestamptz')
    .addColumn('sent_at', 'timestamptz')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint('advisory_report_one_per_body', ['request_id', 'body'])
    .execute();
  await db.schema
    .createTable('consent')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('advisory_report.id'))
    .addColumn('section_keys', 'jsonb')
    .addColumn('grantee_role', 'text', (c) => c.notNull())
    .addColumn('granted_by', 'uuid', (c) => c.notNull())
    .addColumn('granted_by_name', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'uuid')
    .addColumn('revocation_reason', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consent_report').on('consent').column('report_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('consent').execute();
  await db.schema.dropTable('advisory_report').execute();
  await db.schema.dropTable('package_delivery').execute();
  await db.schema.dropTable('package_item').execute();
  await db.schema.dropTable('information_package').execute();
  await db.schema.dropTable('package_blob').execute();
  await sql`drop function information_package_sealed()`.execute(db);
  await sql`drop function advice_immutable()`.execute(db);
  await db.schema.dropTable('advice_request').execute();
}
