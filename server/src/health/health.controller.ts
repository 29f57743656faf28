import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { Public } from '../common/roles.decorator.js';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { HealthResponse } from '@ou-listening/shared';
import type { Response } from 'express';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly db: TypeOrmHealthIndicator) {}

  @Get()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The server and its database are up' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const result = await this.db.pingCheck('database', { timeout: 2_000 });
    const up = result.database?.status === 'up';
    if (!up) res.status(HttpStatus.SERVICE_UNAVAILABLE).setHeader('Retry-After', '10');
    return { status: up ? 'ok' : 'error', database: up ? 'up' : 'down' };
  }
}
