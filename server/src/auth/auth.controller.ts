import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ROLES } from '@ou-listening/shared';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service.js';
import { type AuthenticatedRequest, clientIp, CurrentUser, type SessionUser } from './current-user.decorator.js';
import { SessionUserDto } from './dto/session-user.dto.js';
import { SignInDto } from './dto/sign-in.dto.js';
import { Public, Roles } from './roles.decorator.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

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

  @Roles(...ROLES)
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

  @Roles(...ROLES)
  @Get('me')
  @ApiOkResponse({ type: SessionUserDto })
  me(@CurrentUser() user: SessionUser): SessionUserDto {
    return user;
  }
}
