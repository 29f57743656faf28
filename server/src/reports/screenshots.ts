import { createHash } from 'node:crypto';
import { REPORT_LIMITS, type ScreenshotType } from '@ou-listening/shared';
import sharp from 'sharp';
import { ScreenshotRefused } from './reports.errors.js';

export type CleanScreenshot = {
  position: number;
  mime: ScreenshotType;
  width: number;
  height: number;
  content: Buffer;
  sha256: string;
};

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/** What the bytes are, whatever the file was called or the browser claimed. */
export function sniffImageType(bytes: Buffer): ScreenshotType | null {
  if (bytes.subarray(0, 8).equals(PNG)) return 'image/png';
  if (bytes.subarray(0, 3).equals(JPEG)) return 'image/jpeg';
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/**
 * Decodes a screenshot and encodes it again in the same format. Only pixels survive: EXIF (and
 * with it GPS position, camera and time), XMP, ICC text and anything appended after the image
 * are gone. The pixel count is read from the header and checked before anything is decoded, and
 * sharp's own limitInputPixels stops a header that lies.
 */
export async function cleanScreenshot(bytes: Buffer, position: number, name: string): Promise<CleanScreenshot> {
  const field = `screenshots[${position}]`;
  const label = `Screenshot ${position}${name ? ` ("${name.slice(0, 80)}")` : ''}`;
  const mime = sniffImageType(bytes);
  if (!mime)
    throw new ScreenshotRefused(
      field,
      `${label} is not a PNG, JPEG or WebP image (judged by its content, not its name). Take a screenshot and attach that instead.`,
    );
  const max = REPORT_LIMITS.screenshotPixelsMax;
  let width: number;
  let height: number;
  let frames: number;
  try {
    const meta = await sharp(bytes, { limitInputPixels: false, failOn: 'none' }).metadata();
    width = meta.width;
    height = meta.height;
    frames = meta.pages ?? 1;
  } catch {
    throw new ScreenshotRefused(field, `${label} could not be read as an image: it may be damaged. Attach it again.`);
  }
  if (!width || !height || width * height > max)
    throw new ScreenshotRefused(
      field,
      `${label} is ${width} × ${height} pixels; the most a screenshot may have is ${(max / 1e6).toFixed(0)} million pixels. Crop or resize it.`,
    );
  // Only the first frame of an animation would be kept, and staff would never know what the rest showed.
  if (frames > 1)
    throw new ScreenshotRefused(
      field,
      `${label} is animated (${frames} frames); only a still picture can be kept. Take a screenshot of the part that matters and attach that instead.`,
    );
  let content: Buffer;
  let info: sharp.OutputInfo;
  try {
    // rotate() applies the EXIF orientation before the EXIF is dropped, so the picture stays upright.
    const pipeline = sharp(bytes, { limitInputPixels: max, failOn: 'error' }).rotate();
    const encoded =
      mime === 'image/png'
        ? pipeline.png({ compressionLevel: 9 })
        : mime === 'image/jpeg'
          ? pipeline.jpeg({ quality: 90, mozjpeg: false })
          : pipeline.webp({ quality: 90 });
    ({ data: content, info } = await encoded.toBuffer({ resolveWithObject: true }));
  } catch {
    throw new ScreenshotRefused(
      field,
      `${label} could not be decoded as a ${mime.slice(6).toUpperCase()} image: it may be damaged. Attach it again.`,
    );
  }
  return {
    position,
    mime,
    width: info.width,
    height: info.height,
    content,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}
