import { DomainError } from '../common/domain-error.js';

export class SourceNotFound extends DomainError {
  readonly status = 404;
  constructor(id: string) {
    super(`There is no source ${id}`);
  }
}

export class SourceNameTaken extends DomainError {
  readonly status = 409;
  constructor(name: string) {
    super(`A source named "${name}" already exists`);
  }
}

export class UnsupportedSourceKind extends DomainError {
  readonly status = 400;
  constructor(kind: string, supported: string[]) {
    super(`This server has no connector for "${kind}" sources (it has: ${supported.join(', ')})`);
  }
}

export class WatchQueryNotFound extends DomainError {
  readonly status = 404;
  constructor(id: string) {
    super(`There is no watch query ${id}`);
  }
}

export class WatchQueryNameTaken extends DomainError {
  readonly status = 409;
  constructor(name: string) {
    super(`A watch query named "${name}" already exists`);
  }
}

export class EmptyWatchQuery extends DomainError {
  readonly status = 400;
  constructor() {
    super('A watch query needs at least one phrase, handle or hashtag');
  }
}

/** A watch query a platform would refuse (an X query over 512 characters). */
export class PlatformRefusesWatchQuery extends DomainError {
  readonly status = 400;
  constructor(problem: string) {
    super(problem);
  }
}
