import { fixedMessage, withMessage, withStatus } from '../common/domain-error.js';

export class SourceNotFound extends withMessage(404, (id: string) => `There is no source ${id}`) {}

export class SourceNameTaken extends withMessage(409, (name: string) => `A source named "${name}" already exists`) {}

export class UnsupportedSourceKind extends withMessage(
  400,
  (kind: string, supported: string[]) =>
    `This server has no connector for "${kind}" sources (it has: ${supported.join(', ')})`,
) {}

export class WatchQueryNotFound extends withMessage(404, (id: string) => `There is no watch query ${id}`) {}

export class WatchQueryNameTaken extends withMessage(
  409,
  (name: string) => `A watch query named "${name}" already exists`,
) {}

export class EmptyWatchQuery extends fixedMessage(400, 'A watch query needs at least one phrase, handle or hashtag') {}

/** A watch query a platform would refuse (an X query over 512 characters). */
export class PlatformRefusesWatchQuery extends withStatus(400) {}
