import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class AuthProvidersDto {
  @ApiProperty() password!: boolean;
  @ApiProperty() oidc!: boolean;
  @ApiProperty({ nullable: true, type: String, example: 'Microsoft' }) oidcLabel!: string | null;
}

export class OidcStartQueryDto {
  @ApiPropertyOptional({ description: 'Path to return to after signing in', example: '/queue' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  next?: string;
}
