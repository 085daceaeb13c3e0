"""A generator of realistic English war reports for benchmarks: ``generate(n, seed) -> list[dict]``.

How the reports are made (all of it written for warlog; no text comes from any dataset):

- Each report tells one incident of one of eight types: friendly fire, a missile/drone/artillery strike, a
  refusal to fight, soldiers abandoned by their commanders, a clash, a soldier shot by a comrade, desertion,
  and a detention. Per type there are several hand-written lead and detail templates.
- A report is assembled like a wire or Telegram-channel story: a lead (what, where, when, how many), where the
  account comes from (a video on a channel, an official, relatives, witnesses), one to three quotes with a
  named or anonymous speaker and a reporting verb, details, a response or denial, a hedge ("could not be
  independently verified"), one or two background sentences about trends (which must not become incidents),
  often an analyst's comment, and zero to two boilerplate lines (follow us, newsletters, donations, copyright)
  that warlog's cleaner removes. Reports run from about 200 to 600 words.
- Places are real Ukrainian and Russian towns (``PLACES``; each is in the GeoNames-based gazetteer index) with
  their region; dates are a publication date between 2022 and 2026 (or over ``calendar``) and an event date
  before it, written as a weekday, a day and month, "last week" or "overnight"; counts are digits, words or
  vague ("a dozen", "at least seven"). People, units' commanders and outlets are invented (fictional outlet
  names, URLs under example.org); every record carries ``synthetic: true`` and a title ending in ``[synthetic]``.
- About ``reprint_rate`` of the reports reprint an earlier one: a third are exact syndicated copies under
  another outlet (same text), the rest near-duplicates (same body, the boilerplate and a credit line changed;
  word 5-shingle Jaccard about 0.8-0.95). A further share are follow-ups of an earlier incident with a revised
  toll (different text, same event), as news cycles produce.

Everything is drawn from one ``random.Random(seed)``: the same ``(n, seed)`` gives the same records on every
machine and Python version (no set iteration, no hashing).
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

__all__ = ["PLACES", "generate", "write_jsonl"]

# (name, region as written in English reports, country). Each name is a populated place in the gazetteer.
PLACES: tuple[tuple[str, str, str], ...] = (
    ("Bakhmut", "the Donetsk region", "UA"), ("Pokrovsk", "the Donetsk region", "UA"),
    ("Kramatorsk", "the Donetsk region", "UA"), ("Toretsk", "the Donetsk region", "UA"),
    ("Chasiv Yar", "the Donetsk region", "UA"), ("Vuhledar", "the Donetsk region", "UA"),
    ("Siversk", "the Donetsk region", "UA"), ("Selydove", "the Donetsk region", "UA"),
    ("Kurakhove", "the Donetsk region", "UA"), ("Velyka Novosilka", "the Donetsk region", "UA"),
    ("Myrnohrad", "the Donetsk region", "UA"), ("Druzhkivka", "the Donetsk region", "UA"),
    ("Soledar", "the Donetsk region", "UA"), ("Ocheretyne", "the Donetsk region", "UA"),
    ("Novohrodivka", "the Donetsk region", "UA"), ("Volnovakha", "the Donetsk region", "UA"),
    ("Horlivka", "the Donetsk region", "UA"), ("Kreminna", "the Luhansk region", "UA"),
    ("Svatove", "the Luhansk region", "UA"), ("Bilohorivka", "the Luhansk region", "UA"),
    ("Lysychansk", "the Luhansk region", "UA"), ("Rubizhne", "the Luhansk region", "UA"),
    ("Popasna", "the Luhansk region", "UA"), ("Starobilsk", "the Luhansk region", "UA"),
    ("Vovchansk", "the Kharkiv region", "UA"), ("Kupiansk-Vuzlovyi", "the Kharkiv region", "UA"),
    ("Kharkiv", "the Kharkiv region", "UA"), ("Orikhiv", "the Zaporizhzhia region", "UA"),
    ("Tokmak", "the Zaporizhzhia region", "UA"), ("Melitopol", "the Zaporizhzhia region", "UA"),
    ("Enerhodar", "the Zaporizhzhia region", "UA"), ("Stepnohirsk", "the Zaporizhzhia region", "UA"),
    ("Polohy", "the Zaporizhzhia region", "UA"), ("Kherson", "the Kherson region", "UA"),
    ("Beryslav", "the Kherson region", "UA"), ("Oleshky", "the Kherson region", "UA"),
    ("Nova Kakhovka", "the Kherson region", "UA"), ("Hola Prystan", "the Kherson region", "UA"),
    ("Nikopol", "the Dnipropetrovsk region", "UA"), ("Marhanets", "the Dnipropetrovsk region", "UA"),
    ("Dnipro", "the Dnipropetrovsk region", "UA"), ("Sumy", "the Sumy region", "UA"),
    ("Shostka", "the Sumy region", "UA"), ("Okhtyrka", "the Sumy region", "UA"),
    ("Odesa", "the Odesa region", "UA"), ("Ochakiv", "the Mykolaiv region", "UA"),
    ("Belgorod", "Russia's Belgorod region", "RU"), ("Shebekino", "Russia's Belgorod region", "RU"),
    ("Valuyki", "Russia's Belgorod region", "RU"), ("Sudzha", "Russia's Kursk region", "RU"),
    ("Kurchatov", "Russia's Kursk region", "RU"), ("Klintsy", "Russia's Bryansk region", "RU"),
    ("Novozybkov", "Russia's Bryansk region", "RU"), ("Millerovo", "Russia's Rostov region", "RU"),
    ("Taganrog", "Russia's Rostov region", "RU"),
)

OUTLETS: tuple[str, ...] = (
    "Steppe Monitor", "Frontline Ledger", "The Kyiv Dispatch", "Eastern Wire", "Donbas Courier",
    "Borderland Post", "River Line News", "The Northern Chronicle", "Field Notes Daily", "Dnipro Evening",
    "The Azov Observer", "Coalfield Herald",
)
CHANNELS: tuple[str, ...] = ("Trench Whispers", "Mobik Diaries", "Okop Voices", "Rear Echelon", "Sapper's Log")

FIRST_M = ("Artyom", "Denis", "Sergei", "Oleksandr", "Mykola", "Ivan", "Yegor", "Pavlo", "Dmitry", "Andriy",
           "Vitalii", "Stanislav", "Roman", "Maksym", "Kirill", "Bohdan", "Anton", "Taras", "Ilya", "Yurii")
FIRST_F = ("Yulia", "Tamara", "Halyna", "Irina", "Lyudmila", "Oksana", "Valentina", "Svitlana", "Natalia",
           "Olena", "Marina", "Kateryna", "Anna", "Nadiya")
SURNAMES_M = ("Belousov", "Hrebeniuk", "Tkachenko", "Moroz", "Zhuravlyov", "Kostenko", "Lapshin", "Savchuk",
              "Orlov", "Melnyk", "Sokolov", "Bondar", "Yermakov", "Kovalenko", "Polyakov", "Shevchuk", "Gusev",
              "Lysenko", "Frolov", "Marchenko")
SURNAMES_F = ("Belousova", "Tkachenko", "Moroz", "Kostenko", "Lapshina", "Savchuk", "Orlova", "Melnyk",
              "Sokolova", "Bondar", "Yermakova", "Kovalenko", "Polyakova", "Shevchuk", "Guseva", "Lysenko")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SMALL = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
UNIT_KINDS = ("Motor Rifle Regiment", "Separate Assault Battalion", "Tank Regiment", "Artillery Brigade",
              "Airborne Regiment", "Territorial Defence Battalion", "Marine Brigade", "Storm-Z company")
WEAPONS = ("a missile", "a glide bomb", "a Shahed drone", "a guided aerial bomb", "an artillery shell",
           "a cluster munition", "a kamikaze drone")
TARGETS = ("an apartment block", "a school", "the central market", "a bus stop", "an industrial site",
           "a private house", "a hospital", "a railway station", "a grain warehouse", "an energy facility")


@dataclass
class _Incident:
    kind: str
    place: str
    region: str
    country: str
    day: date
    killed: int
    wounded: int
    unit: str


def _count(rng: random.Random, n: int) -> str:
    """A count as reporters write it: digits, words, vague or bounded."""
    if n == 12 and rng.random() < 0.5:
        return "a dozen"
    if n == 24 and rng.random() < 0.5:
        return "two dozen"
    word = SMALL[n - 1] if 1 <= n <= 12 and rng.random() < 0.6 else str(n)
    return rng.choice((word, word, f"at least {word}", f"about {word}", f"more than {word}"))


def _person(rng: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = rng.random() < 0.35
    if female:
        return f"{rng.choice(FIRST_F)} {rng.choice(SURNAMES_F)}"
    return f"{rng.choice(FIRST_M)} {rng.choice(SURNAMES_M)}"


def _unit(rng: random.Random) -> str:
    number = rng.randint(3, 1700)
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"the {number}{suffix} {rng.choice(UNIT_KINDS)}"


def _when(rng: random.Random, day: date, published: date) -> str:
    """How the report dates the event, consistent with its publication date."""
    gap = (published - day).days
    options = [f"on {day.day} {MONTHS[day.month - 1]}"]
    if 1 <= gap <= 6:
        options += [f"on {WEEKDAYS[day.weekday()]}"] * 2 + [f"on {WEEKDAYS[day.weekday()]} evening"]
    if gap == 1:
        options += ["overnight", "late on Saturday" if day.weekday() == 5 else "yesterday"]
    if 7 <= gap <= 13:
        options.append("last week")
    return rng.choice(options)


# -- templates per incident type ----------------------------------------------------------------------------
# Fields: place, region, when, killed, wounded, unit, weapon, target, speaker, channel.

# Templates use "[a|b|c]" for variation: each is replaced by one alternative (maybe empty) per report, so two
# reports built from the same template share few word 5-shingles, as unrelated news reports do. "{field}"
# is filled afterwards. Trigger words of each incident type stay in every alternative of its leads.

LEADS: dict[str, tuple[str, ...]] = {
    "friendly_fire": (
        "Russian soldiers say their own side's [drones and artillery|artillery and drones|drones and mortars] "
        "killed {killed} of their [comrades|fellow soldiers|men] and [wounded|injured] {wounded} [more|others] "
        "near {place}, in {region}, {when}.",
        "[Servicemen|Soldiers|Mobilized men|Members] of {unit} say they were shelled by their own artillery "
        "[near|outside|on the edge of] {place}, in {region}, {when}, and that {killed} [men|soldiers|of them] "
        "[died|were killed|lost their lives] in the [dugout|trench|basement|shelter] where they [waited|had been "
        "waiting|were waiting] for [evacuation|rotation|a truck].",
        "{killed_cap} soldiers were killed by their own side's [mortar fire|artillery|guns] near {place}, in "
        "{region}, {when}, according to a [video|recording|clip] their [comrades|friends|relatives] sent to the "
        "Telegram channel {channel}.",
    ),
    "strike": (
        "A Russian missile strike [hit|struck|destroyed part of] {target} in {place}, in {region}, {when}, "
        "killing {killed} people and [injuring|wounding] {wounded}, [local officials|the authorities|the city "
        "council|regional officials] said.",
        "{weapon_cap} struck {target} in {place}, in {region}, {when}; {killed} [civilians|residents|people] "
        "were killed and {wounded} [wounded|injured|hurt], according to the [city military administration|"
        "regional governor|emergency service|local prosecutor's office].",
        "Russian forces shelled {place}, in {region}, {when}. A drone attack on {target} killed {killed} "
        "[residents|civilians|people, including a child,] and [injured|wounded] {wounded}, the [regional "
        "governor|head of the district|town's mayor] said [on Telegram|in a statement|in a video address|].",
    ),
    "refusal_to_fight": (
        "Soldiers of {unit} refused to go on another assault [near|outside|west of|east of] {place}, in "
        "{region}, {when}, their [wives|wives and mothers|families] say in a [video appeal|letter|recorded "
        "message].",
        "More than {men} mobilized men [from|serving in] {unit} are refusing to return to the front near "
        "{place}, in {region}, their [relatives|families|lawyers] told {outlet}.",
        "A [company|platoon|battalion] of {unit} laid down their arms in protest [near|outside] {place}, in "
        "{region}, {when}, after [a third assault in a week|weeks without rotation|losing half its men in a "
        "month], according to the soldiers' [mothers|wives|relatives].",
    ),
    "abandonment": (
        "Mobilized men of {unit} say their officers abandoned them [near|outside|in the fields by] {place}, in "
        "{region}, without [orders|any orders], [food or ammunition|water or food|ammunition or medicine].",
        "About {men} soldiers say they were left without command in the [village|settlement] of {place}, in "
        "{region}, after their commanders [drove off|left|disappeared] {when}.",
        "Soldiers [near|outside|dug in around] {place}, in {region}, say the command has abandoned them: they "
        "have no orders and no [supplies|food|ammunition], and the [wounded|injured] cannot be [evacuated|taken "
        "out].",
    ),
    "armed_clash": (
        "Heavy fighting broke out near {place}, in {region}, {when}, as [Russian assault groups|Russian "
        "infantry|enemy units] tried to [enter|break into|cut off] the town; {killed} soldiers were killed, "
        "according to {unit}.",
        "Ukrainian troops clashed with Russian [infantry|assault groups|paratroopers] around {place}, in "
        "{region}, {when}, in a firefight that lasted [several hours|most of the day|until dark], the [General "
        "Staff|brigade's press service|regional command] said.",
        "Fierce battles continued for {place}, in {region}, {when}; {killed} [servicemen|soldiers|fighters] "
        "were killed in combat and {wounded} wounded, a spokesman for {unit} said.",
    ),
    "intra_force_killing": (
        "A soldier of {unit} was shot dead by a fellow soldier at a [field camp|training ground|checkpoint] "
        "near {place}, in {region}, {when}, his [relatives|family|parents] say.",
        "Private {victim} was killed by his commander near {place}, in {region}, {when}, according to "
        "[comrades|fellow soldiers|two servicemen] who [called|wrote to|contacted] his family.",
    ),
    "desertion_or_surrender": (
        "{killed_cap} soldiers of {unit} deserted their positions near {place}, in {region}, {when}, according "
        "to a [leaked order|military document|court filing] seen by {outlet}.",
        "A group of mobilized men fled their unit near {place}, in {region}, {when}; desertion cases in "
        "{unit} are now counted in [dozens|the dozens|scores], a [lawyer|human rights lawyer|military lawyer] "
        "told {outlet}.",
    ),
    "arrest_or_detention": (
        "Military police detained {killed} soldiers of {unit} near {place}, in {region}, {when}, after they "
        "[complained about|filmed an appeal against|wrote to the prosecutor about] their commanders, "
        "[relatives|families|a lawyer] said.",
        "Officers of {unit} were arrested in {place}, in {region}, {when}, on suspicion of [selling fuel meant "
        "for the front|stealing pay from their soldiers|taking bribes for postings in the rear], "
        "[investigators|prosecutors|the military prosecutor's office] said.",
    ),
}

# Where the account comes from: civilian (strikes) or military sources (everything else).
ORIGINS_CIVIL: tuple[str, ...] = (
    "{official}, {office}, [gave the figures|reported the casualties|announced the toll] in a [statement|post|"
    "video] on [Telegram|social media|the administration's website].",
    "[Residents|Neighbours|People] who [witnessed|saw|survived] the attack spoke to {outlet} on condition that "
    "only their first names be used.",
    "The [regional|district|local] prosecutor's office said it had opened a [war crimes investigation|criminal "
    "case|case under the article on violations of the laws of war].",
)
ORIGINS_MILITARY: tuple[str, ...] = (
    "The account comes from a [video|recording|message] posted by the Telegram channel {channel}, which "
    "[publishes|shares|often carries] complaints [sent in by|from] serving soldiers.",
    "[Relatives|Families|Wives and mothers] of the men described the events to {outlet} [by phone|in "
    "messages|in interviews]; several asked not to be named for fear of [reprisals|pressure from the "
    "command|consequences for the men].",
    "The men recorded a [video appeal|short video|message], which their families sent to the channel "
    "{channel} on {weekday}.",
    "A soldier who [gave his name only as|asked to be identified only as|is named here only as] {first} "
    "described the events in a [phone call|voice message|brief conversation] with {outlet}.",
)

QUOTES: dict[str, tuple[str, ...]] = {
    "friendly_fire": (
        "We passed our coordinates [twice|three times|again and again]. Then the first drone came in, and "
        "after it the shells",
        "Nobody called to ask if we were alive. Our own guns did what the enemy could not",
        "They knew exactly where we were. It was our own birds that hit us",
        "We buried them ourselves, right there by the tree line",
    ),
    "strike": (
        "The blast shattered every window in the [building|street|block]. People were trapped under the rubble "
        "for hours",
        "There was no military target here, only homes and a [shop|pharmacy|kindergarten]",
        "We heard the siren, and a minute later the explosion",
        "My neighbour was at the bus stop. She was going to work",
    ),
    "refusal_to_fight": (
        "They are not cowards. They have been in assaults for [four|five|six] months without rotation",
        "My husband says they will not go out again until someone answers for the last assault",
        "They were sent forward with no armour and no support. Now they say enough",
        "Out of a hundred men who went there in the spring, [eleven|nine|fourteen] are left",
    ),
    "abandonment": (
        "The officers left in the night. We have no orders, no food, and nobody answers the radio",
        "We are sitting in the basement waiting. Nobody has come for the wounded",
        "They told us to hold the line and then drove away",
        "We drink rain water. The last delivery came [eight|ten|twelve] days ago",
    ),
    "armed_clash": (
        "The enemy attacked in small groups all day. We held the crossroads",
        "It was the heaviest fighting our company has seen this year",
        "They came on motorcycles and on foot, wave after wave",
        "By the evening we had lost the crossroads and taken it back twice",
    ),
    "intra_force_killing": (
        "He was drunk and started shooting. My son was just standing there",
        "They told us he died in battle. His friends told us the truth",
    ),
    "desertion_or_surrender": (
        "Men leave every week. Nobody wants to be sent to the assault units",
        "They walked away at night and left their rifles in the trench",
    ),
    "arrest_or_detention": (
        "They were taken away in handcuffs for asking where the rotation was",
        "The commander said anyone who complains again will be sent to the basement",
    ),
}

# (who, reporting verb, gender of {name}: "f", "m" or "" for any): "“...,” who verb." / "Who verb: “...”".
SPEAKERS: tuple[tuple[str, str, str], ...] = (
    ("{name}, whose husband serves in the unit,", "told {outlet}", "f"),
    ("{name}, whose son was mobilized [last autumn|in September|two years ago],", "said", "f"),
    ("{name}, a [resident|pensioner|shopkeeper|teacher] [of|in|from] {place},", "said", ""),
    ("{name}, the head of the {place} city military administration,", "said", "m"),
    ("the soldier in the video", "says", ""),
    ("{name}, a [sister|cousin|neighbour] of one of the men,", "told {outlet}", "f"),
    ("{name}, a volunteer who [delivers supplies to|drives aid to|collects money for] the front,", "said", ""),
    ("one of the men, who [gave his name only as|asked to be called only|introduced himself as] {first},",
     "said", ""),
    ("{name}, a [local council member|district deputy|local official],", "wrote on Telegram", ""),
    ("{name}, a [medic|nurse|paramedic] with the brigade,", "told {outlet}", "m"),
)

# More of the story: aftermath, the unit's history, the wider situation. One to three go into each report.
CONTEXT: tuple[str, ...] = (
    "The unit was formed [last year|in the autumn|after the mobilization] from men [mobilized in|called up "
    "from|drafted in] the [Volga region|Urals|Siberia|Far East] and [was sent|went|was moved] to the front "
    "after [three|two|four] weeks of training, [relatives say|according to relatives|the families say]. "
    "[Several|Many|Some|A few] of them had never [fired a weapon|held a rifle|seen combat] before.",
    "Local authorities opened [two|three|several] [shelters|heating points|aid centres] in [the centre of|"
    "central|the old town of] {place}. [Volunteers|Charities|Church groups] brought [water, medicine and "
    "generators|food and blankets|medicine and fuel] from {other}, where [most|many|thousands of] evacuees "
    "from the area now live.",
    "The road between {place} and {other} has been under fire for [weeks|months|most of the winter], and "
    "evacuations [now happen|take place|are possible] only at night, a [police officer|volunteer driver|"
    "rescuer] who works in the area told {outlet}.",
    "In the past [month|two months|few weeks] the command has [rotated|replaced|dismissed] [three|two|four] "
    "battalion commanders [in this sector|on this stretch of the front|in the brigade], according to "
    "[documents|orders|papers] seen by {outlet}. [Soldiers describe|The men speak of|Officers complain of] "
    "constant pressure to report [captured positions|progress|advances].",
    "[Families|Wives and mothers|Relatives] of [servicemen|soldiers|mobilized men] [in the region|from "
    "the area|in {other}] [have set up|run|created] a [group chat|Telegram group|chat] of more than {chat} "
    "members, where they [trade|share|swap] news [about their men|from the front] and [copy|forward|draft] "
    "complaints to the [prosecutor's office|ombudsman|military prosecutors].",
    "Power lines around {place} were damaged again [last week|on the weekend|overnight], and [much|most|"
    "part] of the town [relies|runs|depends] on generators. [Schools have moved to online classes|Classes "
    "are held online|Schools are closed], and [most|many|the few remaining] shops close [before dark|at "
    "four|early].",
    "Military bloggers who follow [this part of the front|the {place} direction|the fighting here] reported "
    "[growing|severe|new] shortages of [artillery shells and drones|ammunition|fuel and drones], and long "
    "delays in [evacuating|moving] the wounded to hospitals in {other}.",
    "Before the full-scale invasion, {place} was known for its [railway depot|sugar factory|market|chalk "
    "quarry]. [Today|Now] about [a third|half|a quarter] of its [houses|buildings|homes] are damaged, "
    "[according to|says] the regional administration.",
)

DETAILS: dict[str, tuple[str, ...]] = {
    "friendly_fire": (
        "The [wounded|injured|survivors] were taken to a hospital in {other}, the men say. The unit had "
        "reported its position to headquarters [before the strike|twice that morning|the day before].",
        "According to the soldiers, the drone crews belonged to a [neighbouring|different|newly arrived] "
        "brigade that had not been told where the assault group was.",
    ),
    "strike": (
        "Rescue workers pulled {wounded} people from the rubble; {children} children were among the injured. "
        "[Power and water|Heating and power|Gas and water] were cut in part of the town.",
        "The strike damaged {target2} and [several|a dozen|many] nearby houses. Emergency services worked "
        "[through the night|until morning|for hours] at the site.",
    ),
    "refusal_to_fight": (
        "The women say the men have been in assaults since [the autumn|the summer|January] without rotation "
        "and that the unit has lost most of its original strength.",
        "According to the relatives, the commander threatened to send the men to a detention pit if they kept "
        "refusing.",
    ),
    "abandonment": (
        "The men say they have been eating what they find in abandoned houses and that [several|two|three] "
        "wounded have not been evacuated for days.",
        "Relatives say they sent the soldiers' location to the military prosecutor's office but received "
        "[no reply|only a form letter|nothing].",
    ),
    "armed_clash": (
        "Both sides have brought reserves to the area. Ukrainian officers say the attackers lost several "
        "[armoured vehicles|tanks|trucks] on the approaches to {place}.",
        "The fighting moved to the [outskirts|edge|northern districts] of {place} by evening, according to "
        "military bloggers on both sides.",
    ),
    "intra_force_killing": (
        "The family says the military first told them he had died heroically in battle near {other}.",
        "Investigators have opened a criminal case, the relatives say, but nobody has been charged.",
    ),
    "desertion_or_surrender": (
        "Courts in {other} have heard dozens of cases of unauthorised abandonment of a unit this year.",
        "The men were later found in {other}, according to the lawyer.",
    ),
    "arrest_or_detention": (
        "The men were taken to a building in {other} that soldiers call the basement.",
        "A court in {other} ordered the officers held for [two|three] months.",
    ),
}

RESPONSES: tuple[str, ...] = (
    "[The Russian Defence Ministry|Russia's Defence Ministry|The ministry in Moscow] did not respond to a "
    "[request|written request|request from {outlet}] for comment.",
    "The Defence Ministry in Moscow said its forces had struck only military targets.",
    "The [regional administration|district administration|governor's office] declined to comment.",
    "The unit's command could not be reached.",
    "Ukraine's General Staff did not comment on the report.",
)
HEDGES: tuple[str, ...] = (
    "The number of dead could not be independently verified.",
    "{outlet} could not independently verify the account.",
    "The [claims|allegations|figures] could not be independently confirmed.",
    "It was not possible to verify the [video's location|date of the recording|figures].",
)
BACKGROUND: tuple[str, ...] = (
    "Such losses have grown in recent months as assaults [intensified|continued] along the front.",
    "Complaints of this kind have multiplied this [winter|year|spring], according to human rights lawyers.",
    "Strikes on front-line towns have become more frequent since the summer.",
    "Reports of mobilized units left without supplies are increasingly common.",
    "Friendly-fire incidents are rarely acknowledged by either army.",
    "The town, which had {pop} residents before the full-scale invasion, now has a fraction of that.",
    "The front near {place} has barely moved in months.",
)
ANALYSTS: tuple[str, ...] = (
    "{name}, a military analyst in [Kyiv|Riga|Vilnius|Warsaw], told {outlet} that [poor|weak|slow] "
    "coordination between units had become [one of the main dangers|a major danger|a constant risk] for "
    "infantry [on this part of the front|in the sector|near {place}].",
    "\"Drone crews now decide the battle,\" said {name}, a researcher who tracks the war. \"Whoever sees "
    "first, wins.\"",
    "According to {name}, a former officer, commanders are under pressure to report progress at any cost.",
)
BOILERPLATE: tuple[str, ...] = (
    "Follow {outlet} on Telegram for more reporting from the front.",
    "Support independent journalism: donate today.",
    "Sign up for the {outlet} morning newsletter.",
    "Subscribe to {outlet} so you don't miss new videos.",
    "© {year} {outlet}. All rights reserved.",
    "Please support our reporting with a recurring donation.",
)
TITLES: dict[str, tuple[str, ...]] = {
    "friendly_fire": ("Soldiers say own artillery killed comrades near {place}",
                      "Video: own drones struck dugout near {place}"),
    "strike": ("Strike on {place} kills {killed}", "{place}: {target} hit, casualties reported"),
    "refusal_to_fight": ("Wives say {place} unit refuses new assault", "Mobilized men refuse to return to front"),
    "abandonment": ("Soldiers say officers abandoned them near {place}", "Left without orders near {place}"),
    "armed_clash": ("Heavy fighting near {place}", "Battle for {place} continues"),
    "intra_force_killing": ("Family says soldier was shot by comrade", "Death near {place}: relatives dispute"),
    "desertion_or_surrender": ("Desertions reported near {place}", "Mobilized men flee unit"),
    "arrest_or_detention": ("Soldiers detained after complaints", "Officers arrested in {place}"),
}
KINDS: tuple[str, ...] = tuple(LEADS)
WEIGHTS: tuple[int, ...] = (3, 5, 3, 3, 4, 1, 1, 1)  # strikes and clashes dominate the news, as they do


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


# Default calendar: publication dates from 2022-03-01 over 4 years and 120 days.
CALENDAR: tuple[date, int] = (date(2022, 3, 1), 4 * 365 + 120)


def _report(rng: random.Random, number: int, calendar: tuple[date, int] = CALENDAR) -> tuple[
        dict[str, object], _Incident]:
    kind = rng.choices(KINDS, weights=WEIGHTS)[0]
    # Strikes, detentions and killings in camps happen on both sides of the border; the rest at the front.
    anywhere = kind in ("strike", "intra_force_killing", "arrest_or_detention")
    place, region, country = rng.choice([p for p in PLACES if anywhere or p[2] == "UA"])
    start, days = calendar
    published = start + timedelta(days=rng.randrange(0, days))  # one draw whatever the span: same sequence
    incident = _Incident(kind, place, region, country, published - timedelta(days=rng.randint(1, 12)),
                         rng.randint(1, 12) if rng.random() < 0.8 else rng.randint(13, 40),
                         rng.choice((2, 3, 5, 8, 12, 14, 17, 24, 25, 31)), _unit(rng))
    return _compose(rng, incident, published, number), incident


_CHOICE = re.compile(r"\[([^\[\]]*)\]")


def _vary(rng: random.Random, template: str) -> str:
    """Each "[a|b|c]" in ``template`` replaced by one of its alternatives."""
    return _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _compose(rng: random.Random, inc: _Incident, published: date, number: int,
             lead_override: str | None = None) -> dict[str, object]:
    outlet = rng.choice(OUTLETS)
    other = rng.choice([p for p in PLACES if p[0] != inc.place])[0]
    first = rng.choice(FIRST_M)
    killed = _count(rng, inc.killed)
    fields = {
        "place": inc.place, "region": inc.region, "when": _when(rng, inc.day, published), "killed": killed,
        "killed_cap": _cap(killed), "wounded": _count(rng, inc.wounded), "unit": inc.unit,
        "weapon_cap": _cap(rng.choice(WEAPONS)), "target": rng.choice(TARGETS), "target2": rng.choice(TARGETS),
        "channel": rng.choice(CHANNELS), "outlet": outlet, "men": rng.choice(("20", "thirty", "40", "sixty")),
        "victim": _person(rng, female=False), "other": other, "first": first,
        "weekday": WEEKDAYS[(inc.day.weekday() + 1) % 7], "official": _person(rng, female=False),
        "office": rng.choice(("the head of the regional military administration", "the town's mayor",
                              "a spokesman for the regional police")),
        "children": rng.choice(("two", "three", "four")), "pop": f"{rng.randint(8, 90)},000",
        "year": str(published.year), "chat": rng.choice(("300", "1,200", "two thousand", "5,000")),
    }
    def fill(template: str) -> str:
        return " ".join(_vary(rng, template).format(**fields).split())  # an empty alternative leaves no gap

    paragraphs = [lead_override or fill(rng.choice(LEADS[inc.kind])),
                  fill(rng.choice(ORIGINS_CIVIL if inc.kind == "strike" else ORIGINS_MILITARY))]
    quotes = rng.sample(QUOTES[inc.kind], k=rng.randint(1, min(4, len(QUOTES[inc.kind]))))
    details = rng.sample(DETAILS[inc.kind], k=2)
    for quote, (who_t, verb_t, gender) in zip(quotes, rng.sample(SPEAKERS, k=len(quotes)), strict=True):
        name = _person(rng, female=(gender == "f") if gender else None)
        who, verb = (_vary(rng, t).format(name=name, outlet=outlet, place=inc.place, first=first)
                     for t in (who_t, verb_t))
        quote = _vary(rng, quote)
        oq, cq = rng.choice((("“", "”"), ('"', '"')))
        form = rng.random()
        if form < 0.5:
            paragraphs.append(f"{oq}{quote},{cq} {who} {verb}.")
        elif form < 0.8 or verb not in ("said", "says"):
            paragraphs.append(f"{_cap(who)} {verb}: {oq}{quote}.{cq}")
        else:
            paragraphs.append(f"{oq}{quote},{cq} {verb} {who.rstrip(',')}.")
    paragraphs.append(fill(details[0]))
    paragraphs += [fill(c) for c in rng.sample(CONTEXT, k=rng.randint(1, 3))]
    paragraphs.append(f"{fill(rng.choice(RESPONSES))} {fill(rng.choice(HEDGES))}")
    paragraphs.append(" ".join(fill(b) for b in rng.sample(BACKGROUND, k=rng.randint(1, 2))))
    if rng.random() < 0.6:
        paragraphs.append(fill(rng.choice(ANALYSTS).replace("{name}", _person(rng))))
    if rng.random() < 0.5:
        paragraphs.append(fill(details[1]))
    for line in rng.sample(BOILERPLATE, k=rng.randint(0, 2)):
        paragraphs.append(line.format(**fields))
    title = rng.choice(TITLES[inc.kind]).format(**fields)
    return {
        "text": "\n\n".join(paragraphs),
        "title": f"{_cap(title)} [synthetic]",
        "outlet": outlet,
        "url": f"https://example.org/{_slug(outlet)}/{published:%Y/%m}/{_slug(title)}-{number}",
        "published": published.isoformat(),
        "synthetic": True,
    }


def _reprint(rng: random.Random, original: dict[str, object], number: int) -> dict[str, object]:
    """An exact syndicated copy (a third) or a near-duplicate with changed boilerplate and a credit line."""
    outlet = rng.choice([o for o in OUTLETS if o != original["outlet"]])
    published = date.fromisoformat(str(original["published"])) + timedelta(days=rng.randint(0, 3))
    text = str(original["text"])
    if rng.random() >= 1 / 3:
        body = [p for p in text.split("\n\n") if not any(_matches_boilerplate(p, b) for b in BOILERPLATE)]
        credit = rng.choice(("This story was first published by {src}.", "Republished with permission of {src}.",
                             "Originally reported by {src}; edited for length."))
        body.append(credit.format(src=original["outlet"]))
        body.append(rng.choice(BOILERPLATE).format(outlet=outlet, year=published.year))
        text = "\n\n".join(body)
    title = str(original["title"]).removesuffix(" [synthetic]")
    return {
        "text": text,
        "title": f"{rng.choice(('', 'Reprint: ', 'Update: '))}{title} [synthetic]",
        "outlet": outlet,
        "url": f"https://example.org/{_slug(outlet)}/{published:%Y/%m}/{_slug(title)}-{number}",
        "published": published.isoformat(),
        "synthetic": True,
    }


def _matches_boilerplate(paragraph: str, template: str) -> bool:
    pattern = re.escape(template).replace(r"\{outlet\}", ".+").replace(r"\{year\}", r"\d{4}")
    return re.fullmatch(pattern, paragraph) is not None


def _follow_up(rng: random.Random, inc: _Incident, number: int) -> dict[str, object]:
    """A later report on the same incident with a revised toll: a new document about a known event."""
    revised = _Incident(inc.kind, inc.place, inc.region, inc.country, inc.day, inc.killed + rng.randint(1, 4),
                        inc.wounded + rng.randint(0, 6), inc.unit)
    published = inc.day + timedelta(days=rng.randint(3, 12))
    lead = (f"The death toll from the attack on {inc.place}, in {inc.region}, has risen to {revised.killed}, "
            f"officials said, as rescuers finished searching the rubble.") if inc.kind == "strike" else None
    return _compose(rng, revised, published, number, lead_override=lead)


def generate(n: int, seed: int = 0, *, reprint_rate: float = 0.08, follow_up_rate: float = 0.05,
             calendar: tuple[date, int] = CALENDAR) -> list[dict[str, object]]:
    """``n`` JSONL-ready records (text, title, outlet, url, published, synthetic), the same for the same seed.

    ``calendar``: (first day, number of days) over which original reports are published (reprints and
    follow-ups come a few days after what they copy). The default is 2022-03-01 + 1,580 days; a growth
    benchmark passes a span proportional to ``n`` to keep the number of reports per day constant.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    if calendar[1] < 1:
        raise ValueError(f"the calendar must span at least one day, got {calendar[1]}")
    rng = random.Random(seed)
    records: list[dict[str, object]] = []
    incidents: list[_Incident] = []
    for number in range(n):
        roll = rng.random()
        if records and roll < reprint_rate:
            records.append(_reprint(rng, rng.choice(records[-200:]), number))
        elif incidents and roll < reprint_rate + follow_up_rate:
            records.append(_follow_up(rng, rng.choice(incidents[-200:]), number))
        else:
            record, incident = _report(rng, number, calendar)
            records.append(record)
            incidents.append(incident)
    return records


def write_jsonl(records: list[dict[str, object]], path: str | Path) -> Path:
    """Write ``records`` one per line (UTF-8), as ``warlog ingest`` reads them."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
