import type { LexiconTerm } from './lexicons.js';

/**
 * Word lists for the two urgent categories, built for paraphrase: people rarely say "suicide" or
 * "threat". Each form is written as it is usually put — first-person intent with a means, a place
 * or a time; goodbyes and affairs put in order; a child's bruises told second-hand; a weapon, a
 * target and a time — rather than as single trigger words. Negation, quotation and a study or news
 * frame lower these terms but never remove them (see lexicon-matcher).
 */

/** Who a threat can be aimed at: people and places connected with the OU, or anyone at all. */
const TARGET = String.raw`(?:you|ya|u|him|her|them|'?em|the\s+lot\s+of\s+(?:you|them)|every(?:one|body)|some(?:one|body)|people|ppl|(?:my|the|that|this|your|their|his|her|an?|every|one\s+of\s+(?:the|your|their))\s+(?:\w+\s+){0,2}?(?:tutors?|markers?|invigilators?|staff(?:\s+members?)?|lecturers?|module\s+chair|advis[eo]rs?|students?|manager|director|panel(?:\s+members)?|judge|barrister|ex|building|office|offices|centre|center|place|hall|campus|ceremony|graduation|class|group|lot))`;

/** "I'll", "I'm going to", "gonna", "want to": someone saying what they will do. */
const WILL = String.raw`(?:i'?ll|i\s+will|i'?m\s+(?:going\s+to|gonna|about\s+to)|i\s+am\s+(?:going\s+to|gonna)|gonna|going\s+to|want\s+to|wanna|i'?d\s+(?:happily|gladly|love\s+to)|happy\s+to|planning\s+to|plan\s+to|ready\s+to|about\s+to)`;

/** "Shoot" with a camera or a ball, within the next few words: not a gun (a negative lookahead's body). */
const NOT_A_GUN = String.raw`(?:\s+[\w']+){1,6}?\s+(?:photos?|pictures?|pics|portraits?|headshots?|videos?|vlogs?|footage|film|scenes?|hoops|baskets?|the\s+breeze)\b`;
const VIOLENCE = String.raw`(?:kill|murder|stab|shoot(?!${NOT_A_GUN})|batter|beat(?:\s+up)?|punch|hit|smack|slap|glass|strangle|choke|hurt|attack|maim|knife|bottle|deck|hunt\s+down|run\s+(?:\w+\s+){0,3}?over|go\s+after|get|jump|torch|burn|bomb|blow\s+up|shoot\s+up|wreck|trash|smash\s+up|cut|do\s+in|sort\s+out|deal\s+with|take\s+out|finish\s+off|make\s+\w+\s+(?:bleed|pay|suffer))`;

const PILLS = String.raw`(?:pills?|tablets?|meds|medication|paracetamol|painkillers|sleeping\s+pills|antidepressants|insulin|co-?codamol)`;

export const SAFEGUARDING_TERMS: readonly LexiconTerm[] = [
  // Ideation in the first person, in the usual words.
  {
    pattern: String.raw`\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|top|topping|off|hang|hanging)\s+my\s*self\b|\bkms\b|\bunalive\s+myself\b`,
    weight: 0.95,
  },
  { pattern: String.raw`\bsuicid\w*\b`, weight: 0.75, ambiguous: true },
  { pattern: String.raw`\bself[\s-]?harm\w*\b`, weight: 0.75, ambiguous: true },
  {
    pattern: String.raw`\b(?:end(?:ing)?\s+(?:it\s+all|my\s+life|it\s+tonight|it\s+now)|take\s+my\s+(?:own\s+)?life|want(?:ed)?\s+to\s+die|wanna\s+die|wish\s+i\s+(?:was|were)\s+dead|better\s+off\s+(?:dead|without\s+me)|not\s+(?:be|being)\s+(?:here|around)\s+(?:tomorrow|much\s+longer|anymore|by)|won'?t\s+be\s+(?:here|around)\s+(?:tomorrow|much\s+longer|anymore))\b`,
    weight: 0.95,
  },
  {
    pattern: String.raw`\b(?:(?:no|any|the)\s+point\s+(?:in\s+)?(?:living|going\s+on|being\s+alive|carrying\s+on|in\s+life)|(?:no|any)\s+reason\s+to\s+(?:live|go\s+on|carry\s+on|stay)|can'?t\s+(?:go\s+on|do\s+this\s+anymore|cope\s+anymore|take\s+(?:it|this|any\s*more))|(?:don'?t|do\s+not)\s+want\s+to\s+(?:live|be\s+here|wake\s+up|exist))\b`,
    weight: 0.9,
  },
  {
    pattern: String.raw`\b(?:(?:going|gonna|want(?:ing)?|wanna|plan(?:ning)?|ready|decided|about|tempted|thinking\s+(?:about|of)|think\s+i'?(?:ll|m\s+going\s+to))\s+(?:to\s+)?(?:end(?:ing)?\s+(?:it|things|everything|my\s+life|my\s+own\s+life)|kill(?:ing)?\s+myself|tak(?:e|ing)\s+my\s+(?:own\s+)?life|hang(?:ing)?\s+myself|not\s+(?:be(?:ing)?\s+)?(?:here|alive|around)))\b`,
    weight: 0.95,
  },
  {
    pattern: String.raw`\b(?:(?:i'?m|i\s+am|feel(?:ing)?|been)\s+(?:really\s+|so\s+|very\s+)?suicidal|suicidal\s+(?:thoughts|feelings|again)|(?:tired|sick)\s+of\s+(?:living|being\s+alive|life)|life\s+(?:is|isn'?t|is\s+not)\s+(?:not\s+)?worth\s+living|not\s+worth\s+living|(?:want|wish)\s+(?:it\s+all|everything)\s+to\s+(?:stop|end)|(?:go\s+to\s+sleep|sleep)\s+and\s+(?:never|not)\s+wake\s+up|wish\s+i\s+(?:had\s+never\s+been\s+born|could\s+(?:just\s+)?disappear(?:\s+forever)?)|(?:i'?m|i\s+am)\s+(?:just\s+)?a\s+burden|(?:everyone|everybody|they|my\s+family|the\s+world|the\s+kids|my\s+kids)\s+(?:would\s+be|is|are|'d\s+be)\s+better\s+off\s+(?:without\s+me|if\s+i\s+wasn'?t\s+here))\b`,
    weight: 0.9,
  },
  // Paraphrase: thinking it through, a plan, the courage, the only way out.
  {
    pattern: String.raw`\b(?:plan(?:ned|ning)?\s+(?:out\s+)?how\s+i(?:'?d|\s+would)\s+do\s+it|how\s+i(?:'?d|\s+would)\s+do\s+it|thought\s+about\s+ending\s+it|thinking\s+about\s+ending\s+it|(?:started\s+)?thinking\s+about\s+how\s+(?:i'?d|to)\s+(?:do\s+it|end)|(?:the\s+)?(?:only|permanent)\s+way\s+out|just\s+need\s+the\s+courage|finally\s+(?:have|got)\s+a\s+plan|(?:made|have)\s+a\s+plan\s+(?:to|for)\s+(?:end|die|tonight)|leav(?:e|ing)\s+this\s+world|go\s+to\s+sleep\s+forever|see\s+(?:you|us)\s+on\s+the\s+other\s+side|how\s+easy\s+it(?:'?d|\s+would)\s+be\s+to\s+(?:step|jump|just|end|let\s+go|not))\b`,
    weight: 0.85,
  },
  {
    pattern: String.raw`\b(?:i\s+don'?t\s+think\s+i'?ll\s+(?:be\s+(?:around|here|alive)|stick\s+around|make\s+it\s+(?:to|through))|not\s+going\s+to\s+be\s+(?:here|around|alive)|won'?t\s+(?:be\s+)?(?:around|here|alive)\s+(?:for|to\s+see|when|after|much)|be\s+gone\s+(?:before|by)|won'?t\s+need\s+(?:them|it|these|any\s+of\s+(?:it|this))\s+where\s+i'?m\s+going|won'?t\s+be\s+(?:a\s+)?(?:problem|burden)\s+(?:much\s+longer|for\s+much\s+longer|anymore)|(?:it'?ll|it\s+will)\s+all\s+be\s+over\s+soon|won'?t\s+be\s+coming\s+(?:home|back))\b`,
    weight: 0.9,
  },
  // Means: medicines counted or taken, a rope, a blade, a hose.
  {
    pattern: String.raw`\b${PILLS}\b.{0,30}\b(?:ready|saved\s+up|stockpil\w+|taken|swallowed|tonight|counted(?:\s+out)?|lined\s+up|laid\s+out|in\s+front\s+of\s+me|enough\s+now)\b|\b(?:overdos\w*|od'?d|take\s+all\s+(?:my|the)\s+${PILLS})\b`,
    weight: 0.9,
  },
  {
    pattern: String.raw`\b(?:counting|counted|saving(?:\s+up)?|saved(?:\s+up)?|stockpil\w+|hoard\w*|collecting|stashing)\s+(?:up\s+)?(?:my\s+|the\s+|all\s+my\s+|his\s+|her\s+)?${PILLS}\b|\b(?:how\s+many|enough)\s+${PILLS}\b|\bworked\s+out\s+the\s+dose\b|\b(?:taken|took|swallowed|downed)\s+(?:everything|all\s+of\s+(?:them|it)|the\s+lot|the\s+whole\s+(?:box|packet|bottle))\b|\blost\s+count\s+of\s+how\s+many\b`,
    weight: 0.9,
  },
  {
    pattern: String.raw`\b(?:noose|(?:bought|got|have|tied|buy|ordered)\s+(?:a|the|some)\s+rope|(?:whole|entire|two|three|all\s+the)\s+(?:packets?|boxes|box|bottles?|strips?)\s+of\s+${PILLS}|hose\s+and\s+(?:the\s+)?tape|(?:new|bought\s+a|got\s+a)\s+blade|have\s+the\s+rope|(?:written|made|have)\s+(?:a|my)\s+(?:plan|will)\s+(?:for|to)\s+(?:tonight|how|end))\b`,
    weight: 0.9,
  },
  // A place to do it: a platform, a bridge, a ledge, the sea.
  {
    pattern: String.raw`\bjump(?:ing)?\s+(?:off|in\s+front\s+of|from)\s+(?:a|the|my)\s+\w+|\b(?:standing|stood|sat|sitting|i'?m)\s+on\s+(?:a|the)\s+(?:bridge|ledge|roof|edge|platform|cliff|parapet)\b|\b(?:step(?:ping)?|walk(?:ing)?|throw(?:ing)?\s+myself)\s+(?:in\s+front\s+of|under)\s+(?:a|the)\s+(?:train|bus|lorry|car|traffic)\b|\bwalk(?:ing)?\s+into\s+the\s+(?:sea|river|water|traffic)\b`,
    weight: 0.9,
  },
  {
    pattern: String.raw`\b(?:platform|tracks|the\s+fast\s+(?:one|train))\b.{0,80}\b(?:step(?:ping)?\s+(?:forward|off|out)|jump|easy\s+it)\b|\b(?:edge|ledge|roof|rooftop|bridge|quarry|cliff|multi[\s-]?storey)\b.{0,60}\b(?:won'?t\s+come\s+back|not\s+going\s+in|the\s+view|it'?s\s+windy|one\s+step|let\s+go|jump)\b|\bnot\s+brak(?:e|ing)\b|\bdriv(?:e|ing)\s+(?:into|off)\s+(?:a|the)\s+(?:\w+\s+)?(?:wall|bridge|cliff|quarry|river|tree|edge)\b`,
    weight: 0.85,
  },
  // Goodbyes and affairs put in order.
  {
    pattern: String.raw`\b(?:goodbye\s+(?:everyone|all|world|cruel\s+world)|this\s+is\s+goodbye|final\s+(?:post|message|goodbye)|look\s+after\s+my\s+(?:kids|cat|dog)\s+for\s+me|please\s+look\s+after\s+my\s+(?:cat|dog|kids|children))\b`,
    weight: 0.75,
  },
  {
    pattern: String.raw`\b(?:suicide\s+note|(?:writ(?:e|ing|ten)|wrote|left|leaving)\s+(?:a\s+|my\s+)?(?:goodbye\s+|farewell\s+|last\s+)?(?:notes?|letters?)\s+(?:to|for)\s+(?:my|everyone|the|each)|by\s+the\s+time\s+you\s+(?:read|see)\s+this|(?:won'?t|will\s+not)\s+(?:have\s+to\s+)?(?:see|hear\s+from|deal\s+with)\s+me\s+(?:again|anymore|any\s+more)|(?:tell|say\s+to)\s+my\s+(?:mum|mom|dad|family|kids|children|parents)\s+(?:i\s+love\s+them|i'?m\s+sorry)|(?:sorry|forgive\s+me)\s+for\s+(?:everything|what\s+i'?m\s+about\s+to\s+do)|(?:goodbye|bye|farewell)\s+(?:forever|for\s+good|to\s+(?:all|everyone)\s+of\s+you)|my\s+last\s+(?:post|message|words|night|day|tweet)|this\s+is\s+my\s+last\s+(?:post|message|tweet))\b`,
    weight: 0.85,
  },
  {
    pattern: String.raw`\b(?:sorry\s+to\s+whoever\s+finds\s+me|whoever\s+finds\s+me|(?:said|saying)\s+my\s+goodbyes|made\s+my\s+peace|(?:affairs|things)\s+in\s+order|passwords\s+written\s+down|how\s+calm\s+you\s+(?:get|feel)\s+when\s+you'?ve\s+decided|(?:i'?ve|have)\s+already\s+made\s+up\s+my\s+mind|if\s+i'?m\s+not\s+online\s+after|(?:it|this)\s+wasn'?t\s+(?:her|his|your|their)\s+fault)\b`,
    weight: 0.75,
  },
  {
    pattern: String.raw`\b(?:giv(?:e|ing|en)\s+away\s+(?:all\s+)?my\s+(?:things|stuff|belongings|cat|dog|books|laptop|textbooks)|(?:started|start)\s+giving\s+(?:my\s+)?(?:stuff|things|belongings)\s+away|(?:rehom(?:e|ed|ing)|found\s+a\s+home\s+for)\s+my\s+(?:cat|dog|pets?)|pets\s+rehomed|(?:nobody|no\s*one|no-one)\s+(?:would|will)\s+(?:notice|care|miss\s+me)\s+if\s+i\s+(?:was|were|'?m|just)\s+(?:gone|dead|not\s+here|stopped)|(?:had|have\s+had)\s+enough\s+of\s+(?:everything|life|living|this\s+life)|(?:last|final)\s+time\s+you(?:'ll|\s+will)\s+(?:hear|see)\s+(?:from\s+)?me|better\s+off\s+dead)\b`,
    weight: 0.85,
  },
  { pattern: String.raw`\b(?:wrote|writing|written|made)\s+my\s+will\b`, weight: 0.45, ambiguous: true },
  // A note left where family will find it.
  {
    pattern: String.raw`\b(?:the\s+|my\s+)?(?:note|(?:goodbye|farewell|last)\s+letter)(?:,?\s+it)?\s+(?:is|'s)\s+(?:on|under|by)\s+(?:the|my)\s+(?:kitchen\s+)?(?:table|desk|bed|pillow)\b`,
    weight: 0.5,
  },
  {
    pattern: String.raw`\bnobody\s+(?:cares|would\s+(?:care|notice|miss\s+me))\b|\bno\s*one\s+(?:cares|would\s+(?:care|notice|miss\s+me))\b`,
    weight: 0.55,
  },
  {
    pattern: String.raw`\b(?:giving\s+up\s+on\s+(?:everything|life)|(?:can'?t|cannot)\s+see\s+a\s+way\s+out|no\s+way\s+out|hopeless|nothing\s+(?:left\s+to\s+live\s+for|to\s+go\s+home\s+for|to\s+live\s+for))\b`,
    weight: 0.55,
    ambiguous: true,
  },
  // Self-harm in ordinary words.
  {
    pattern: String.raw`\b(?:cutting|cut|burning|burnt|burn|hurting|scratch(?:ing)?)\s+(?:myself|my\s+(?:arms?|wrists?|legs?|skin))\b|\bslit\s+my\s+wrists?\b`,
    weight: 0.9,
  },
  {
    pattern: String.raw`\b(?:self[\s-]?harm(?:ed|ing)?\s+(?:again|tonight|last\s+night|for\s+the\s+first\s+time)|relapsed?\s+(?:into|with|on)\s+(?:self[\s-]?harm|cutting)|(?:cut|cutting|burn(?:ed|t|ing)?|scratch(?:ed|ing)?|punch(?:ed|ing)?|hit(?:ting)?|starv(?:e|ed|ing)|punish(?:ed|ing)?)\s+myself|(?:fresh|new)\s+(?:cuts|scars|wounds)|hurt(?:ing)?\s+myself\s+(?:again|on\s+purpose|to\s+cope)|cut\s+again|deeper\s+this\s+time|until\s+(?:they|it)\s+bleeds?|hid(?:e|ing)\s+the\s+(?:cuts|scars|marks)|long\s+sleeves\s+(?:to|so|in|again)|stopped\s+eating\s+to|(?:slipped\s+back|relapsed|back)\s+(?:into|to)\s+(?:cutting|self[\s-]?harm\w*|hurting\s+myself|burning\s+myself))\b`,
    weight: 0.9,
  },
  // Someone else at risk: a friend, flatmate or classmate who has said they will end their life.
  {
    pattern: String.raw`\b(?:she|he|they|my\s+\w+)(?:'s|'re|\s+is|\s+are|\s+was|\s+were|\s+has\s+been|\s+keeps?|\s+said\s+(?:she|he|they)(?:'s|'re|'d|'ll|\s+is|\s+are|\s+would|\s+will|\s+was|\s+wants?\s+to|\s+might))?\s*(?:going\s+to|gonna|planning\s+to|talking\s+about|threatening\s+to|wants?\s+to|about\s+to)?\s*(?:end(?:ing)?\s+(?:it|it\s+all|things|(?:her|his|their)\s+(?:own\s+)?life)|kill(?:ing)?\s+(?:herself|himself|themselves|themself)|tak(?:e|ing)\s+(?:her|his|their)\s+(?:own\s+)?life|hurt(?:ing)?\s+(?:herself|himself|themselves)|(?:cutting|harming)\s+(?:herself|himself|themselves)|suicid\w+)\b`,
    weight: 0.9,
  },
  {
    pattern: String.raw`\b(?:she|he|they)(?:'s|\s+is|'re|\s+are|\s+said\s+(?:she|he|they)(?:'s|'re|\s+is|\s+was))\s+(?:going\s+to|gonna|about\s+to)\s+jump\b|\b(?:saving|stockpiling|hoarding)\s+(?:his|her|their)\s+(?:meds|pills|tablets)\b|\b(?:photo|picture|pic)\s+of\s+(?:her|his|their)?\s*(?:pills|meds|tablets|wrists)\b`,
    weight: 0.85,
  },
  {
    pattern: String.raw`\b(?:(?:worried|scared|terrified|frightened|concerned)\s+(?:about|for)\s+(?:my|a|our|this)\s+(?:\w+\s+)?(?:friend|flatmate|housemate|roommate|mate|classmate|partner|sister|brother|son|daughter|student|colleague)|(?:can'?t|cannot|couldn'?t)\s+(?:reach|get\s+hold\s+of|contact)\s+(?:her|him|them)\s+(?:since|and|now)|(?:left|sent)\s+(?:me\s+)?a\s+(?:goodbye|farewell|suicide)\s+(?:note|message|text|letter)|hasn'?t\s+(?:replied|answered|been\s+online)\s+since|(?:her|his|their)\s+phone\s+(?:is|'s)\s+(?:off|dead)|hasn'?t\s+left\s+(?:her|his|their)\s+room)\b`,
    weight: 0.7,
  },
  {
    pattern: String.raw`\b(?:missing\s+since|hasn'?t\s+been\s+seen\s+since|not\s+answering\s+(?:her|his)\s+phone\s+(?:since|for))\b|\bwelfare\s+check\b`,
    weight: 0.6,
  },
  { pattern: String.raw`\b(?:crisis|samaritans|urgent\s+help|emergency\s+help)\b`, weight: 0.35, ambiguous: true },
  // Someone in danger from another person.
  {
    pattern: String.raw`\b(?:(?:he|she|they|my\s+(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|stepdad|mum|stepmum|son|carer|flatmate))\s+(?:said|says|threatened|keeps\s+threatening|has\s+threatened)\s+(?:to\s+(?:kill|hurt)\s+me|(?:he|she|they)(?:'d|'ll|\s+would|\s+will)\s+(?:kill|hurt)\s+me)|(?:he|she|they)(?:'ll|\s+will)\s+(?:kill|hurt)\s+me|(?:fear|scared|afraid|terrified)\s+for\s+(?:my|her|his|their)\s+(?:life|safety)|(?:scared|afraid|terrified)\s+(?:he'?ll|she'?ll|they'?ll)\s+(?:kill|hurt)\s+me|(?:touches|touched|forces|forced)\s+me\s+(?:to|when|at\s+night|and)|(?:being|been)\s+(?:sexually\s+)?(?:assaulted|raped|trafficked|stalked)|threatened\s+to\s+do\s+me\s+in|next\s+time\s+it'?ll\s+be\s+worse|threw\s+(?:a|the)\s+\w+\s+at\s+me|(?:locks?|locked)\s+(?:me\s+in|the\s+door)|takes\s+my\s+(?:phone|laptop|money|keys)\s+(?:when|and|away)|not\s+allowed\s+near\s+me|if\s+i\s+scream|safe\s+at\s+home)\b`,
    weight: 0.85,
  },
  {
    pattern: String.raw`\b(?:groom(?:ed|ing)|child\s+(?:abuse|at\s+risk|protection)|vulnerable\s+adult|sexual\s+(?:abuse|assault)|abus(?:ed|ing|ive)\s+(?:me|her|him|my|a\s+child)|domestic\s+(?:abuse|violence)|(?:hits?|beats?|slaps?|kicks?|chokes?)\s+me|locked\s+me\s+in|(?:scared|afraid)\s+(?:for\s+my\s+life|to\s+go\s+home|of\s+him|of\s+her))\b`,
    weight: 0.85,
    ambiguous: true,
  },
  // A child or vulnerable adult at risk, described indirectly.
  {
    pattern: String.raw`\b(?:(?:child|kid|kids|children|toddler|toddlers|baby|boy|girl|lad|daughter|son|brother|sister|(?:\d{1,2}|young)[\s-]*year[\s-]*old)\b.{0,80}\b(?:being\s+(?:hit|beaten|abused|hurt|starved|neglected|groomed)|left\s+alone\s+(?:for\s+days|all\s+(?:day|night|weekend))|covered\s+in\s+bruises|bruis(?:es|ed)\s+again|black\s+eye|cigarette\s+burns?|always\s+hungry|locked\s+(?:in|out))|(?:hits?|beats?|hurts?|abuses?|locks?|screams?\s+at)\s+(?:his|her|their|the|my)\s+(?:little\s+)?(?:kids?|children|child|son|daughter|baby|toddler|brother|sister)|(?:bruises|marks|burns)\s+on\s+(?:her|his|the)\s+(?:child|kid|son|daughter|baby|arms?|legs?|face)|(?:says|said)\s+(?:she|he)\s+fell\b|(?:goes|went)\s+mad\b.{0,80}\bbruis\w*|bruis\w*\b.{0,80}\b(?:goes|went)\s+mad|(?:adult|grown\s+(?:man|woman)|older\s+(?:man|woman|guy)|teacher|tutor|coach)\b.{0,40}\b(?:messag\w+|texting|asking|sending|wants?\s+to\s+meet)\b.{0,60}\b(?:child|kid|minor|(?:1[0-7])[\s-]*(?:year[\s-]*old|yo)|schoolgirl|schoolboy|keep\s+it\s+(?:a\s+)?secret))\b`,
    weight: 0.9,
  },
  {
    pattern: String.raw`\b(?:\d{1,2}|young|underage|little)[\s-]*(?:year[\s-]*old|yo|y\/o)\b.{0,90}\b(?:messag\w+|photos?|pics?|pictures|nudes|meet(?:\s+up)?|alone|touch\w*|snapchat|dm\w*|groom\w*|secret)\b|\b(?:special\s+student|(?:his|her)\s+house\s+alone|keep\s+(?:it|this)\s+(?:a\s+)?secret\s+from\s+(?:your|his|her)\s+(?:mum|mom|dad|parents))\b|\b(?:takes|took)\s+her\s+(?:benefits|money|pension|bank\s+card)\b|\bwon'?t\s+let\s+(?:her|him)\s+eat\b`,
    weight: 0.8,
  },
  // More ways of saying it without saying it.
  {
    pattern: String.raw`\b(?:after|when|once|before)\s+i'?m\s+gone\b|\bwhere\s+i'?m\s+going\b|\b(?:my|the)\s+plan(?:'s|\s+is)\s+(?:set|sorted|ready|made)\b|\b(?:date|day)\s+(?:is|'s)\s+(?:set|picked|chosen)\b|\b(?:can'?t|cannot)\s+see\s+the\s+point\s+(?:in\s+anything|anymore|of\s+(?:anything|going\s+on|living))\b|\bwhat'?s\s+the\s+point\s+(?:of|in)\s+(?:anything|living|going\s+on|me)\b|\bno\s+point\s+(?:anymore|in\s+anything)\b|\bdon'?t\s+want\s+to\s+(?:do\s+this|be\s+alive|carry\s+on)\s+anymore\b|\bone\s+last\s+(?:swim|walk|drive|drink|night)\b|\b(?:nobody|no\s*one|you|everyone)\s+(?:will|'ll|won'?t)\s+(?:have\s+to\s+)?(?:hear\s+from|worry\s+about|see|deal\s+with)\s+me\s+(?:again|anymore|any\s+more|after)\b`,
    weight: 0.8,
  },
  {
    pattern: String.raw`\b(?:kill|murder|hurt|batter)\s+me\b.{0,30}\b(?:not\s+(?:in\s+)?(?:the\s+|a\s+)?(?:figurative|metaphorical|joking)\w*|literally|for\s+real|i\s+mean\s+it)\b|\b(?:(?:started|been|keeps?|is)\s+)?(?:hitting|beating|slapping|kicking|choking|strangling|punching)\s+me\b|\b(?:knocks|knocked|pushed|shoved)\s+me\s+(?:about|around|down|into)\b|\b(?:frightened|scared|afraid|terrified)\s+of\s+(?:him|her|my\s+(?:husband|wife|partner|boyfriend|girlfriend|dad|stepdad|mum|ex|son))\b|\b(?:not\s+going|can'?t\s+go|scared\s+to\s+go)\s+home\s+tonight\b`,
    weight: 0.85,
  },
  {
    pattern: String.raw`\b(?:older|grown|adult)\s+(?:man|men|woman|guy|bloke)\b.{0,80}\b(?:meet\s+(?:her|him|up)|alone|photos?|pics|secret|gifts?)\b|\b(?:asked|asking|told)\s+(?:her|him)\s+(?:to\s+send\s+(?:photos|pics|pictures)|not\s+to\s+tell)\b`,
    weight: 0.75,
  },
];

export const THREAT_TERMS: readonly LexiconTerm[] = [
  // "I will kill (you, him)" in languages people in the UK write in besides English and Welsh, where
  // the model has few words to go on: Arabic, Polish, Spanish, Portuguese, French, Italian,
  // Romanian, German and romanised Urdu / Hindi. The same few words as the English terms below.
  {
    pattern: String.raw`سأقتل|سوف\s+أقتل|أقتلك|اقتلك|سأذبح|\bzabij[eę]\s+(?:cię|cie|go|ją|ja|was|ich)(?![a-ząćęłńóśźż])|\b(?:te\s+|lo\s+|la\s+)?voy\s+a\s+matar(?:te|lo|la)?\b|\bvou\s+(?:te\s+)?matar\b|\bje\s+vais\s+(?:te\s+|le\s+|la\s+|les\s+|vous\s+)?tuer\b|\bti\s+(?:ammazzo|uccido)\b|\b(?:o\s+s[aă]\s+)?(?:te|îl|il|o)\s+omor\b|\bich\s+(?:bringe?\s+(?:dich|ihn|sie|euch)\s+um|töte\s+(?:dich|ihn|sie|euch))\b|\b(?:maar|mar)\s+(?:dunga|doonga|daalunga|dalunga)\b|\bjaan\s+se\s+maar`,
    weight: 0.8,
  },
  // Someone saying they will do violence to a person or a place.
  {
    pattern: String.raw`\b${WILL}\s+(?:\w+\s+){0,2}?${VIOLENCE}\s+${TARGET}\b(?!\s+with\s+kindness)`,
    weight: 0.9,
  },
  {
    pattern: String.raw`\b(?:i'?m|i\s+am|i'?ll|i\s+will|going\s+to|gonna|want\s+to|wanna)\s+(?:kill|murder|stab|shoot(?!${NOT_A_GUN})|strangle|hunt\s+down)\s+(?:you|him|her|them|that\s+\w+|the\s+\w+|every\w*|some\w*|my\s+\w+)(?!\s+with\s+kindness)\b|\bi\s+know\s+where\s+(?:you|she|he|they|my\s+\w+|the\s+\w+|that\s+\w+)\s+(?:\w+\s+)?lives?\b|\b(?:you'?re|you\s+are|she'?s|he'?s|they'?re)\s+(?:going\s+to\s+be|gonna\s+be|as\s+good\s+as)\s+dead\b|\bdeath\s+threats?\b`,
    weight: 0.9,
  },
  // Harm spelt out: broken bones, an ambulance, blood.
  {
    pattern: String.raw`\b(?:break|broke|smash|smashed|cave\s+in)\s+(?:his|her|their|your|ur)\s+(?:face|jaw|legs?|arms?|nose|teeth|skull|head|fingers)\b|\b(?:face|jaw|legs?|arms?)\s+(?:broken|smashed)\b|\bleav(?:e|ing)\s+(?:\w+\s+){0,2}(?:in\s+an\s+ambulance|on\s+a\s+stretcher|in\s+a\s+body\s+bag)\b|\b(?:end|ends|ending)\s+in\s+blood\b|\bcan'?t\s+walk\s+again\b|\bwith\s+(?:their|his|her)\s+teeth\b|\bcut\s+(?:his|her|their)\s+(?:fingers|hands)\s+off\b|\bthrow\s+acid\b|\bthrough\s+the\s+window\b|\bleft\s+(?:it\s+)?on\s+a\s+stretcher\b`,
    weight: 0.85,
  },
  // Veiled threats.
  {
    pattern: String.raw`\b(?:watch|mind)\s+(?:your|his|her|their|ur)\s+backs?\b|\bgwyli(?:wch|a)\s+(?:eich|dy)\s+[cg]efn(?:au)?\b|\b(?:get(?:s|ting)?|got|deserves?)\s+what(?:'?s|\s+is)\s+coming(?:\s+to\s+(?:them|him|her|you))?\b|\bdead\s+(?:man|woman)\s+walking\b|\b(?:i'?m|we'?re)\s+coming\s+(?:back\s+)?for\s+(?:you|him|her|them|every\w*)\b|\bpay\s+(?:him|her|them|you)\s+a\s+visit\b|\bteach\s+(?:\w+\s+){0,4}a\s+lesson\b|\bpeople\s+(?:will|are\s+going\s+to|gonna)\s+get\s+hurt\b|\b(?:is|are)\s+getting\s+hurt\b|\bwon'?t\s+walk\s+out\b|\b(?:won'?t|will\s+not)\s+be\s+standing\b|\bwould\s+be\s+a\s+shame\s+if\b`,
    weight: 0.8,
  },
  {
    pattern: String.raw`\b(?:you'?ve\s+been\s+warned|last\s+warning|don'?t\s+say\s+(?:i|we)\s+didn'?t\s+warn|stay\s+away\s+if\s+you'?re\s+smart|(?:i'?d|i\s+would)\s+(?:not|n'?t)\s+come\s+in|wouldn'?t\s+come\s+in|maybe\s+skip\s+it|accidents\s+happen|tick\s*,?\s*tock|(?:something|somethin)\s+(?:bad\s+)?(?:is\s+|'s\s+)?(?:going\s+to|gonna)\s+happen|(?:make|makes)\s+the\s+news|(?:they'?ll|you'?ll|everyone\s+will)\s+(?:all\s+)?remember\s+me|remember\s+my\s+name|let\s+rip|(?:will|'ll)\s+be\s+sorry|(?:going\s+to|gonna)\s+regret\s+it|wish\s+(?:you'?d|they'?d)\s+listened|not\s+(?:be\s+)?there\s+to\s+learn|won'?t\s+be\s+clapping|(?:going|gonna)\s+to\s+need\s+it)\b`,
    weight: 0.6,
  },
  // A weapon, or the means to burn or bomb, brought or got.
  {
    pattern: String.raw`\b(?:bring(?:ing)?|take|taking|carry(?:ing)?|got|have|bought|buying|ordered|with)\s+(?:a|my|the|some|his|her|(?:my\s+)?(?:dad|brother|mate)'?s)?\s*(?:knife|knives|gun|shotgun|rifle|pistol|crossbow|machete|blade|bat|baseball\s+bat|hammer|acid|petrol|matches|bricks?|explosives?|pipe\s+bomb|bomb)\b|\bgun\s+licen[cs]e\b`,
    weight: 0.7,
    ambiguous: true,
  },
  // A weapon as an emoji: as often "that was the bomb 💣" as a threat, so a hint, not a finding.
  {
    pattern: String.raw`🔪|🔫|💣`,
    weight: 0.25,
    ambiguous: true,
  },
  {
    pattern: String.raw`\b(?:bring(?:ing)?|take|taking|carry(?:ing)?)\s+a\s+(?:knife|gun|blade|weapon|bomb)\s+(?:to|into)\b|\bshoot\s+up\s+the\b|\b(?:bomb|blow\s+up|shoot\s+up|burn\s+down|torch|firebomb)\s+(?:the|your|their)\s+(?:\w+\s+){0,2}(?:campus|building|exam\s+(?:centre|hall)|office|offices|ceremony|graduation|centre|school|hall|study\s+centre)\b`,
    weight: 0.9,
  },
  {
    pattern: String.raw`\b(?:there\s+will\s+be|there'?s\s+going\s+to\s+be|gonna\s+be)\s+a\s+(?:shooting|bombing|massacre|stabbing|attack|bloodbath)\b|\b(?:a\s+)?(?:device|bomb)\s+(?:in|under|at)\s+the\b|\bpipe\s+bomb\b|\bbomb\s+threat\b|\bbrick\s+through\b|\bwith\s+(?:them|everyone|him|her|the\s+\w+)\s+(?:still\s+)?in(?:side)?\s+(?:it|there)?\b|\bburn(?:s|ed|ing)?\s+(?:\w+\s+){0,3}down\b|\btorch(?:ing)?\s+(?:the|their|walton)\b`,
    weight: 0.8,
    ambiguous: true,
  },
  // Someone should do it.
  {
    pattern: String.raw`\b(?:someone|somebody|some\s+of\s+us)\s+(?:should|needs?\s+to|ought\s+to|might)\s+(?:\w+\s+){0,2}?(?:burn|kill|shoot|stab|hurt|cut|pay\s+\w+\s+a\s+visit|teach|go\s+down|sort|torch|bomb|put\s+a\s+brick|clear\s+them\s+out)\b|\blucky\s+i\s+(?:don'?t\s+own\s+a\s+gun|didn'?t\s+bring)\b|\bclear\s+them\s+out\b.{0,20}\bviolently\b|\bviolently\s+if\s+needed\b`,
    weight: 0.8,
  },
  // Watching and targeting: an address, a route, the building's blind spots.
  {
    pattern: String.raw`\b(?:got|have|found|worked\s+out|know)\s+(?:your|her|his|their|the\s+\w+'?s)\s+(?:home\s+)?(?:address|route(?:\s+home)?|car(?:\s+reg)?|reg|house|kids)\b|\b(?:her|his|your|their)\s+route\s+(?:home|to\s+the\s+car)\b|\bscoping\s+(?:out\s+)?the\b|\bfloor\s+plans?\b|\b(?:cctv|camera)\s+blind\s+spots?\b|\bsecurity\s+(?:rota|gap)\b|\bwhat\s+time\s+(?:the\s+)?(?:\w+\s+)?staff\s+leave\b|\bworking\s+up\s+to\s+the\s+visit\b|\b(?:i'?ll|i\s+will|we'?ll)\s+be\s+waiting\b`,
    weight: 0.6,
  },
  // More ways of threatening without the words.
  {
    pattern: String.raw`\b(?:deserves?|needs?|is\s+getting|gonna\s+get|going\s+to\s+get|due)\s+(?:a\s+)?(?:(?:good|proper|right|real|serious)\s+)?(?:kicking|beating|hiding|slap|smack|battering|bullet|stabbing)\b|\bteach\s+(?:him|her|them|you|'?em)\s+(?:some\s+)?(?:manners|respect)\b|\b(?:put|puts|putting)\s+a\s+(?:bullet|round|knife)\s+in\b|\b(?:get|send|bring)\s+(?:the\s+)?(?:lads|boys|mates|my\s+(?:brother|mates|cousins))\s+round\b|\bkneecap\w*\b|\bdo\s+(?:him|her|them)\s+over\b|\b(?:sort|sorting)\s+(?:him|her|them)\s+out\b`,
    weight: 0.8,
  },
  {
    pattern: String.raw`\b(?:sit|stand|stay)\s+(?:near|by)\s+the\s+exits\b|\b(?:stay\s+(?:home|away)|don'?t\s+come\s+in|avoid\s+the\s+(?:building|office|centre))\s+(?:on|next|this|tomorrow|if\s+you)\b|\bwon'?t\s+be\s+(?:a\s+)?(?:cake|flowers|chocolates)\b|\b(?:a\s+)?(?:little\s+|nice\s+little\s+)?(?:package|parcel|present|surprise|gift)\s+(?:for|to)\s+(?:the|my|your|her|him|them)\b|\bafter\s+dark\b.{0,40}\b(?:watch|careful|car\s+park)\b|\b(?:watch|check)\s+the\s+car\s+park\b`,
    weight: 0.6,
    ambiguous: true,
  },
  {
    pattern: String.raw`\b(?:know|found\s+out|worked\s+out)\s+(?:what\s+car\s+(?:she|he|they)\s+drives?|where\s+(?:she|he|they)\s+(?:works?|parks?|drinks|goes))\b|\b(?:turn|show)(?:ing)?\s+up\s+at\s+(?:his|her|their|your)\s+(?:house|door|home|work|day\s+job|office)\b|\b(?:outside|waiting\s+outside)\s+(?:his|her|their|your)\s+(?:house|door|home|work|office)\b|\bmake\s+sure\s+(?:she|he|they)\s+regrets?\b|\bhit\s+list\b|\blist\s+of\s+names\s+and\s+addresses\b|\b(?:worth|don'?t\s+care\s+if\s+i)\s+go(?:ing)?\s+to\s+(?:prison|jail)\b|\bi'?ll\s+do\s+time\s+for\b`,
    weight: 0.7,
  },
  {
    pattern: String.raw`\bhope\s+(?:some(?:one|body)|they|he|she)\s+(?:\w+\s+){0,2}?(?:kills?|shoots?|stabs?|hurts?|puts?\s+a\s+bullet|burns?|bombs?|runs?\s+\w+\s+over)\b|\bwouldn'?t\s+cry\s+if\s+(?:he|she|they|the\s+\w+)\s+(?:died|got\s+hurt|was\s+killed)\b|\b(?:ammo|ammunition|axe|crowbar|knuckle[\s-]?dusters?|nail\s+bomb)\b|\bdrive\s+(?:a\s+|my\s+|the\s+)?(?:van|car|truck|lorry)\s+into\b|\brearrange\s+(?:his|her|their|your)\s+face\b|\bsmash\s+(?:every|all\s+the|the|their)\s+windows?\b|\bflammable\b|\b(?:visit(?:ing)?|surprise)\s+(?:her|him|them)\s+at\s+(?:home|work|her\s+house|his\s+house)\b|\bmake\s+a\s+scene\b`,
    weight: 0.65,
    ambiguous: true,
  },
  {
    pattern: String.raw`\b(?:not\s+joking|i'?m\s+serious|dead\s+serious|mark\s+my\s+words|watch\s+this\s+space)\b`,
    weight: 0.25,
  },
];

/**
 * A compound term applies when every one of its groups is found in the same stretch of up to three
 * sentences: "I" + a means or a place + a time or a note of finality reads as a plan, whichever
 * words carry each part ("tonight I'll go for a swim in the sea, seems fitting").
 */
export type CompoundTerm = { groups: readonly string[]; weight: number; unless?: string };

const SELF = String.raw`\b(?:i|i'?m|i'?ll|i'?ve|i'?d|me|my|myself)\b`;
const TIME = String.raw`\b(?:tonight|tomorrow|this\s+(?:evening|weekend|week)|after\s+(?:the|my|this|i)\b|once\s+(?:the|my|i)\b|when\s+(?:it'?s|everyone'?s|they'?re)\s+(?:over|asleep|gone)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|before\s+(?:the|my)\s+(?:results|exam|resit))`;
const PLACE = String.raw`\b(?:sea|river|canal|bridge|viaduct|platform|tracks|railway|line|motorway|cliffs?|roof|rooftop|ledge|multi[\s-]?storey|car\s+park|quarry|woods|reservoir|lake|pier|tower|balcony)\b`;
const MEANS = String.raw`\b(?:pills?|tablets?|meds|medication|paracetamol|rope|noose|belt|blades?|razors?|hose|exhaust|charcoal|bleach|insulin)\b`;
const FINAL = String.raw`\b(?:fitting|goodbye|bye|forever|for\s+good|at\s+peace|sorry|forgive\s+me|love\s+you\s+all|one\s+last|last\s+time|never\s+again|no\s+more|over\s+soon|had\s+enough|won'?t\s+need)\b`;

export const SAFEGUARDING_COMPOUNDS: readonly CompoundTerm[] = [
  { groups: [SELF, `${PLACE}|${MEANS}`, `${TIME}|${FINAL}`], weight: 0.5 },
];

const INTENT = String.raw`\b(?:i'?ll|i\s+will|i'?m\s+(?:going|gonna)|gonna|going\s+to|we'?ll|we\s+will|plan(?:ning)?\s+to|next\s+time|if\s+(?:they|you|she|he)\s+(?:don'?t|fail|refuse|won'?t))\b`;
const HARM = String.raw`\b(?:smash\w*|burn(?:s|ed|ing)?|torch\w*|stab\w*|shoot\w*|hurt\w*|kill\w*|bleed\w*|batter\w*|punch\w*|beat\s+up|wreck\w*|petrol|knife|knives|gun|bat|hammer|acid|bombs?|bricks?|blood)\b`;
const AIMED = String.raw`\b(?:tutor|marker|invigilator|staff|lecturer|module\s+chair|office|building|centre|center|campus|walton\s+hall|graduation|ceremony|exam\s+hall|tutorial|day\s+school|her|him|them|everyone|you)\b`;

/** Figures of speech that read as violence and are not: the compound does not apply where they are. */
const IDIOM = String.raw`\bkill\w*\s+(?:\w+\s+){0,3}with\s+kindness|\b(?:kill|smash|nail|crush)(?:ed|ing)?\s+(?:it|this|the\s+(?:exam|ema|tma|presentation|interview|quiz))\b|\bkill(?:ing)?\s+time\b|\bkilling\s+me\b|\bbomb(?:ed|ing)?\s+(?:the|my|this)\s+(?:exam|ema|tma|test)\b|\bshoot\s+(?:me|you|her|him)\s+(?:a|an)\s+(?:message|email|dm|text)\b|\bshoot(?:ing)?${NOT_A_GUN}|\bphoto\s*shoot|\b(?:was|is)\s+the\s+bomb\b`;

export const THREAT_COMPOUNDS: readonly CompoundTerm[] = [
  { groups: [INTENT, HARM, AIMED], weight: 0.5, unless: IDIOM },
];
