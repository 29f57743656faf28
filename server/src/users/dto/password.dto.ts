import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../password-policy.js';
import { UserDto } from './user.dto.js';

export class ChangePasswordDto {
  @ApiProperty({ description: 'The password in use now', maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @MinLength(1, { message: 'currentPassword must not be empty' })
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword!: string;

  @ApiProperty({
    description:
      'At least 12 characters and hard to guess (zxcvbn score 3 or more); must not contain the email, ' +
      'the part of it before the @, or "Open University"',
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: MAX_PASSWORD_LENGTH,
  })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `newPassword must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword!: string;
}

export class PasswordResetDto {
  @ApiProperty({ type: UserDto }) user!: UserDto;
  @ApiProperty({ description: 'Shown once; the user must change it at their next sign-in' })
  generatedPassword!: string;
}
