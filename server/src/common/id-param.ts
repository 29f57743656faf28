import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

/** A bigint row id in a path: digits only, or a 400 naming it (never a 500 from PostgreSQL). */
@Injectable()
export class IdParam implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[1-9]\d{0,17}$/.test(value))
      throw new BadRequestException(`The id must be a positive whole number (got "${value.slice(0, 40)}")`);
    return value;
  }
}
