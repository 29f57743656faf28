import { applyDecorators, Body, Get, HttpCode, Post, Query, type Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { ApiRefusals } from '../common/api-refusals.js';
import { Actor, CurrentUser, type SessionUser } from '../common/current-user.decorator.js';
import { RolesController } from '../common/roles.decorator.js';
import { PathId } from '../common/path-id.js';
import {
  AssignDto,
  BlockDto,
  BulkDto,
  EscalateDto,
  HideDto,
  MarkDto,
  NoteDto,
  ReplyDto,
  UnhideDto,
  UnmarkDto,
} from './dto/mention-actions.dto.js';
import { MentionListQueryDto, QueueSummaryQueryDto } from './dto/mention-query.dto.js';
import {
  AssignableUserDto,
  BulkNotFoundDto,
  BulkResultDto,
  EscalateResultDto,
  MentionConflictDto,
  MentionDetailDto,
  MentionListItemDto,
  MentionNoteDto,
  MentionPageDto,
  QueueSummaryDto,
  SafeguardingAlertDto,
  SafeguardingContactDto,
} from './dto/mention.dto.js';
import { MentionsService } from './mentions.service.js';

/** How a triage action is documented besides its 200 answer's type. */
type ActionDoc = {
  /** What the 200 answer means, where the type alone does not say. */
  description?: string;
  /** 409 with the mention as it now stands: the version sent is stale, or (a string says why) it no longer applies. */
  stale?: true | string;
  /** 422: the platform does not allow the action here; says when. */
  platform?: string;
  /** 400 beyond a missing or malformed version: what else in the body can be refused. */
  invalid?: string;
};

/** A triage action on one mention: POST /mentions/:id/<action>, answering 200 with what it changed. */
function MentionAction(action: string, type: Type<unknown>, doc: ActionDoc = {}): MethodDecorator {
  const { description, stale, platform, invalid } = doc;
  return applyDecorators(
    Post(`:id/${action}`),
    HttpCode(200),
    ApiOkResponse({ type, ...(description ? { description } : {}) }),
    ...(stale
      ? [ApiConflictResponse({ type: MentionConflictDto, ...(stale === true ? {} : { description: stale }) })]
      : []),
    ...(platform ? [ApiUnprocessableEntityResponse({ description: platform })] : []),
    ...(invalid ? [ApiBadRequestResponse({ description: invalid })] : []),
  );
}

/** The Communications Unit's queue. Managers see aggregates and discipline officers cases, never this. */
@RolesController({ path: 'mentions', tag: 'mentions', roles: ['comms', 'admin'] })
export class MentionsController {
  constructor(private readonly mentions: MentionsService) {}

  @Get()
  @ApiOkResponse({ type: MentionPageDto, description: 'One page of the queue' })
  @ApiRefusals({ invalid: 'A filter, the cursor or the limit is not valid' })
  list(@Query() query: MentionListQueryDto, @CurrentUser() user: SessionUser): Promise<MentionPageDto> {
    return this.mentions.list(query, user.id);
  }

  @Get('summary')
  @ApiOkResponse({ type: QueueSummaryDto, description: 'Counts for the same filters as the list, less category' })
  summary(@Query() query: QueueSummaryQueryDto, @CurrentUser() user: SessionUser): Promise<QueueSummaryDto> {
    return this.mentions.summary(query, user.id);
  }

  @Get('assignable-users')
  @ApiOkResponse({ type: [AssignableUserDto], description: 'Enabled comms and admin users, by name' })
  assignableUsers(): Promise<AssignableUserDto[]> {
    return this.mentions.assignableUsers();
  }

  @Get('safeguarding-contacts')
  @ApiOkResponse({ type: [SafeguardingContactDto], description: "The University's contacts (SAFEGUARDING_CONTACTS)" })
  safeguardingContacts(): SafeguardingContactDto[] {
    return this.mentions.safeguardingContacts();
  }

  @Get('safeguarding-alert')
  @ApiOkResponse({
    type: SafeguardingAlertDto,
    description: 'How an urgent escalation reaches the Safeguarding Referrals Team here',
  })
  safeguardingAlert(): SafeguardingAlertDto {
    return this.mentions.safeguardingAlert();
  }

  @Post('seen')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The queue counts as seen by the caller from now' })
  async seen(@CurrentUser() user: SessionUser): Promise<void> {
    await this.mentions.markQueueSeen(user.id);
  }

  @Post('bulk')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkResultDto, description: 'Every mention changed, each with its audit row' })
  @ApiNotFoundResponse({ type: BulkNotFoundDto, description: 'Some ids do not exist; nothing was changed' })
  bulk(@Body() body: BulkDto, @Actor() actor: Actor): Promise<BulkResultDto> {
    return this.mentions.bulk(actor, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: MentionDetailDto })
  @ApiNotFoundResponse()
  detail(@PathId() id: string): Promise<MentionDetailDto> {
    return this.mentions.detail(id);
  }

  @MentionAction('hide', MentionListItemDto, { stale: true })
  hide(@PathId() id: string, @Body() body: HideDto, @Actor() actor: Actor): Promise<MentionListItemDto> {
    return this.mentions.hide(actor, id, body);
  }

  @MentionAction('unhide', MentionListItemDto, { stale: 'Stale version, or the mention is not hidden' })
  unhide(@PathId() id: string, @Body() body: UnhideDto, @Actor() actor: Actor): Promise<MentionListItemDto> {
    return this.mentions.unhide(actor, id, body);
  }

  @MentionAction('reply', MentionListItemDto, {
    description: 'Marked responded; the reply is sent (or kept and retried)',
    stale: true,
    platform: 'The platform or the comment does not allow a reply; the reason says why',
    invalid: 'No text, or more than 2,000 characters',
  })
  reply(@PathId() id: string, @Body() body: ReplyDto, @Actor() actor: Actor): Promise<MentionListItemDto> {
    return this.mentions.reply(actor, id, body);
  }

  @MentionAction('escalate', EscalateResultDto, { stale: 'Stale version, or a case is already open' })
  escalate(@PathId() id: string, @Body() body: EscalateDto, @Actor() actor: Actor): Promise<EscalateResultDto> {
    return this.mentions.escalate(actor, id, body);
  }

  @MentionAction('mark', MentionListItemDto, { stale: true })
  mark(@PathId() id: string, @Body() body: MarkDto, @Actor() actor: Actor): Promise<MentionListItemDto> {
    return this.mentions.mark(actor, id, body);
  }

  @MentionAction('unmark', MentionListItemDto, {
    description: "The caller's latest mark is taken back",
    stale: 'Stale version, or no mark of the caller to undo',
  })
  unmark(@PathId() id: string, @Body() body: UnmarkDto, @Actor() actor: Actor): Promise<MentionListItemDto> {
    return this.mentions.unmark(actor, id, body.version);
  }

  @MentionAction('block-author', MentionDetailDto, {
    description: 'The block is recorded and sent (or kept and retried)',
    platform: 'The platform does not allow blocking this author; the reason says why',
  })
  blockAuthor(@PathId() id: string, @Body() body: BlockDto, @Actor() actor: Actor): Promise<MentionDetailDto> {
    return this.mentions.block(actor, id, true, body.reason);
  }

  @MentionAction('unblock-author', MentionDetailDto, {
    description: 'The block is reversed on the platform',
    platform: 'The platform does not allow blocking this author',
  })
  unblockAuthor(@PathId() id: string, @Actor() actor: Actor): Promise<MentionDetailDto> {
    return this.mentions.block(actor, id, false);
  }

  @MentionAction('assign', MentionListItemDto, {
    invalid: 'The user does not exist, is disabled, or does not work the queue',
  })
  assign(@PathId() id: string, @Body() body: AssignDto, @Actor() actor: Actor): Promise<MentionListItemDto> {
    return this.mentions.assign(actor, id, body.userId);
  }

  @Post(':id/notes')
  @ApiCreatedResponse({ type: MentionNoteDto })
  addNote(@PathId() id: string, @Body() body: NoteDto, @Actor() actor: Actor): Promise<MentionNoteDto> {
    return this.mentions.addNote(actor, id, body.body);
  }
}
