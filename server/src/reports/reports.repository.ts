import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  EvidenceScreenshot,
  ReportedPlatform,
  ReporterType,
  ReportScreenshotView,
  ReportView,
  ScreenshotType,
  StoredVerdict,
} from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { type Queryable, returnedRows, selectRows } from '../database/sql.js';
import type { CleanScreenshot } from './screenshots.js';

/** A verdict ready to store: the same shape ingestion writes. */
export type ReportVerdict = StoredVerdict;

export type NewReport = {
  reference: string;
  platform: ReportedPlatform;
  link: string | null;
  description: string;
  happenedAt: string;
  postedAt: Date;
  involved: string | null;
  reporterType: ReporterType;
  reporterEmail: string | null;
  consentToContact: boolean;
  ocrStatus: 'pending' | 'off';
  screenshots: CleanScreenshot[];
  verdict: ReportVerdict;
  ipKey: string;
  nonce: string;
  nonceExpiresAt: Date;
};

type ReportRow = {
  id: string;
  reference: string;
  mention_id: string;
  platform: ReportedPlatform;
  link: string | null;
  happened_at: string;
  involved: string | null;
  reporter_type: ReporterType;
  reporter_email: string | null;
  consent_to_contact: boolean;
  contact_deleted_at: Date | null;
  ocr_status: ReportView['ocrStatus'];
  linked_mention_id: string | null;
  created_at: Date;
};

type ScreenshotRow = {
  id: string;
  position: number;
  mime: ScreenshotType;
  width: number;
  height: number;
  size: number;
  sha256: string;
  ocr_text: string | null;
};

/** A screenshot as evidence: what it is and its hash, without its OCR text. */
function asEvidence(s: ScreenshotRow): Omit<ReportScreenshotView, 'ocrText'> {
  return {
    id: s.id,
    position: s.position,
    mime: s.mime,
    width: s.width,
    height: s.height,
    bytes: s.size,
    sha256: s.sha256,
  };
}

export type StoredScreenshot = { id: string; mime: ScreenshotType; sha256: string; content: Buffer };

@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async acceptedSince(
    ipKey: string,
    since: Date,
    db: Queryable = this.dataSource,
  ): Promise<{ n: number; oldest: Date | null }> {
    const [row] = await selectRows<{ n: number; oldest: Date | null }>(
      db,
      `SELECT count(*)::int AS n, min(at) AS oldest FROM report_submissions WHERE ip_key = $1 AND at > $2`,
      [ipKey, since],
    );
    return row!;
  }

  /** Until `tx` ends, other submissions from this address wait here: their count is taken after. */
  async lockAddress(ipKey: string, tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('report-address:' || $1, 0))`, [ipKey]);
  }

  async nonceSpent(nonce: string): Promise<boolean> {
    const rows = await selectRows<unknown>(this.dataSource, `SELECT 1 FROM report_pow_used WHERE nonce = $1`, [nonce]);
    return rows.length > 0;
  }

  /** What only matters for an hour: spent challenges past their expiry, submissions past the window. */
  async prune(now: Date, windowStart: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM report_pow_used WHERE expires_at < $1`, [now]);
    await this.dataSource.query(`DELETE FROM report_submissions WHERE at < $1`, [windowStart]);
  }

  /**
   * Spends the challenge and stores the report, its mention, verdict and screenshots in the
   * caller's transaction. Returns null, having stored nothing, when the challenge was spent already.
   */
  async insert(report: NewReport, tx: EntityManager): Promise<{ mentionId: string } | null> {
    const spent = await selectRows<unknown>(
      tx,
      `INSERT INTO report_pow_used (nonce, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING nonce`,
      [report.nonce, report.nonceExpiresAt],
    );
    if (spent.length === 0) return null;
    const { verdict } = report;
    const [mention] = await selectRows<{ id: string }>(
      tx,
      // The author is whoever posted what is reported, unknown here; the queue shows the reference in its place.
      `INSERT INTO mentions (platform, external_id, url, author_name, text, lang, posted_at, top_category, risk_score,
                             second_look)
       VALUES ('report', $1, $2, 'Report ' || $1, $3, 'en', $4, $5, $6, $7) RETURNING id::text AS id`,
      [
        report.reference,
        report.link,
        report.description,
        report.postedAt,
        verdict.topCategory,
        verdict.riskScore,
        [...new Set(verdict.secondLook)].sort(),
      ],
    );
    const mentionId = mention!.id;
    await this.insertVerdict(mentionId, verdict, tx);
    const [stored] = await selectRows<{ id: string }>(
      tx,
      `INSERT INTO reports (reference, mention_id, platform, link, happened_at, involved, reporter_type, reporter_email,
                            consent_to_contact, ocr_status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id::text AS id`,
      [
        report.reference,
        mentionId,
        report.platform,
        report.link,
        report.happenedAt,
        report.involved,
        report.reporterType,
        report.reporterEmail,
        report.consentToContact,
        report.ocrStatus,
      ],
    );
    for (const shot of report.screenshots)
      await tx.query(
        `INSERT INTO report_screenshots (report_id, position, mime, width, height, size, sha256, content)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [stored!.id, shot.position, shot.mime, shot.width, shot.height, shot.content.length, shot.sha256, shot.content],
      );
    await tx.query(`INSERT INTO report_submissions (ip_key) VALUES ($1)`, [report.ipKey]);
    return { mentionId };
  }

  async findByMention(mentionId: string): Promise<ReportView | undefined> {
    const rows = await selectRows<ReportRow>(this.dataSource, `${REPORT_SELECT} WHERE mention_id = $1`, [mentionId]);
    const row = rows[0];
    if (!row) return undefined;
    const shots = await selectRows<ScreenshotRow>(
      this.dataSource,
      `SELECT id::text, position, mime, width, height, size, sha256, ocr_text
         FROM report_screenshots WHERE report_id = $1 ORDER BY position`,
      [row.id],
    );
    return {
      reference: row.reference,
      mentionId: row.mention_id,
      platform: row.platform,
      link: row.link,
      happenedAt: row.happened_at,
      involved: row.involved,
      reporterType: row.reporter_type,
      reporterEmail: row.reporter_email,
      consentToContact: row.consent_to_contact,
      contactDeletedAt: row.contact_deleted_at?.toISOString() ?? null,
      ocrStatus: row.ocr_status,
      linkedMentionId: row.linked_mention_id,
      receivedAt: row.created_at.toISOString(),
      screenshots: shots.map((s) => ({ ...asEvidence(s), ocrText: s.ocr_text })),
    };
  }

  async screenshot(id: string): Promise<StoredScreenshot | undefined> {
    const rows = await selectRows<StoredScreenshot>(
      this.dataSource,
      `SELECT id::text, mime, sha256, content FROM report_screenshots WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /** The screenshots as evidence: hashes and sizes, inside the escalating transaction. */
  async evidenceScreenshots(mentionId: string, tx: EntityManager): Promise<EvidenceScreenshot[]> {
    const rows = await selectRows<ScreenshotRow>(
      tx,
      `SELECT s.id::text, s.position, s.mime, s.width, s.height, s.size, s.sha256
         FROM report_screenshots s JOIN reports r ON r.id = s.report_id
        WHERE r.mention_id = $1 ORDER BY s.position`,
      [mentionId],
    );
    return rows.map(asEvidence);
  }

  /** Whether the stored bytes of these screenshots still hash to what was recorded. */
  async screenshotsIntact(shots: { id: string; sha256: string }[]): Promise<boolean> {
    if (shots.length === 0) return true;
    const rows = await selectRows<{ id: string; sha256: string }>(
      this.dataSource,
      `SELECT id::text, encode(sha256(content), 'hex') AS sha256 FROM report_screenshots WHERE id = ANY($1::bigint[])`,
      [shots.map((s) => s.id)],
    );
    const now = new Map(rows.map((r) => [r.id, r.sha256]));
    return shots.every((s) => now.get(s.id) === s.sha256);
  }

  async reportForEvidence(mentionId: string, tx: EntityManager): Promise<ReportRow | undefined> {
    const rows = await selectRows<ReportRow>(tx, `${REPORT_SELECT} WHERE mention_id = $1`, [mentionId]);
    return rows[0];
  }

  /** Reports whose screenshots wait to be read, oldest first. */
  async pendingOcr(limit: number): Promise<{ reportId: string; mentionId: string; description: string }[]> {
    return await selectRows<{ reportId: string; mentionId: string; description: string }>(
      this.dataSource,
      `SELECT r.id::text AS "reportId", r.mention_id::text AS "mentionId", m.text AS description
         FROM reports r JOIN mentions m ON m.id = r.mention_id
        WHERE r.ocr_status = 'pending' ORDER BY r.id LIMIT $1`,
      [limit],
    );
  }

  async screenshotsToRead(reportId: string): Promise<{ id: string; content: Buffer }[]> {
    return await selectRows<{ id: string; content: Buffer }>(
      this.dataSource,
      `SELECT id::text, content FROM report_screenshots WHERE report_id = $1 ORDER BY position`,
      [reportId],
    );
  }

  /**
   * Stores what OCR read and the verdict on description plus that text, replacing the verdict the
   * description alone had. The mention's text gains the screenshot text, so what comms read is
   * what was classified and the evidence spans point into it.
   */
  async saveOcr(input: {
    reportId: string;
    mentionId: string;
    texts: { id: string; text: string }[];
    text: string;
    verdict: ReportVerdict;
  }): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      for (const shot of input.texts)
        await tx.query(`UPDATE report_screenshots SET ocr_text = $2 WHERE id = $1`, [shot.id, shot.text]);
      await tx.query(`DELETE FROM classifications WHERE mention_id = $1`, [input.mentionId]);
      await tx.query(
        `UPDATE mentions SET text = $2, top_category = $3, risk_score = $4, second_look = $5, version = version + 1
          WHERE id = $1`,
        [
          input.mentionId,
          input.text,
          input.verdict.topCategory,
          input.verdict.riskScore,
          [...new Set(input.verdict.secondLook)].sort(),
        ],
      );
      await this.insertVerdict(input.mentionId, input.verdict, tx);
      await tx.query(`UPDATE reports SET ocr_status = 'done' WHERE id = $1`, [input.reportId]);
    });
  }

  async ocrFailed(reportId: string): Promise<void> {
    await this.dataSource.query(`UPDATE reports SET ocr_status = 'failed' WHERE id = $1`, [reportId]);
  }

  async mentionExists(id: string): Promise<boolean> {
    const rows = await selectRows<unknown>(this.dataSource, `SELECT 1 FROM mentions WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  /** Serialises links until `tx` ends, so two links made at once cannot close a loop neither saw. */
  async lockLinking(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('reports.link'))`);
  }

  /** Whether the reports linked on from `fromMentionId` (it, what it links to, and so on) reach `toMentionId`. */
  async linksReach(fromMentionId: string, toMentionId: string, tx: EntityManager): Promise<boolean> {
    const rows = await selectRows<unknown>(
      tx,
      `WITH RECURSIVE chain(mention_id, depth) AS (
         SELECT $1::bigint, 0
         UNION
         SELECT r.linked_mention_id, c.depth + 1 FROM chain c JOIN reports r ON r.mention_id = c.mention_id
          WHERE r.linked_mention_id IS NOT NULL AND c.depth < 1000)
       SELECT 1 FROM chain WHERE mention_id = $2::bigint LIMIT 1`,
      [fromMentionId, toMentionId],
    );
    return rows.length > 0;
  }

  async link(reportMentionId: string, targetMentionId: string, tx: EntityManager): Promise<boolean> {
    const rows = returnedRows<{ id: string }>(
      await tx.query(`UPDATE reports SET linked_mention_id = $2 WHERE mention_id = $1 RETURNING id::text`, [
        reportMentionId,
        targetMentionId,
      ]),
    );
    return rows.length > 0;
  }

  private async insertVerdict(mentionId: string, verdict: ReportVerdict, tx: EntityManager): Promise<void> {
    if (verdict.categories.length === 0) return;
    await tx.query(
      `INSERT INTO classifications (mention_id, category, score, evidence, model_version)
       SELECT $1::bigint, category, score, evidence, $2
         FROM unnest($3::text[], $4::real[], $5::jsonb[]) AS c(category, score, evidence)`,
      [
        mentionId,
        verdict.modelVersion,
        verdict.categories.map((c) => c.category),
        verdict.categories.map((c) => c.score),
        verdict.categories.map((c) => JSON.stringify(c.evidence)),
      ],
    );
  }
}

const REPORT_SELECT = `
  SELECT id::text, reference, mention_id::text, platform, link, happened_at, involved, reporter_type, reporter_email,
         consent_to_contact, contact_deleted_at, ocr_status, linked_mention_id::text, created_at
    FROM reports`;
