import { impersonationOf } from '../src/impersonation';

const OFFICIAL = ['OpenUniversity', 'OUStudentsAssoc', 'The Open University', 'OUAdmissions'];
const check = (handle: string | null, displayName: string | null = null) =>
  impersonationOf({ handle, displayName }, OFFICIAL);

/** Policy 5.2: accounts that present themselves as the OU or OUSA and are not the official ones. */
describe('impersonation (policy 5.2)', () => {
  it.each([
    ['OU_Admissions_Help', null, 'OU'],
    ['OUAdmissionsTeam', null, 'OU'],
    ['openuni_support', null, 'OU'],
    ['OpenUniversityOfficial', null, 'OU'],
    ['open_university_uk', null, 'OU'],
    ['OU_Finance', null, 'OU'],
    ['OUStudentSupport', null, 'OU'],
    ['OU_Support24', null, 'OU'],
    ['the_open_university_refunds', null, 'OU'],
    ['random123', 'Open University Official', 'OU'],
    ['jx8812', 'The Open University Helpdesk', 'OU'],
    ['k_m_9', 'Open University', 'OU'],
    ['OUSA_Help', null, 'OUSA'],
    ['OUSA', null, 'OUSA'],
    ['ousa_official', null, 'OUSA'],
    ['ja', 'OU Students Association', 'OUSA'],
    ['qq', 'Open University Students Association Team', 'OUSA'],
  ])('flags %s / %s as presenting as the %s', (handle, name, as) => {
    expect(check(handle, name)).toEqual({ policy: '5.2', presentsAs: as, matched: expect.any(String) });
  });

  it.each([
    ['ou_fan', null],
    ['OU_student_Sam', null],
    ['proud_ou_grad', null],
    ['ou_2024', null],
    ['ouseburn_runner', null],
    ['louise_studies', null],
    ['you_and_ou', null],
    ['Ou_Wen', 'Ou Wen'],
    ['oumaima_k', 'Oumaima'],
    ['sam_k', 'Open University student'],
    ['mk_mum', 'Open Uni grad and proud'],
    ['tm254_night_owl', 'TM254 night owl (OU)'],
    ['ousa_fan', null],
    ['ousa_member_jo', 'Jo, OUSA member'],
    ['psych_grad_24', 'Psychology grad, Open University alumni'],
    ['milton_keynes_mum', 'MK mum studying with the Open University'],
    ['open_book_club', 'Open book club'],
    ['university_challenge_fan', 'University Challenge fan'],
  ])('does not flag %s / %s', (handle, name) => {
    expect(check(handle, name)).toBeNull();
  });

  it('never flags an account on the official list (by handle: a name alone does not make an account official)', () => {
    expect(check('@OpenUniversity', 'The Open University')).toBeNull();
    expect(check('OUAdmissions', 'OU Admissions')).toBeNull();
    expect(check('OUStudentsAssoc', 'OU Students Association')).toBeNull();
    expect(check('ou_helpdesk_2', 'The Open University')).not.toBeNull();
    expect(impersonationOf({ handle: 'OUAdmissions', displayName: null }, [])).not.toBeNull();
  });
});
