import { Body, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { Actor } from '../common/current-user.decorator.js';
import { RolesController } from '../common/roles.decorator.js';
import { PasswordResetDto } from './dto/password.dto.js';
import { CreatedUserDto, CreateUserDto, UpdateUserDto, UserDto } from './dto/user.dto.js';
import { toUserDto, UsersService } from './users.service.js';

@RolesController({ path: 'users', tag: 'users', roles: ['admin'] })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: [UserDto] })
  async list(): Promise<UserDto[]> {
    return (await this.users.list()).map(toUserDto);
  }

  @Post()
  @ApiCreatedResponse({ type: CreatedUserDto })
  async create(@Actor() actor: Actor, @Body() body: CreateUserDto): Promise<CreatedUserDto> {
    const { user, generatedPassword } = await this.users.create(actor, body);
    return { user: toUserDto(user), generatedPassword };
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserDto })
  async update(
    @Actor() actor: Actor,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserDto> {
    return toUserDto(await this.users.update(actor, id, body));
  }

  @Post(':id/reset-password')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: PasswordResetDto, description: "The user's sessions end; they must change it at sign-in" })
  async resetPassword(
    @Actor() actor: Actor,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
  ): Promise<PasswordResetDto> {
    const { user, generatedPassword } = await this.users.resetPassword(actor, id);
    return { user: toUserDto(user), generatedPassword };
  }
}
