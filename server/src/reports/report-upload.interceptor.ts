import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { REPORT_LIMITS } from '@ou-listening/shared';
import type { Observable } from 'rxjs';

const MB = 1024 * 1024;

/** multer, in memory, within the form's limits: no part of a report ever touches the disk. */
const Multipart = FilesInterceptor('screenshots', REPORT_LIMITS.screenshotsMax, {
  limits: {
    fileSize: REPORT_LIMITS.screenshotBytesMax,
    files: REPORT_LIMITS.screenshotsMax,
    fields: 12,
    // The longest field, a 5,000-character description, in 4-byte characters, with room to spare.
    fieldSize: 32 * 1024,
    fieldNameSize: 100,
    parts: 20,
  },
});

/**
 * Parses the multipart report and turns multer's terse errors into answers that name the field
 * and say what to do. A screenshot over 5 MB stops the upload there (multer stops reading it) and
 * is answered 413, never a 500.
 */
@Injectable()
export class ReportUploadInterceptor implements NestInterceptor {
  private readonly multipart = new Multipart();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multipart.intercept(context, next);
    } catch (error) {
      throw explain(error);
    }
  }
}

function explain(error: unknown): unknown {
  if (!(error instanceof HttpException)) return error;
  const message = String((error.getResponse() as { message?: unknown }).message ?? error.message);
  const field = / - (\S+)$/.exec(message)?.[1];
  const answer = (status: 400 | 413, fieldName: string | null, text: string) =>
    status === 413
      ? new PayloadTooLargeException({ statusCode: 413, error: 'Payload Too Large', message: text, field: fieldName })
      : new BadRequestException({ statusCode: 400, error: 'Bad Request', message: text, field: fieldName });
  if (error instanceof PayloadTooLargeException)
    return answer(
      413,
      'screenshots',
      `Each screenshot may be at most ${REPORT_LIMITS.screenshotBytesMax / MB} MB. Crop it, or take the screenshot again, and attach that.`,
    );
  if (message.startsWith('Too many files'))
    return answer(400, 'screenshots', `Attach at most ${REPORT_LIMITS.screenshotsMax} screenshots.`);
  if (message.startsWith('Unexpected file field') || message.startsWith('Unexpected field'))
    return answer(
      400,
      field ?? null,
      `${field ?? 'A field'}: only "screenshots" may carry files. Send the rest as text.`,
    );
  if (message.startsWith('Field value too long'))
    return answer(413, field ?? null, `${field ?? 'A field'} is longer than the form takes. Shorten it.`);
  if (message.startsWith('Too many fields') || message.startsWith('Too many parts'))
    return answer(400, null, "The report has more fields than the form sends. Send only the form's fields.");
  return answer(400, field ?? null, `The report could not be read (${message}). Send it again from the form.`);
}
