import { Injectable, type PipeTransform } from '@nestjs/common';
import { MENTION_ID } from './dto/mention-actions.dto.js';
import { InvalidMentionId } from './mentions.errors.js';

/** `:id` of a mention: a bigint kept as a string (beyond 2^53 a number would round). */
@Injectable()
export class MentionIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!MENTION_ID.test(value)) throw new InvalidMentionId();
    return value;
  }
}
