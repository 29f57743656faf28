import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ClassificationResult, ClassifierModelView, ClassifierPrecisionView } from '@ou-listening/shared';
import { Roles } from '../common/roles.decorator.js';
import { ClassifierService } from './classifier.service.js';
import {
  ClassificationResultDto,
  ClassifierModelViewDto,
  ClassifierPrecisionViewDto,
  ClassifyRequestDto,
} from './dto/classify.dto.js';

@ApiTags('classify')
@Controller('classify')
export class ClassifyController {
  constructor(private readonly classifier: ClassifierService) {}

  /** Tries a text against the model in use; nothing is stored. */
  @Post()
  @HttpCode(200)
  @Roles('comms', 'admin')
  @ApiOkResponse({ type: ClassificationResultDto })
  classify(@Body() body: ClassifyRequestDto): ClassificationResult {
    return this.classifier.classify(body.text);
  }

  @Get('model')
  @Roles('admin')
  @ApiOkResponse({
    type: ClassifierModelViewDto,
    description: 'The model in use and its scores on the validation split',
  })
  model(): ClassifierModelView {
    return this.classifier.describe();
  }

  @Get('precision')
  @Roles('admin')
  @ApiOkResponse({
    type: ClassifierPrecisionViewDto,
    description: "Each category's precision as staff marks record it (30 and 90 days), and the last sealed-set figures",
  })
  precision(): Promise<ClassifierPrecisionView> {
    return this.classifier.precision();
  }
}
