import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CategoryCode, EvidenceSnapshot, Severity } from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';

type MentionEvidenceRow = {
  platform: string;
  external_id: string;
  url: string | null;
  text: string;
  author_id: string | null;
  author_handle: string | null;
  author_name: string | null;
  posted_at: string;
  classifications: EvidenceSnapshot['classifications'];
};

@Injectable()
export class EscalationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The mention's fields and classifications as they are inside this transaction. */
  async mentionForEvidence(
    mentionId: string,
    tx: EntityManager,
  ): Promise<Omit<EvidenceSnapshot, 'capturedAt' | 'capturedBy'> | undefined> {
    const rows: MentionEvidenceRow[] = await tx.query(
      `SELECT m.platform, m.external_id, m.url, m.text, m.author_id, m.author_handle, m.author_name,
              to_char(m.posted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS posted_at,
              coalesce(jsonb_agg(jsonb_build_object('category', c.category, 'score', c.score,
                                                    'evidence', c.evidence, 'modelVersion', c.model_version)
                                 ORDER BY c.score DESC, c.category) FILTER (WHERE c.id IS NOT NULL), '[]') AS classifications
         FROM mentions m LEFT JOIN classifications c ON c.mention_id = m.id
        WHERE m.id = $1
        GROUP BY m.id`,
      [mentionId],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      platform: row.platform,
      externalId: row.external_id,
      url: row.url,
      text: row.text,
      authorId: row.author_id,
      authorHandle: row.author_handle,
      authorName: row.author_name,
      postedAt: row.posted_at,
      classifications: row.classifications,
    };
  }

  async insert(
    escalation: {
      mentionId: string;
      raisedBy: string | null;
      reason: string;
      severity: Severity;
      categories: CategoryCode[];
      evidence: EvidenceSnapshot;
      evidenceSha256: string;
    },
    tx: EntityManager,
  ): Promise<string> {
    const [row] = (await tx.query(
      `INSERT INTO escalations (mention_id, raised_by, reason, severity, categories, evidence, evidence_sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text`,
      [
        escalation.mentionId,
        escalation.raisedBy,
        escalation.reason,
        escalation.severity,
        escalation.categories,
        JSON.stringify(escalation.evidence),
        escalation.evidenceSha256,
      ],
    )) as { id: string }[];
    return row!.id;
  }
}
