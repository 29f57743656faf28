import { StripDirectionControls } from './direction-controls.pipe';

const pipe = new StripDirectionControls();
const body = (value: unknown) => pipe.transform(value, { type: 'body' });

describe('text-direction controls in a request body', () => {
  it('are dropped from every text field, however deep, and left in passwords and tokens', () => {
    expect(
      body({
        note: 'the file \u202Egnp.exe\u202C',
        tags: ['\u2066a\u2069'],
        nested: { reason: 'x\u202Dy' },
        newPassword: 'pass\u202Eword',
        accessToken: 't\u2067',
        count: 3,
      }),
    ).toEqual({
      note: 'the file gnp.exe',
      tags: ['a'],
      nested: { reason: 'xy' },
      newPassword: 'pass\u202Eword',
      accessToken: 't\u2067',
      count: 3,
    });
  });

  it('keep the marks right-to-left writers use (LRM, RLM, ALM)', () => {
    expect(body({ note: 'שלום\u200F OU \u200E\u061C' })).toEqual({ note: 'שלום\u200F OU \u200E\u061C' });
  });

  it('keep a "__proto__" key an own field, for validation to refuse, not the copy’s prototype', () => {
    const out = body(JSON.parse('{"__proto__":{"isAdmin":true},"note":"hi"}')) as object;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'note']);
    expect((out as { isAdmin?: boolean }).isAdmin).toBeUndefined();
  });

  it('leave queries and paths alone (they are refused elsewhere if unsafe)', () => {
    expect(pipe.transform('a\u202Eb', { type: 'query' })).toBe('a\u202Eb');
  });
});
