"""Italian: the noise of Italian-language sites (news portals, WordPress blogs, shops)."""

from __future__ import annotations

from typing import Final

from cleaner.lexicon.common import ARROW, NETWORK, SEPARATORS

_MONTH: Final = (
    r"(genn(aio|\.)?|febbr(aio|\.)?|feb\.?|mar(zo|\.)?|apr(ile|\.)?|magg(io|\.)?|giu(gno|\.)?|lug(lio|\.)?|"
    r"ago(sto|\.)?|sett(embre|\.)?|set\.?|ott(obre|\.)?|nov(embre|\.)?|dic(embre|\.)?)"
)
_WEEKDAY: Final = r"((lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica),? )?"
_TIME: Final = r"(,? (alle |ore )?\d{1,2}[:.]\d{2}( \(?(cet|cest|utc)\)?)?)?"
DATE_PATTERN: Final = (
    rf"{_WEEKDAY}(\d{{1,2}} {_MONTH} \d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}){_TIME}"
)
_SHARE: Final = rf"(condividi|twitta|e-mail|email|stampa|copia link|copia|salva|{NETWORK})"

# The heading of a blog's comment section with the post's title (comment_thread: all after it goes).
COMMENTS_HEADING: Final = (
    r"(\d+|un|uno|una|due|tre|nessun) (commenti?|pensieri|pensiero|risposte?) (su|a) [\"'‘«].{1,150}"
)

PHRASES: Final[dict[str, tuple[str, ...]]] = {
    # The site's newsletter as a product: its browser version and unsubscribe link (promo_phrase).
    "promotion": (
        r"(visualizza|vedi|apri|leggi) (questa e-?mail |la newsletter )?(nel|sul) (tuo )?browser",
        r"annulla (l['’])?iscrizione|disiscriviti|cancella (l['’])?iscrizione",
    ),
    # Shop buttons: prices at stores and price buttons ("29,99 € su <negozio>", "Vedi prezzo"), an
    # add-to-cart button (shop_button).
    "promotion_shop": (
        r"(((\d[\d.,]* ?€ (su|da|presso) [\w.'&-]{1,25}?)|(verifica|vedi) (il )?prezzo( su [\w.'&-]{1,25}?)?)( ?\| ?)?)(((\d[\d.,]* ?€ (su|da|presso) [\w.'&-]{1,25}?)|(verifica|vedi) (il )?prezzo( su [\w.'&-]{1,25}?)?)( ?\| ?)?)+",
        r"\(?aggiungi al carrello\)?",
    ),
    # Calls to action between paragraphs (call_to_action): the button after the question that sets
    # it up, trial and appointment buttons, a sales call, a discount code offered to the reader.
    "promotion_cta": (
        r"[^?]{1,100}\? (scopri di più|inizia oggi|contattaci( oggi)?)[.!]?",
        r"prova gratis( per \d{1,3} giorni)?[.!]?|prova gratuita di \d{1,3} giorni[.!]?",
        r"(prenota|richiedi) (una|la tua) (demo|consulenza|chiamata)( gratuita)?( oggi| ora| subito)?[.!]?",
        r"chiamaci (ora|oggi|subito)[.!]?( .{0,80})?",
        r"usa il codice( sconto)? \S+ (per|e) (ottenere |ottieni )?(uno sconto del )?\d{1,2} ?%.{0,120}",
    ),
    # Calls to action in capitals (cta_heading: asked only of lines in capitals).
    "promotion_caps": (
        r"((vuoi|desideri) [^?]{0,100}\b(più|nostr[oaie])\b[^?]{0,60}|hai bisogno di (aiuto|una mano)"
        r"|interessato a [^?]{0,100}\bnostr[oaie]\b[^?]{0,60})\?",
        r"(contattaci|richiedi un preventivo|prenota ora|prenota una consulenza)[.!]?",
        r"dove (acquistare|comprare)",
    ),
    "appeals": (
        r"il tuo (sostegno|contributo|aiuto) (ci )?(permette|aiuta|è fondamentale|è essenziale|fa la differenza).{0,100}",
        r"(sostieni|sostenete|supporta) (il )?giornalismo (indipendente|di qualità|locale|libero)[.!]?.{0,100}",
        r"(sostienici|sostieni|dona|fai una donazione|contribuisci)( ora| adesso| oggi| qui)?[.!]?",
        r"(ogni|qualsiasi) (contributo|donazione),? (grande o piccol[oa]|anche piccol[oa]|conta|è importante).{0,120}",
        r"(diventa|diventate) (socio|socia|membro|abbonato|abbonata|sostenitore|sostenitrice)( .{0,40})?[.!]?",
        r"abbiamo bisogno (di te|del tuo (aiuto|sostegno)).{0,100}",
        r"ti (è piaciuto|piace) (questo|il nostro) (articolo|contenuto|lavoro)\?.{0,100}",
        r"(un )?messaggio (della redazione|del direttore|della direttrice|dell'editore)",
        r"il giornalismo (indipendente|di qualità) (costa|ha un costo).{0,100}",
    ),
    "prompts": (
        rf"(segui|unisciti al|iscriviti al) (il )?canale {NETWORK}.{{0,80}}",
        r".{0,80}(dalle|nelle) impostazioni del (tuo )?browser[.!]?",
        r"(attiva|attivare|ricevi) (le )?(notifiche|notifiche push|allerte).{0,120}",
        r"(iscriviti|abbonati|registrati) (gratis )?(alla|al) (nostra|nostro) .{0,40}newsletter.{0,140}",
        rf"(seguici|seguiteci|segui|unisciti al canale di|iscriviti al canale di|iscriviti al nostro canale) (su |di )?{NETWORK}( .{{0,60}})?",
        rf".{{1,40}} (è |ora |anche )?(su|disponibile su) {NETWORK}[.!]?",
        rf"(ricevi|segui) (le notizie di )?.{{1,40}} (su|via) {NETWORK}.{{0,60}}",
        r"(scarica|installa) (l'app|la nostra app|l'applicazione) .{0,60}",
        r"(iscriviti|abbonati|registrati)( gratis| gratuitamente)?( (alla|al) (nostra|nostro) .{0,40}(newsletter).{0,60})?[.!]?",
        r".{0,50}newsletter.{0,50} (iscriviti|abbonati|registrati)[.!]?.{0,80}",
        r"ricevi (la nostra|la|le) .{0,40}(newsletter|notizie|notifiche|aggiornamenti).{0,80}",
        r"(la tua|inserisci la tua|il tuo) (indirizzo )?e-?mail.{0,40}",
        r"grazie per (l'iscrizione|esserti iscritto|esserti iscritta).{0,80}",
        r"(attiva|attivare|ricevi) (le )?(notifiche|notifiche push|allerte).{0,60}",
        r"non perderti (nulla|niente|nessuna).{0,60}",
        r"(clicca|tocca) qui per .{1,60}",
        rf"(condividi|condividi questo articolo|condividi su|condividi l'articolo)( su {NETWORK}| via .{{1,20}})?",
        rf"{_SHARE}({SEPARATORS}{_SHARE})+",
        rf"fai clic per condividere su {NETWORK}( \(si apre in una nuova finestra\))?( .{{1,20}})?",
        rf"(scopri di più|scopri l'offerta|acquista ora|compra ora|prenota|prova gratis|vedi offerta|vedi prezzo|abbonati ora){ARROW}",
        r"(questo|l') (articolo|contenuto) è riservato (agli abbonati|ai membri).{0,80}",
    ),
    "widgets": (
        r"\(?\d*\)? ?commenti?( \(?\d+\)?)?|\(?\d*\)? ?commento",
        r"(vedi|mostra|leggi|carica|nascondi) (i |tutti i |altri )?(\d+ )?(commenti|risposte)",
        COMMENTS_HEADING,
        r"(lascia|scrivi|aggiungi|pubblica) un (commento|risposta)( .{0,30})?",
        r"il tuo indirizzo e-?mail non sarà pubblicato.{0,120}",
        r"i campi obbligatori sono (contrassegnati|indicati).{0,30}",
        r"mi piace( caricamento(\.\.\.|…)?)?|caricamento(\.\.\.|…)",
        r"(accedi|login|entra)( o registrati)?( per (commentare|continuare|leggere).{0,30})?[.!]?",
        r"(devi|è necessario) (essere (connesso|registrato|autenticato)|effettuare l'accesso) per .{1,60}",
        r"(i )?commenti sono (chiusi|disabilitati).{0,40}",
        r"(scrivi|commenta) per prim[oa].{0,30}|sii il primo a (commentare|recensire).{0,30}",
        r"annulla risposta|(più recenti|meno recenti|più votati|più popolari)( prima)?",
        r"ordina per:? .{1,30}",
        r"(regole della community|netiquette|policy dei commenti)",
        r"grazie per (il tuo commento|la registrazione|il tuo messaggio)[.!]?.{0,60}",
        r"salva il mio nome, e-?mail e sito web in questo browser.{0,80}",
        r"(avvisami|notificami) (via e-?mail )?(di|dei|per) .{1,60}",
        r"(hai già un account|sei già abbonato|già registrato)\??.{0,40}",
    ),
    "link_lists": (
        r"(leggi|vedi) anche|(potrebbe|può) interessarti|ti potrebbe (anche )?interessare|potrebbero interessarti",
        r"(articoli|post|notizie|contenuti) (correlati|simili|consigliati)|correlati|correlato",
        r"(ti potrebbe (anche )?piacere|potrebbe piacerti anche)",
        r"(ti sei perso|non perderti|da non perdere)",
        r"(i )?più (letti|lette|visti|viste|popolari|commentati|condivisi)( oggi| della settimana)?",
        r"(ultime|ultimi) (notizie|articoli|post)|(articoli|post|notizie) recenti",
        r"altr[ie] (notizie|articoli|video)( (da|di|su) .{1,30})?|altro (da|di) .{1,30}",
        r"(consigliati|in tendenza|trend|scelti per te|la scelta della redazione|consigliati per te)",
        r"(articolo|post) (precedente|successivo)",
    ),
    "link_lists_teaser": (
        r"(leggi anche|vedi anche|leggi|correlato|correlati|potrebbe interessarti|articolo successivo|"
        r"articolo precedente|guarda|ascolta|approfondisci|scopri) ?: .{3,200}",
    ),
    "captions": (
        r"(foto|immagine|immagini|fotografia|illustrazione|credito|crediti|credit|video|didascalia): .{1,80}",
        r"(foto|immagine|video|galleria|fotogallery)( ingrandisci)?|(ingrandisci|apri) (foto|immagine|galleria)",
        r"\d+ (foto|immagini)",
        r"(ansa|lapresse|afp|reuters|ap|epa|agf|getty images|imagoeconomica|shutterstock)( ?/ ?[\w.' -]{1,40})*",
        r"(©|\(c\)) ?[\w.' /-]{1,60}",
    ),
    "furniture": (
        rf"((pubblicato|aggiornato|modificato|ultimo aggiornamento)( il| alle)?:? )?{DATE_PATTERN}([ |,·•]+((aggiornato|pubblicato)( il| alle)?:? )?{DATE_PATTERN})*",
        r"((pubblicato|aggiornato):? )?\d{1,3} (secondi|secondo|minuti|minuto|min|ore|ora|giorni|giorno|settimane|settimana|mesi|mese) fa",
        r"(questo|l') articolo (è stato|è) (aggiornato|corretto|modificato).{0,80}",
        r"(correzione|aggiornamento|nota della redazione|nota dell'editore|errata corrige)( .{0,20})?: .{0,160}",
        r"(pubblicità|annuncio|contenuto sponsorizzato|sponsorizzato|contenuto promozionale|pubbliredazionale)",
        r"(l'articolo|la notizia) (continua|prosegue) (dopo|sotto) (la )?pubblicità.{0,20}",
        r"ascolta (questo|l') articolo.{0,30}",
        r"(tempo di lettura|lettura):? \d+ ?(min|minuti).{0,10}|\d+ ?(min|minuti) di lettura",
        r"(\d[\d,.]*k? (visualizzazioni|letture|condivisioni|mi piace)[ |·•]*)+",
        r"(©|\(c\)|copyright) .{0,120}",
        r".{0,60}(tutti i diritti riservati|riproduzione riservata)[.!]?.{0,60}",
        r".{0,200}\b(utilizziamo (i )?cookie|usiamo (i )?cookie|questo sito (utilizza|usa) (i )?cookie|accetta (tutti i )?cookie)\b.{0,300}",
        r"((impostazioni|informativa|gestione|preferenze) (dei )?cookie|cookie policy)",
        r"(di|testo|redazione|autore|autrice): [\w.'’-]+( [\w.'’-]+){0,3}( e [\w.'’-]+( [\w.'’-]+){0,3})?(,? ?(ansa|afp|reuters|ap))?",
        r"(sei qui|ti trovi qui|ti trovi in)",
        r"(vai|salta) al contenuto( principale)?",
        r"torna (su|all'inizio|alla home|al blog)",
        r"(indice|sommario|indice dei contenuti|in questo articolo)",
        r".{0,120}\b(link di affiliazione|link affiliati|(riceviamo|guadagniamo|percepiamo) una (piccola )?commissione)\b.{0,200}",
    ),
    "endmatter_end_note": (
        r"(questo articolo|queste informazioni) (ti )?(è stato|sono state|è|sono) util[ei]\??.{0,40}",
        r"grazie per (il tuo feedback|la tua valutazione).{0,60}",
        r"(valuta|vota) (questo|l') articolo.{0,20}",
        r"l'articolo .{1,200} (sembra essere apparso|è apparso) (prima|per la prima volta) su .{1,80}",
        r"(questo|l') articolo (è stato )?(pubblicato|apparso) (originariamente|per la prima volta) su .{1,120}",
        r"(tag|argomenti|categorie|categoria|archiviato in|pubblicato in): [^.!?]{1,150}",
        r"(tag|argomenti|categorie)",
    ),
    "endmatter_author_box": (
        r"(l'autore|l'autrice|sull'autore|informazioni sull'autore|chi è l'autore)",
        r"(scritto|redatto|revisionato) da,?",
    ),
}

STOPWORDS: Final = frozenset(
    [
        "il",
        "lo",
        "la",
        "i",
        "gli",
        "le",
        "un",
        "uno",
        "una",
        "e",
        "o",
        "ma",
        "di",
        "del",
        "della",
        "dei",
        "delle",
        "da",
        "dal",
        "dalla",
        "in",
        "nel",
        "nella",
        "con",
        "su",
        "per",
        "tra",
        "fra",
        "che",
        "si",
        "non",
        "è",
        "sono",
        "ha",
        "hanno",
        "al",
        "alla",
        "come",
        "anche",
        "più",
        "questo",
        "questa",
        "suo",
        "sua",
        "loro",
    ]
)
APPEAL_WORDS: Final = frozenset(
    [
        "donazione",
        "donazioni",
        "donare",
        "dona",
        "sostegno",
        "sostenere",
        "sostieni",
        "contributo",
        "contributi",
        "abbonamento",
        "abbonati",
        "abbonarsi",
        "finanziamento",
        "soci",
    ]
)
COOKIE_WORDS: Final = frozenset(
    [
        "cookie",
        "cookies",
        "consenso",
        "gdpr",
        "preferenze",
        "impostazioni",
        "necessari",
        "tecnici",
        "analitici",
        "profilazione",
        "browser",
        "sito",
        "funzionalità",
        "terze",
        "parti",
        "pubblicità",
        "accetta",
        "rifiuta",
    ]
)
COOKIE_MARKS: Final = ("ookie",)
COMMENT_BUTTONS: Final = frozenset({"rispondi", "segnala", "mi piace", "annulla risposta", "cita"})
ATTRIBUTION: Final = r"([^\s].{0,60} (dice|ha detto|scrive|ha scritto|risponde|ha risposto|ha commentato)( il .{1,40})?|\d+ rispost[ae]( di .{1,60})?|rispondi a .{1,60})"
BYLINE: Final = r"(di|testo di|scritto da|a cura di)"
CREDIT_LABELS: Final = r"(?:foto|fotografia|immagine|credito|crediti)\s?:|foto di|(?:foto|immagine) di"
COOKIE_VOICE: Final = r"\b(noi|utilizziamo|usiamo|nostr[oaie]|tuo|tua|tuoi|accetti|acconsenti|continuando)\b"

# The patterns and word sets the rules read beside the phrase tables (cleaner/lexicon/en.py says
# which rule reads each), written for Italian sites.
DATELINE: Final = "|".join(f"(?:{p})" for p in PHRASES["furniture"] if DATE_PATTERN in p)
# form_consent: "Inviando il modulo accetti l'informativa sulla privacy ...", "Acconsento al
# trattamento dei miei dati personali".
CONSENT: Final = (
    r"((inviando|cliccando|iscrivendoti|iscrivendosi|registrandoti|compilando|procedendo|pubblicando)\b.{0,250}?"
    r"\b(accetti|acconsenti|accetta|acconsente|dichiari|dichiara)\b"
    r"|(ho letto e )?accetto (la|le|l['’]|i) (privacy|informativa|condizioni|termini)"
    r"|acconsento al trattamento dei (miei )?dati)"
)
CONSENT_FIRST: Final = frozenset("IiCcRrPpHhAa")
# affiliate_disclosure: "se acquisti tramite questi link potremmo ricevere una commissione".
AFFILIATE: Final = (
    r"\b(ricev\w*|guadagn\w*|percepi\w*|ottene\w*)\b\W{0,3}\s.{0,17}\b(una )?(piccola )?commissione\b.{0,200}\b(acquist\w*|link|clic\w*)"
    r"|\b(acquist\w*|link|clic\w*)\b.{0,200}\b(ricev\w*|guadagn\w*|percepi\w*|ottene\w*)\b\W{0,3}\s.{0,17}\bcommissione"
    r"|\b(contiene|include|può contenere) (alcuni )?link (di affiliazione|affiliati)"
)
AFFILIATE_SELF: Final = (
    r"\b(noi|nostr[oaie]|potremmo|riceviamo|guadagniamo|questo (articolo|sito|blog|post)|questa pagina)\b"
)
AFFILIATE_MARKS: Final = ("commission", "affilia")
# disclaimer: "Questo articolo ha scopo puramente informativo e non sostituisce il parere medico."
DISCLAIMER: Final = (
    r"\b(?:(?:articolo|contenuto|informazioni|testo) (?:ha|hanno) (?:carattere|scopo|fini?) "
    r"(?:puramente |esclusivamente |meramente |solo )?(?:informativo|informativi|divulgativo|educativo)"
    r"|(?:è|sono) (?:fornit[oaie] )?(?:a|per) (?:solo |puro )?(?:scopo|titolo|fini) (?:informativo|informativi|esemplificativo|educativo)"
    r"|non (?:sostituisce|sostituiscono|costituisce|costituiscono) (?:in alcun modo )?(?:il |la |un |una |l['’])?"
    r"(?:parere|consulenza|consulto|diagnosi|raccomandazione|consiglio|sollecitazione) (?:medic\w*|legal\w*|finanziari\w*|professional\w*|di (?:un|investimento|acquisto))"
    r"|opinioni espresse .{0,80}(?:sono (?:esclusivamente |unicamente )?(?:quelle|dell['’]autore|responsabilità)|non riflettono necessariamente|non rappresentano necessariamente)"
    r"|rendimenti passati non (?:sono|costituiscono) (?:indicativi|garanzia))"
)
DISCLAIMER_MARKS: Final = (
    "carattere",
    "scopo",
    "fin",
    "titolo",
    "sostitu",
    "costitu",
    "espresse",
    "rendimenti passati",
)
# foot_notice: "Questo articolo è distribuito con licenza Creative Commons ...", risk notices.
FOOT_NOTICE: Final = (
    r"\b(?:(?:è|sono) (?:distribuit[oaie] |pubblicat[oaie] |rilasciat[oaie] )?(?:sotto|con) (?:una |la )?licenza (?:creative commons|cc by)"
    r"|(?:è|sono) (?:un |dei )?march(?:io|i) registrat[oi] (?:di|della|del)"
    r"|(?:ogni|qualsiasi) investimento (?:comporta|implica) (?:dei )?rischi)"
)
FOOT_NOTICE_MARKS: Final = ("creative commons", "cc by", "registrat", "rischi")
REPORTED: Final = r"\b(ha detto|ha dichiarato|ha spiegato|ha sottolineato|ha affermato|secondo|ha avvertito|spiega|afferma)\b|[«»“”\"]"
# author_bio: "Sara Rossi è giornalista e segue la cronaca cittadina ...".
BIO_START: Final = (
    r"^(?:(?i:l['’]autore|l['’]autrice|sull['’]autore|informazioni sull['’]autore):\s+.{10,}"
    r"|(?:[Cc]iao)[,!]?\s+(?:sono|mi chiamo)\s"
    r"|\(?(?P<name>(?:[A-ZÀÈÉÌÒÙ][\w.'’-]+\s+(?:(?:di|de|del|della)\s+)?){0,3}[A-ZÀÈÉÌÒÙ][\w.'’-]+),?"
    r"(?:\s+[A-ZÀÈÉÌÒÙ][^,.;:!?]{1,40},){0,2}"
    r"\s+(?:è|è stat[oa]|lavora|scrive|segue|dirige|ha fondato|ha studiato|collabora)\s)"
)
BIO_WORDS: Final = (
    r"\b(?:giornalista|redattore|redattrice|reporter|autore|autrice|corrispondente|editorialista|fotografo|"
    r"fotografa|fondatore|fondatrice|blogger|caporedattore)\b"
)
BIO_PRONOUN: Final = r"(?:Lei|Lui|Il suo|La sua|I suoi|Le sue|Quando non)\b"
CREDIT_CONNECTORS: Final = frozenset({"di", "del", "della", "e", "per", "via", "/", "&"})
LABEL_CONNECTORS: Final = CREDIT_CONNECTORS | {"su"}
PAREN_CREDIT_WORDS: Final = frozenset({"images", "pictures", "via", "pool", "handout"})
VISUAL: Final = r"\b(foto|fotografi[ae]|immagin[ei]|video|illustrazion[ei]|mapp[ae]|grafic[oi])\b"
FIRST_PERSON: Final = r"\b(io|mi|mio|mia|miei|mie|noi|nostr[oaie]|Io|Mio|Mia|Noi|Nostr[oaie])\b"
BYLINE_JOINERS: Final = frozenset({"e", "&"})
# byline: function words inside a name ("Sara de Vries"), allowed as its second word.
NAME_PARTICLES: Final = frozenset({"di", "de", "del", "della", "da", "dal", "dalla", "la", "lo"})

# The furniture of a newsletter issue around its essay (cleaner.rules.promotion:
# newsletter_footer): its browser version, its unsubscribe link.
NEWSLETTER_ISSUE: Final = r"(nel|sul) (tuo )?browser$|annulla (l['’])?iscrizione|disiscriv"
