import { Module } from '@nestjs/common';
import { AdminBootstrap } from './admin-bootstrap.js';
import { UsersController } from './users.controller.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

@Module({
  controllers: [UsersController],
  providers: [UsersRepository, UsersService, AdminBootstrap],
  exports: [UsersService],
})
export class UsersModule {}
