import { createHmac, randomInt } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type EvidenceReport,
  type EvidenceScreenshot,
  type ReportReceipt,
  type ReportView,
  storedVerdict,
} from '@ou-listening/shared';
import type { Challenge } from 'altcha-lib';
import { DataSource, type EntityManager } from 'typeorm';
import { AUDIT_KEY } from '../audit/audit-key.js';
import { actorEntry, AuditService } from '../audit/audit.service.js';
import { ClassifierService } from '../classify/classifier.service.js';
import { Clock } from '../common/clock.js';
import type { Actor } from '../common/current-user.decorator.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ProofOfWork } from './proof-of-work.js';
import { ReportOcr } from './report-ocr.js';
import { readReportForm, type RawReportFields } from './report-form.js';
import {
  InvalidReportLink,
  ProofOfWorkRefused,
  ReportNotFound,
  ScreenshotNotFound,
  TooManyReports,
} from './reports.errors.js';
import { type ReportVerdict, ReportsRepository, type StoredScreenshot } from './reports.repository.js';
import { cleanScreenshot, type CleanScreenshot } from './screenshots.js';

/** A file as multer hands it over (memory storage). */
export type UploadedScreenshot = { fieldname: string; originalname: string; size: number; buffer: Buffer };

const HOUR_MS = 3_600_000;
// Crockford's base32 without I, L, O, U: a reference read over the phone cannot be misheard.
const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The public report form of policy paragraph 7.5 (issue 17). A report becomes a mention on
 * platform 'report', classified like any post, so it enters the same queue and the same escalation
 * path; what only a report has (where, when, who reported it, screenshots) stays in its own tables,
 * readable by comms, discipline and admin only.
 */
@Injectable()
export class ReportsService {
  private readonly logger = new Logger('Reports');
  private readonly ipKeySecret: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsRepository,
    private readonly proofOfWork: ProofOfWork,
    private readonly classifier: ClassifierService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly ocr: ReportOcr,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AUDIT_KEY) auditKey: Buffer,
  ) {
    this.ipKeySecret = createHmac('sha256', auditKey).update('report-client-address').digest();
  }

  challenge(): Promise<Challenge> {
    return this.proofOfWork.challenge(this.clock.now());
  }

  /**
   * Checks in order of cost, so abuse is turned away cheaply: the address's hourly count, the
   * proof of work, the fields, then the screenshots (decoded and re-encoded). Everything is then
   * stored in one transaction that also spends the challenge, so a refusal stores nothing.
   */
  async submit(
    fields: RawReportFields,
    files: UploadedScreenshot[],
    clientIp: string | undefined,
  ): Promise<ReportReceipt> {
    const now = this.clock.now();
    const ipKey = createHmac('sha256', this.ipKeySecret)
      .update(clientIp ?? 'unknown')
      .digest('hex');
    const windowStart = new Date(now.getTime() - HOUR_MS);
    const limit = this.config.reports.ratePerHour;
    const refuseIfOver = (recent: { n: number; oldest: Date | null }) => {
      if (recent.n < limit) return;
      const retryAt = (recent.oldest?.getTime() ?? now.getTime()) + HOUR_MS;
      throw new TooManyReports(limit, Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)));
    };
    // Before the costly work, and again under a lock per address as the report is stored, so a
    // burst of reports sent at once cannot all pass the first count together.
    refuseIfOver(await this.reports.acceptedSince(ipKey, windowStart));

    const proof = await this.proofOfWork.verify(typeof fields.altcha === 'string' ? fields.altcha : undefined);
    if (await this.reports.nonceSpent(proof.nonce)) throw replayed();
    const form = readReportForm(fields, now);
    const screenshots = await this.cleanAll(files);

    const verdict = this.verdict(form.description);
    const ocr = this.config.reports.ocr && screenshots.length > 0;
    const reference = await this.storeWithFreshReference(async (ref, tx) => {
      await this.reports.lockAddress(ipKey, tx);
      refuseIfOver(await this.reports.acceptedSince(ipKey, windowStart, tx));
      return this.reports.insert(
        {
          reference: ref,
          platform: form.platform,
          link: form.link,
          description: form.description,
          happenedAt: form.happenedAt,
          postedAt: form.happenedAtTime,
          involved: form.involved,
          reporterType: form.reporterType,
          reporterEmail: form.reporterEmail,
          consentToContact: form.consentToContact,
          ocrStatus: ocr ? 'pending' : 'off',
          screenshots,
          verdict,
          ipKey,
          nonce: proof.nonce,
          nonceExpiresAt: proof.expiresAt,
        },
        tx,
      );
    });
    await this.reports.prune(now, windowStart).catch(() => undefined);
    const emailed = form.reporterEmail ? await this.acknowledge(form.reporterEmail, reference) : false;
    if (ocr) void this.ocr.readPending();
    return { reference, emailed };
  }

  async forMention(mentionId: string): Promise<ReportView> {
    const report = await this.reports.findByMention(mentionId);
    if (!report) throw new ReportNotFound(`for mention ${mentionId}`);
    return report;
  }

  async screenshot(id: string): Promise<StoredScreenshot> {
    const shot = await this.reports.screenshot(id);
    if (!shot) throw new ScreenshotNotFound(id);
    return shot;
  }

  /** Ties a report to a mention it is about (the public post, or another report), with an audit row. */
  async link(actor: Actor, reportMentionId: string, targetMentionId: string): Promise<ReportView> {
    if (reportMentionId === targetMentionId)
      throw new InvalidReportLink('mentionId: a report cannot be linked to itself.');
    if (!(await this.reports.mentionExists(targetMentionId)))
      throw new InvalidReportLink(`mentionId: there is no mention ${targetMentionId}.`);
    await this.dataSource.transaction(async (tx) => {
      await this.reports.lockLinking(tx);
      if (await this.reports.linksReach(targetMentionId, reportMentionId, tx))
        throw new InvalidReportLink('mentionId: that report is already linked to this one; link them one way only.');
      if (!(await this.reports.link(reportMentionId, targetMentionId, tx)))
        throw new ReportNotFound(`for mention ${reportMentionId}`);
      const details = { linkedMentionId: targetMentionId };
      await this.audit.record(actorEntry(actor, 'report.link', 'mention', reportMentionId, details), tx);
    });
    return this.forMention(reportMentionId);
  }

  /**
   * What an escalation's evidence snapshot adds for a report: where and when it happened and each
   * screenshot's SHA-256 (so the snapshot's hash covers the images), never who reported it.
   * Undefined for a mention that is not a report.
   */
  async evidenceFor(
    mentionId: string,
    tx: EntityManager,
  ): Promise<{ report: EvidenceReport; screenshots: EvidenceScreenshot[] } | undefined> {
    const report = await this.reports.reportForEvidence(mentionId, tx);
    if (!report) return undefined;
    return {
      report: {
        reference: report.reference,
        platform: report.platform,
        link: report.link,
        happenedAt: report.happened_at,
        involved: report.involved,
        reporterType: report.reporter_type,
      },
      screenshots: await this.reports.evidenceScreenshots(mentionId, tx),
    };
  }

  /** Whether every screenshot an evidence snapshot names still has the bytes it was hashed with. */
  screenshotsIntact(screenshots: { id: string; sha256: string }[] | undefined): Promise<boolean> {
    return this.reports.screenshotsIntact(screenshots ?? []);
  }

  private async cleanAll(files: UploadedScreenshot[]): Promise<CleanScreenshot[]> {
    const cleaned: CleanScreenshot[] = [];
    // One at a time: each decode may use a few hundred megabytes at the pixel limit.
    for (const [i, file] of files.entries()) cleaned.push(await cleanScreenshot(file.buffer, i + 1, file.originalname));
    return cleaned;
  }

  private verdict(text: string): ReportVerdict {
    return storedVerdict(this.classifier.classify(text));
  }

  /** A reference nobody can guess; a clash with an earlier one (1 in 10^12) draws again. */
  private async storeWithFreshReference(
    store: (reference: string, tx: EntityManager) => Promise<{ mentionId: string } | null>,
  ): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const reference = newReference();
      try {
        await this.dataSource.transaction(async (tx) => {
          const stored = await store(reference, tx);
          if (!stored) throw replayed();
          await this.audit.record(
            { action: 'report.receive', targetType: 'mention', targetId: stored.mentionId, details: { reference } },
            tx,
          );
        });
        return reference;
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (
          code !== '23505' ||
          attempt >= 2 ||
          !String((error as { constraint?: unknown }).constraint).includes('reference')
        )
          throw error;
      }
    }
  }

  /** The reporter is told it arrived and its reference; never what they wrote (the mail may be read by others). */
  private async acknowledge(to: string, reference: string): Promise<boolean> {
    const sent = await this.notifications.emailPerson({
      to,
      subject: `[Open University] We have received your report ${reference}`,
      text:
        `Thank you. We have received your report and its reference is ${reference}.\n\n` +
        `The Open University's Communications Unit will look at it, and will contact you at this address ` +
        `if we need to know more or to tell you what happens next, as paragraph 7.2 of the Student Social Media ` +
        `Policy promises. For your privacy this e-mail does not repeat what you wrote.\n\n` +
        `If you or anyone else is in immediate danger, call 999 (or 112 from outside the UK).\n`,
    });
    if (!sent) this.logger.warn(`Report ${reference} was stored; its acknowledgement was not e-mailed`);
    return sent;
  }
}

function replayed(): ProofOfWorkRefused {
  return new ProofOfWorkRefused(
    'This anti-spam check was already used for a report. Tick the check box again to get a new one, then send.',
  );
}

function newReference(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `R-${code.slice(0, 4)}-${code.slice(4)}`;
}
