import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CategoryCode, isCategoryCode } from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Correction, TrainedModel } from './model.js';
import { selectRow, selectRows } from '../database/sql.js';

/** What a model row keeps of its validation run: the report, the thresholds chosen on it, and the posts on each side. */
export type StoredScores = Pick<TrainedModel, 'validation' | 'params' | 'trainingPosts' | 'validationPosts'>;

export type ClassifierModelRow = {
  version: string;
  trainedAt: Date;
  correctionsUsed: number;
  corrections: Correction[];
  scores: StoredScores;
  promoted: boolean;
  active: boolean;
};

/** A model's weights as stored with its row: compressModel's bytes and the code hash that trained them. */
export type StoredWeights = { weights: Buffer; codeHash: string };

export type NewClassifierModel = Omit<ClassifierModelRow, 'active'> & StoredWeights;

/** The first model a server uses where none was recorded: the corpus-only one, taken as promoted. */
export type FirstClassifierModel = Omit<NewClassifierModel, 'promoted' | 'corrections'>;

/** A staff correction as `latestCorrections` reads it: the categories as stored, unchecked. */
type CorrectionRow = { mentionId: string; text: string; categories: string[] | null };

/** Staff marks on flagged real mentions, for one category within one window. */
export type MarkedPrecisionRow = { days: number; category: string; confirmed: number; falsePositives: number };

/** A window of the precision figures: marks made since `since`, named by its length in days. */
export type PrecisionWindow = { days: number; since: Date };

const MODEL_SELECT = `
  SELECT version, trained_at AS "trainedAt", corrections_used AS "correctionsUsed", corrections, scores,
         promoted, active
  FROM classifier_models`;

// pg_try_advisory_lock(class, key): one retraining at a time across replicas and the CLI.
const RETRAIN_LOCK: readonly [number, number] = [0x0c1a55, 1];

/** One model row; a promoted one is the active one (the caller has cleared the old active row). */
async function insertModel(
  tx: EntityManager,
  model: Omit<NewClassifierModel, 'promoted'>,
  promoted: boolean,
): Promise<void> {
  await tx.query(
    `INSERT INTO classifier_models
       (version, trained_at, corrections_used, corrections, scores, promoted, active, weights, code_hash)
     VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $6, $7, $8)`,
    [
      model.version,
      model.trainedAt,
      model.correctionsUsed,
      JSON.stringify(model.corrections),
      JSON.stringify(model.scores),
      promoted,
      model.weights,
      model.codeHash,
    ],
  );
}

@Injectable()
export class ClassifierModelsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The latest correction of each mention: a mark that names categories, or a false positive
   * (no categories: the post is harmless). Demo mentions are invented posts, not staff judgement
   * on real ones, so they never train the model. Ordered by mention so the model is reproducible.
   */
  async latestCorrections(): Promise<Correction[]> {
    const rows = await selectRows<CorrectionRow>(
      this.dataSource,
      `
      SELECT mention_id::text AS "mentionId", text, categories
      FROM (SELECT DISTINCT ON (mk.mention_id) mk.mention_id, m.text, mk.corrected_categories AS categories
            FROM mention_marks mk JOIN mentions m ON m.id = mk.mention_id
            WHERE NOT m.is_demo AND (mk.corrected_categories IS NOT NULL OR mk.mark = 'false_positive')
            ORDER BY mk.mention_id, mk.created_at DESC, mk.id DESC) latest
      ORDER BY mention_id`,
    );
    return rows.map((r) => ({
      mentionId: r.mentionId,
      text: r.text,
      labels: [...new Set((r.categories ?? []).filter(isCategoryCode))].sort() as CategoryCode[],
    }));
  }

  /**
   * Per window and category, how the latest mark of each flagged real mention judged the flag,
   * counting mentions whose latest mark was made since the window's start; every window in one
   * query. A correction that names the category, or any mark but false positive, confirms it;
   * false positive, or a correction without it, does not.
   */
  async markedPrecision(windows: readonly PrecisionWindow[]): Promise<MarkedPrecisionRow[]> {
    return await selectRows<MarkedPrecisionRow>(
      this.dataSource,
      `WITH latest AS (
         SELECT DISTINCT ON (mk.mention_id) mk.mention_id, mk.mark, mk.corrected_categories, mk.created_at
         FROM mention_marks mk
         ORDER BY mk.mention_id, mk.created_at DESC, mk.id DESC)
       SELECT w.days, c.category,
              count(*) FILTER (WHERE l.mark <> 'false_positive'
                                 AND (l.corrected_categories IS NULL OR c.category = ANY (l.corrected_categories)))::int
                AS confirmed,
              count(*) FILTER (WHERE l.mark = 'false_positive'
                                 OR (l.corrected_categories IS NOT NULL AND c.category <> ALL (l.corrected_categories)))::int
                AS "falsePositives"
       FROM unnest($1::int[], $2::timestamptz[]) AS w(days, since)
       JOIN latest l ON l.created_at >= w.since
       JOIN mentions m ON m.id = l.mention_id AND NOT m.is_demo
       JOIN classifications c ON c.mention_id = l.mention_id
       GROUP BY w.days, c.category`,
      [windows.map((w) => w.days), windows.map((w) => w.since)],
    );
  }

  async active(): Promise<ClassifierModelRow | undefined> {
    const [row] = await selectRows<ClassifierModelRow>(this.dataSource, `${MODEL_SELECT} WHERE active`);
    return row;
  }

  async find(version: string): Promise<ClassifierModelRow | undefined> {
    const [row] = await selectRows<ClassifierModelRow>(this.dataSource, `${MODEL_SELECT} WHERE version = $1`, [
      version,
    ]);
    return row;
  }

  async latestTrainedAt(): Promise<Date | undefined> {
    const row = await selectRow<{ at: Date | null }>(
      this.dataSource,
      `SELECT max(trained_at) AS at FROM classifier_models`,
    );
    return row?.at ?? undefined;
  }

  /** Records a model with its weights; a promoted one becomes the only active row, in the same transaction. */
  async record(model: NewClassifierModel): Promise<void> {
    await this.dataSource.transaction(async (tx: EntityManager) => {
      if (model.promoted) await tx.query(`UPDATE classifier_models SET active = false WHERE active`);
      await insertModel(tx, model, model.promoted);
    });
  }

  /**
   * Records the model a server uses where no row is active (the corpus-only one) as the active row,
   * unless another replica recorded one first (or this version is already recorded). Answers
   * whether this call recorded it.
   */
  async recordFirst(model: FirstClassifierModel): Promise<boolean> {
    const rows = await selectRows<{ version: string }>(
      this.dataSource,
      `INSERT INTO classifier_models
         (version, trained_at, corrections_used, corrections, scores, promoted, active, weights, code_hash)
       SELECT $1, $2, $3, '[]'::jsonb, $4::jsonb, true, true, $5, $6
       WHERE NOT EXISTS (SELECT 1 FROM classifier_models WHERE active)
       ON CONFLICT DO NOTHING
       RETURNING version`,
      [
        model.version,
        model.trainedAt,
        model.correctionsUsed,
        JSON.stringify(model.scores),
        model.weights,
        model.codeHash,
      ],
    );
    return rows.length > 0;
  }

  /**
   * Records the model the active row rebuilds as under this code (a release changed the corpus or
   * the classifier), with the same corrections, as the active row in its place, so later starts load
   * it. Does nothing if that version is already recorded or the row is no longer the active one.
   * Answers whether it recorded it.
   */
  async recordRebuild(model: Omit<NewClassifierModel, 'promoted'>, replacing: string): Promise<boolean> {
    return await this.dataSource.transaction(async (tx: EntityManager) => {
      if (
        await selectRow<{ version: string }>(tx, `SELECT version FROM classifier_models WHERE version = $1`, [
          model.version,
        ])
      )
        return false;
      const replaced = await selectRows<{ version: string }>(
        tx,
        `UPDATE classifier_models SET active = false WHERE active AND version = $1 RETURNING version`,
        [replacing],
      );
      if (replaced.length === 0) return false;
      await insertModel(tx, model, true);
      return true;
    });
  }

  /** The weights stored with a model's row, if any (a row recorded before they were kept has none). */
  async weightsOf(version: string): Promise<StoredWeights | undefined> {
    return await selectRow<StoredWeights>(
      this.dataSource,
      `SELECT weights, code_hash AS "codeHash" FROM classifier_models WHERE version = $1 AND weights IS NOT NULL`,
      [version],
    );
  }

  /** Keeps weights trained by this code with a row, over whatever it held, so the next start loads them. */
  async storeWeights(version: string, stored: StoredWeights): Promise<void> {
    await this.dataSource.query(`UPDATE classifier_models SET weights = $2, code_hash = $3 WHERE version = $1`, [
      version,
      stored.weights,
      stored.codeHash,
    ]);
  }

  /**
   * Runs `work` holding the retraining lock on a connection of its own (released by PostgreSQL if
   * this process dies); answers undefined at once when someone else holds it.
   */
  async withRetrainLock<T>(work: () => Promise<T>): Promise<T | undefined> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      const lock = await selectRow<{ locked: boolean }>(runner, 'SELECT pg_try_advisory_lock($1, $2) AS locked', [
        ...RETRAIN_LOCK,
      ]);
      if (!lock?.locked) return undefined;
      try {
        return await work();
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1, $2)', [...RETRAIN_LOCK]).catch(() => undefined);
      }
    } finally {
      await runner.release().catch(() => undefined);
    }
  }
}
