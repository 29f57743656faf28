import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { OidcLoginsRepository } from './oidc-logins.repository.js';
import { OidcService } from './oidc.service.js';
import { SessionGuard } from './session.guard.js';
import { SessionsRepository } from './sessions.repository.js';
import { SignInAttemptsRepository } from './sign-in-attempts.repository.js';
import { SignInFormService } from './sign-in-form.service.js';
import { VerificationSlots } from './verification-slots.js';

@Module({
  imports: [UsersModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    OidcService,
    OidcLoginsRepository,
    SessionsRepository,
    SignInAttemptsRepository,
    SignInFormService,
    VerificationSlots,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthService, SignInFormService],
})
export class AuthModule {}
