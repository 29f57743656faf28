/**
 * npm run retrain
 *
 * Trains a fresh model on the corpus plus staff corrections from the server's database, scores it
 * on the validation split, records it in classifier_models and promotes it if it is not worse than
 * the model in use. Running servers switch to a promoted model at their next check (10 minutes).
 * Exit code: 0 when a model was judged (promoted, rejected or unchanged), 75 when another
 * retraining holds the lock, 1 on error.
 */
import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { openCliDatabase } from './cli-database.js';
import { type AppConfig, ConfigError, loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { ClassifierTrainingService, type RetrainOutcome } from '../classify/classifier-training.service.js';
import { ClassifyModule } from '../classify/classify.module.js';

@Module({})
class RetrainCliModule {
  static forRoot(url: string): DynamicModule {
    return { module: RetrainCliModule, imports: [TypeOrmModule.forRoot(dataSourceOptions(url)), ClassifyModule] };
  }
}

function describeOutcome(result: RetrainOutcome): string {
  if (result.outcome === 'skipped') {
    return result.reason === 'locked'
      ? 'Another retraining is running; nothing done.'
      : 'A model was trained recently; nothing done.';
  }
  const f1 = (x: number) => x.toFixed(3);
  const verdict = {
    promoted: 'promoted: it is now the model in use',
    rejected: 'recorded but not promoted: it scores worse than the model in use on validation or the sealed set',
    unchanged: 'unchanged: no corrections since this model was judged',
  }[result.outcome];
  return [
    `model ${result.version} (${result.correctionsUsed} corrections): validation macro-F1 ${f1(result.macroF1)}`,
    `model in use ${result.previousVersion}: validation macro-F1 ${f1(result.previousMacroF1)}`,
    result.sealedMacroF1 === null || result.previousSealedMacroF1 === null
      ? 'sealed set: not shipped here, so validation alone decided'
      : `sealed set macro-F1: ${f1(result.sealedMacroF1)} against ${f1(result.previousSealedMacroF1)} for the model in use`,
    verdict,
  ].join('\n');
}

async function main(): Promise<number> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : String(error));
    return 78;
  }
  const database = await openCliDatabase(config);
  try {
    const app = await NestFactory.createApplicationContext(RetrainCliModule.forRoot(database.url), {
      logger: ['error', 'warn'],
    });
    try {
      const result = await app.get(ClassifierTrainingService).retrain();
      console.log(describeOutcome(result));
      return result.outcome === 'skipped' ? 75 : 0;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
