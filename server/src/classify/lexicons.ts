import type { CategoryCode } from '@ou-listening/shared';

/**
 * Stage 3 word lists. Each term is a regular expression over the lower-cased normalised text.
 * `weight` is how much one hit alone says (0–1). `ambiguous` terms also have an everyday or study
 * meaning ("court", "tribunal", "confidential", "leak"), so a study or discussion context nearby
 * lowers them ("my law module on tribunals", "a podcast about data leaks").
 */
export type LexiconTerm = { pattern: string; weight: number; ambiguous?: boolean };

export type LexiconCategory = Exclude<CategoryCode, 'personal_data'>;

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
  ],
  safeguarding: [
    {
      pattern: String.raw`\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|top|topping|off)\s+my\s*self\b|\bkms\b`,
      weight: 0.95,
    },
    { pattern: String.raw`\bsuicid\w*\b`, weight: 0.75, ambiguous: true },
    { pattern: String.raw`\bself[\s-]?harm\w*\b`, weight: 0.75, ambiguous: true },
    {
      pattern: String.raw`\b(?:end(?:ing)?\s+(?:it\s+all|my\s+life|things|it\s+tonight|it\s+now)|take\s+my\s+(?:own\s+)?life|want(?:ed)?\s+to\s+die|wanna\s+die|wish\s+I\s+(?:was|were)\s+dead|better\s+off\s+(?:dead|without\s+me)|not\s+(?:be|being)\s+(?:here|around)\s+(?:tomorrow|much\s+longer|anymore|by)|won'?t\s+be\s+(?:here|around)\s+(?:tomorrow|much\s+longer|anymore))\b`,
      weight: 0.95,
    },
    {
      pattern: String.raw`\b(?:(?:no|any|the)\s+point\s+(?:in\s+)?(?:living|going\s+on|being\s+alive|carrying\s+on|in\s+life)|(?:no|any)\s+reason\s+to\s+(?:live|go\s+on|carry\s+on|stay)|can'?t\s+(?:go\s+on|do\s+this\s+anymore|cope\s+anymore|take\s+(?:it|this|any\s*more))|(?:don'?t|do\s+not)\s+want\s+to\s+(?:live|be\s+here|wake\s+up|exist))\b`,
      weight: 0.9,
    },
    {
      pattern: String.raw`\b(?:pills?|tablets?|paracetamol|painkillers|meds|rope|blades?|razors?)\b.{0,30}\b(?:ready|saved\s+up|stockpil\w+|taken|swallowed|tonight|counted(?:\s+out)?|lined\s+up|laid\s+out|in\s+front\s+of\s+me)\b|\b(?:overdos\w*|od'?d|take\s+all\s+(?:my|the)\s+(?:pills|tablets))\b`,
      weight: 0.9,
    },
    {
      pattern: String.raw`\b(?:goodbye\s+(?:everyone|all|world|cruel\s+world)|this\s+is\s+goodbye|final\s+(?:post|message|goodbye)|look\s+after\s+my\s+(?:kids|cat|dog)\s+for\s+me)\b`,
      weight: 0.75,
    },
    {
      pattern: String.raw`\b(?:cutting|cut|burning|burnt|hurting)\s+(?:myself|my\s+(?:arms?|wrists?|legs?))\b|\bslit\s+my\s+wrists?\b`,
      weight: 0.9,
    },
    {
      pattern: String.raw`\bjump(?:ing)?\s+(?:off|in\s+front\s+of)\s+(?:a|the)\s+(?:bridge|train|building|roof|cliff)\b|\b(?:standing|stood)\s+on\s+(?:a|the)\s+(?:bridge|ledge|roof)\b`,
      weight: 0.9,
    },
    {
      pattern: String.raw`\bnobody\s+(?:cares|would\s+(?:care|notice|miss\s+me))\b|\bno\s*one\s+(?:cares|would\s+(?:care|notice|miss\s+me))\b`,
      weight: 0.55,
    },
    {
      pattern: String.raw`\b(?:giving\s+up\s+on\s+(?:everything|life)|(?:can'?t|cannot)\s+see\s+a\s+way\s+out|no\s+way\s+out|hopeless)\b`,
      weight: 0.55,
      ambiguous: true,
    },
    {
      pattern: String.raw`\b(?:\d{1,2}|young|underage|little)[\s-]*(?:year[\s-]*old|yo|y\/o)\b.{0,90}\b(?:messag\w+|photos?|pics?|pictures|nudes|meet(?:\s+up)?|alone|touch\w*|snapchat|dm\w*|groom\w*)\b|\b(?:messag\w+|asking|sending)\b.{0,40}\b(?:my|a|her|his)\s+(?:\d{1,2}[\s-]*year[\s-]*old|daughter|son|child|kid|niece|nephew)\b.{0,90}\b(?:photos?|pics?|pictures|nudes|meet|address|alone)\b`,
      weight: 0.9,
    },
    {
      pattern: String.raw`\b(?:groom(?:ed|ing)|child\s+(?:abuse|at\s+risk|protection)|vulnerable\s+adult|sexual\s+(?:abuse|assault)|abus(?:ed|ing|ive)\s+(?:me|her|him|my|a\s+child)|domestic\s+(?:abuse|violence)|hits?\s+me|beats?\s+me|locked\s+me\s+in|(?:scared|afraid)\s+(?:for\s+my\s+life|to\s+go\s+home|of\s+him|of\s+her))\b`,
      weight: 0.85,
      ambiguous: true,
    },
    {
      pattern: String.raw`\b(?:missing\s+since|hasn'?t\s+been\s+seen\s+since|not\s+answering\s+(?:her|his)\s+phone\s+(?:since|for))\b|\bwelfare\s+check\b`,
      weight: 0.6,
    },
    { pattern: String.raw`\b(?:crisis|samaritans|urgent\s+help|emergency\s+help)\b`, weight: 0.35, ambiguous: true },
    // Ideation in the first person, however it is put: a wish to be dead, to stop existing, to end it.
    {
      pattern: String.raw`\b(?:(?:going|gonna|want(?:ing)?|wanna|plan(?:ning)?|ready|decided|about|tempted|thinking\s+(?:about|of)|think\s+i'?(?:ll|m\s+going\s+to))\s+(?:to\s+)?(?:end(?:ing)?\s+(?:it|things|everything|my\s+life|my\s+own\s+life)|kill(?:ing)?\s+myself|tak(?:e|ing)\s+my\s+(?:own\s+)?life|hang(?:ing)?\s+myself|not\s+(?:be(?:ing)?\s+)?(?:here|alive|around)))\b`,
      weight: 0.95,
    },
    {
      pattern: String.raw`\b(?:(?:i'?m|i\s+am|feel(?:ing)?|been)\s+(?:really\s+|so\s+|very\s+)?suicidal|suicidal\s+(?:thoughts|feelings|again)|(?:tired|sick)\s+of\s+(?:living|being\s+alive|life)|life\s+(?:is|isn'?t|is\s+not)\s+(?:not\s+)?worth\s+living|not\s+worth\s+living|(?:want|wish)\s+(?:it\s+all|everything)\s+to\s+(?:stop|end)|(?:go\s+to\s+sleep|sleep)\s+and\s+(?:never|not)\s+wake\s+up|wish\s+i\s+(?:had\s+never\s+been\s+born|could\s+(?:just\s+)?disappear(?:\s+forever)?)|(?:i'?m|i\s+am)\s+(?:just\s+)?a\s+burden|(?:everyone|everybody|they|my\s+family|the\s+world)\s+(?:would\s+be|is|are|'d\s+be)\s+better\s+off\s+without\s+me)\b`,
      weight: 0.9,
    },
    // Someone else at risk: a friend, flatmate or classmate who has said they will end their life.
    {
      pattern: String.raw`\b(?:she|he|they|my\s+\w+)(?:'s|'re|\s+is|\s+are|\s+was|\s+were|\s+has\s+been|\s+keeps?|\s+said\s+(?:she|he|they)(?:'s|'re|'d|'ll|\s+is|\s+are|\s+would|\s+will|\s+was|\s+wants?\s+to|\s+might))?\s*(?:going\s+to|gonna|planning\s+to|talking\s+about|threatening\s+to|wants?\s+to|about\s+to)?\s*(?:end(?:ing)?\s+(?:it|it\s+all|things|(?:her|his|their)\s+(?:own\s+)?life)|kill(?:ing)?\s+(?:herself|himself|themselves|themself)|tak(?:e|ing)\s+(?:her|his|their)\s+(?:own\s+)?life|hurt(?:ing)?\s+(?:herself|himself|themselves)|(?:cutting|harming)\s+(?:herself|himself|themselves)|suicid\w+)\b`,
      weight: 0.9,
    },
    {
      pattern: String.raw`\b(?:(?:worried|scared|terrified|frightened|concerned)\s+(?:about|for)\s+(?:my|a|our|this)\s+(?:\w+\s+)?(?:friend|flatmate|housemate|roommate|mate|classmate|partner|sister|brother|son|daughter|student|colleague)|(?:can'?t|cannot|couldn'?t)\s+(?:reach|get\s+hold\s+of|contact)\s+(?:her|him|them)\s+(?:since|and|now)|(?:left|sent)\s+(?:me\s+)?a\s+(?:goodbye|farewell|suicide)\s+(?:note|message|text|letter))\b`,
      weight: 0.7,
    },
    // Farewell notes: goodbyes that sound final, letters left for family.
    {
      pattern: String.raw`\b(?:suicide\s+note|(?:writ(?:e|ing|ten)|wrote|left|leaving)\s+(?:a\s+|my\s+)?(?:goodbye\s+|farewell\s+|last\s+)?(?:notes?|letters?)\s+(?:to|for)\s+(?:my|everyone|the)|by\s+the\s+time\s+you\s+(?:read|see)\s+this|(?:won'?t|will\s+not)\s+(?:have\s+to\s+)?(?:see|hear\s+from|deal\s+with)\s+me\s+(?:again|anymore|any\s+more)|(?:tell|say\s+to)\s+my\s+(?:mum|mom|dad|family|kids|children|parents)\s+(?:i\s+love\s+them|i'?m\s+sorry)|(?:sorry|forgive\s+me)\s+for\s+(?:everything|what\s+i'?m\s+about\s+to\s+do)|(?:goodbye|bye|farewell)\s+(?:forever|for\s+good|to\s+(?:all|everyone)\s+of\s+you)|my\s+last\s+(?:post|message|words|night|day))\b`,
      weight: 0.85,
    },
    // A note left where family will find it.
    {
      pattern: String.raw`\b(?:the\s+|my\s+)?(?:note|(?:goodbye|farewell|last)\s+letter)(?:,?\s+it)?\s+(?:is|'s)\s+(?:on|under|by)\s+(?:the|my)\s+(?:kitchen\s+)?(?:table|desk|bed|pillow)\b`,
      weight: 0.5,
    },
    // Putting affairs in order, and quieter ways of saying there is no way forward.
    {
      pattern: String.raw`\b(?:giv(?:e|ing|en)\s+away\s+(?:all\s+)?my\s+(?:things|stuff|belongings|cat|dog|books)|(?:rehomed|found\s+a\s+home\s+for)\s+my\s+(?:cat|dog|pets?)\s+(?:so|before)|(?:nobody|no\s*one|no-one)\s+(?:would|will)\s+(?:notice|care|miss\s+me)\s+if\s+i\s+(?:was|were|'?m)\s+(?:gone|dead|not\s+here)|(?:had|have\s+had)\s+enough\s+of\s+(?:everything|life|living|this\s+life)|(?:won'?t|will\s+not)\s+be\s+(?:a\s+)?(?:problem|burden)\s+(?:for\s+much\s+longer|much\s+longer|anymore)|(?:last|final)\s+time\s+you(?:'ll|\s+will)\s+(?:hear|see)\s+(?:from\s+)?me|better\s+off\s+dead)\b`,
      weight: 0.85,
    },
    // Someone in danger from another person.
    {
      pattern: String.raw`\b(?:(?:he|she|they|my\s+(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|stepdad|mum|stepmum))\s+(?:said|says|threatened|keeps\s+threatening)\s+(?:to\s+kill\s+me|(?:he|she|they)(?:'d|'ll|\s+would|\s+will)\s+kill\s+me)|(?:fear|scared|afraid)\s+for\s+(?:my|her|his|their)\s+(?:life|safety)|(?:touches|touched|forces|forced)\s+me\s+(?:to|when|at\s+night|and)|(?:being|been)\s+(?:sexually\s+)?(?:assaulted|raped|trafficked|stalked))\b`,
      weight: 0.85,
    },
    // Means and plans.
    {
      pattern: String.raw`\b(?:noose|hang\s+myself|(?:bought|got|have|tied)\s+(?:a|the)\s+rope|(?:whole|entire|two|three|all\s+the)\s+(?:packets?|boxes|box|bottles?|strips?)\s+of\s+(?:pills|tablets|paracetamol|painkillers|sleeping\s+pills|meds)|(?:step|walk|jump)(?:ing|ed)?\s+(?:in\s+front\s+of|under)\s+(?:a|the)\s+(?:train|bus|lorry|car)|(?:walk|walking)\s+into\s+the\s+(?:sea|river)|(?:jump|jumping|throw\s+myself)\s+(?:off|from)\s+(?:a|the|my)\s+\w+|(?:written|made|have)\s+(?:a|my)\s+(?:plan|will)\s+(?:for|to)\s+(?:tonight|how|end))\b`,
      weight: 0.9,
    },
    // Self-harm in ordinary words.
    {
      pattern: String.raw`\b(?:self[\s-]?harm(?:ed|ing)?\s+(?:again|tonight|last\s+night|for\s+the\s+first\s+time)|relapsed?\s+(?:into|with|on)\s+(?:self[\s-]?harm|cutting)|(?:cut|cutting|burn(?:ed|t|ing)?|scratch(?:ed|ing)?|punch(?:ed|ing)?|hit(?:ting)?|starv(?:e|ed|ing))\s+myself|(?:fresh|new)\s+(?:cuts|scars|wounds)\s+on\s+my|hurt(?:ing)?\s+myself\s+(?:again|on\s+purpose|to\s+cope))\b`,
      weight: 0.9,
    },
    // A child at risk.
    {
      pattern: String.raw`\b(?:(?:child|kid|kids|children|toddler|baby|boy|girl|daughter|son|(?:\d{1,2}|young)[\s-]*year[\s-]*old)\b.{0,60}\b(?:being\s+(?:hit|beaten|abused|hurt|starved|neglected|groomed)|left\s+alone\s+(?:for\s+days|all\s+(?:day|night|weekend))|covered\s+in\s+bruises|locked\s+(?:in|out))|(?:hits?|beats?|hurts?|abuses?|locks?)\s+(?:his|her|their|the)\s+(?:kids?|children|child|son|daughter|baby|toddler)|(?:bruises|marks)\s+on\s+(?:her|his|the)\s+(?:child|kid|son|daughter|baby)|(?:adult|grown\s+(?:man|woman)|older\s+(?:man|woman|guy)|teacher|tutor|coach)\b.{0,40}\b(?:messag\w+|asking|sending|wants?\s+to\s+meet)\b.{0,40}\b(?:child|kid|minor|(?:\d{1,2})[\s-]*year[\s-]*old|schoolgirl|schoolboy))\b`,
      weight: 0.9,
    },
  ],
  threat: [
    {
      pattern: String.raw`\b(?:bring(?:ing)?|take|taking|carry(?:ing)?)\s+a\s+(?:knife|gun|blade|weapon|bomb)\s+(?:to|into)\b|\b(?:going\s+to|gonna|will|i'?ll)\s+(?:kill|stab|shoot|hurt|attack)\s+(?:him|her|them|my\s+tutor|my\s+\w+|everyone|someone|people)\b|\bshoot\s+up\s+the\b`,
      weight: 0.9,
    },
    {
      pattern: String.raw`\b(?:(?:i'?m|i\s+am|i'?ll|i\s+will|going\s+to|gonna|want\s+to|wanna)\s+(?:kill|murder|stab|shoot|strangle|hunt\s+down)\s+(?:you|him|her|them|that\s+\w+|the\s+\w+|every\w*|some\w*|my\s+\w+)|i\s+know\s+where\s+(?:you|she|he|they)\s+live|(?:you'?re|you\s+are|she'?s|he'?s|they'?re)\s+(?:going\s+to\s+be|gonna\s+be|as\s+good\s+as)\s+dead|(?:bring(?:ing)?|carry(?:ing)?|got)\s+(?:a|my)\s+(?:knife|gun|machete|blade)\s+(?:to|into|for)\b|(?:bomb|blow\s+up|shoot\s+up)\s+(?:the|your|their)\s+(?:campus|building|exam\s+(?:centre|hall)|office|offices|ceremony|graduation|centre|school)|death\s+threats?)\b`,
      weight: 0.9,
    },
  ],
  academic_misconduct: [
    {
      pattern: String.raw`\b(?:sell(?:ing|s)?|buy(?:ing|s)?|for\s+sale|selling\s+off|paypal|£\d+|\$\d+|cash)\b.{0,50}\b(?:answers?|tmas?|emas?|essays?|assignments?|solutions|exam\s+papers?|past\s+papers\s+with\s+answers|model\s+answers|worked\s+answers)\b`,
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
  ],
};

/** Words that, just before a term, deny it ("not suing", "no plans to take legal action"). */
export const NEGATION = String.raw`\b(?:not|no|never|without|nobody'?s|none|won'?t|wont|don'?t|dont|didn'?t|doesn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|wouldn'?t|shouldn'?t|can'?t|cannot|no\s+plans?\s+to|no\s+intention\s+of|ruled\s+out|rather\s+than|instead\s+of|nothing\s+to\s+do\s+with|far\s+from|stop|against|avoid|refuse\s+to)\b`;

/** A study or discussion frame in the same sentence makes an ambiguous term a topic, not an act. */
export const STUDY_CONTEXT = String.raw`\b(?:module|modules|course|unit|lecture|topic|textbook|readings?|essay\s+on|chapter|seminar|law\s+degree|law\s+student|studying|revision|openlearn|podcast|documentary|book|novel|film|series|case\s+study|history\s+of|law\s+of|training|awareness|prevention|tutorial\s+on|paper\s+on|article\s+on|talk\s+on|counsell?ing|helpline|service|services|support|policy|policies|charity|basketball|tennis|squash|netball|badminton|food|sports?)\b`;

/** Verbs that introduce someone else's words: a term inside their quote is reported, not asserted. */
export const REPORTING = String.raw`\b(?:said|says|saying|called|calls|calling|wrote|writes|tweeted|posted|claimed|claims|claiming|accused|shouted|headline|asked)\b`;
