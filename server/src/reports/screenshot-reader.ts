import { createRequire } from 'node:module';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createWorker, type Worker } from 'tesseract.js';

const requireFromHere = createRequire(__filename);

/** Reads the text in a screenshot; what the reports service needs from OCR. */
export interface ScreenshotReader {
  read(image: Buffer): Promise<string>;
}

export const SCREENSHOT_READER = Symbol('ScreenshotReader');

/** At most this much text is kept per screenshot (a chat screenshot holds a few hundred words). */
const MAX_TEXT = 4000;

/**
 * tesseract.js with the English model from @tesseract.js-data/eng, read from node_modules: no
 * network at any point (measured in a network namespace with no interfaces, see README). The
 * worker starts on first use (≈1 s) and stays; recognition runs in its worker thread, one image at
 * a time, so the event loop stays free for the form.
 */
@Injectable()
export class TesseractReader implements ScreenshotReader, OnModuleDestroy {
  private readonly logger = new Logger('ScreenshotOcr');
  private worker: Promise<Worker> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  read(image: Buffer): Promise<string> {
    const job = this.queue.then(async () => {
      const worker = await this.start();
      const { data } = await worker.recognize(image);
      return data.text
        .replace(/[ \t]+\n/g, '\n')
        .trim()
        .slice(0, MAX_TEXT);
    });
    this.queue = job.catch(() => undefined);
    return job;
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await (await worker.catch(() => undefined))?.terminate();
  }

  private start(): Promise<Worker> {
    if (!this.worker) {
      const eng = requireFromHere('@tesseract.js-data/eng') as { langPath: string; gzip: boolean };
      this.worker = createWorker('eng', 1, {
        langPath: eng.langPath,
        gzip: eng.gzip,
        // The model is read from node_modules each start: nothing is written, nothing is fetched.
        cacheMethod: 'none',
        logger: () => undefined,
        errorHandler: (error: unknown) => this.logger.warn(`OCR worker: ${String(error)}`),
      });
      this.worker.catch(() => (this.worker = undefined));
    }
    return this.worker;
  }
}
