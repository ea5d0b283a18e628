"""Dutch: the noise of Dutch-language sites (Netherlands and Flanders)."""

from __future__ import annotations

from typing import Final

from cleaner.lexicon.common import ARROW, NETWORK, SEPARATORS

_MONTH: Final = (
    r"(jan(uari|\.)?|feb(ruari|\.)?|maart|mrt\.?|apr(il|\.)?|mei|jun(i|\.)?|jul(i|\.)?|aug(ustus|\.)?|"
    r"sep(t(ember)?|\.)?|okt(ober|\.)?|nov(ember|\.)?|dec(ember|\.)?)"
)
_WEEKDAY: Final = (
    r"((maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,? )?"
)
_TIME: Final = r"(,? (om )?\d{1,2}[:.]\d{2}( uur)?( \(?(cet|cest|utc)\)?)?)?"
DATE_PATTERN: Final = rf"{_WEEKDAY}(\d{{1,2}} {_MONTH} \d{{4}}|\d{{1,2}}-\d{{1,2}}-\d{{2,4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}){_TIME}"
_SHARE: Final = rf"(delen|tweet|tweeten|e-mail|mail|printen|afdrukken|link kopiëren|kopieer link|kopiëren|opslaan|bewaren|{NETWORK})"

# The heading of a blog's comment section with the post's title (comment_thread: all after it goes).
COMMENTS_HEADING: Final = (
    r"(\d+|een|twee|drie|geen) (reacties?|gedachten|antwoorden) (op|bij) [\"'‘„].{1,150}"
)

PHRASES: Final[dict[str, tuple[str, ...]]] = {
    # The site's newsletter as a product: its browser version and unsubscribe link (promo_phrase).
    "promotion": (
        r"bekijk (deze e-?mail |de nieuwsbrief )?in (je|jouw|uw|de) (web)?browser",
        r"(uitschrijven|afmelden)( voor (de|deze) nieuwsbrief)?",
    ),
    # Shop buttons: prices at stores and price buttons ("€ 29,99 bij <winkel>", "Bekijk prijs"), an
    # add-to-cart button (shop_button).
    "promotion_shop": (
        r"(((€ ?\d[\d.,]*|\d[\d.,]* ?€) (bij|op) [\w.'&-]{1,25}?|bekijk (de )?prijs( bij [\w.'&-]{1,25}?)?)( ?\| ?)?)(((€ ?\d[\d.,]*|\d[\d.,]* ?€) (bij|op) [\w.'&-]{1,25}?|bekijk (de )?prijs( bij [\w.'&-]{1,25}?)?)( ?\| ?)?)+",
        r"\(?in (de )?winkelwagen( plaatsen| leggen)?\)?",
    ),
    # Calls to action between paragraphs (call_to_action): the button after the question that sets
    # it up, trial and appointment buttons, a sales call, a discount code offered to the reader.
    "promotion_cta": (
        r"[^?]{1,100}\? (meer weten|start vandaag|neem (vandaag )?contact (met ons )?op)[.!]?",
        r"probeer (het )?gratis( \d{1,3} dagen)?[.!]?|\d{1,3} dagen gratis proberen[.!]?",
        r"(plan|boek|vraag) (een|je|uw) (gratis )?(demo|adviesgesprek|afspraak|offerte)( aan| in)?[.!]?",
        r"bel ons (nu|vandaag)[.!]?( .{0,80})?",
        r"gebruik (de )?(kortings)?code \S+ (en|voor) .{0,120}",
    ),
    # Calls to action in capitals (cta_heading: asked only of lines in capitals).
    "promotion_caps": (
        r"((wil je|wilt u) [^?]{0,100}\b(meer|onze?)\b[^?]{0,60}|(meer )?hulp nodig"
        r"|interesse in [^?]{0,100}\bonze?\b[^?]{0,60})\?",
        r"(neem contact op|vraag een offerte aan|plan een afspraak|probeer gratis)[.!]?",
        r"waar (te )?kopen\??",
    ),
    "appeals": (
        r"(jouw|uw) (steun|bijdrage|donatie) (helpt|maakt|zorgt|is) .{0,100}",
        r"(steun|support) (onafhankelijke|onze|goede|kwaliteits)( |-)?(journalistiek|lokale journalistiek)[.!]?.{0,100}",
        r"(steun ons|doneer|doneer nu|geef nu|word donateur|draag bij)( nu| vandaag| hier)?[.!]?",
        r"(elke|iedere) (bijdrage|donatie|euro),? (groot of klein|hoe klein ook|telt|helpt).{0,120}",
        r"(word|wordt) (nu )?(lid|abonnee|donateur|vriend|steunlid)( .{0,40})?[.!]?",
        r"we hebben (jouw|uw) (hulp|steun) nodig.{0,100}",
        r"(vond|vind) (je|u) (dit|dit artikel|ons werk) (de moeite waard|waardevol|goed)\?.{0,100}",
        r"(een )?(bericht|boodschap) (van|uit) de (redactie|hoofdredactie|hoofdredacteur)",
        r"onafhankelijke journalistiek (kost|is niet gratis).{0,100}",
    ),
    "prompts": (
        rf"(volg|volgt) (ons|ons kanaal|onze .{{1,30}})( op {NETWORK})?( en .{{0,100}})?[.!]?",
        r"(dit|deze pagina|dit artikel|dit bericht) delen",
        r".{0,80}in de instellingen van (je|uw) browser[.!]?",
        r"(zet|schakel) (pushmeldingen|meldingen|notificaties) aan.{0,100}|(ontvang|activeer) (pushmeldingen|meldingen|notificaties).{0,100}",
        r"(schrijf je in|meld je aan|abonneer je) (gratis )?(voor|op) (onze|de) .{0,40}nieuwsbrief.{0,140}",
        rf"(volg|volgt) (ons|onze .{{1,30}}|.{{1,40}}) (op|via) {NETWORK}( .{{0,60}})?",
        rf".{{1,40}} (nu |ook )?(op|via) {NETWORK}(-kanaal)?( volgen)?[.!]?",
        r"(download|installeer) (de|onze) .{1,40}(app|applicatie).{0,40}",
        r"(schrijf je in|meld je aan|abonneer|aanmelden|inschrijven)( gratis)?( (voor|op) (onze|de) .{0,40}nieuwsbrief.{0,60})?[.!]?",
        r".{0,50}nieuwsbrief.{0,50} (aanmelden|inschrijven|abonneren|ontvangen)[.!]?.{0,80}",
        r"ontvang (onze|de|het) .{0,40}(nieuwsbrief|nieuws|meldingen|updates).{0,80}",
        r"(jouw|uw|vul je|vul uw) e-?mail(adres)?.{0,40}",
        r"bedankt voor (je|uw) (aanmelding|inschrijving).{0,80}",
        r"(zet|schakel) (pushmeldingen|meldingen|notificaties) aan.{0,60}|(ontvang|activeer) (pushmeldingen|meldingen|notificaties).{0,60}",
        r"mis (niets|geen) .{0,60}|mis niets meer.{0,60}",
        r"(klik|tik) hier (om|voor) .{1,60}",
        rf"(delen|deel dit|deel dit artikel|deel op|dit artikel delen|artikel delen)( op {NETWORK}| via .{{1,20}})?",
        rf"{_SHARE}({SEPARATORS}{_SHARE})+",
        rf"klik om te delen (op|via) {NETWORK}( \(wordt in een nieuw venster geopend\))?( .{{1,20}})?",
        rf"(lees meer|meer informatie|meer weten|koop nu|bestel nu|boek nu|probeer gratis|bekijk aanbieding|bekijk prijs|naar de winkel){ARROW}",
        r"(dit|het) (artikel|stuk) is (alleen )?(exclusief )?voor (abonnees|leden|premium-leden).{0,80}",
    ),
    "widgets": (
        r"\(?\d*\)? ?reacties?( \(?\d+\)?)?",
        r"(bekijk|toon|lees|laad|verberg) (alle |meer )?(\d+ )?(reacties|antwoorden)",
        COMMENTS_HEADING,
        r"(geef|laat|plaats|schrijf) een (reactie|antwoord)( achter)?( .{0,30})?",
        r"(je|uw) e-?mailadres wordt niet gepubliceerd.{0,120}",
        r"vereiste velden zijn gemarkeerd.{0,30}",
        r"vind ik leuk( laden(\.\.\.|…)?)?|laden(\.\.\.|…)",
        r"(inloggen|log in|aanmelden)( of registreren)?( om te reageren| om verder te lezen)?[.!]?",
        r"(je|u) (moet|dient) (ingelogd|aangemeld) (zijn|te zijn) om .{1,60}",
        r"(de )?(reacties|reactiemogelijkheid) (zijn|is) (gesloten|uitgeschakeld).{0,40}",
        r"(wees|ben) de eerste (die reageert|om te reageren|die een reactie plaatst).{0,30}",
        r"reactie annuleren|(nieuwste|oudste|populairste) (eerst|reacties)",
        r"sorteer op:? .{1,30}",
        r"(huisregels|spelregels|reactieregels|communityrichtlijnen)",
        r"bedankt voor (je|uw) (reactie|registratie|bericht)[.!]?.{0,60}",
        r"mijn naam, e-?mail en website bewaren in deze browser.{0,80}",
        r"(stuur|informeer) me (een e-?mail )?(bij|over) .{1,60}",
        r"(heb je al een account|al abonnee|al een account)\??.{0,40}",
    ),
    "link_lists": (
        r"lees (ook|meer|verder)|(ook )?interessant|meer (over dit onderwerp|lezen)",
        r"(gerelateerde|vergelijkbare|aanbevolen|meer) (berichten|artikelen|verhalen|nieuws)|gerelateerd",
        r"(dit )?(vind je|vindt u) (misschien|wellicht) ook (leuk|interessant)|misschien ook interessant",
        r"(je hebt gemist|gemist\?|niet te missen|mis dit niet)",
        r"(meest gelezen|meest bekeken|populair|populaire artikelen|meest gedeeld|best gelezen)( vandaag| deze week)?",
        r"(laatste|recente|nieuwste) (berichten|artikelen|nieuws)",
        r"meer (nieuws|artikelen|video's)( (van|over|uit) .{1,30})?|meer van .{1,30}",
        r"(aanbevolen|trending|keuze van de redactie|aanraders|tips van de redactie)",
        r"(vorig|volgend|vorige|volgende) (bericht|artikel)",
    ),
    "link_lists_teaser": (
        r"(lees ook|lees meer|lees verder|zie ook|gerelateerd|ook interessant|volgend artikel|vorig artikel|"
        r"bekijk|luister|meer) ?: .{3,200}",
    ),
    "captions": (
        r"(foto|foto's|beeld|afbeelding|illustratie|bron afbeelding|beeldbron|credits?|video|fotograaf|fotografie): .{1,80}",
        r"(foto|beeld|video|galerij)( vergroten)?|(vergroot|bekijk) (foto|afbeelding|galerij)",
        r"\d+ (foto's|afbeeldingen)",
        r"(anp|belga|afp|reuters|ap|epa|hollandse hoogte|getty images|shutterstock)( ?/ ?[\w.' -]{1,40})*",
        r"(©|\(c\)) ?[\w.' /-]{1,60}",
    ),
    "furniture": (
        rf"((gepubliceerd|bijgewerkt|geplaatst|aangepast|laatst bijgewerkt)( op| om)?:? )?{DATE_PATTERN}([ |,·•]+((bijgewerkt|gepubliceerd)( op| om)?:? )?{DATE_PATTERN})*",
        r"((gepubliceerd|bijgewerkt):? )?\d{1,3} (seconden?|minuten?|min|uur|uren|dagen?|weken?|maanden?) geleden",
        r"(dit|het) (artikel|bericht|stuk) (is|werd) (bijgewerkt|aangepast|gecorrigeerd).{0,80}",
        r"(correctie|update|noot van de redactie|rectificatie)( .{0,20})?: .{0,160}",
        r"(advertentie|reclame|gesponsord|gesponsorde inhoud|partnercontent|betaalde samenwerking|ad)",
        r"(het artikel|de tekst) gaat (verder )?(onder|na) de (advertentie|reclame).{0,20}",
        r"(luister|beluister) (dit|het) artikel.{0,30}",
        r"(leestijd|leesduur):? .{0,20}|\d+ ?(min|minuten) (leestijd|lezen)",
        r"(\d[\d,.]*k? (weergaven|keer gelezen|keer bekeken|views|likes)[ |·•]*)+",
        r"(©|\(c\)|copyright) .{0,120}",
        r".{0,60}alle rechten voorbehouden[.!]?.{0,60}",
        r".{0,200}\b(wij gebruiken cookies|we gebruiken cookies|deze (web)?site (gebruikt|maakt gebruik van) cookies|(alle )?cookies accepteren)\b.{0,300}",
        r"(cookie(instellingen|beleid|verklaring|voorkeuren)|cookies beheren)",
        r"(door|tekst|redactie|auteur): [\w.'’-]+( [\w.'’-]+){0,3}( en [\w.'’-]+( [\w.'’-]+){0,3})?(,? ?(anp|belga|afp|reuters))?",
        r"(je bent hier|u bent hier)",
        r"(ga|spring) (naar|direct naar) (de )?(inhoud|hoofdinhoud|content)",
        r"terug naar (boven|het overzicht|de homepage|de blog)",
        r"(inhoudsopgave|inhoud|in dit artikel)",
        r".{0,120}\b(affiliate ?links?|(ontvangen|krijgen|verdienen) (wij|we) een (kleine )?(commissie|vergoeding))\b.{0,200}",
    ),
    "endmatter_end_note": (
        r"(was|is) (dit|dit artikel|deze informatie) (nuttig|behulpzaam)\??.{0,40}",
        r"bedankt voor (je|uw) (feedback|beoordeling).{0,60}",
        r"(beoordeel|waardeer) (dit|het) artikel.{0,20}",
        r"het bericht .{1,200} verscheen eerst op .{1,80}",
        r"(dit|het) (artikel|bericht) (verscheen|werd) (eerder|oorspronkelijk) (op|in|bij) .{1,120}",
        r"(tags|trefwoorden|onderwerpen|categorieën|categorie|geplaatst in): [^.!?]{1,150}",
        r"(tags|trefwoorden|onderwerpen|categorieën)",
    ),
    "endmatter_author_box": (
        r"(over de (auteur|schrijver)|de auteur)",
        r"(geschreven|geredigeerd|gecontroleerd) door,?",
    ),
}

STOPWORDS: Final = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "maar",
        "van",
        "in",
        "op",
        "te",
        "met",
        "voor",
        "door",
        "aan",
        "bij",
        "naar",
        "om",
        "uit",
        "als",
        "dat",
        "die",
        "dit",
        "deze",
        "er",
        "is",
        "zijn",
        "was",
        "werd",
        "heeft",
        "hebben",
        "niet",
        "ook",
        "nog",
        "wel",
        "hij",
        "zij",
        "ze",
        "we",
        "wij",
        "je",
        "u",
        "ik",
        "hun",
        "zich",
        "tot",
        "over",
    ]
)
APPEAL_WORDS: Final = frozenset(
    [
        "donatie",
        "donaties",
        "doneren",
        "doneer",
        "steun",
        "steunen",
        "bijdrage",
        "bijdragen",
        "abonnement",
        "abonnee",
        "abonneren",
        "financiering",
        "betaalmuur",
        "leden",
    ]
)
COOKIE_WORDS: Final = frozenset(
    [
        "cookie",
        "cookies",
        "toestemming",
        "avg",
        "voorkeuren",
        "instellingen",
        "noodzakelijke",
        "functionele",
        "analytische",
        "tracking",
        "browser",
        "website",
        "site",
        "functionaliteit",
        "derden",
        "advertenties",
        "accepteren",
        "weigeren",
    ]
)
COOKIE_MARKS: Final = ("ookie",)
COMMENT_BUTTONS: Final = frozenset(
    {"beantwoorden", "reageren", "melden", "vind ik leuk", "reactie annuleren", "citeren"}
)
ATTRIBUTION: Final = r"([^\s].{0,60} (zegt|zei|schreef|schrijft|reageerde|antwoordde)( op .{1,40})?|\d+ (reactie|reacties|antwoord|antwoorden)( van .{1,60})?|antwoord (aan|op) .{1,60})"
BYLINE: Final = r"(door|tekst|geschreven door)"
CREDIT_LABELS: Final = r"(?:foto|foto's|beeld|afbeelding)\s?:|foto door"
COOKIE_VOICE: Final = r"\b(wij|we|ons|onze|je|jij|jouw|u|uw)\b"

# The patterns and word sets the rules read beside the phrase tables (cleaner/lexicon/en.py says
# which rule reads each), written for Dutch-language sites.
DATELINE: Final = "|".join(f"(?:{p})" for p in PHRASES["furniture"] if DATE_PATTERN in p)
# form_consent: "Door dit formulier te verzenden ga je akkoord met ons privacybeleid.", "Ik ga
# akkoord met de verwerking van mijn gegevens".
CONSENT: Final = (
    r"(door (op .{1,30} te klikken|dit formulier|je aan te melden|u aan te melden|te verzenden|in te schrijven|je e-?mailadres|uw e-?mailadres|een reactie)\b.{0,250}?"
    r"\b(ga je akkoord|gaat u akkoord|stem je in|stemt u in|geef je toestemming|geeft u toestemming)"
    r"|ik (ga akkoord|geef toestemming) (met|voor) (de|het) (verwerking|verwerken|opslag|privacy))"
)
CONSENT_FIRST: Final = frozenset("DdIi")
# affiliate_disclosure: "als je via deze links iets koopt, ontvangen wij een kleine commissie".
AFFILIATE: Final = (
    r"\b(ontvang\w*|verdien\w*|krijg\w*)\b\W{0,3}\s.{0,17}\b(een )?(kleine )?(commissie|vergoeding|provisie)\b.{0,200}\b(koop\w*|kopen|aankoop|link|links|klik\w*)"
    r"|\b(koop\w*|kopen|aankoop|links?|klik\w*)\b.{0,200}\b(ontvang\w*|verdien\w*|krijg\w*)\b.{0,40}\b(commissie|vergoeding|provisie)"
    r"|\b(bevat|bevatten|kan .{0,10}bevatten) (enkele )?(affiliate ?links|affiliatelinks|partnerlinks)"
)
AFFILIATE_SELF: Final = r"\b(wij|we|ons|onze|dit (artikel|bericht)|deze (site|website|blog|pagina))\b"
AFFILIATE_MARKS: Final = ("commissie", "vergoeding", "provisie", "affiliate", "partnerlink")
# disclaimer: "Dit artikel is uitsluitend bedoeld ter informatie en vervangt geen medisch advies.",
# "In het verleden behaalde resultaten bieden geen garantie voor de toekomst."
DISCLAIMER: Final = (
    r"\b(?:(?:is|zijn) (?:uitsluitend |alleen |enkel |louter )?bedoeld (?:ter|voor|als) (?:algemene )?(?:informatie|informatiedoeleinden|informatieve doeleinden)"
    r"|(?:vervangt|vervangen) (?:geen|niet (?:het|een)) (?:medisch|juridisch|financieel|professioneel|persoonlijk) (?:advies|consult)"
    r"|(?:dit|het|deze informatie) (?:is|vormt) geen (?:beleggingsadvies|koopadvies|medisch advies|juridisch advies|financieel advies)"
    r"|(?:meningen|standpunten|opvattingen) .{0,80}(?:zijn (?:uitsluitend |geheel )?(?:die|voor rekening) van de (?:auteur|schrijver)|weerspiegelen niet (?:noodzakelijk|per se))"
    r"|in het verleden behaalde resultaten bieden geen garantie)"
)
DISCLAIMER_MARKS: Final = ("bedoeld", "vervang", "geen", "meningen", "standpunten", "opvattingen")
# foot_notice: "Dit artikel valt onder een Creative Commons-licentie ...", risk notices.
FOOT_NOTICE: Final = (
    r"\b(?:(?:is|zijn|valt|vallen) (?:gepubliceerd |beschikbaar )?onder (?:een |de )?(?:creative commons|cc by)"
    r"|(?:is|zijn) (?:een )?geregistreerde? (?:handels)?merk(?:en)? van"
    r"|beleggen brengt risico['’]?s met zich mee"
    r"|(?:je|u) kunt (?:je|uw) inleg (?:deels |geheel |deels of geheel )?verliezen)"
)
FOOT_NOTICE_MARKS: Final = ("creative commons", "cc by", "geregistreerd", "risico", "inleg")
REPORTED: Final = r"\b(zei|zegt|zeggen|vertelde|aldus|volgens|verklaarde|waarschuwde)\b|[„“”\"]"
# author_bio: "Sara de Vries is verslaggever bij ... en schrijft over de stad."
BIO_START: Final = (
    r"^(?:(?i:over de (?:auteur|schrijver)):\s+.{10,}"
    r"|(?:[Hh]oi|[Hh]allo)[,!]?\s+(?:ik ben)\s"
    r"|\(?(?P<name>(?:[A-Z][\w.'’-]+\s+(?:(?:de|van|der|den|ter|te|van de|van der|van den)\s+)?){0,3}[A-Z][\w.'’-]+),?"
    r"(?:\s+[A-Z][^,.;:!?]{1,40},){0,2}"
    r"\s+(?:is|was|werkt|schrijft|volgt|leidt|richtte|studeerde)\s)"
)
BIO_WORDS: Final = (
    r"(?:journalist|redacteur|verslaggever|auteur\b|correspondent|columnist|fotograaf|oprichter|"
    r"blogger|schrijver)"
)
BIO_PRONOUN: Final = r"(?:Zij|Ze|Hij|Haar|Zijn|Als (?:ze|hij) niet)\b"
CREDIT_CONNECTORS: Final = frozenset({"van", "de", "der", "den", "en", "voor", "via", "/", "&"})
LABEL_CONNECTORS: Final = CREDIT_CONNECTORS | {"op"}
PAREN_CREDIT_WORDS: Final = frozenset({"images", "pictures", "via", "pool", "handout"})
VISUAL: Final = r"(?:foto|beeld|afbeelding|video|illustratie|kaart|grafiek|screenshot)"
FIRST_PERSON: Final = r"\b(ik|mij|me|mijn|wij|we|ons|onze|Ik|Mijn|Wij|We|Ons|Onze)\b"
BYLINE_JOINERS: Final = frozenset({"en", "&"})
# byline: function words inside a name ("Sara de Vries"), allowed as its second word.
NAME_PARTICLES: Final = frozenset({"de", "van", "der", "den", "ter", "te", "het"})

# The furniture of a newsletter issue around its essay (cleaner.rules.promotion:
# newsletter_footer): its browser version, its unsubscribe link.
NEWSLETTER_ISSUE: Final = r"in (je|jouw|uw|de) (web)?browser$|\b(uitschrijven|afmelden)\b"
