"""Polish: the noise of Polish-language sites (news portals, WordPress blogs, shops)."""

from __future__ import annotations

from typing import Final

from cleaner.lexicon.common import ARROW, NETWORK, SEPARATORS

_MONTH: Final = (
    r"(stycz(eń|nia)|sty\.?|lut(y|ego|\.)?|mar(zec|ca|\.)?|kwie(cień|tnia)|kwi\.?|maj(a)?|czerw(iec|ca)|cze\.?|"
    r"lip(iec|ca|\.)?|sierp(ień|nia)|sie\.?|wrze(sień|śnia)|wrz\.?|paźdz(iernik|iernika)|paź\.?|"
    r"listopad(a)?|lis\.?|grud(zień|nia)|gru\.?)"
)
_TIME: Final = r"(,? (o |godz\. )?\d{1,2}[:.]\d{2})?"
DATE_PATTERN: Final = rf"(\d{{1,2}} {_MONTH} \d{{4}}( r\.)?|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}( r\.)?|\d{{4}}-\d{{2}}-\d{{2}}){_TIME}"
_SHARE: Final = (
    rf"(udostępnij|podziel się|tweetnij|e-mail|email|drukuj|kopiuj link|skopiuj link|zapisz|{NETWORK})"
)

# The heading of a blog's comment section with the post's title (comment_thread: all after it goes).
COMMENTS_HEADING: Final = r"(\d+|jeden|jedna|dwa|trzy|brak) (komentarzy|komentarze|komentarz|odpowiedzi|przemyśleń) (do|na temat|dla) [\"'‘„].{1,150}"

PHRASES: Final[dict[str, tuple[str, ...]]] = {
    # The site's newsletter as a product: its browser version and unsubscribe link (promo_phrase).
    "promotion": (
        r"(zobacz|wyświetl|otwórz) (tę wiadomość |ten e-?mail |newsletter )?w przeglądarce",
        r"wypisz się( z newslettera)?|zrezygnuj z (subskrypcji|newslettera)",
    ),
    # Shop buttons: prices at stores and price buttons ("129 zł w <sklep>", "Sprawdź cenę"), an
    # add-to-cart button (shop_button).
    "promotion_shop": (
        r"((\d[\d ,.]* ?zł (w|na) [\w.'&-]{1,25}?|sprawdź cenę( (w|na) [\w.'&-]{1,25}?)?)( ?\| ?)?)((\d[\d ,.]* ?zł (w|na) [\w.'&-]{1,25}?|sprawdź cenę( (w|na) [\w.'&-]{1,25}?)?)( ?\| ?)?)+",
        r"\(?dodaj do koszyka\)?",
    ),
    # Calls to action between paragraphs (call_to_action): the button after the question that sets
    # it up, trial and appointment buttons, a sales call, a discount code offered to the reader.
    "promotion_cta": (
        r"[^?]{1,100}\? (dowiedz się więcej|zacznij już dziś|skontaktuj się z nami( już dziś)?)[.!]?",
        r"wypróbuj (za )?darmo( przez \d{1,3} dni)?[.!]?",
        r"(umów się na|zarezerwuj|zamów) (bezpłatną |darmową )?(demo|konsultację|wizytę|rozmowę)( już dziś| teraz)?[.!]?",
        # "Call now", alone or with the number; what follows it is the pitch only after "do nas"
        # ("Zadzwoń teraz do mamy, ..." is a sentence).
        r"zadzwoń (teraz|już dziś)[.!:]?( \+?[\d ()/-]{6,20})?|zadzwoń do nas (teraz|już dziś)[.!]?( .{0,80})?",
        r"(użyj|wpisz) kod(u)? \S+,? (i|aby) .{0,120}",
    ),
    # Calls to action in capitals (cta_heading: asked only of lines in capitals).
    "promotion_caps": (
        r"((chcesz|szukasz) [^?]{0,100}\b(więcej|nasz\w*)\b[^?]{0,60}|potrzebujesz (więcej )?pomocy|masz pytania)\?",
        r"(skontaktuj się z nami|umów się na wizytę|zamów wycenę|zadzwoń teraz)[.!]?",
        r"gdzie kupić\??",
    ),
    "appeals": (
        r"(wspieram|wspieram was|wpłacam|wesprzyj teraz)[.!]?",
        r"(twoje|wasze) (wsparcie|wpłaty?) (pomaga|pozwala|umożliwia|ma znaczenie|jest ważne).{0,100}",
        r"(wesprzyj|wspieraj|wspieraj nas|wspieraj niezależne) (niezależne |rzetelne |lokalne )?(dziennikarstwo|media)[.!]?.{0,100}",
        r"(wesprzyj nas|wesprzyj|wpłać|przekaż darowiznę|przekaż wpłatę|dorzuć się)( teraz| dziś| tutaj)?[.!]?",
        r"(każda|każde) (wpłata|wsparcie|złotówka|darowizna),? (duża czy mała|nawet najmniejsza|się liczy|ma znaczenie).{0,120}",
        r"(zostań|zostańcie) (patronem|patronką|członkiem|subskrybentem|darczyńcą)( .{0,40})?[.!]?",
        r"potrzebujemy (twojego|waszego) wsparcia.{0,100}|potrzebujemy twojej pomocy.{0,100}",
        r"(podobał ci się|podoba ci się) (ten|nasz) (artykuł|tekst)\?.{0,100}",
        r"(wiadomość|list) od (redakcji|redaktora naczelnego|wydawcy)",
        r"niezależne dziennikarstwo (kosztuje|wymaga).{0,100}",
    ),
    "prompts": (
        r"(obserwuj|dołącz do|śledź) (nasz |naszego )?(kanał|kanału) .{0,60}(na|w) \w*(whatsapp|telegram|signal)\w*.{0,40}",
        r"(najważniejsze|najnowsze) (wiadomości|informacje).{0,40} (prosto )?na (twój|swój|twoją|swoją) (telefon|smartfon|skrzynkę|pocztę).{0,20}",
        r"kliknij,? (aby|by|żeby) (obserwować|subskrybować|zapisać się|pobrać|udostępnić|dołączyć).{0,40}",
        r".{0,80}w ustawieniach (swojej |twojej )?przeglądarki[.!]?",
        r"(włącz|włączyć|otrzymuj) powiadomienia.{0,120}",
        r"(zapisz się|zasubskrybuj|subskrybuj) (do|na) (naszego|nasz|naszej) .{0,40}(newslettera?|biuletyn).{0,140}",
        rf"(obserwuj|śledź|dołącz do) (nas|nasz kanał|.{{1,40}}) (na|w|przez) {NETWORK}( .{{0,60}})?",
        rf".{{1,40}} (teraz |już )?(na|w) {NETWORK}[.!]?",
        r"(pobierz|zainstaluj|ściągnij) (aplikację|naszą aplikację) .{0,60}",
        r"(zapisz się|zasubskrybuj|subskrybuj|zarejestruj się)( za darmo| bezpłatnie)?( (do|na) (naszego|nasz|naszej) .{0,40}(newslettera?|biuletyn).{0,60})?[.!]?",
        r".{0,50}newsletter.{0,50} (zapisz się|subskrybuj|zamów)[.!]?.{0,80}",
        r"(otrzymuj|odbieraj) (nasz|naszego|najważniejsze) .{0,40}(newsletter|wiadomości|powiadomienia).{0,80}",
        r"(twój|podaj|wpisz) (adres )?e-?mail.{0,40}",
        r"dziękujemy za (zapisanie się|subskrypcję|rejestrację).{0,80}",
        r"(włącz|włączyć|otrzymuj) powiadomienia.{0,60}",
        r"nie przegap (niczego|żadnych|żadnego).{0,60}|bądź na bieżąco.{0,60}",
        r"(kliknij|dotknij) tutaj,? aby .{1,60}",
        # Polish inflects the network's name ("na Facebooku", "na WhatsAppie").
        r"(udostępnij|podziel się|udostępnij artykuł|udostępnij ten artykuł)( na [\w.-]+| przez .{1,20})?",
        rf"{_SHARE}({SEPARATORS}{_SHARE})+",
        rf"kliknij,? aby udostępnić (na|w) {NETWORK}( \(otwiera się w nowym oknie\))?( .{{1,20}})?",
        rf"(dowiedz się więcej|kup teraz|zamów teraz|zarezerwuj|wypróbuj za darmo|sprawdź cenę|sprawdź ofertę|zobacz ofertę){ARROW}",
        r"(ten|cały) (artykuł|tekst) (jest )?(dostępny )?(tylko |wyłącznie )?dla (subskrybentów|prenumeratorów|abonentów).{0,80}",
    ),
    "widgets": (
        r"\(?\d*\)? ?komentarz(e|y|y:)?( \(?\d+\)?)?",
        r"(zobacz|pokaż|czytaj|załaduj|ukryj) (wszystkie |więcej )?(\d+ )?(komentarze|komentarzy|odpowiedzi)",
        COMMENTS_HEADING,
        r"(dodaj|napisz|zostaw) (komentarz|odpowiedź)( .{0,30})?",
        r"twój (adres )?e-?mail nie zostanie opublikowany.{0,120}",
        r"wymagane pola są oznaczone.{0,30}",
        r"lubię to( wczytywanie(\.\.\.|…)?)?|wczytywanie(\.\.\.|…)|ładowanie(\.\.\.|…)",
        r"(zaloguj się|zaloguj|logowanie)( lub zarejestruj się)?(,? aby (skomentować|dodać komentarz|czytać dalej).{0,30})?[.!]?",
        r"(musisz|należy) (być zalogowany|się zalogować),? aby .{1,60}",
        r"komentarze (są|zostały) (zamknięte|wyłączone).{0,40}",
        r"bądź pierwszy(m)?,? (który|aby) (skomentuje|skomentować|dodać komentarz).{0,30}|dodaj pierwszy komentarz.{0,30}",
        r"anuluj (pisanie )?odpowiedź|anuluj odpowiedź|(najnowsze|najstarsze|najpopularniejsze)( komentarze)?",
        r"sortuj (według|wg):? .{1,30}",
        r"(regulamin komentarzy|zasady społeczności|netykieta)",
        r"dziękujemy za (komentarz|rejestrację|wiadomość)[.!]?.{0,60}",
        r"zapamiętaj moje dane w tej przeglądarce.{0,80}|zapisz moje dane, adres e-?mail i witrynę w przeglądarce.{0,80}",
        r"powiadom mnie o .{1,60}",
        r"(masz już konto|jesteś już subskrybentem)\??.{0,40}",
    ),
    "link_lists": (
        r"(czytaj|przeczytaj|zobacz) (też|także|również|więcej)|(może cię|mogą cię) (też |także )?zainteresować",
        r"(podobne|powiązane|polecane|zobacz podobne) (wpisy|artykuły|posty|teksty|wiadomości)|podobne|powiązane",
        r"(może ci się (też |także )?spodobać|(to )?może cię zainteresować)",
        r"(przegapiłeś|nie przegap|nie możesz przegapić)",
        r"(najczęściej|najchętniej) (czytane|komentowane|oglądane)|najpopularniejsze( artykuły| teksty)?",
        r"(najnowsze|ostatnie) (wpisy|artykuły|wiadomości|posty)",
        r"więcej (wiadomości|artykułów|tekstów)( (z|o) .{1,30})?|więcej (z|od) .{1,30}",
        r"(polecane|polecamy|na czasie|wybór redakcji|popularne)",
        r"(poprzedni|następny) (wpis|artykuł|post)",
    ),
    "link_lists_teaser": (
        r"(czytaj też|czytaj także|czytaj również|czytaj więcej|zobacz też|zobacz także|przeczytaj też|"
        r"polecamy|podobne|następny artykuł|poprzedni artykuł|oglądaj|posłuchaj) ?: .{3,200}",
    ),
    "captions": (
        r"(fot|fot\.|foto|zdjęcie|zdjęcia|ilustracja|źródło zdjęcia|autor zdjęcia|wideo|grafika): .{1,80}",
        r"(zdjęcie|foto|wideo|galeria)( powiększ)?|(powiększ|zobacz) (zdjęcie|galerię)",
        r"\d+ (zdjęć|zdjęcia)",
        r"(pap|afp|reuters|ap|epa|forum|east news|getty images|shutterstock|agencja gazeta)( ?/ ?[\w.' -]{1,40})*",
        r"(©|\(c\)) ?[\w.' /-]{1,60}",
        r"fot\. [\w.'’ /-]{1,60}",
    ),
    "furniture": (
        rf"((opublikowano|zaktualizowano|aktualizacja|dodano|data publikacji):? )?{DATE_PATTERN}([ |,·•]+((zaktualizowano|aktualizacja|opublikowano):? )?{DATE_PATTERN})*",
        r"((opublikowano|zaktualizowano):? )?\d{1,3} (sekund[ay]?|minut[ay]?|min\.?|godzin[ay]?|godz\.?|dni|dzień|tygodni[ea]?|miesięcy|miesiące) temu",
        r"(ten|niniejszy) (artykuł|tekst) (został|jest) (zaktualizowany|poprawiony|uzupełniony).{0,80}",
        r"(sprostowanie|aktualizacja|nota redakcji|od redakcji)( .{0,20})?: .{0,160}",
        r"(reklama|ogłoszenie|materiał sponsorowany|artykuł sponsorowany|materiał partnera|sponsorowane|promocja)",
        r"(dalsza część|dalszy ciąg) (artykułu|tekstu) (pod|poniżej) reklam(ą|y).{0,20}|(artykuł|tekst) (czytaj )?dalej pod reklamą.{0,20}",
        r"(posłuchaj|odsłuchaj) (artykułu|tekstu).{0,30}",
        r"(czas czytania|czas lektury):? .{0,20}|\d+ ?(min|minut[ay]?) (czytania|lektury)",
        r"(\d[\d,. ]*k? (wyświetleń|wyświetlenia|odsłon|udostępnień|polubień)[ |·•]*)+",
        r"(©|\(c\)|copyright) .{0,120}",
        r".{0,60}wszelkie prawa zastrzeżone[.!]?.{0,60}",
        r".{0,200}\b(używamy (plików )?cookies|(ta )?(strona|witryna|serwis) (używa|wykorzystuje|korzysta z) (plików )?cookies|akceptuj(ę)? (wszystkie )?(pliki )?cookies)\b.{0,300}",
        r"((ustawienia|polityka) (plików )?cookies?|zarządzaj (plikami )?cookies)",
        r"(autor|autorka|tekst|oprac\.|opracowanie): [\w.'’-]+( [\w.'’-]+){0,3}( i [\w.'’-]+( [\w.'’-]+){0,3})?(,? ?(pap|afp|reuters))?",
        r"(jesteś tutaj|jesteś tu)",
        r"(przejdź|skocz) do (treści|zawartości|głównej treści)",
        r"(powrót|wróć) (do góry|na górę|do strony głównej|do bloga)",
        r"(spis treści|w tym artykule)",
        r".{0,120}\b(linki? afiliacyjne|linków afiliacyjnych|(otrzymujemy|dostajemy) (niewielką )?prowizję)\b.{0,200}",
    ),
    "endmatter_end_note": (
        r"czy (ten artykuł|ta informacja|ten tekst) (był|była) (pomocny|pomocna|przydatny|przydatna)\??.{0,40}",
        r"dziękujemy za (twoją )?(opinię|ocenę).{0,60}",
        r"oceń (ten )?(artykuł|tekst).{0,20}",
        r"wpis .{1,200} pochodzi z serwisu .{1,80}",
        r"(artykuł|tekst) (został )?(pierwotnie |oryginalnie )?(opublikowany|ukazał się) (w|na) .{1,120}",
        r"(tagi|tematy|kategorie|kategoria|opublikowano w): [^.!?]{1,150}",
        r"(tagi|tematy|kategorie)",
    ),
    "endmatter_author_box": (
        r"(o autorze|o autorce|autor|autorka)",
        r"(napisany|napisane|opracowany|zredagowany) przez,?",
    ),
}

STOPWORDS: Final = frozenset(
    [
        "i",
        "w",
        "we",
        "z",
        "ze",
        "na",
        "do",
        "o",
        "od",
        "po",
        "za",
        "przez",
        "dla",
        "że",
        "się",
        "nie",
        "jest",
        "są",
        "był",
        "była",
        "było",
        "to",
        "ten",
        "ta",
        "te",
        "tego",
        "tej",
        "a",
        "ale",
        "lub",
        "czy",
        "jak",
        "już",
        "jego",
        "jej",
        "ich",
        "który",
        "która",
        "które",
        "także",
        "też",
        "oraz",
        "przy",
        "pod",
        "nad",
    ]
)
APPEAL_WORDS: Final = frozenset(
    [
        "wesprzyj",
        "wsparcie",
        "wspieraj",
        "wpłata",
        "wpłaty",
        "darowizna",
        "darowizny",
        "patronite",
        "prenumerata",
        "subskrypcja",
        "finansowanie",
        "niezależność",
    ]
)
COOKIE_WORDS: Final = frozenset(
    [
        "cookie",
        "cookies",
        "plików",
        "pliki",
        "zgoda",
        "zgodę",
        "rodo",
        "preferencje",
        "ustawienia",
        "niezbędne",
        "analityczne",
        "przeglądarka",
        "przeglądarki",
        "strona",
        "witryna",
        "funkcjonalność",
        "zewnętrznych",
        "reklamy",
        "akceptuję",
    ]
)
COOKIE_MARKS: Final = ("ookie", "ciasteczk")
COMMENT_BUTTONS: Final = frozenset({"odpowiedz", "zgłoś", "lubię to", "anuluj odpowiedź", "cytuj"})
ATTRIBUTION: Final = r"([^\s].{0,60} (mówi|napisał|napisała|pisze|odpowiedział|odpowiedziała|skomentował)( (w dniu|dnia) .{1,40})?|\d+ odpowiedzi?( od .{1,60})?|odpowiedz (na|do) .{1,60})"
BYLINE: Final = r"(autor|autorka|tekst|napisał|napisała)"
CREDIT_LABELS: Final = r"(?:fot\.|fot:|foto:|zdjęcie:|zdjęcia:)"
COOKIE_VOICE: Final = (
    r"\b(używamy|wykorzystujemy|nasz[aey]?|naszej|twoj[aey]|twój|zgadzasz|akceptujesz|państwa)\b"
)

# The patterns and word sets the rules read beside the phrase tables (cleaner/lexicon/en.py says
# which rule reads each), written for Polish sites.
DATELINE: Final = "|".join(f"(?:{p})" for p in PHRASES["furniture"] if DATE_PATTERN in p)
# form_consent: "Wysyłając komentarz, wyrażasz zgodę na przetwarzanie danych ...", "Wyrażam zgodę na
# przetwarzanie moich danych osobowych".
CONSENT: Final = (
    r"((wysyłając|przesyłając|klikając|zapisując się|rejestrując się|podając|dodając)\b.{0,250}?"
    r"\b(akceptujesz|akceptuje|wyrażasz zgodę|wyrażam zgodę|zgadzasz się|oświadczasz)"
    r"|wyrażam zgodę na przetwarzanie|akceptuję (regulamin|politykę prywatności))"
)
CONSENT_FIRST: Final = frozenset("WwPpKkZzRrDdAa")
# affiliate_disclosure: "jeśli kupisz coś za ich pośrednictwem, możemy otrzymać prowizję".
AFFILIATE: Final = (
    r"\b(otrzym\w*|zarabi\w*|dosta\w*)\b\W{0,3}\s.{0,17}\b(niewielką )?prowizj\w*.{0,200}\b(zakup\w*|kupi\w*|link\w*|klik\w*)"
    r"|\b(zakup\w*|kupi\w*|link\w*|klik\w*)\b.{0,200}\b(otrzym\w*|zarabi\w*|dosta\w*)\b.{0,30}\bprowizj"
    r"|\b(zawiera|zawierają|może zawierać) (linki|odnośniki) (afiliacyjne|partnerskie|reklamowe)"
)
AFFILIATE_SELF: Final = r"\b(my|nas|nasz\w*|możemy|otrzymujemy|zarabiamy|ten (artykuł|serwis|blog|wpis)|ta strona|artykuł zawiera)\b"
AFFILIATE_MARKS: Final = ("prowizj", "afiliac", "partnersk")
# disclaimer: "Artykuł ma charakter wyłącznie informacyjny i nie zastępuje porady lekarskiej."
DISCLAIMER: Final = (
    r"\b(?:(?:artykuł|tekst|treść|treści|informacje) (?:ma|mają) (?:charakter|cel) (?:wyłącznie |jedynie |tylko )?(?:informacyjny|edukacyjny|poglądowy)"
    r"|nie (?:zastępuje|zastępują|stanowi|stanowią) (?:porady|konsultacji|diagnozy|rekomendacji|doradztwa) "
    r"(?:lekarskiej|medycznej|prawnej|finansowej|inwestycyjnej|specjalisty|z lekarzem)"
    r"|(?:opinie|poglądy) (?:wyrażone|zawarte|przedstawione) .{0,80}(?:są (?:wyłącznie )?opiniami autora|nie (?:muszą )?odzwierciedla\w*|nie są stanowiskiem)"
    r"|(?:wyniki|zyski) (?:osiągnięte )?w przeszłości nie (?:gwarantują|stanowią gwarancji))"
)
DISCLAIMER_MARKS: Final = (
    "charakter",
    "cel",
    "zastęp",
    "stanowi",
    "wyrażone",
    "zawarte",
    "przedstawione",
    "przeszłości",
)
# foot_notice: "Tekst jest dostępny na licencji Creative Commons ...", trademarks, risk notices.
FOOT_NOTICE: Final = (
    r"\b(?:(?:jest|są) (?:dostępn\w* |udostępnian\w* |publikowan\w* )?na (?:licencji|zasadach licencji) (?:creative commons|cc by)"
    r"|(?:jest|są) (?:zastrzeżonym|zarejestrowanym|zastrzeżonymi|zarejestrowanymi) znak(?:iem|ami) towarow(?:ym|ymi)"
    r"|inwestowanie (?:wiąże się z ryzykiem|niesie (?:ze sobą )?ryzyko utraty|jest obarczone ryzykiem))"
)
FOOT_NOTICE_MARKS: Final = ("creative commons", "cc by", "znak", "ryzyk")
REPORTED: Final = (
    r"\b(powiedział|powiedziała|mówi|stwierdził|stwierdziła|według|zdaniem|wyjaśnił|wyjaśniła|ostrzegł|"
    r"ostrzegła|podkreślił|podkreśliła|dodał|dodała)\b|[„”“\"«»]"
)
# author_bio: "Sara Nowak jest dziennikarką działu miejskiego ...".
BIO_START: Final = (
    r"^(?:(?i:o (?:autorze|autorce)):\s+.{10,}"
    r"|(?:[Cc]ześć)[,!]?\s+(?:jestem|nazywam się)\s"
    r"|\(?(?P<name>(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w.'’-]+\s+){0,3}[A-ZĄĆĘŁŃÓŚŹŻ][\w.'’-]+),?"
    r"(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][^,.;:!?]{1,40},){0,2}"
    r"\s+(?:jest|była|był|pracuje|pisze|zajmuje się|kieruje|założył|założyła|studiowała|studiował)\s)"
)
BIO_WORDS: Final = (
    r"\b(?:dziennikar(?:z|ka|ką|zem)|redaktor(?:ka|ką|em)?|reporter(?:ka|ką|em)?|autor(?:ka|ką|em)?|"
    r"korespondent(?:ka|ką|em)?|felietonist(?:a|ka|ką)|fotograf(?:ka|ką|em)?|założyciel(?:ka|ką|em)?|"
    r"bloger(?:ka|ką|em)?|publicyst(?:a|ka|ką))\b"
)
BIO_PRONOUN: Final = r"(?:Ona|On|Jej|Jego|Gdy nie)\b"
CREDIT_CONNECTORS: Final = frozenset({"i", "oraz", "dla", "via", "/", "&"})
LABEL_CONNECTORS: Final = CREDIT_CONNECTORS | {"na", "z"}
PAREN_CREDIT_WORDS: Final = frozenset({"images", "pictures", "via", "pool", "handout"})
VISUAL: Final = r"\b(?:zdjęci|fotografi|ilustracj|wykres|grafik|wideo|nagrani|map[aey]\b)"
FIRST_PERSON: Final = r"\b(ja|mnie|mi|mój|moja|moje|my|nas|nam|nasz\w*|Ja|Mój|Moja|Moje|My|Nasz\w*)\b"
BYLINE_JOINERS: Final = frozenset({"i", "oraz", "&"})

# The furniture of a newsletter issue around its essay (cleaner.rules.promotion:
# newsletter_footer): its browser version, its unsubscribe link.
NEWSLETTER_ISSUE: Final = r"w przeglądarce$|wypisz się|zrezygnuj z (subskrypcji|newslettera)"
