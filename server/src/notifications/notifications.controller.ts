import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type SessionUser } from '../common/current-user.decorator.js';
import { AnyRole } from '../common/roles.decorator.js';
import { MarkReadDto, NotificationDto } from './dto/notification.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@AnyRole()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOkResponse({ type: [NotificationDto] })
  async list(@CurrentUser() user: SessionUser): Promise<NotificationDto[]> {
    return (await this.notifications.forUser(user)).map(({ audience: _audience, ...n }) => n);
  }

  @Post('read')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async markRead(@CurrentUser() user: SessionUser, @Body() body: MarkReadDto): Promise<void> {
    await this.notifications.markRead(user.id, body.ids);
  }
}
