import { normalize } from '../normalize';
import { recognizePersonalData } from './personal-data.recognizers';
import { checkUkPhone } from './uk-phone';

const found = (text: string) => recognizePersonalData(normalize(text)).map((m) => [m.entity, m.value]);

describe('personal data recognizers', () => {
  describe('UK phone numbers', () => {
    it('finds mobiles and landlines in several spellings', () => {
      expect(found('text me on 07700 900123 tonight')).toEqual([['uk_phone', '07700 900123']]);
      expect(found('ring +44 7700 900123')).toEqual([['uk_phone', '+44 7700 900123']]);
      expect(found('office (01632) 960456')).toEqual([['uk_phone', '(01632) 960456']]);
      expect(found('call 020 7946 0123')).toEqual([['uk_phone', '020 7946 0123']]);
    });

    it('accepts the Ofcom drama ranges that libphonenumber rejects', () => {
      expect(checkUkPhone('07700 900999')).toMatchObject({ kind: 'personal', score: 1 });
      expect(checkUkPhone('01632 960000')).toMatchObject({ kind: 'personal', score: 1 });
    });

    it('drops strings that are not UK numbers', () => {
      expect(found('order 12345678901 shipped')).toEqual([]);
      expect(checkUkPhone('0000 000000')).toEqual({ kind: 'invalid' });
    });

    it("allow-lists the University's published numbers", () => {
      expect(found('Ring the OU on 0300 303 5303 or +44 300 303 5303')).toEqual([]);
      expect(found('switchboard 01908 274066, enquiries 01908 653231')).toEqual([]);
    });
  });

  describe('email', () => {
    it('finds personal addresses, including a named person at the OU', () => {
      expect(found('email megan.harris@hotmail.co.uk now')).toEqual([['email', 'megan.harris@hotmail.co.uk']]);
      expect(found('his address is paul.reed@open.ac.uk')).toEqual([['email', 'paul.reed@open.ac.uk']]);
    });

    it('allow-lists OU role mailboxes', () => {
      expect(found('write to general-enquiries@open.ac.uk or press@open.ac.uk')).toEqual([]);
    });
  });

  describe('postcodes and street addresses', () => {
    it('finds a house number and street, and a postcode', () => {
      expect(found('he lives at 8 Church Lane, Wolverton, MK12 5AB')).toEqual([
        ['street_address', '8 Church Lane'],
        ['uk_postcode', 'MK12 5AB'],
      ]);
    });

    it('scores a postcode higher with address words nearby', () => {
      const bare = recognizePersonalData(normalize('see MK12 5AB'))[0]!.score;
      const near = recognizePersonalData(normalize('her home postcode is MK12 5AB'))[0]!.score;
      expect(near).toBeGreaterThan(bare);
    });

    it('allow-lists the campus address and rejects impossible postcodes', () => {
      expect(found('Walton Hall, Kents Hill, Milton Keynes MK7 6AA')).toEqual([]);
      expect(found('code QX1 1AA')).toEqual([]);
    });

    it('needs context for a lower-case address', () => {
      expect(found('over 20 years on the road')).toEqual([]);
      expect(found('she lives at 14 park road')).toEqual([['street_address', '14 park road']]);
    });
  });

  describe('addresses told in words', () => {
    it('finds where someone lives without a postcode or a house number', () => {
      expect(found('the marker lives on Larkspur Close in Bletchley')).toEqual([['street_address', 'Larkspur Close']]);
      expect(found('she lives at Flat 2, 41 Orchard Rise now')).toEqual([
        ['street_address', 'Flat 2, 41 Orchard Rise'],
      ]);
    });

    it('leaves the OU campus and ordinary talk of roads alone', () => {
      expect(found('our office is on the main road')).toEqual([]);
      expect(found('Walton Hall is on Walton Hall Drive')).toEqual([]);
    });
  });

  describe('streets of other kinds, and the house number told after the street', () => {
    it('finds a Park, Heights or Quay, with a direction after it', () => {
      expect(found('Prof. Julian Marsh, 7 Downs Park West, had collapsed')).toEqual([
        ['street_address', '7 Downs Park West'],
      ]);
      expect(found('the tutor is at 7 Malone Park, Belfast')).toEqual([['street_address', '7 Malone Park']]);
      expect(found('flat above the shop at 12 Harbour Heights')).toEqual([['street_address', '12 Harbour Heights']]);
    });

    it('finds "Maryborough Court, number 14"', () => {
      expect(found("Declan's in the flats over by Douglas, Maryborough Court, number 14")).toEqual([
        ['street_address', 'Maryborough Court, number 14'],
      ]);
    });

    it('leaves a park without a house number alone', () => {
      expect(found('revising in Victoria Park with the S112 group')).toEqual([]);
    });
  });

  describe('dates of birth', () => {
    it('finds a date only near a birth word', () => {
      expect(found('her date of birth is 21/09/2001')).toEqual([['date_of_birth', '21/09/2001']]);
      expect(found('born on 5th March 1990 in Leeds')).toEqual([['date_of_birth', '5th March 1990']]);
      expect(found('my OU exam is on 03/06/2026')).toEqual([]);
    });
  });

  describe('OU personal identifier', () => {
    it('needs a PI or student-number mention nearby', () => {
      expect(found('her OU personal identifier is B7781234')).toEqual([['ou_pi', 'B7781234']]);
      expect(found('student number: C1234567')).toEqual([['ou_pi', 'C1234567']]);
      expect(found('tracking code B7781234 for the parcel')).toEqual([]);
    });

    it('finds a PI posted beside a named student in marking or results', () => {
      expect(found('marking TMA02 and one of mine, Dawn Pickering (F4471203), has MS')).toEqual([
        ['ou_pi', 'F4471203'],
      ]);
      expect(found('Here are their results: Dev Patel (B7654321) 81')).toEqual([['ou_pi', 'B7654321']]);
    });
  });

  describe('NHS numbers', () => {
    it('finds ten digits called an NHS number, scoring a valid check digit higher', () => {
      const valid = recognizePersonalData(normalize("a fellow student's NHS number (943 476 5919)"));
      const mistyped = recognizePersonalData(normalize("a fellow student's NHS number (485 777 3456)"));
      expect(valid.map((m) => [m.entity, m.value])).toEqual([['nhs_number', '943 476 5919']]);
      expect(mistyped.map((m) => [m.entity, m.value])).toEqual([['nhs_number', '485 777 3456']]);
      expect(valid[0]!.score).toBeGreaterThan(mistyped[0]!.score);
    });

    it('leaves ten digits alone when nobody calls them an NHS number', () => {
      expect(found('order ref 485 777 3456 for the textbook')).toEqual([]);
    });
  });

  describe('National Insurance and cards', () => {
    it('finds NI numbers however they are spaced', () => {
      expect(found('her NI is JT123456A')).toEqual([['uk_nino', 'JT123456A']]);
      expect(found('ni no. jt 123 456 a')).toEqual([['uk_nino', 'jt 123 456 a']]);
      expect(found('NI: JT-12-34-56-A')).toEqual([['uk_nino', 'JT-12-34-56-A']]);
      // Spelt out a character at a time, as people do to dodge filters.
      expect(found('her national insurance no. is j t 4 7 2 1 9 8 a')).toEqual([['uk_nino', 'j t 4 7 2 1 9 8 a']]);
      expect(found('NI q q 1 2 3 4 5 6 c')).toEqual([]);
    });

    it('finds valid NI numbers and drops invalid prefixes', () => {
      expect(found('NI number AB 12 34 56 C')).toEqual([['uk_nino', 'AB 12 34 56 C']]);
      expect(found('NI number QQ 12 34 56 C')).toEqual([]);
      expect(found('NI number GB 12 34 56 A')).toEqual([]);
    });

    it('finds Luhn-valid card numbers only', () => {
      expect(found('card 4111 1111 1111 1111 exp 12/27')).toEqual([['payment_card', '4111 1111 1111 1111']]);
      expect(found('card 4111 1111 1111 1112')).toEqual([]);
    });
  });

  it('leaves module codes alone', () => {
    expect(found('TM112, A111 and MST124 this year')).toEqual([]);
  });
});
