import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiFoundResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service.js';
import { ChangePasswordDto } from '../users/dto/password.dto.js';
import { UsersService } from '../users/users.service.js';
import { ApiRefusals } from '../common/api-refusals.js';
import {
  type AuthenticatedRequest,
  clientIp,
  CurrentUser,
  OpenBeforePasswordChange,
  type SessionUser,
} from '../common/current-user.decorator.js';
import { MeDto } from './dto/me.dto.js';
import { SessionUserDto } from './dto/session-user.dto.js';
import { AuthProvidersDto, OidcStartQueryDto } from './dto/oidc.dto.js';
import { SignInDto } from './dto/sign-in.dto.js';
import { SsoSignInRefused } from './oidc.errors.js';
import { safeReturnPath } from './sign-in-form.service.js';
import { OidcService } from './oidc.service.js';
import { AnyRole, Public } from '../common/roles.decorator.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly oidc: OidcService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Get('providers')
  @ApiOkResponse({ type: AuthProvidersDto })
  providers(): AuthProvidersDto {
    return { password: true, oidc: this.oidc.enabled, oidcLabel: this.oidc.label ?? null };
  }

  @Public()
  @Get('oidc/login')
  @ApiFoundResponse({ description: "Redirects to the identity provider's sign-in page" })
  async oidcLogin(@Query() query: OidcStartQueryDto, @Res() res: Response): Promise<void> {
    res.redirect(302, (await this.oidc.start(safeReturnPath(query.next))).href);
  }

  @Public()
  @Get('oidc/callback')
  @ApiFoundResponse({ description: 'Signed in: redirects into the dashboard; refused: back to the sign-in page' })
  async oidcCallback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const query = new URLSearchParams(req.url.split('?')[1] ?? '');
    try {
      const { token, expiresAt, returnTo } = await this.oidc.finish(query, {
        ip: clientIp(req),
        userAgent: req.get('user-agent'),
      });
      setSessionCookie(req, res, token, expiresAt);
      res.redirect(302, returnTo);
    } catch (error) {
      if (!(error instanceof SsoSignInRefused)) throw error;
      res.redirect(302, `/sign-in?error=${error.code}`);
    }
  }

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SessionUserDto, description: 'Signed in; the session cookie is set' })
  @ApiUnauthorizedResponse({ description: 'Incorrect email or password' })
  @ApiTooManyRequestsResponse({ description: 'Too many failures for this account or address in 15 minutes' })
  async login(
    @Body() body: SignInDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionUserDto> {
    const { user, token, expiresAt } = await this.auth.signIn(body.email, body.password, {
      ip: clientIp(req),
      userAgent: req.get('user-agent'),
    });
    setSessionCookie(req, res, token, expiresAt);
    return user;
  }

  @AnyRole()
  @OpenBeforePasswordChange()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  async logout(
    @CurrentUser() user: SessionUser,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    if (req.sessionId) await this.auth.signOut(user, req.sessionId, { ip: clientIp(req) });
    clearSessionCookie(req, res);
  }

  @AnyRole()
  @OpenBeforePasswordChange()
  @Get('me')
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentUser() user: SessionUser): Promise<MeDto> {
    return { ...user, mustChangePassword: await this.users.mustChangePassword(user.id) };
  }

  @AnyRole()
  @OpenBeforePasswordChange()
  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Changed; every other session of this user has ended' })
  @ApiRefusals({ invalid: 'Wrong current password, or the new one breaks the policy (the message says how)' })
  @ApiTooManyRequestsResponse({ description: '5 wrong current passwords in 15 minutes' })
  async changePassword(
    @CurrentUser() user: SessionUser,
    @Req() req: AuthenticatedRequest,
    @Body() body: ChangePasswordDto,
  ): Promise<void> {
    await this.users.changeOwnPassword(user, req.sessionId, body, clientIp(req));
  }
}
