import type { QueryRunner } from 'typeorm';

const OPERATIONS = {
  insert: 'REFERENCING NEW TABLE AS new_rows',
  delete: 'REFERENCING OLD TABLE AS old_rows',
  update: 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows',
  truncate: '',
} as const;

/**
 * The four statement-level triggers that keep a copy of `table` current: `<name>_insert`, `_delete`,
 * `_update` and `_truncate`, each running the migration's own `<name>_on_<operation>()` with the
 * changed rows as `new_rows` / `old_rows`. Migrations that ran depend on this: change it only by adding.
 */
export async function createStatementTriggers(queryRunner: QueryRunner, table: string, name: string): Promise<void> {
  for (const [operation, transition] of Object.entries(OPERATIONS))
    await queryRunner.query(`
      CREATE TRIGGER ${name}_${operation} AFTER ${operation.toUpperCase()} ON ${table} ${transition}
      FOR EACH STATEMENT EXECUTE FUNCTION ${name}_on_${operation}()`);
}

/** Drops what createStatementTriggers made, and the functions they ran. */
export async function dropStatementTriggers(queryRunner: QueryRunner, table: string, name: string): Promise<void> {
  for (const operation of Object.keys(OPERATIONS)) {
    await queryRunner.query(`DROP TRIGGER ${name}_${operation} ON ${table}`);
    await queryRunner.query(`DROP FUNCTION ${name}_on_${operation}()`);
  }
}
