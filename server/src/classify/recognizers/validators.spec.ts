import {
  luhnValid,
  nhsNumberValid,
  ninoValid,
  paymentCardValid,
  plausibleBirthDate,
  ukPostcodeValid,
} from './validators';

describe('validators', () => {
  it('accepts Luhn-valid card numbers and rejects a changed digit', () => {
    expect(luhnValid('4111 1111 1111 1111')).toBe(true);
    expect(luhnValid('4111 1111 1111 1112')).toBe(false);
    expect(paymentCardValid('5500-0000-0000-0004')).toBe(true);
    expect(paymentCardValid('1234 5678 9012 3452')).toBe(false); // no issuer starts with 1
  });

  it('applies the National Insurance prefix rules', () => {
    expect(ninoValid('AB 12 34 56 C')).toBe(true);
    expect(ninoValid('QQ123456C')).toBe(false); // Q never used
    expect(ninoValid('AO123456C')).toBe(false); // O never second
    expect(ninoValid('GB123456A')).toBe(false); // unallocated prefix
    expect(ninoValid('NK123456A')).toBe(false);
    expect(ninoValid('AB123456E')).toBe(false); // suffix A–D only
    expect(ninoValid('DA123456A')).toBe(false); // D never first
  });

  it('checks NHS numbers with mod 11', () => {
    expect(nhsNumberValid('943 476 5919')).toBe(true);
    expect(nhsNumberValid('943 476 5918')).toBe(false);
  });

  it('checks UK postcode shape', () => {
    expect(ukPostcodeValid('MK7 6AA')).toBe(true);
    expect(ukPostcodeValid('sw1a 1aa')).toBe(true);
    expect(ukPostcodeValid('QX1 1AA')).toBe(false); // Q cannot start a postcode
    expect(ukPostcodeValid('MK7 6CA')).toBe(false); // C never in the inward code
  });

  it('accepts plausible birth dates and rejects impossible or future ones', () => {
    const now = new Date('2026-06-01');
    expect(plausibleBirthDate('21/09/2001', now)).toBe(true);
    expect(plausibleBirthDate('5th March 1990', now)).toBe(true);
    expect(plausibleBirthDate('March 5, 1990', now)).toBe(true);
    expect(plausibleBirthDate('32/01/2001', now)).toBe(false);
    expect(plausibleBirthDate('01/13/2001', now)).toBe(false);
    expect(plausibleBirthDate('01/01/2030', now)).toBe(false);
  });
});
