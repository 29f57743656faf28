import { Module } from '@nestjs/common';
import { AuthorsController } from './authors.controller.js';
import { AuthorsRepository } from './authors.repository.js';
import { AuthorsService } from './authors.service.js';

/**
 * Accounts (issue 16 §4–5): the Author page, the watchlist (a trigger raises their new mentions),
 * reports of accounts to their platform, the official accounts, and the impersonation flag (5.2).
 */
@Module({
  controllers: [AuthorsController],
  providers: [AuthorsRepository, AuthorsService],
  exports: [AuthorsService],
})
export class AuthorsModule {}
