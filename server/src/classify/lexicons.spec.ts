import type { CategoryCode } from '@ou-listening/shared';
import { matchLexicons } from './lexicon-matcher';
import { normalize } from './normalize';
import { analyse } from './pipeline';

/** Posts written for these tests; none comes from the corpus, the dev set or the sealed set. */
const lexicon = (text: string, category: CategoryCode) => matchLexicons(normalize(text))[category].score;

describe('safeguarding in paraphrase', () => {
  it.each([
    'Stood at the end of the platform at Wolverton for ages tonight working out how easy it would be to step off',
    'Swallowed the whole box of co-codamol after the results email. Feeling floaty',
    "I won't be around to see my EMA mark, I've sorted everything out",
    "Posting my books free to whoever wants them, won't need them where I'm going",
    'Half joking but I have planned out how I would do it, down to the time',
    'Counted out my antidepressants, there are enough now',
    'sorry to whoever finds me',
    'relapsed into cutting during revision week, wearing long sleeves in the tutorial again',
    "My nephew has turned up with bruises again and says he fell, his dad goes mad when he's drunk",
    "She keeps telling our study group it'll all be over soon and now her phone is off",
  ])('hears a risk to life: %s', (text) => {
    expect(lexicon(text, 'safeguarding')).toBeGreaterThanOrEqual(0.7);
  });

  it.each([
    'This TMA is killing me, 2000 words by Friday',
    'Dying to know my M140 result',
    'Going to have a hot bath and try again tomorrow',
    'Reading list this week: suicide prevention messaging in the press',
    "Phishing warning: emails pretending to be the OU want your card details. Don't click",
    'Address the following in 1500 words: the causes of the First World War',
    'Worried about paying next year’s fees, might ask about instalments',
    "Goodbye to my last ever module, what a ride it's been",
  ])('leaves a look-alike low: %s', (text) => {
    expect(lexicon(text, 'safeguarding')).toBeLessThan(0.3);
  });

  it('lowers, but does not remove, a term in a study frame', () => {
    const studied = lexicon('Our criminology module covers suicide statistics this week', 'safeguarding');
    expect(studied).toBeGreaterThan(0);
    expect(studied).toBeLessThan(lexicon('I feel suicidal this week', 'safeguarding'));
  });

  it('keeps a denied risk at half strength, not zero', () => {
    const denied = lexicon("I'm not going to kill myself, I just can't cope with the OU workload", 'safeguarding');
    expect(denied).toBeGreaterThanOrEqual(0.45);
  });
});

describe('threats', () => {
  it.each([
    "I'll batter that invigilator if she looks at my bag again",
    'Someone should torch the regional office with the managers still inside',
    'My marker better watch her back, I know what car she drives',
    "Bringing my brother's machete to the day school on Saturday",
    'There will be a shooting at the graduation in June',
    'He deserves a kicking and I know where he lives',
    'That marker deserves a proper kicking, every one of them at the regional centre',
    'Staff at the Cardiff office better watch their backs after what they did to my appeal',
    "Gwyliwch eich cefnau yn swyddfa'r Brifysgol Agored, dw i'n dod",
    'The complaints manager is going to get what is coming to him',
    "I'm going to shoot the tutor who failed me, photos or no photos",
    'سأقتل أستاذي في الجامعة المفتوحة غدا. أعرف أين يسكن',
    'Zabiję go jutro po egzaminie, ten tutor z OU',
    'zabiję cię jak cię zobaczę w centrum OU',
    'Te voy a matar cuando salgas del centro de la OU',
    'Je vais le tuer, ce tuteur de la OU',
  ])('hears a threat: %s', (text) => {
    expect(lexicon(text, 'threat')).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "I'd kill for a coffee after that tutorial",
    'Smashed the exam, killed it, going to murder a pizza now',
    'Shoot me a DM if you want to share lifts',
    'The new study app is the bomb',
    'Our boxing society at the OU meets on Thursdays',
    "I'm going to kill my tutor with kindness and submit early for once",
    'Going to shoot the OU graduation ceremony photos in Ely cathedral',
    'Going to shoot some hoops after my OU exam',
    'Results day 🔥🔥🔥 passed my OU degree',
    'That OU tutorial was the bomb 💣🔥',
  ])('leaves a figure of speech alone: %s', (text) => {
    expect(lexicon(text, 'threat')).toBeLessThan(0.3);
  });

  it('never lets a threat drop below half strength when it is quoted', () => {
    expect(lexicon('He wrote "I will stab the tutor" in the forum', 'threat')).toBeGreaterThanOrEqual(0.44);
  });
});

describe('what the independent tests found missing', () => {
  it.each<[CategoryCode, string]>([
    ['confidential', 'A mate on the finance committee says the deficit is really £30m, not what they told the press'],
    ['confidential', "Three OU regional centres are closing next year and students haven't been told yet"],
    ['confidential', 'Saw the draft comms plan, the fee rise goes out before it is announced to staff'],
    ['litigation', 'Spoke to a solicitor today about how the OU handled my disability support'],
    ['litigation', 'Considering my legal options after the OU withdrew me without warning'],
    ['litigation', 'There is a group claim starting against the OU over the cancelled modules'],
    ['litigation', 'The OU settled out of court with my friend last year'],
    ['disrepute', 'Dr Smith in the OU physics department fakes his research data and sleeps with his students'],
    ['disrepute', 'I would never hire an Open University graduate, the degree is worthless'],
    ['personal_data', "Someone posted that girl's full name and halls address in the module forum"],
    ['personal_data', 'The OU emailed my counselling notes to the wrong student'],
    ['academic_misconduct', 'Screen recorded the tutorial and stuck it on Discord, the tutor doesn’t know'],
    ['academic_misconduct', 'Paid someone £90 to write my EMA, came back at 74'],
  ])('%s: %s', (category, text) => {
    expect(analyse(text).rules[category]).toBeGreaterThanOrEqual(0.5);
  });

  it.each<[CategoryCode, string]>([
    ['academic_misconduct', 'The OU plagiarism guide is brilliant, finally understand how to paraphrase'],
    ['litigation', 'For the record the OU is not suing anyone, that post was made up'],
    ['confidential', 'Booked a confidential chat with student support, really helpful'],
    ['disrepute', 'The OU took three weeks to answer my email, not good enough'],
  ])('keeps %s low for: %s', (category, text) => {
    expect(analyse(text).rules[category]).toBeLessThan(0.3);
  });
});
