import { Client } from 'pg';
import { adminUrl } from './test-database';
import type { TestApp } from './test-app';

/**
 * Makes PostgreSQL refuse every note with the SQLSTATE the note's text starts with ("22023 …",
 * "23505 …", "XX000 …"), quoting the whole text in the error's message and detail, as a failed
 * cast or a unique key quotes a value. Installed as the admin, on the app's own database.
 */
export async function failNotesWithTheirSqlState(t: TestApp): Promise<void> {
  const url = new URL(adminUrl());
  url.pathname = `/${t.databaseName}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`
      CREATE FUNCTION test_fail_note() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION USING ERRCODE = split_part(NEW.body, ' ', 1), MESSAGE = 'note refused: ' || NEW.body,
                              DETAIL = NEW.body, CONSTRAINT = 'test_note_check', TABLE = 'notes';
      END $$;
      CREATE TRIGGER test_fail_note BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION test_fail_note();`);
  } finally {
    await client.end();
  }
}
