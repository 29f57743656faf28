import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role, type SessionUser } from '@ou-listening/shared';

export class SessionUserDto implements SessionUser {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;
}
