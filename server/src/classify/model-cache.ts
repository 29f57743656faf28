import { createHash } from 'node:crypto';
import { brotliCompressSync, brotliDecompressSync, constants as zlib } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findCorpusDir } from './corpus.js';
import type { TrainedModel } from './model.js';

/**
 * Trained models kept on disk, so a process that starts (a replica, a CLI, every test file that
 * starts the app) loads the model in milliseconds instead of training it again. A model is found
 * by its version (corpus, rules, options, corrections) together with a hash of the classifier's
 * own code, so a code change can never load weights trained by other code. Anything unreadable
 * is ignored and the model trained afresh.
 *
 * CLASSIFIER_CACHE_DIR sets the folder (default: the system's temporary folder); "off" disables it.
 */
const FORMAT = 'ou-listening-classifier/2';

function cacheDir(): string | undefined {
  const setting = process.env.CLASSIFIER_CACHE_DIR;
  if (setting === 'off') return undefined;
  return setting ? path.resolve(setting) : path.join(tmpdir(), 'ou-listening-classifier');
}

let codeHash: string | undefined;

/**
 * Where the classifier's source is: beside its corpus when the source tree is there (so the compiled
 * server and ts-jest share cached models), else the folder this module was loaded from.
 */
function codeRoot(): string {
  try {
    const source = path.dirname(findCorpusDir());
    if (existsSync(path.join(source, 'model.ts'))) return source;
  } catch {
    // No corpus found: training will say so; the hash falls back below.
  }
  return __dirname;
}

/**
 * A hash of every source (or compiled) file of the classifier; its corpus is in the version already.
 * Stored beside a model's weights in classifier_models, so other code never loads them.
 */
export function classifierCodeHash(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (name === 'corpus' || name.endsWith('.map')) continue;
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(?:ts|js)$/.test(name) && !/\.spec\.ts$/.test(name)) hash.update(name).update(readFileSync(file));
    }
  };
  walk(codeRoot());
  codeHash = hash.digest('hex').slice(0, 16);
  return codeHash;
}

function fileFor(dir: string, version: string): string {
  return path.join(dir, `${version}-${classifierCodeHash()}.bin`);
}

type Header = Omit<TrainedModel, 'logistic' | 'trainedAt'> & {
  format: string;
  trainedAt: string;
  outputs: number;
  dimension: number;
  bias: number[];
  nonZero: number;
};

/**
 * The one serialized form of a model, on disk and (compressed) in classifier_models: a JSON header
 * with everything but the weights, then the non-zero weights as the gaps between their indices
 * (int32, mostly small, so they compress to about a byte each) and their values (float32, exact).
 */
function serialize(model: TrainedModel): Buffer {
  const { logistic, trainedAt, ...rest } = model;
  const indices: number[] = [];
  for (let i = 0; i < logistic.weights.length; i++) if (logistic.weights[i] !== 0) indices.push(i);
  const header: Header = {
    ...rest,
    format: FORMAT,
    trainedAt: trainedAt.toISOString(),
    outputs: logistic.outputs,
    dimension: logistic.dimension,
    bias: Array.from(logistic.bias),
    nonZero: indices.length,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const gaps = Int32Array.from(indices, (index, j) => index - (j === 0 ? 0 : indices[j - 1]!));
  const val = Float32Array.from(indices, (i) => logistic.weights[i]!);
  return Buffer.concat([length, json, Buffer.from(gaps.buffer), Buffer.from(val.buffer)]);
}

/** The model in `buffer`, or undefined when it is of another format, torn or out of range. */
function deserialize(buffer: Buffer): TrainedModel | undefined {
  if (buffer.length < 4) return undefined;
  const jsonLength = buffer.readUInt32LE(0);
  if (4 + jsonLength > buffer.length) return undefined;
  const header = JSON.parse(buffer.subarray(4, 4 + jsonLength).toString('utf8')) as Header;
  if (header.format !== FORMAT) return undefined;
  const body = 4 + jsonLength;
  const n = header.nonZero;
  if (buffer.length !== body + n * 8) return undefined;
  // Copied out so the typed arrays are aligned whatever the Buffer's offset in its pool.
  const gaps = new Int32Array(buffer.buffer.slice(buffer.byteOffset + body, buffer.byteOffset + body + n * 4));
  const val = new Float32Array(buffer.buffer.slice(buffer.byteOffset + body + n * 4, buffer.byteOffset + body + n * 8));
  const weights = new Float32Array(header.outputs * header.dimension);
  let index = 0;
  for (let j = 0; j < n; j++) {
    index += gaps[j]!;
    if (index < 0 || index >= weights.length) return undefined;
    weights[index] = val[j]!;
  }
  const { format: _format, trainedAt, outputs, dimension, bias, nonZero: _nonZero, ...rest } = header;
  return {
    ...rest,
    trainedAt: new Date(trainedAt),
    logistic: { outputs, dimension, weights, bias: Float64Array.from(bias) },
  };
}

/**
 * A model as classifier_models stores it: the serialized form, brotli-compressed. Measured on lr-8's
 * 11 MB form: quality 4 gives 4.5 MB, its brotli step about 0.1 s and 35 ms back; 5 gave 4.8 MB;
 * 9 gave 5.2 MB from the raw indices in 3.6 s; gzip gave 5.4 MB.
 */
export function compressModel(model: TrainedModel): Buffer {
  return brotliCompressSync(serialize(model), { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } });
}

/** The model in bytes from compressModel; undefined (never a throw) for anything else. */
export function decompressModel(stored: Buffer): TrainedModel | undefined {
  try {
    return deserialize(brotliDecompressSync(stored));
  } catch {
    return undefined;
  }
}

/** The model of this version from the cache, or trained now (and then kept). */
export function cachedOrTrained(version: string, train: () => TrainedModel): TrainedModel {
  const dir = cacheDir();
  if (!dir) return train();
  const file = fileFor(dir, version);
  try {
    if (existsSync(file)) {
      const model = deserialize(readFileSync(file));
      if (model?.version === version) return model;
    }
  } catch {
    // A torn or foreign file: train afresh and write over it.
  }
  const model = train();
  if (model.version !== version) return model;
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize(model));
    renameSync(temporary, file);
  } catch {
    // A read-only or full disk only costs the next start its training time.
  }
  return model;
}
