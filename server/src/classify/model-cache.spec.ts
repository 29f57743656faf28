import { compressModel, decompressModel } from './model-cache';
import { classifyWith, getModel } from './model';

const bytesOf = (array: Float32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

describe('a model as classifier_models stores it', () => {
  it('reads back as the same model, every weight bit for bit, in a fraction of the raw size', () => {
    const model = getModel();
    const stored = compressModel(model);
    // 2^20 hashed features (and the rule features) x 7 categories of float32.
    expect(stored.length).toBeLessThan(model.logistic.weights.length * 4 * 0.25);

    const loaded = decompressModel(stored)!;

    const { logistic, ...rest } = loaded;
    const { logistic: original, ...expected } = model;
    expect(rest).toEqual(expected);
    expect(logistic.outputs).toBe(original.outputs);
    expect(logistic.dimension).toBe(original.dimension);
    expect(bytesOf(logistic.weights).equals(bytesOf(original.weights))).toBe(true);
    expect(logistic.bias).toEqual(original.bias);
    const text = "Here is my OU tutor's home number, 07911 123456, if anyone in the group needs her";
    expect(classifyWith(loaded, text)).toEqual(classifyWith(model, text));
  });

  it('answers undefined, never throws, for bytes that are not a stored model', () => {
    const stored = compressModel(getModel());
    expect(decompressModel(Buffer.from([0xde, 0xad, 0xbe, 0xef]))).toBeUndefined();
    expect(decompressModel(Buffer.alloc(0))).toBeUndefined();
    expect(decompressModel(stored.subarray(0, stored.length >> 1))).toBeUndefined();
  });
});
