import { ApiProperty } from '@nestjs/swagger';
import { SessionUserDto } from './session-user.dto.js';

export class MeDto extends SessionUserDto {
  @ApiProperty({
    description:
      'When true, every route but the password change, sign-out and this one answers 403 password_change_required',
  })
  mustChangePassword!: boolean;
}
