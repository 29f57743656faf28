import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { Public, Roles } from '../common/roles.decorator.js';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { HealthResponse, SystemHealth } from '@ou-listening/shared';
import type { Response } from 'express';
import { SystemHealthService } from './system-health.service.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: TypeOrmHealthIndicator,
    private readonly system: SystemHealthService,
  ) {}

  @Get()
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The server and its database are up' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const up = await this.databaseUp();
    if (!up) res.status(HttpStatus.SERVICE_UNAVAILABLE).setHeader('Retry-After', '10');
    return { status: up ? 'ok' : 'error', database: up ? 'up' : 'down' };
  }

  /** For admins: each source's last run, the classifier in use, and the accounts by role. */
  @Get('system')
  @Roles('admin')
  @ApiOkResponse({ description: 'Sources, classifier and users at a glance' })
  async systemHealth(): Promise<SystemHealth> {
    return this.system.describe((await this.databaseUp()) ? 'up' : 'down');
  }

  private async databaseUp(): Promise<boolean> {
    const result = await this.db.pingCheck('database', { timeout: 2_000 });
    return result.database?.status === 'up';
  }
}
