"""German: the noise of German-language sites (news portals, WordPress blogs, shops)."""

from __future__ import annotations

from typing import Final

from cleaner.lexicon.common import ARROW, NETWORK, SEPARATORS

_MONTH: Final = (
    r"(jan(uar|\.)?|jän(ner|\.)?|feb(ruar|\.)?|märz|mär\.?|apr(il|\.)?|mai|juni?|juli?|aug(ust|\.)?|"
    r"sep(t(ember)?|\.)?|okt(ober|\.)?|nov(ember|\.)?|dez(ember|\.)?)"
)
_WEEKDAY: Final = (
    r"((mo|di|mi|do|fr|sa|so)\.?,? |(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),? )?"
)
_TIME: Final = r"(,? (um )?\d{1,2}[:.]\d{2}( uhr)?( mez| mesz)?)?"
DATE_PATTERN: Final = rf"{_WEEKDAY}(\d{{1,2}}\. ?{_MONTH} \d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}){_TIME}"
_SHARE: Final = (
    rf"(teilen|twittern|tweeten|e-mail|mail|drucken|link kopieren|kopieren|merken|speichern|{NETWORK})"
)

# The heading of a blog's comment section with the post's title (comment_thread: all after it goes).
COMMENTS_HEADING: Final = (
    r"(\d+|ein|eine|zwei|drei|keine) (kommentare?|gedanken|antworten|reaktionen) (zu|auf) [\"'‘„].{1,150}"
)

PHRASES: Final[dict[str, tuple[str, ...]]] = {
    # The site's newsletter as a product: its browser version and unsubscribe link (promo_phrase).
    "promotion": (
        r"(newsletter |diese e-mail |diese mail )?im (web)?browser (ansehen|anzeigen|öffnen|lesen)",
        r"(newsletter )?(abbestellen|abmelden)|vom newsletter abmelden",
    ),
    # Shop buttons: prices at stores and price buttons, glued as extracted ("29,99 € bei <Shop>",
    # "Preis prüfen"), an add-to-cart button (shop_button).
    "promotion_shop": (
        r"((((statt|jetzt|nur) )?\d[\d.,]* ?€ (bei|auf) [\w.'&-]{1,25}?|preis (prüfen|ansehen|vergleichen)( bei [\w.'&-]{1,25}?)?)( ?\| ?)?)((((statt|jetzt|nur) )?\d[\d.,]* ?€ (bei|auf) [\w.'&-]{1,25}?|preis (prüfen|ansehen|vergleichen)( bei [\w.'&-]{1,25}?)?)( ?\| ?)?)+",
        r"\(?(in den|zum) warenkorb( legen| hinzufügen)?\)?",
    ),
    # Calls to action between paragraphs (call_to_action): the button after the question that sets
    # it up, trial and appointment buttons, a sales call, a discount code offered to the reader.
    "promotion_cta": (
        r"[^?]{1,100}\? (jetzt )?(mehr erfahren|jetzt starten|kostenlos testen|kontakt aufnehmen)[.!]?",
        r"[^?]{1,120}\? (kontaktieren sie uns|sprechen sie uns an|schreiben sie uns)( noch heute| jetzt)?[.!]?",
        r"(jetzt )?(\d{1,3} tage )?kostenlos testen[.!]?",
        r"(jetzt |gleich )?(einen )?(kostenlosen |unverbindlichen )?(beratungs)?termin (vereinbaren|buchen)[.!]?",
        r"rufen sie uns (jetzt|noch heute) an[.!]?( .{0,80})?",
        r"mit dem (gutschein|rabatt)code \S+ (erhalten sie|sparen sie|gibt es) \d{1,2} ?% .{0,120}",
    ),
    # Calls to action in capitals (cta_heading: asked only of lines in capitals).
    "promotion_caps": (
        r"((möchten|wollen) sie [^?]{0,100}\b(mehr|unser\w*|uns)\b[^?]{0,60}|(brauchen|benötigen) sie (mehr )?hilfe"
        r"|interessiert an [^?]{0,100}\bunser\w*[^?]{0,60})\?( [^?]{1,60}!)?",
        r"(jetzt )?(termin vereinbaren|kontakt aufnehmen|kostenlos testen|angebot anfordern|beratung anfordern)[.!]?",
        r"wo kaufen\??",
    ),
    "appeals": (
        r"(ihre|deine) unterstützung (hilft|ermöglicht|sichert|macht) .{0,100}",
        r"(bitte )?(unterstützen sie|unterstütze) (unabhängigen|unseren|guten|freien|kritischen|lokalen) (journalismus|lokaljournalismus|qualitätsjournalismus)[.!]?.{0,100}",
        r"(jetzt |bitte )?(spenden|unterstützen)( sie uns| sie)?( jetzt| heute| hier)?[.!]?",
        r"(jeder|jede) (beitrag|spende|betrag|euro),? (ob groß oder klein|egal wie (groß|klein)|zählt|hilft).{0,120}",
        r"(werden sie|werde) (jetzt )?(mitglied|unterstützer(in)?|förder(er|in)|abonnent(in)?)( .{0,40})?[.!]?",
        r"wir (brauchen|benötigen) (ihre|deine) (hilfe|unterstützung).{0,100}",
        r"(gefällt|gefiel) (ihnen|dir) (dieser|unser|der) (artikel|beitrag|journalismus|text)\?.{0,100}",
        r"(eine )?nachricht (der|von der|unserer|aus der) (redaktion|chefredaktion|herausgeber(in)?)",
        r"unabhängiger journalismus (kostet|braucht|ist nicht umsonst|gibt es nicht umsonst).{0,100}",
        r"(wir sind|.{1,40} ist) (auf|angewiesen auf) (ihre|deine|unsere leser).{0,100}",
    ),
    "prompts": (
        rf"(folgen sie|folge|folgt) (uns|unserem kanal|unserem {NETWORK}-kanal)( auf {NETWORK})?( und .{{0,80}})?[.!]?",
        r"(hier|jetzt) (klicken|tippen)( und| zum| um)? (folgen|abonnieren|anmelden|herunterladen|teilen|beitreten).{0,30}",
        r"(aktivieren sie|aktiviere) (die |unsere )?(push-)?(benachrichtigungen|mitteilungen).{0,100}",
        r".{0,60}benachrichtigungen.{0,60}(browser-?einstellungen|einstellungen (ihres|deines) browsers)( .{0,30})?[.!]?",
        r"(melden sie sich|melde dich) (jetzt |hier )?(kostenlos )?(für|zu) .{0,50}newsletter.{0,140}",
        rf"(folgen sie|folge|folgt|abonnieren sie|abonniere) (uns|unserem kanal|unserem .{{1,30}}-kanal|.{{1,40}}) (auf|bei|in|via) {NETWORK}( .{{0,60}})?",
        rf".{{1,40}} (jetzt |auch )?(auf|bei|via|im) {NETWORK}(-kanal)?( folgen| abonnieren)?[.!]?",
        rf"(jetzt )?(auf|bei) {NETWORK} (folgen|abonnieren)[.!]?",
        r"(holen sie sich|hol dir|laden sie|lade dir) (die|unsere|jetzt die) .{1,40}(app|apps)( herunter)?.{0,40}",
        r"(die )?.{1,40}-app (jetzt )?(herunterladen|laden|installieren|downloaden).{0,40}",
        r"(jetzt |hier )?(kostenlos )?(zum |für den |unseren )?(newsletter )?(abonnieren|anmelden|registrieren)[.!]?",
        r".{0,50}newsletter.{0,50} (abonnieren|bestellen|anmelden)[.!]?.{0,80}",
        r"(melden sie sich|melde dich) (jetzt |hier )?(kostenlos )?(für|zu) .{0,50}newsletter.{0,60}",
        r"(ihre|deine) e-?mail-?adresse( eingeben)?.{0,40}",
        r"(vielen )?dank für (ihre|deine) anmeldung[.!]?.{0,80}",
        r"(jetzt )?(push-)?(benachrichtigungen|mitteilungen) (aktivieren|erhalten|einschalten|zulassen).{0,60}",
        r"(verpassen sie|verpasse) (keine|nichts|keinen).{0,60}|nichts mehr verpassen.{0,60}",
        r"(klicken|tippen) sie hier,? um .{1,60}|hier klicken,? um .{1,60}",
        r"(teilen|jetzt teilen|teilen mit|artikel teilen|beitrag teilen|diesen (artikel|beitrag) teilen|seite teilen)( auf {NETWORK}| per .{1,20})?".replace(
            "{NETWORK}", NETWORK
        ),
        rf"{_SHARE}({SEPARATORS}{_SHARE})+",
        rf"(klicken|klick),? um (auf {NETWORK} zu teilen|per e-mail einen link an einen freund zu senden|zu drucken)( \(wird in neuem fenster geöffnet\))?( .{{1,20}})?",
        rf"(mehr erfahren|jetzt kaufen|jetzt bestellen|jetzt buchen|jetzt testen|kostenlos testen|jetzt starten|zum angebot|preis prüfen|zum shop|jetzt informieren|angebot ansehen){ARROW}",
        r"(weiterlesen|lesen sie weiter|jetzt weiterlesen) mit .{1,80}",
        r"(dieser|der) (artikel|beitrag|inhalt) ist (nur |exklusiv )*für .{1,60}( verfügbar| zugänglich| sichtbar| reserviert)?[.!]?",
        r"jetzt (freischalten|abo abschließen|testen und weiterlesen)( .{0,80})?",
    ),
    "widgets": (
        r"\(?\d*\)? ?kommentare?( \(?\d+\)?)?",
        r"(alle |weitere )?(\d+ )?(kommentare|antworten) (anzeigen|ansehen|laden|lesen|einblenden|ausblenden)",
        COMMENTS_HEADING,
        r"(schreibe|hinterlasse|verfasse|schreiben sie|hinterlassen sie) (einen|eine) (kommentar|antwort)( .{0,30})?",
        r"(kommentar|antwort) (schreiben|verfassen|hinterlassen|abschicken|absenden)",
        r"(deine|ihre) e-?mail-?adresse wird nicht veröffentlicht.{0,120}",
        r"erforderliche felder sind (mit .{1,5} )?(markiert|gekennzeichnet).{0,20}",
        r"gefällt mir( wird geladen| lade)?( ?(\.\.\.|…))?",
        r"(anmelden|einloggen|login)( oder registrieren)?( um zu kommentieren| zum kommentieren)?[.!]?",
        r"(bitte )?(melden sie sich an|loggen sie sich ein|registrieren sie sich|melde dich an),? um .{1,60}",
        r"sie müssen (angemeldet|eingeloggt) sein,? um .{1,60}",
        r"(die )?(kommentarfunktion|kommentare) (ist|sind|wurde|wurden) (geschlossen|deaktiviert|abgeschaltet).{0,60}",
        r"(sei|seien sie) (der|die) erste,? .{0,40}(kommentiert|kommentar|bewertet|bewertung).{0,20}",
        r"antwort abbrechen|(neueste|älteste|beliebteste) (zuerst|kommentare)",
        r"sortieren nach:? .{1,30}",
        r"(community-?regeln|netiquette|diskussionsregeln|kommentarregeln)",
        r"(vielen )?dank für (ihren kommentar|deinen kommentar|ihre registrierung|ihre nachricht)[.!]?.{0,60}",
        r"(meinen namen, meine e-mail-adresse und meine website in diesem browser speichern|speichere meinen namen, meine e-mail-adresse und meine website in diesem browser).{0,80}",
        r"benachrichtige mich (über|bei) .{1,60}",
        r"(bereits|schon) (ein konto|registriert|abonnent(in)?)\??.{0,40}",
    ),
    "link_lists": (
        r"(lesen sie|lies) (auch|mehr|weiter)|(mehr|weiter) (zum thema|lesen)|auch interessant|ebenfalls interessant",
        r"(ähnliche|verwandte|weitere|passende|empfohlene) (beiträge|artikel|themen|nachrichten|posts|meldungen|videos)",
        r"(das|dies) (könnte|dürfte) (sie|dich) (auch )?interessieren",
        r"(sie|du) (haben|hast) (es )?verpasst|nicht verpassen|verpasst\?",
        r"(meistgelesen|meistgelesene artikel|am meisten gelesen|meist gelesen|meistkommentiert|beliebte artikel|top-artikel|top-themen|top-meldungen)",
        r"(neueste|aktuelle|neuste|letzte) (beiträge|artikel|nachrichten|meldungen)",
        r"mehr (aus|von) .{1,40}|mehr (artikel|nachrichten|videos)( (aus|von|zu) .{1,30})?",
        r"(empfehlungen|empfohlen|unsere empfehlungen|redaktionsempfehlung|tipps der redaktion|im trend|trending)",
        r"(das )?könnte (sie|dich) auch interessieren|(sie|du) (könnten|könntest) auch mögen",
        r"(zum thema|mehr zum thema|verwandte themen|weiterführende links)",
        r"(vorheriger|nächster|früherer) (beitrag|artikel)",
    ),
    "link_lists_teaser": (
        r"(lesen sie auch|lies auch|auch lesen|mehr zum thema|zum thema|siehe auch|weiterlesen|passend dazu|"
        r"verwandt|ebenfalls interessant|nächster artikel|vorheriger artikel|empfehlung|mehr) ?: .{3,200}",
    ),
    "captions": (
        r"(foto|fotos|bild|bilder|grafik|video|bildquelle|fotoquelle|bildnachweis|bildrechte|titelbild|beitragsbild|symbolbild): .{1,80}",
        r"(foto|bild|video|grafik|galerie)( ansehen| vergrößern)?",
        r"(bild|foto) (vergrößern|öffnen)|(galerie|bildergalerie|fotostrecke)( öffnen| ansehen)?( \(\d+ bilder\))?",
        r"\d+ (bilder|fotos)",
        r"(dpa|afp|reuters|ap|epa|imago( images)?|picture alliance|getty images|keystone|apa)( ?/ ?[\w.' -]{1,40})*",
        r"(©|\(c\)) ?[\w.' /-]{1,60}",
    ),
    "furniture": (
        rf"((veröffentlicht|aktualisiert|erstellt|geändert|stand|zuletzt aktualisiert)( am| um)?:? )?{DATE_PATTERN}([ |,·•]+((aktualisiert|veröffentlicht)( am| um)?:? )?{DATE_PATTERN})*",
        r"(veröffentlicht|aktualisiert)?:? ?vor \d{1,3} (sekunden?|minuten?|min\.?|stunden?|std\.?|tagen?|wochen?|monaten?)",
        r"(dieser|der) (artikel|beitrag|text) (wurde|ist) (zuletzt )?(aktualisiert|ergänzt|korrigiert).{0,80}",
        r"(korrektur|aktualisierung|anmerkung der redaktion|hinweis der redaktion|update)( \d.{0,20})?: .{0,160}",
        r"(anzeige|werbung|gesponsert|sponsored|advertorial|promotion|partnerinhalt|bezahlte partnerschaft)",
        r"(der )?(artikel|text|beitrag) (geht|wird) (unter|nach) (der|dieser) (anzeige|werbung) weiter.{0,20}|weiter nach der (anzeige|werbung)",
        r"(artikel|beitrag) (anhören|vorlesen lassen).{0,30}|(vorlesen|anhören)( \d{1,2}:\d{2})?",
        r"(lesezeit|lesedauer):? .{0,20}|(ca\. )?\d+ (min\.?|minuten) (lesezeit|lesedauer)",
        r"(\d[\d,.]*k? (aufrufe|views|mal gelesen|mal geteilt|likes|leser)[ |·•]*)+",
        r"(©|\(c\)|copyright) .{0,120}",
        r".{0,60}alle rechte vorbehalten[.!]?.{0,60}",
        r".{0,200}\b(wir verwenden cookies|diese (web)?seite (verwendet|nutzt) cookies|(alle )?cookies (akzeptieren|zulassen))\b.{0,300}",
        r"(cookie-?(einstellungen|richtlinie|präferenzen)|cookies (verwalten|akzeptieren|ablehnen)|datenschutzeinstellungen)",
        r"(mitarbeit|mit material von|mitarbeit und recherche|mit informationen von):? .{1,120}",
        r"(text|texte|redaktion|recherche|von|autor|autorin): [\w.'’-]+( [\w.'’-]+){0,3}( und [\w.'’-]+( [\w.'’-]+){0,3})?(,? ?(dpa|afp|reuters|ap|kna|epd))?",
        r"(sie sind hier|sie befinden sich hier)",
        r"zum (inhalt|hauptinhalt) springen|(springe|springen) zu(m)? (inhalt|hauptinhalt|navigation)",
        r"zurück (zur|zum) (übersicht|startseite|blog|anfang)|nach oben",
        r"(inhaltsverzeichnis|inhalt|in diesem artikel)",
        r".{0,80}(sogenannte |sog\. )?affiliate-?links.{0,200}|.{0,80}(provisions-?links|werbelinks)\b.{0,200}",
        r".{0,120}\b(erhalten|bekommen) wir (eine|ggf\. eine|gegebenenfalls eine) (kleine )?provision.{0,200}",
    ),
    "endmatter_end_note": (
        r"(war|ist) (dieser|der) (artikel|beitrag|text) (hilfreich|nützlich)\??.{0,40}",
        r"(vielen )?dank für (ihr|dein) (feedback|bewertung).{0,60}",
        r"(artikel|beitrag) bewerten.{0,20}",
        r"der beitrag .{1,200} erschien zuerst (auf|bei) .{1,80}",
        r"(dieser|der) (artikel|beitrag|text) (erschien|wurde) (zuerst|ursprünglich) (auf|bei|in|im) .{1,120}",
        r"(schlagwörter|schlagworte|stichwörter|themen|kategorien|kategorie|tags|abgelegt unter|veröffentlicht in): [^.!?]{1,150}",
        r"(schlagwörter|themen|kategorien|tags)",
    ),
    "endmatter_author_box": (
        r"(über (den|die) (autor|autorin|autoren)|der autor|die autorin|zur person)",
        r"(geschrieben|verfasst|redigiert|geprüft) von,?",
    ),
}

STOPWORDS: Final = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "einem",
        "einen",
        "und",
        "oder",
        "aber",
        "auch",
        "als",
        "am",
        "an",
        "auf",
        "aus",
        "bei",
        "bis",
        "da",
        "dass",
        "du",
        "er",
        "es",
        "für",
        "hat",
        "haben",
        "ich",
        "ihr",
        "im",
        "in",
        "ist",
        "mit",
        "nach",
        "nicht",
        "noch",
        "nur",
        "ob",
        "sich",
        "sie",
        "sind",
        "so",
        "über",
        "um",
        "uns",
        "vom",
        "von",
        "vor",
        "war",
        "wie",
        "wir",
        "wird",
        "zu",
        "zum",
        "zur",
    ]
)
APPEAL_WORDS: Final = frozenset(
    [
        "spende",
        "spenden",
        "spendet",
        "unterstützen",
        "unterstützung",
        "unterstützer",
        "beitrag",
        "beiträge",
        "bezahlschranke",
        "abo",
        "abonnement",
        "abonnieren",
        "finanzieren",
        "finanziert",
        "leserfinanziert",
        "mitglied",
        "mitgliedschaft",
    ]
)
COOKIE_WORDS: Final = frozenset(
    [
        "cookie",
        "cookies",
        "einwilligung",
        "zustimmung",
        "dsgvo",
        "datenschutz",
        "datenschutzerklärung",
        "einstellungen",
        "notwendig",
        "notwendige",
        "erforderliche",
        "analyse",
        "tracking",
        "browser",
        "website",
        "webseite",
        "funktionen",
        "drittanbieter",
        "personalisierte",
        "werbung",
        "akzeptieren",
    ]
)
COOKIE_MARKS: Final = ("ookie",)
COMMENT_BUTTONS: Final = frozenset({"antworten", "melden", "gefällt mir", "antwort abbrechen", "zitieren"})
# "Name sagt:", "Name schrieb am 3. Mai", "Antwort an Name".
ATTRIBUTION: Final = r"([^\s].{0,60} (sagt|sagte|schrieb|schreibt|antwortete|kommentierte)( am .{1,40})?|\d+ antwort(en)?( von .{1,60})?|antwort an .{1,60})"
BYLINE: Final = r"(von|text von|text|autor|autorin|geschrieben von)"
CREDIT_LABELS: Final = r"(?:foto|fotos|bild|bilder|bildquelle|fotoquelle|bildnachweis)(?: von)?:|fotos? von"
COOKIE_VOICE: Final = r"\b(wir|ihnen|ihre[nrms]?|unsere[nrms]?|du|dir|deine[nrms]?)\b"

# The patterns and word sets the rules read beside the phrase tables (cleaner/lexicon/en.py says
# which rule reads each), written for German sites.
DATELINE: Final = "|".join(f"(?:{p})" for p in PHRASES["furniture"] if DATE_PATTERN in p)
# form_consent: "Mit dem Absenden des Kommentars erklären Sie sich ... einverstanden", "Ich bin
# damit einverstanden, dass meine Angaben ... gespeichert werden".
CONSENT: Final = (
    r"(mit (dem|der) (absenden|abschicken|übermitteln|nutzung|eingabe|anmeldung|registrierung)\b.{0,250}?"
    r"\b(erklären sie sich|erklärst du dich|stimmen sie|stimmst du|akzeptieren sie|akzeptierst du|willigen sie|willigst du)"
    r"|ich (bin damit einverstanden|stimme zu|willige ein),? dass (meine|die) (angaben|daten))"
)
CONSENT_FIRST: Final = frozenset("MmIi")
# affiliate_disclosure: "Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision."
AFFILIATE: Final = (
    r"\b(erhalten|bekommen|verdienen)( wir| ich)? (ggf\. |gegebenenfalls |unter umständen |möglicherweise )?(eine )?(kleine )?(provision|vergütung)\b.{0,200}"
    r"\b(kauf\w*|einkauf\w*|bestell\w*|link|links|klick\w*)"
    r"|\b(kauf\w*|einkauf\w*|bestell\w*|links?|klick\w*)\b.{0,200}\b(erhalten|bekommen|verdienen)( wir| ich)? .{0,30}\b(provision|vergütung)"
    r"|\b(enthält|enthalten|beinhaltet|kann .{0,10}enthalten) (sogenannte |so genannte )?(affiliate-?links|partnerlinks|werbelinks|provisionslinks)"
)
AFFILIATE_SELF: Final = r"\b(wir|uns|unser\w*|ich|mir|dieser (artikel|beitrag|text)|diese (seite|website))\b"
AFFILIATE_MARKS: Final = ("provision", "vergütung", "affiliate", "partnerlink", "werbelink")
# disclaimer: "Dieser Artikel dient ausschließlich der allgemeinen Information und ersetzt keine
# ärztliche Beratung.", "Alle Angaben ohne Gewähr."
DISCLAIMER: Final = (
    r"\b(?:(?:artikel|beitrag|text|inhalt|seite) dient (?:lediglich|ausschließlich|nur) (?:der )?(?:allgemeinen )?(?:information|informationszwecken)"
    r"|(?:ersetzt|ersetzen) (?:keine|nicht die) (?:ärztliche|medizinische|rechtliche|steuerliche|professionelle|individuelle) (?:beratung|behandlung|diagnose)"
    r"|stellt? keine (?:anlageberatung|rechtsberatung|steuerberatung|kaufempfehlung|anlageempfehlung|aufforderung zum kauf) dar"
    r"|(?:gibt|geben) nicht (?:zwingend |unbedingt |notwendigerweise )?die (?:meinung|ansicht|auffassung) (?:der redaktion|des verlags|des herausgebers) wieder"
    r"|alle angaben ohne gewähr"
    r"|frühere (?:wertentwicklungen?|performance) (?:ist|sind) kein(?:e)? (?:verlässlicher? )?(?:indikator|garantie))"
)
DISCLAIMER_MARKS: Final = (
    "information",
    "ersetz",
    "keine",
    "meinung",
    "ansicht",
    "auffassung",
    "gewähr",
    "frühere",
)
# foot_notice: "Dieser Text steht unter einer Creative-Commons-Lizenz", trademarks, investment risk.
FOOT_NOTICE: Final = (
    r"\b(?:(?:steht|stehen|ist|sind|wird|werden) unter (?:der |einer )?(?:lizenz )?(?:creative[- ]commons|cc by)"
    r"|lizenziert unter (?:der |einer )?(?:creative[- ]commons|cc by)"
    r"|(?:ist|sind) eine? eingetragene (?:marke|marken|warenzeichen)"
    r"|(?:der )?(?:handel|kauf|erwerb) (?:von|mit) (?:wertpapieren|aktien|kryptowährungen|finanzinstrumenten) (?:ist mit|birgt) (?:erheblichen )?risiken"
    r"|(?:kapitalanlagen|geldanlagen|investitionen) (?:sind|ist) mit risiken verbunden)"
)
FOOT_NOTICE_MARKS: Final = ("creative", "cc by", "eingetragene", "risiken")
REPORTED: Final = (
    r"\b(sagte|sagt|sagten|erklärte|betonte|laut|zufolge|teilte|warnte|warnt|hieß es|berichtete)\b|[„“”»«\"]"
)
# author_bio: "Sarah Müller ist Redakteurin im Lokalressort ...", "Über die Autorin: ...".
BIO_START: Final = (
    r"^(?:(?i:über (?:den|die) (?:autor|autorin|autoren)):\s+.{10,}"
    r"|(?:[Hh]allo|[Hh]i)[,!]?\s+(?:ich bin|ich heiße)\s"
    r"|\(?(?P<name>(?:(?:Dr|Prof)\.\s+)?(?:[A-ZÄÖÜ][\w.'’-]+\s+(?:(?:von|van|de|zu)\s+)?){0,3}[A-ZÄÖÜ][\w.'’-]+),?"
    r"(?:\s+[A-ZÄÖÜ][^,.;:!?]{1,40},){0,2}"
    r"\s+(?:ist|war|arbeitet|schreibt|berichtet|leitet|studierte|gründete)\s)"
)
# (No word boundary before: German joins them into compounds, "Lokalredakteurin".)
BIO_WORDS: Final = (
    r"(?:redakteur|journalist|autor(?:in|en)?\b|reporter|korrespondent|fotograf|volontär|kolumnist|ressortleiter|"
    r"blogger|gründer(?:in)?\b|herausgeber|moderator|texter(?:in)?\b)"
)
BIO_PRONOUN: Final = r"(?:Sie|Er|Ihre?|Seine?|Wenn (?:sie|er) nicht)\b"
# credited_caption: names between ("Foto: Anna von Berg / dpa"), the words of a credit in brackets,
# what a caption shows, and the first person of a testimonial.
CREDIT_CONNECTORS: Final = frozenset({"von", "und", "der", "de", "van", "zu", "/", "&"})
LABEL_CONNECTORS: Final = CREDIT_CONNECTORS | {"auf", "bei", "via"}
PAREN_CREDIT_WORDS: Final = frozenset({"images", "pictures", "via", "pool", "handout", "bildagentur"})
VISUAL: Final = r"(?:foto|bild|aufnahme|video|karte|grafik|screenshot|illustration|luftbild)"
FIRST_PERSON: Final = r"\b(ich|mich|mir|mein\w*|wir|uns|unser\w*|Ich|Mein\w*|Wir|Uns|Unser\w*)\b"
BYLINE_JOINERS: Final = frozenset({"und", "&"})
# byline: function words inside a name ("Sara de Vries"), allowed as its second word.
NAME_PARTICLES: Final = frozenset({"von", "van", "de", "zu", "der", "den", "vom", "zum", "zur"})

# The furniture of a newsletter issue around its essay (cleaner.rules.promotion:
# newsletter_footer): its browser version, its unsubscribe link.
NEWSLETTER_ISSUE: Final = (
    r"im (web)?browser (ansehen|anzeigen|öffnen|lesen)$|\b(abbestellen|abmelden)\b|newsletter weiterempfehlen"
)
