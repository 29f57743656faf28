import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@ou-listening/shared';

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;
}
