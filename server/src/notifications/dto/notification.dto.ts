import { ApiProperty } from '@nestjs/swagger';
import type { NotificationView } from '@ou-listening/shared';
import { ArrayMaxSize, IsArray, Matches } from 'class-validator';

export class NotificationDto implements NotificationView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['escalation', 'spike_alert'] }) kind!: NotificationView['kind'];
  @ApiProperty() subject!: string;
  @ApiProperty({ description: 'A path in the dashboard' }) link!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() read!: boolean;
}

export class MarkReadDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(/^\d{1,18}$/, { each: true, message: 'ids must be notification ids' })
  ids!: string[];
}
