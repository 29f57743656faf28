import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { chainHash } from './audit-chain.js';
import type { AuditEntry } from './audit.types.js';

// Every writer of the audit log serialises on this lock so the chain has one order.
const AUDIT_CHAIN_LOCK = 7_404_001;

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends one row. Pass the EntityManager of the transaction that makes the change, so the
   * change and its audit row commit or roll back together.
   */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    if (manager?.queryRunner?.isTransactionActive) return this.append(entry, manager);
    await this.dataSource.transaction((tx) => this.append(entry, tx));
  }

  private async append(entry: AuditEntry, tx: EntityManager): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const [last] = (await tx.query('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1')) as { hash: string }[];
    const prevHash = last?.hash ?? null;
    const [row] = (await tx.query(
      `SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))::text AS id,
              to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at`,
    )) as { id: string; at: string }[];
    const content = {
      id: row!.id,
      at: row!.at,
      actorId: entry.actorId ?? null,
      actorEmail: entry.actorEmail ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
      ip: entry.ip ?? null,
    };
    await tx.query(
      `INSERT INTO audit_log (id, at, actor_id, actor_email, action, target_type, target_id, details, ip, prev_hash, hash)
       OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        content.id,
        content.at,
        content.actorId,
        content.actorEmail,
        content.action,
        content.targetType,
        content.targetId,
        JSON.stringify(content.details),
        content.ip,
        prevHash,
        chainHash(prevHash, content),
      ],
    );
  }
}
