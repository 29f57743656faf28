import type { CategoryCode } from '@ou-listening/shared';
import { SAFEGUARDING_TERMS, THREAT_TERMS } from './urgent-lexicons.js';

/**
 * Stage 3 word lists. Each term is a regular expression over the lower-cased normalised text.
 * `weight` is how much one hit alone says (0–1). `ambiguous` terms also have an everyday or study
 * meaning ("court", "tribunal", "confidential", "leak"), so a study or discussion context nearby
 * lowers them ("my law module on tribunals", "a podcast about data leaks").
 */
export type LexiconTerm = { pattern: string; weight: number; ambiguous?: boolean };

/** Every category has a word list; personal data's describes exposure in words ("posted her address"). */
export type LexiconCategory = CategoryCode;

const OU = String.raw`(?:the\s+)?(?:ou|open\s+uni(?:versity)?|@openuniversity|uni(?:versity)?|them|they|tutor|it)`;

export const LEXICONS: Readonly<Record<LexiconCategory, readonly LexiconTerm[]>> = {
  litigation: [
    { pattern: String.raw`\b(?:su(?:e|ed|es|ing))\b`, weight: 0.9 },
    { pattern: String.raw`\blaw\s?suits?\b`, weight: 0.85 },
    {
      pattern: String.raw`\blegal\s+(?:action|proceedings|claim|challenge|case|letter|fees|team|dispute|threat)s?\b`,
      weight: 0.9,
    },
    { pattern: String.raw`\btak(?:e|ing|en)\s+${OU}\s+to\s+(?:court|tribunal|the\s+ombudsman)\b`, weight: 0.95 },
    { pattern: String.raw`\bsee\s+(?:you|them|the\s+ou)\s+in\s+court\b`, weight: 0.95 },
    { pattern: String.raw`\b(?:my|our|a|their)\s+(?:solicitors?|lawyers?|barristers?|legal\s+team)\b`, weight: 0.75 },
    {
      pattern: String.raw`\bsolicitor'?s?\s+letter|letter\s+before\s+(?:action|claim)|cease\s+and\s+desist\b`,
      weight: 0.9,
    },
    { pattern: String.raw`\b(?:law|legal)\s+firm\b`, weight: 0.6 },
    { pattern: String.raw`\b(?:class|group|collective|representative)\s+action\b`, weight: 0.9 },
    { pattern: String.raw`\bjudicial\s+review\b`, weight: 0.85 },
    { pattern: String.raw`\bemployment\s+tribunal\b`, weight: 0.85, ambiguous: true },
    { pattern: String.raw`\btribunal\s+(?:claim|hearing|case)\b`, weight: 0.8 },
    { pattern: String.raw`\btribunals?\b`, weight: 0.4, ambiguous: true },
    {
      pattern: String.raw`\b(?:county|crown|high|small\s+claims|magistrates'?)\s+court\b`,
      weight: 0.75,
      ambiguous: true,
    },
    {
      pattern: String.raw`\bcourt\s+(?:case|action|hearing|date|papers|claim|summons|order)\b`,
      weight: 0.75,
      ambiguous: true,
    },
    { pattern: String.raw`\b(?:to|in)\s+court\b`, weight: 0.55, ambiguous: true },
    {
      pattern: String.raw`\b(?:negligence|compensation|discrimination|damages|personal\s+injury)\s+claims?\b`,
      weight: 0.8,
    },
    { pattern: String.raw`\bbreach\s+of\s+contract\b`, weight: 0.55, ambiguous: true },
    {
      pattern: String.raw`\b(?:papers|claim|case)\s+(?:filed|lodged|issued)\b|\bfil(?:e|ed|ing)\s+(?:a\s+)?(?:claim|lawsuit|suit|papers)\b`,
      weight: 0.85,
    },
    { pattern: String.raw`\blegal\s+aid\b`, weight: 0.6 },
    {
      pattern: String.raw`\b(?:no\s+win\s+no\s+fee|injunction|settlement\s+talks|out\s+of\s+court\s+settlement|litigation|litigat\w+)\b`,
      weight: 0.8,
    },
    {
      pattern: String.raw`\bombudsman\b|\boia\s+complaint\b|\boffice\s+of\s+the\s+independent\s+adjudicator\b`,
      weight: 0.55,
    },
    { pattern: String.raw`\b(?:claimant|defendant|plaintiff)s?\b`, weight: 0.55, ambiguous: true },
    // Legal action in everyday words.
    {
      pattern: String.raw`\b(?:contacted|contacting|spoke\s+to|speaking\s+to|instructed|hired|consulting|consulted|heard\s+back\s+from|been\s+to\s+see)\s+(?:by\s+)?(?:a\s+|my\s+|some\s+)?(?:lawyers?|solicitors?|law\s+firm|barristers?|legal\s+(?:advisers?|team))\b`,
      weight: 0.75,
    },
    {
      pattern: String.raw`\b(?:group|joint|collective|mass)\s+(?:claim|lawsuit|legal\s+action|litigation)\b`,
      weight: 0.85,
    },
    {
      pattern: String.raw`\bsettled\s+(?:out\s+of\s+court|quietly|the\s+case|with\s+(?:a|the|her|him|them))\b|\bpaid\s+(?:\w+\s+){0,2}off\s+(?:out\s+of\s+court|to\s+drop)\b`,
      weight: 0.75,
    },
    {
      pattern: String.raw`\b(?:considering|weighing\s+up|looking\s+into|exploring|explore|know|check(?:ing)?)\s+(?:all\s+)?my\s+legal\s+(?:options|rights|position)\b|\blegal\s+(?:options|route|routes|recourse)\b`,
      weight: 0.75,
    },
    {
      pattern: String.raw`\b(?:pre[\s-]action|letter\s+of\s+claim|particulars\s+of\s+claim|small\s+claims|claim\s+form|acas|early\s+conciliation)\b`,
      weight: 0.75,
    },
    {
      pattern: String.raw`\b(?:my|our|a|the)\s+case\s+against\b|\b(?:got|have)\s+a\s+(?:good\s+|strong\s+)?case\b|\bnda\b|\bnon[\s-]disclosure\s+agreement\b`,
      weight: 0.6,
      ambiguous: true,
    },
    { pattern: String.raw`\bunfair\s+dismissal|constructive\s+dismissal\b`, weight: 0.75 },
    {
      pattern: String.raw`\b(?:sued|taken\s+to\s+court|facing\s+a\s+claim|being\s+sued|defending\s+a\s+claim)\b`,
      weight: 0.85,
    },
  ],
  confidential: [
    { pattern: String.raw`\bleak(?:ed|s|ing)?\b`, weight: 0.8, ambiguous: true },
    { pattern: String.raw`\bunpublished\b|\bbefore\s+(?:publication|it'?s\s+published|they\s+publish)\b`, weight: 0.8 },
    {
      pattern: String.raw`\bnot\s+(?:yet\s+)?(?:public|announced|published|in\s+the\s+public\s+domain)\b|\bhasn'?t\s+been\s+(?:announced|published|made\s+public)\b|\bnot\s+(?:been\s+)?made\s+public\b`,
      weight: 0.8,
    },
    {
      pattern: String.raw`\b(?:internal|staff)[\s-]+only\b|\binternal\s+(?:memo|email|minutes|document|report|review|figures|slides?|deck|plans?|restructure|audit)s?\b`,
      weight: 0.75,
    },
    {
      pattern: String.raw`\b(?:restricted|strictly\s+confidential|commercially\s+sensitive|embargo(?:ed)?|under\s+embargo)\b`,
      weight: 0.8,
    },
    { pattern: String.raw`\bconfidential\b`, weight: 0.6, ambiguous: true },
    { pattern: String.raw`\bdraft\s+(?:budget|accounts|report|results|plans?|strategy|proposal)\b`, weight: 0.6 },
    { pattern: String.raw`\b(?:intranet|sharepoint|teams\s+channel)\b`, weight: 0.45 },
    {
      pattern: String.raw`\bminutes\s+(?:of|from)\s+(?:the\s+)?(?:senate|council|board|exec\w*|leadership|management|committee)\b`,
      weight: 0.6,
    },
    {
      pattern: String.raw`\b(?:keeping\s+(?:it|this)\s+(?:quiet|under\s+wraps|secret)|under\s+wraps|hush[\s-]hush|off\s+the\s+record)\b`,
      weight: 0.7,
    },
    { pattern: String.raw`\b(?:secret|insider|inside\s+info(?:rmation)?)\b`, weight: 0.45, ambiguous: true },
    {
      pattern: String.raw`\b(?:screenshot|photo|copy|pdf)s?\s+of\s+(?:the\s+|an?\s+)?(?:internal|staff|leadership|senior|exec|board|confidential)\b`,
      weight: 0.8,
    },
    { pattern: String.raw`\b(?:redundancy\s+list|hit\s+list|restructure\s+plans?|job\s+cuts\s+list)\b`, weight: 0.55 },
    { pattern: String.raw`\b(?:raw|preliminary|provisional)\s+(?:data|results|figures)\b`, weight: 0.5 },
    { pattern: String.raw`\bwhistle[\s-]?blow\w*\b`, weight: 0.5 },
    {
      pattern: String.raw`\b(?:don'?t|do\s+not)\s+tell\s+(?:anyone|anybody|the\s+\w+)\b|\btell\s+no\s*one\b|\byou\s+didn'?t\s+hear\s+(?:it|this)\s+from\s+me\b|\byou\s+heard\s+it\s+here\s+first\b|\bswore\s+(?:us|me)\s+to\s+secrecy\b|\b(?:told|said)\s+(?:\w+\s+){0,2}in\s+(?:strictest\s+)?confidence\b|\bnot\s+(?:meant|supposed|allowed)\s+to\s+(?:have|know|tell|share|see|post|say|access)\b|\bshouldn'?t\s+(?:be\s+)?(?:post(?:ing)?|say(?:ing)?|shar(?:e|ing))\s+this\b|\b(?:kept|keeping\s+it)\s+quiet\b|\bsitting\s+on\s+it\b|\bburied\s+it\b|\bnever\s+(?:seeing|see)\s+(?:the\s+light\s+of\s+)?day(?:light)?\b|\blet\s+slip\b|\btipped\s+(?:me\s+|us\s+)?off\b|\bnobody\s+(?:outside|else)\s+(?:\w+\s+)?knows\b|\bnone\s+of\s+(?:this|it)\s+is\s+public\b|\b(?:not|isn'?t|wasn'?t|haven'?t\s+gone)\s+(?:on|in)\s+the\s+(?:website|accounts|annual\s+report|public\s+domain)\b|\bpublicly\s+they\b|\bnot\s+telling\s+(?:anyone|students|staff|us)\b|\bhaven'?t\s+decided\s+how\s+to\s+tell\b`,
      weight: 0.7,
    },
    {
      pattern: String.raw`\b(?:announcement|official\s+notification|notification)\s+(?:isn'?t|is\s+not|won'?t\s+be|not)\s+(?:till|until|before)\b|\b(?:they'?ll|they\s+will|about\s+to|plans?\s+to|planning\s+to)\s+announce\b|\bnothing'?s\s+been\s+(?:announced|said)\b|\bhasn'?t\s+gone\s+out\s+yet\b|\b(?:being|are\s+being|will\s+be|get(?:ting)?)\s+told\s+next\s+(?:week|month|friday|monday|\w+day)\b|\btelling\s+(?:staff|students|them)\s+next\s+(?:week|month)\b|\bwere\s+told\s+internally\b`,
      weight: 0.65,
    },
    {
      pattern: String.raw`\b(?:internal|draft|unreleased|unpublished)\s+(?:\w+\s+){0,2}(?:dashboard|report|memo|minutes|paper|papers|slides?|deck|pack|plan|register|spreadsheet|list|accounts|figures|numbers|letter|email|advice|investigation|review|forecast|brief|version|numbers)\b|\b(?:comms|media|communications)\s+plan\b|\bslide\s+pack\b|\b(?:board|committee|council|senate|panel|audit)\s+papers?\b|\bminutes\s+(?:of|from)\s+(?:\w+\s+){0,3}(?:board|committee|council|senate|meeting|panel)\b|\bmanagement\s+accounts\b|\brisk\s+register\b`,
      weight: 0.65,
    },
    {
      pattern: String.raw`\b(?:p\s+drive|shared\s+(?:drive|folder|printer)|intranet|internal|internally)\b`,
      weight: 0.3,
      ambiguous: true,
    },
    {
      pattern: String.raw`\b(?:mate|friend|partner|mum|dad|sister|brother|cousin|colleague|contact|someone|source|line\s+manager|treasurer|wife|husband)\s+(?:who\s+works|works|working|on|in|at|from)\s+(?:at|in|on|for)?\s*(?:the\s+)?(?:ou|open\s+uni\w*|finance|hr|admissions|marketing|estates|exec\w*|council|senate|research\s+office|exams?\s+office|facilities|comms|the\s+inside)\b|\b(?:sat|sitting)\s+(?:in|on)\s+(?:a|the)\s+(?:\w+\s+){0,2}(?:committee|meeting|panel|sub-?group|board)\b|\bsaw\s+(?:the|a)\s+(?:\w+\s+){0,3}(?:paper|papers|draft|memo|report|slides?|figures|minutes|advice\s+memo|plan|numbers)\b`,
      weight: 0.5,
    },
    // Disclosures with no "leaked" or "confidential" in them.
    {
      pattern: String.raw`\b(?:before|ahead\s+of)\s+(?:it'?s\s+|it\s+is\s+|they'?re\s+|they\s+are\s+)?(?:announced|published|released|made\s+public|public|signed\s+off)\b|\b(?:hasn'?t|has\s+not|haven'?t|not)\s+(?:even\s+|yet\s+)?been\s+(?:submitted|announced|published|signed\s+off|released)\b`,
      weight: 0.7,
    },
    {
      pattern: String.raw`\b(?:nobody'?s|no\s*one'?s|nobody\s+has|students\s+haven'?t|staff\s+haven'?t)\s+been\s+told\b|\b(?:students|staff|the\s+public)\s+(?:don'?t|do\s+not|won'?t)\s+(?:know|hear)\s+(?:yet|till|until)\b|\bhave\s+no\s+idea\b.{0,30}\b(?:closing|closure|cut|scrapped)\b`,
      weight: 0.65,
    },
    {
      pattern: String.raw`\b(?:sits?\s+on|is\s+on|member\s+of|works?\s+(?:in|on))\s+the\s+(?:\w+\s+)?(?:finance|pay|remuneration|audit|estates|exec\w*|planning|senate|council|restructur\w+|admissions)\s+(?:committee|board|group|team|panel)\b|\b(?:friend|mate|partner|wife|husband|cousin|source|someone|contact)\s+(?:on|in|at|from)\s+the\s+(?:inside|finance|hr|estates|exec\w*|board|committee|faculty\s+office|planning)\b`,
      weight: 0.6,
    },
    {
      pattern: String.raw`\b(?:spreadsheet|document|doc|file|folder|slides?|deck|report|list|minutes|figures)\s+(?:is\s+|are\s+)?(?:doing\s+the\s+rounds|going\s+round|floating\s+around|left\s+(?:open|public)|sitting\s+(?:open|public)|on\s+a\s+shared\s+drive|in\s+a\s+public\s+folder)\b|\bheard\s+(?:at|in)\s+(?:a|the|our)\s+(?:team|staff|all[\s-]staff|away|faculty)\s+(?:day|meeting|briefing)\b`,
      weight: 0.65,
    },
    {
      pattern: String.raw`\b(?:won'?t|will\s+not|isn'?t\s+going\s+to)\s+(?:run|be\s+presented|be\s+offered|continue|be\s+renewed)\s+(?:after|from|beyond|next)\b|\b(?:grant\s+(?:bid|application)|tender\s+(?:prices|bids|documents)|procurement\s+(?:file|documents|folder)|bid\s+(?:figures|amounts|pricing))\b|\b(?:deficit|shortfall|overspend)\s+is\s+(?:really|actually)\b|\bnot\s+what\s+(?:they|it)\s+(?:told|says|said)\b`,
      weight: 0.55,
      ambiguous: true,
    },
  ],
  disrepute: [
    {
      pattern: String.raw`\b(?:crooks?|thieves|thieving|fraudsters?|criminals?|con\s+artists?|scammers?|liars?|parasites?|leeches)\b`,
      weight: 0.8,
    },
    {
      pattern: String.raw`\b(?:scam|fraud|con|racket|rip[\s-]?off)\s*(?:factory|mill|merchants?|artists?)?\b`,
      weight: 0.55,
      ambiguous: true,
    },
    {
      pattern: String.raw`\b(?:morons?|idiots?|imbeciles?|cretins?|brain[\s-]?dead|retards?|retarded|scum|vermin|subhuman|filth|trash|pigs?|snakes?|clowns?|muppets?|dickheads?|wankers?|twats?|pricks?|bastards?|cunts?|bitch(?:es)?|slags?|losers?)\b`,
      weight: 0.75,
    },
    {
      pattern: String.raw`\b(?:joke|laughing\s*stock|disgrace|cesspit|shithole|dump|circus|cult)\s+of\s+an?\s+(?:institution|university|uni|place)\b|\b(?:is|are)\s+an?\s+(?:joke|laughing\s*stock|disgrace|cesspit|shithole|cult)\b`,
      weight: 0.75,
    },
    {
      pattern: String.raw`\b(?:fake|worthless|toilet[\s-]paper|mickey[\s-]mouse)\s+(?:degrees?|qualifications?|uni(?:versity)?)\b`,
      weight: 0.6,
    },
    {
      pattern: String.raw`\b(?:racists?|racism|sexists?|homophob\w*|transphob\w*|bigots?|nazis?|paedos?|pedos?|paedophiles?|perverts?|predators?)\b`,
      weight: 0.7,
    },
    {
      pattern: String.raw`\b(?:corrupt(?:ion)?|cover(?:s|ed|ing)?[\s-]up|paid\s+off|bribe[sd]?|embezzl\w*|fiddl(?:e|ing)\s+the\s+books|cooking\s+the\s+books)\b`,
      weight: 0.7,
    },
    {
      pattern: String.raw`\b(?:should\s+be\s+(?:sacked|fired|shot|hanged|locked\s+up)|deserves?\s+to\s+(?:die|suffer|be\s+sacked))\b`,
      weight: 0.8,
    },
    {
      pattern: String.raw`\b(?:everyone|all\s+of\s+you|let'?s|go\s+and)\s+(?:report|spam|flood|message|dm|harass|troll|pile\s+on|hound|dox)\b|\bpile[\s-]on\b|\bmake\s+(?:her|his|their)\s+life\s+(?:hell|a\s+misery)\b|\buntil\s+(?:she|he|they)\s+(?:is|are|'s|'re|gets?)\s+(?:sacked|fired|gone|quits?)\b`,
      weight: 0.8,
    },
    {
      pattern: String.raw`\b(?:smash(?:ed|ing)?\s+up|vandalis\w+|vandaliz\w+|graffiti|trash(?:ed|ing)\s+the|set\s+fire\s+to|kick(?:ed|ing)?\s+in|punch(?:ed|ing)?|glass(?:ed|ing)|started\s+a\s+fight|beat\s+(?:him|her|them)\s+up)\b`,
      weight: 0.6,
    },
    {
      pattern: String.raw`\b(?:shit|crap|fucking|f\*+ing|bloody)\s+(?:uni(?:versity)?|institution|place|tutors?|staff|degree|ou)\b`,
      weight: 0.5,
    },
    { pattern: String.raw`\bharass(?:ed|ing|ment)?\b|\bbull(?:y|ies|ied|ying)\b`, weight: 0.5, ambiguous: true },
    {
      pattern: String.raw`\b(?:sleeping\s+with|shagging|affair\s+with)\s+(?:students|(?:a|her|his)\s+student)\b`,
      weight: 0.75,
    },
    {
      pattern: String.raw`\b(?:go\s+back\s+to\s+(?:your|their)\s+own\s+country|send\s+them\s+(?:all\s+)?back|their\s+kind)\b`,
      weight: 0.85,
    },
    // Allegations about identifiable people, and contempt for the degree and its graduates.
    {
      pattern: String.raw`\b(?:fiddl\w+|padd(?:ing|ed|s))\s+(?:his|her|their|the)\s+(?:expenses|books|results|data|figures|marks)\b|\bfak(?:es|ed|ing)\s+(?:his|her|their)\s+(?:research|data|results|qualifications|phd)\b|\btak(?:es|ing)\s+bribes\b|\bbribes?\s+for\s+marks\b|\bsteals?\s+(?:students'?|our|my)\s+(?:work|ideas|essays)\b|\b(?:sleeps|sleeping|slept)\s+with\s+(?:his|her|their)?\s*students?\b|\bmarks?\s+(?:\w+\s+){0,2}while\s+(?:drunk|high|pissed)\b`,
      weight: 0.8,
    },
    {
      pattern: String.raw`\b(?:is|are)\s+(?:a\s+)?(?:drunk|druggie|junkie|pervert|paedo|predator|abuser|thief|liar|fraud|crook|racist|bully|creep|nonce|groomer)\b|\bname\s+and\s+shame\b|\bspread\s+the\s+word\b|\beveryone\s+knows\s+(?:it|he|she)\b`,
      weight: 0.55,
    },
    {
      pattern: String.raw`\b(?:ou|open\s+uni(?:versity)?)\s+(?:graduates?|grads|students?|degrees?|alumni)\s+(?:are|is)\s+(?:all\s+)?(?:thick|stupid|useless|worthless|frauds?|a\s+joke|rubbish|pointless|meaningless|second[\s-]rate|not\s+real|scroungers|losers)\b|\b(?:never|wouldn'?t\s+ever|won'?t\s+ever|would\s+never|won'?t)\s+hire\s+(?:an?\s+)?(?:ou|open\s+uni\w*)\s+grad\w*\b|\bparticipation\s+trophy\b|\b(?:bought|paid\s+for)\s+not\s+earned\b|\bnot\s+a\s+real\s+(?:degree|university|uni)\b`,
      weight: 0.75,
    },
    {
      pattern: String.raw`\b(?:is|are|she'?s|he'?s|they'?re|you'?re)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:thick|dumb|dumbest|stupid|stupidest|pathetic|useless|lazy|ugly|fat|smug)\s+(?:cow|bitch|woman|man|idiot|git|bunch|lot|people|person|prat|twit|pig|slag|waste)\b|\b(?:thick\s+as\s+(?:mud|pigshit|shit|two\s+short\s+planks)|dumbest\s+(?:woman|man|person)\s+alive|old\s+git|no[\s-]life|dossers?|chavs?|jailbirds?|snowflakes?|nutters?|halfwits?|dimwits?|numpties|waste\s+of\s+(?:oxygen|space|skin))\b`,
      weight: 0.6,
    },
    {
      pattern: String.raw`\b(?:ou|open\s+uni\w*)\s+(?:degrees?|grad\w*|alumni|students?|tutors?|staff)\b.{0,60}\b(?:worthless|useless|meaningless|a\s+joke|thick|thickest|stupid|frauds?|not\s+worth|unemployable|embarrass\w*|cheated|didn'?t\s+earn|bought\s+it|children'?s\s+homework|failed\s+at|flat\s+earthers|worst|lost\s+all\s+respect|lazy|dossers)\b|\b(?:not|n'?t)\s+worth\s+the\s+paper\b|\bdiploma\s+mill\b|\bdidn'?t\s+earn\s+it\b|\blost\s+all\s+respect\b|\b(?:enjoy|with)\s+your\s+'?degree'?\s+from\s+a\s+website\b|\bfrauds\b`,
      weight: 0.6,
    },
    {
      pattern: String.raw`\b(?:lesbians?|gays?|muslims?|jews?|immigrants?|foreigners?|disabled\s+(?:students|people)|religious\s+nutters|blacks?|asians?|trans\s+people|old\s+people|pensioners)\b.{0,50}\b(?:ugly|disease|vermin|trash|should\s+(?:be\s+)?(?:banned|stop|go|leave|give\s+up)|hold\s+(?:everyone|us)\s+back|not\s+be\s+allowed|stop\s+letting\s+them)\b|\b(?:foreign|immigrant)\s+trash\b|\bare\s+a\s+disease\b|\bwoke\s+marxists?\b`,
      weight: 0.7,
    },
    {
      pattern: String.raw`\b(?:give|make)\s+(?:her|him|them)\s+hell\b|\btell\s+(?:her|him|them)\s+what\s+(?:you|a\s+\w+)\s+(?:think|is)\b|\blet\s+(?:her|him|them)\s+know\s+what\s+(?:a|you)\b|\bgo\s+on,?\s+tell\s+(?:her|him)\b`,
      weight: 0.75,
    },
  ],
  safeguarding: SAFEGUARDING_TERMS,
  personal_data: [
    // Exposure described in words, with or without the data itself.
    {
      pattern: String.raw`\b(?:posted|posting|shared|sharing|put\s+up|putting\s+up|leaked|published|doxx?(?:ed|ing)?|exposed|sent|emailed|forwarded|gave\s+out|handed\s+out|spread|screenshotted|circulated)\b.{0,60}\b(?:(?:home|halls?|house|full|work|real)\s+address(?:es)?|phone\s+numbers?|mobile\s+numbers?|full\s+names?|real\s+names?|date\s+of\s+birth|medical\s+(?:report|records?|notes|history|details)|health\s+(?:records?|details)|disability\s+(?:report|assessment|details)|counsell?ing\s+notes|bank\s+details|passport|pi\s+numbers?|student\s+(?:numbers?|records?|ids?|files?)|ni\s+numbers?|payslips?|where\s+(?:she|he|they)\s+(?:lives?|works))\b`,
      weight: 0.75,
    },
    {
      pattern: String.raw`\b(?:sent|emailed|posted|forwarded|gave)\s+(?:\w+\s+){0,5}to\s+the\s+wrong\s+(?:student|person|people|address|email|group)\b|\b(?:cc'?d|copied)\s+(?:the\s+)?(?:whole|entire|all\s+the)\s+(?:cohort|module|class|group)\b.{0,60}\b(?:addresses|details|marks|results|grades)\b`,
      weight: 0.8,
    },
    {
      pattern: String.raw`\b(?:his|her|their|the\s+\w+'?s)\s+(?:home\s+)?address\s+is\b|\b(?:found|got|have)\s+(?:his|her|their)\s+(?:home\s+)?address\b|\b(?:her|his|their)\s+(?:mum'?s\s+|dad'?s\s+)?(?:number|mobile|phone\s+number)\s+is\b|\b(?:lives?|living)\s+(?:at|on|in)\s+(?:flat|number|no\.?)\s*\d`,
      weight: 0.6,
    },
    {
      pattern: String.raw`\b(?:she|he|they|\w+\s+from\s+(?:my|our|the)\s+\w+)\s+(?:has|'s\s+got|is\s+on\s+medication\s+for|was\s+diagnosed\s+with|is\s+being\s+treated\s+for)\s+(?:hiv|cancer|bipolar|schizophrenia|depression|an?\s+eating\s+disorder|anorexia|epilepsy|dementia|a\s+(?:std|sti))\b`,
      weight: 0.55,
      ambiguous: true,
    },
  ],
  threat: THREAT_TERMS,
  academic_misconduct: [
    {
      pattern: String.raw`(?:\b(?:sell(?:ing|s)?|buy(?:ing|s)?|bought|paid|paying|for\s+sale|selling\s+off|paypal|cash)\b|£\s?\d+|\$\d+).{0,50}\b(?:answers?|tmas?\d*|emas?|essays?|assignments?|solutions|exam\s+papers?|past\s+papers\s+with\s+answers|model\s+answers|worked\s+answers)\b`,
      weight: 0.85,
    },
    {
      pattern: String.raw`\b(?:completed|finished|marked|model|worked|full)\s+(?:answers?|tmas?|emas?|assignments?|solutions)\b.{0,60}\b(?:sell|selling|for\s+sale|paypal|dm\s+me|£|\$|cash|price|cheap|swap)\b`,
      weight: 0.85,
    },
    {
      pattern: String.raw`\b(?:share|send|paste|post|give|dm|swap|copy)\w*\s+(?:me\s+)?(?:your|their|the|my|his|her|our)\s+(?:answers?|tmas?|emas?|working|solutions?|essays?|code|assignment)\b`,
      weight: 0.75,
    },
    {
      pattern: String.raw`\banswers?\s+(?:to|for)\s+(?:q(?:uestion)?\s*\d|the\s+(?:tma|ema|exam|icma|quiz)|tma|ema|icma)\b|\b(?:tma|ema|icma|exam)\s*\d*\s+answers\b`,
      weight: 0.7,
    },
    {
      pattern: String.raw`\b(?:upload(?:ed|ing)?|post(?:ed|ing)?|shar(?:e|ed|ing)|put(?:ting)?|leak(?:ed|ing)?|dump(?:ed|ing)?|mirror(?:ed|ing)?|rip(?:ped|ping)?)\b.{0,60}\b(?:tutorial\s+recordings?|recordings?\s+of\s+(?:the\s+)?tutorials?|module\s+(?:pdfs?|materials?|books?|texts?|content|files)|exam\s+papers?|(?:tma|ema)\s+questions|online\s+room\s+recordings?|adobe\s+connect\s+recordings?)\b`,
      weight: 0.8,
    },
    {
      pattern: String.raw`\b(?:tutorial\s+recordings?|module\s+(?:pdfs?|materials?|books?))\b.{0,60}\b(?:youtube|google\s+drive|dropbox|mega|telegram|discord|torrent|unlisted|for\s+free|anyone\s+who\s+wants|link\s+in|free\s+download|reddit)\b`,
      weight: 0.8,
    },
    {
      pattern: String.raw`\b(?:essay\s+mill|contract\s+cheating|ghost[\s-]?writ\w+|someone\s+to\s+(?:write|do)\s+my|(?:write|do)\s+my\s+(?:tma|ema|essay|assignment)s?\s+for\s+me|pay\s+(?:someone|you|somebody)\s+to\s+(?:write|do))\b`,
      weight: 0.9,
    },
    {
      pattern: String.raw`\b(?:collud\w+|collusion|plagiari[sz]\w*|copy(?:ing|ied)?\s+(?:each\s+other'?s|off|from)\s+\w+|chegg|course\s*hero|studocu)\b`,
      weight: 0.6,
      ambiguous: true,
    },
    {
      pattern: String.raw`\b(?:exam|ema|tma)\s+(?:questions?|paper)\s+(?:leaked|in\s+advance|early)\b|\bleaked\s+(?:exam|ema|tma)\b`,
      weight: 0.85,
    },
    {
      pattern: String.raw`\b(?:whatsapp|telegram|discord)\s+group\b.{0,60}\b(?:answers?|tmas?|emas?|solutions|working)\b`,
      weight: 0.7,
    },
    {
      pattern: String.raw`\b(?:use|used|using)\s+(?:chatgpt|ai|an\s+ai)\s+to\s+(?:write|do|answer)\s+(?:my|the|all)\b`,
      weight: 0.6,
    },
    {
      pattern: String.raw`\b(?:sit|sitting|take|taking|do|doing)\s+(?:my|the|his|her)\s+(?:exam|ema)\s+for\s+(?:me|him|her)\b|\bimpersonat\w+\b`,
      weight: 0.8,
    },
    // Recorded tutorials and materials passed round without the tutor knowing.
    {
      pattern: String.raw`\b(?:record(?:ed|ing)|screen[\s-]?record\w*|filmed|filming)\b.{0,60}\b(?:tutorials?|lectures?|sessions?|online\s+rooms?|day\s+schools?)\b.{0,80}\b(?:shar\w+|upload\w*|post\w*|put\s+it|stuck\s+it|sen[dt]|on\s+(?:youtube|discord|telegram|(?:my\s+|google\s+)?drive|the\s+group|whatsapp|reddit))\b`,
      weight: 0.75,
    },
    {
      pattern: String.raw`\b(?:the\s+)?(?:tutor|tutors|lecturer|module\s+team)\s+(?:doesn'?t|does\s+not|don'?t|won'?t)\s+(?:know|need\s+to\s+know|find\s+out)\b|\bdon'?t\s+tell\s+(?:the\s+)?(?:tutor|module\s+team|ou)\b|\b(?:recordings?|answers|solutions)\b.{0,40}\b(?:dm|message|pm)\s+me\b`,
      weight: 0.6,
    },
    {
      pattern: String.raw`\b(?:paid|pay|paying|hire|hired|found|get|got|need|needs|looking\s+for)\s+(?:someone|somebody|a\s+(?:guy|bloke|writer|service|site|tutor)|my\s+\w+|him|her|them)\s+(?:on\s+\w+\s+)?(?:£\s?\d+\s+)?(?:to\s+)?(?:write|do|sit|take|for|mark)\s+(?:my|the|their|her|his|your)?\s*(?:\w+\s+){0,2}(?:essay|tma|ema|exam|assignment|quiz|test|reflective\s+piece|dissertation|coursework|online\s+exam|remote\s+exam)|\b(?:essay|assignment|academic|tma|ema)\s+(?:writers?|writing\s+service|service|mill|help\s+service)\b|\bwriting\s+service\b|\bsplit\s+the\s+cost\s+of\s+an?\s+\w+\s+writer\b`,
      weight: 0.8,
    },
    {
      pattern: String.raw`\b(?:undetectable|won'?t\s+(?:be\s+)?(?:detect\w*|pick\s+it\s+up|flag|catch|notice|find)|doesn'?t\s+(?:catch|detect|pick)|no\s+flags|bypass|get\s+past)\b.{0,40}\b(?:turnitin|plagiarism|ai\s+detect\w*|the\s+software|software|the\s+ou)\b|\bturnitin\b.{0,40}\b(?:catch|detect|notice|asleep|won'?t|miss|pick)\w*|\b(?:humani[sz]er|quillbot|paraphras\w+\s+tool)\b`,
      weight: 0.7,
    },
    {
      pattern: String.raw`\b(?:chatgpt|chat\s+gpt|gpt|ai|claude|gemini|copilot)\b.{0,40}\b(?:wrote|write|writes|written|did|does|generated?|produced?)\b.{0,40}\b(?:tmas?|emas?|essays?|assignments?|exams?|answers)|\b(?:written|wrote|done)\s+by\s+(?:ai|chatgpt)\b|\bget\s+(?:chatgpt|ai)\s+to\s+write\b`,
      weight: 0.65,
      ambiguous: true,
    },
    {
      pattern: String.raw`\b(?:sit|sitting|sat|take|taking|took|do|doing|did)\s+(?:my|the|her|his|their|my\s+\w+'?s|\w+'s)\s+(?:\w+\s+){0,3}(?:exams?|quiz(?:zes)?|tests?|icmas?|tmas?|emas?)\w*\s+for\s+(?:me|her|him|them|\w+\s+people|my\s+\w+)\b|\blogs?\s+in\s+as\s+me\b|\b(?:share|give|sell\w*|selling)\s+(?:you\s+)?my\s+(?:\w+\s+)?(?:login|password|account)\b|\bin\s+my\s+name\b|\bnobody\s+checks\s+the\s+id\b`,
      weight: 0.8,
    },
    {
      pattern: String.raw`\bput\s+my\s+(?:own\s+)?name\s+on\s+it\b|\bhand(?:ed)?\s+(?:it\s+)?in\s+as\s+(?:mine|my\s+own|is)\b|\bcopy\s+and\s+paste\b|\bchange\s+a\s+few\s+words\b|\bcopied\s+(?:an\s+)?entire\b|\blast\s+year'?s\s+(?:\w+\s+)?(?:tma|ema)\w*|\b(?:send|sends|sent|swap(?:ped)?|swapping)\s+(?:me\s+)?(?:her|his|their|my|your)\s+(?:marked\s+)?(?:tmas?|emas?|essays?)\w*`,
      weight: 0.75,
    },
    {
      pattern: String.raw`\b(?:exam|ema|tma)\s+(?:paper|questions?|brief|task)\b.{0,60}\b(?:before|early|in\s+advance|unpublished|leaked|next\s+(?:week|month|year)|discord|whatsapp|drive|group\s+chat)\b|\b(?:marking\s+guide|mark\s+scheme|question\s+bank)\b|\b(?:actual|real)\s+(?:exam\s+)?questions\b|\b(?:split|share|sharing)\s+(?:the\s+)?(?:tma|ema|icma|quiz)\w*\s+(?:questions|answers)\b|\bscreenshots?\s+the\s+answers\b|\btype\s+the\s+answers\b|\bshare\s+completed\s+answers\b`,
      weight: 0.7,
      ambiguous: true,
    },
  ],
};

/** Words that, just before a term, deny it ("not suing", "no plans to take legal action"). */
export const NEGATION = String.raw`\b(?:not|no|never|without|nobody'?s|none|won'?t|wont|don'?t|dont|didn'?t|doesn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|wouldn'?t|shouldn'?t|can'?t|cannot|no\s+plans?\s+to|no\s+intention\s+of|ruled\s+out|rather\s+than|instead\s+of|nothing\s+to\s+do\s+with|far\s+from|stop|against|avoid|refuse\s+to)\b`;

/** A study or discussion frame in the same sentence makes an ambiguous term a topic, not an act. */
export const STUDY_CONTEXT = String.raw`\b(?:cpd|risk\s+assessment|masters|msc|phd|dissertation|thesis|durkheim|statistics|stats|rates|research|researchers?|study\s+of|studies|evaluation|messaging|guidelines|reporting|webinar|workshop|guide|handbook|integrity|skills|tips|advice|criminology|sociology|psychology|news|headlines?|reported|police\s+(?:arrested|charged)|arrested|charged|in\s+the\s+paper|bbc|module|modules|course|unit|lecture|topic|textbook|readings?|essay\s+on|chapter|seminar|law\s+degree|law\s+student|studying|revision|openlearn|podcast|documentary|book|novel|film|series|case\s+study|history\s+of|law\s+of|training|awareness|prevention|tutorial\s+on|paper\s+on|article\s+on|talk\s+on|counsell?ing|helpline|service|services|support|policy|policies|charity|basketball|tennis|squash|netball|badminton|food|sports?)\b`;

/** Verbs that introduce someone else's words: a term inside their quote is reported, not asserted. */
export const REPORTING = String.raw`\b(?:said|says|saying|called|calls|calling|wrote|writes|tweeted|posted|claimed|claims|claiming|accused|shouted|headline|asked)\b`;
