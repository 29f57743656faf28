import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { storedVerdict } from '@ou-listening/shared';
import { ClassifierService } from '../classify/classifier.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { ReportsRepository } from './reports.repository.js';
import { SCREENSHOT_READER, type ScreenshotReader } from './screenshot-reader.js';

const OCR_HEADING = '\n\n[Text read from the screenshots]\n';
const OCR_BATCH = 5;

/**
 * Reads the text in a public report's screenshots after the report is stored (REPORT_OCR), so the
 * form never waits for it: the text is added to the report's mention, which is classified again.
 */
@Injectable()
export class ReportOcr implements OnApplicationBootstrap {
  private readonly logger = new Logger('Reports');
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly reports: ReportsRepository,
    private readonly classifier: ClassifierService,
    @Inject(SCREENSHOT_READER) private readonly reader: ScreenshotReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Screenshots left unread by a process that stopped are read now. */
  onApplicationBootstrap(): void {
    if (this.config.reports.ocr) void this.readPending();
  }

  /** Reads screenshots of reports waiting for OCR, one report at a time, until none is left. */
  readPending(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        for (const pending of await this.reports.pendingOcr(OCR_BATCH).catch(() => [])) {
          await this.readReport(pending);
          this.again = true;
        }
      } while (this.again);
    })()
      .catch((error: unknown) => this.logger.error(`OCR pass failed: ${String(error)}`))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async readReport(pending: { reportId: string; mentionId: string; description: string }): Promise<void> {
    const started = Date.now();
    try {
      const texts: { id: string; text: string }[] = [];
      for (const shot of await this.reports.screenshotsToRead(pending.reportId))
        texts.push({ id: shot.id, text: await this.reader.read(shot.content) });
      const found = texts.map((t) => t.text).filter(Boolean);
      const text = found.length > 0 ? `${pending.description}${OCR_HEADING}${found.join('\n\n')}` : pending.description;
      const verdict = storedVerdict(this.classifier.classify(text));
      await this.reports.saveOcr({ ...pending, texts, text, verdict });
      this.logger.log(`Read ${texts.length} screenshot(s) of a report in ${Date.now() - started} ms`);
    } catch (error) {
      this.logger.warn(`Could not read the screenshots of report ${pending.reportId}: ${String(error)}`);
      await this.reports.ocrFailed(pending.reportId).catch(() => undefined);
    }
  }
}
