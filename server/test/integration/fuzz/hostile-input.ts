import fc from 'fast-check';

/**
 * What an attacker or a careless client sends: the values that broke the API before (NUL, lone
 * surrogates, deep nesting, numbers past bigint, impossible dates, cursors that decode to odd
 * values, null for required fields), mixed with random text. Bodies are built as JSON text, so
 * that values JSON.stringify cannot write (1e400, 5,000 levels of nesting) reach the server.
 */

/** A fragment of JSON text, sent as it is. */
export type JsonText = string;

const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'note with a NUL \u0000 inside',
  '\ud800',
  'unpaired \udfff low surrogate',
  '\ud83d',
  '😀 emoji',
  '%00',
  "'; DROP TABLE mentions; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'me',
  'ME',
  'None',
  'null',
  'true',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e-50',
  '99999999999999999999',
  '9223372036854775808',
  '2026-02-30',
  '0000-01-01',
  '2026-13-01',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '1970-01-01T00:00:00Z',
  'not-an-email@',
  'comms@open.ac.uk',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  'x',
];

const ODD_NUMBERS: JsonText[] = [
  '0',
  '-1',
  '1',
  '1.5',
  '-0',
  '9007199254740993',
  '9223372036854775808',
  '99999999999999999999',
  '1e308',
  '1e400',
  '-1e400',
  '5e-324',
  '1e-50',
];

export const oddString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }).map((s) => `${s}\u0000${s}`) },
  { weight: 1, arbitrary: fc.constantFrom(300, 5_001, 20_000, 120_000).map((n) => 'long text '.repeat(n / 10)) },
);

/** JSON nested `depth` levels deep; 5,000 levels overflowed the stack on every JSON route. */
export const deepNesting: fc.Arbitrary<JsonText> = fc
  .tuple(fc.constantFrom(31, 33, 100, 5_000), fc.boolean())
  .map(([depth, arrays]) =>
    arrays ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
  );

/** Any JSON value a field might receive instead of the one it expects. */
export const oddJsonValue: fc.Arbitrary<JsonText> = fc.oneof(
  { weight: 5, arbitrary: oddString.map((s) => JSON.stringify(s)) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom('null', 'true', 'false', '[]', '{}', '[null]', '{"":null}') },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: fc.array(oddString, { maxLength: 3 }).map((a) => JSON.stringify(a)) },
  { weight: 1, arbitrary: fc.dictionary(oddString, oddString, { maxKeys: 2 }).map((o) => JSON.stringify(o)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)) },
);

/** A JSON object written from entries whose values are already JSON text. */
export function objectText(entries: [string, JsonText][]): JsonText {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`;
}

export type BodyToSend = { contentType: string; text: string };

/**
 * A body for a route whose valid body is `sample`: the sample with one or two fields spoiled or
 * added, a different JSON value altogether, broken JSON, or a body that is not JSON at all.
 */
export function hostileBody(sample: Record<string, unknown>, fieldNames: readonly string[]): fc.Arbitrary<BodyToSend> {
  const validEntries = Object.entries(sample).map(([k, v]): [string, JsonText] => [k, JSON.stringify(v)]);
  const spoiled = fc
    .array(fc.tuple(someName(Object.keys(sample), fieldNames), oddJsonValue), { minLength: 1, maxLength: 2 })
    .map((changes) => {
      const entries = new Map(validEntries);
      for (const [name, value] of changes) entries.set(name, value);
      return objectText([...entries]);
    });
  const json = (text: fc.Arbitrary<JsonText>) => text.map((t) => ({ contentType: 'application/json', text: t }));
  return fc.oneof(
    { weight: 8, arbitrary: json(spoiled) },
    { weight: 2, arbitrary: json(oddJsonValue) },
    { weight: 1, arbitrary: json(fc.constant(objectText(validEntries))) },
    { weight: 1, arbitrary: json(fc.constantFrom('{', '{"a":1}}', '\u0000', '{"a":"\\ud800"', '')) },
    {
      weight: 1,
      arbitrary: fc.record({
        contentType: fc.constantFrom(
          'application/x-www-form-urlencoded',
          'text/plain',
          'multipart/form-data; boundary=x',
          'application/json; charset=utf-16',
        ),
        text: fc.constantFrom('email=a%40open.ac.uk&password=x', 'includeReposts=', '--x\r\n\r\n--x--'),
      }),
    },
  );
}

/** Percent-encodes the UTF-8 of a string (lone surrogates become U+FFFD, as any HTTP client sends them). */
function encode(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9\-_.~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/** Already percent-encoded text a client can put in a URL but no encoder would write. */
const RAW_URL_TEXT = ['%00', '%ED%A0%80', '%FF', '%', '%zz', '%2F', '..'];

export const urlText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: oddString.filter((s) => s.length < 3_000).map(encode) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_URL_TEXT) },
);

/** A cursor as the API writes one (base64url JSON) with one of its parts odd, or all of them. */
export const oddCursor: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      { s: 'risk', t: 0, k: '0.5', i: '1' },
      { s: 'newest', t: 0, k: '2026-01-31T09:00:00.000000Z', i: '1' },
    ),
    fc.record(
      {
        s: fc.constantFrom('risk', 'newest', 'RISK', ''),
        t: fc.constantFrom(1, 2, 3, -1, 1.5, '0', true, null),
        k: fc.oneof(
          fc.constantFrom('1e-50', '1e-40', '-0', '1e+5', 'NaN', '0x1', '2026-02-30T00:00:00.000000Z'),
          fc.constantFrom('0000-01-01T00:00:00.000000Z', '2026-01-31T24:00:00.000000Z', '9999-12-31T23:59:59.999999Z'),
          oddString.filter((s) => s.length < 100),
        ),
        i: fc.constantFrom('0', '99999999999999999999', '-1', '1.5', 'x', 1),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([valid, odd]) => Buffer.from(JSON.stringify({ ...valid, ...odd })).toString('base64url'));

/** Mostly the names the route really uses, sometimes one that belongs to another route. */
function someName(own: readonly string[], others: readonly string[]): fc.Arbitrary<string> {
  if (own.length === 0) return fc.constantFrom(...others);
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...own) },
    { weight: 1, arbitrary: fc.constantFrom(...others) },
  );
}

/**
 * A query string for a route whose valid query is `sample`: some of its parameters spoiled,
 * repeated or added.
 */
export function hostileQuery(sample: Record<string, string>, parameterNames: readonly string[]): fc.Arbitrary<string> {
  const value = (name: string) => (name === 'cursor' ? fc.oneof(oddCursor, urlText) : urlText);
  const change = someName(Object.keys(sample), parameterNames).chain((name) =>
    fc.tuple(fc.constant(name), fc.array(value(name), { minLength: 1, maxLength: 2 })),
  );
  return fc.array(change, { maxLength: 3 }).map((changes) => {
    const params = new Map<string, string[]>(Object.entries(sample).map(([k, v]) => [k, [encode(v)]]));
    for (const [name, values] of changes) params.set(name, values);
    const pairs = [...params].flatMap(([name, values]) => values.map((v) => `${encode(name)}=${v}`));
    return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
  });
}

/** A path parameter: a real id, or something that only looks like one. */
export function hostilePathParameter(realIds: readonly string[]): fc.Arbitrary<string> {
  const lookalikes = fc.constantFrom(
    '0',
    '-1',
    '1.5',
    '1e3',
    '007',
    '9223372036854775807',
    '9223372036854775808',
    '99999999999999999999',
    '0x10',
    'ME',
    'ffffffff-ffff-4fff-bfff-ffffffffffff',
    'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  );
  return fc.oneof(
    { weight: 2, arbitrary: realIds.length > 0 ? fc.constantFrom(...realIds) : lookalikes },
    { weight: 3, arbitrary: lookalikes },
    { weight: 1, arbitrary: urlText.filter((s) => s.length > 0) },
  );
}
