import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreatedUser,
  type CreateUserRequest,
  ROLES,
  type Role,
  type UpdateUserRequest,
  type UserSummary,
} from '@ou-listening/shared';
import { IsBoolean, IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../password-policy.js';
import { OneOf, OptionalOneOf } from '../../common/one-of.js';

export class UserDto implements UserSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() disabled!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty()
  @IsEmail({ require_tld: false }, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName!: string;

  @OneOf(ROLES)
  role!: Role;

  @ApiPropertyOptional({ description: 'Generated and returned once when absent', minLength: MIN_PASSWORD_LENGTH })
  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @MaxLength(MAX_PASSWORD_LENGTH)
  password?: string;
}

export class CreatedUserDto implements CreatedUser {
  @ApiProperty({ type: UserDto }) user!: UserDto;
  @ApiPropertyOptional({ description: 'Present only when the server generated the password; shown once' })
  generatedPassword?: string;
}

export class UpdateUserDto implements UpdateUserRequest {
  @OptionalOneOf(ROLES)
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName?: string;

  @ApiPropertyOptional({ description: 'true disables the account and ends its sessions' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}
