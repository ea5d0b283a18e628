"""French: the noise of French-language sites (news portals, WordPress blogs, shops)."""

from __future__ import annotations

from typing import Final

from cleaner.lexicon.common import ARROW, NETWORK, SEPARATORS

_MONTH: Final = (
    r"(janv(ier|\.)?|févr(ier|\.)?|fevrier|mars|avr(il|\.)?|mai|juin|juil(let|\.)?|août|aout|"
    r"sept(embre|\.)?|oct(obre|\.)?|nov(embre|\.)?|déc(embre|\.)?|decembre)"
)
_WEEKDAY: Final = r"((lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? )?"
_TIME: Final = r"(,? (à )?\d{1,2}(h|:)\d{2}( \(?(cet|cest|utc)\)?)?)?"
DATE_PATTERN: Final = rf"(le )?{_WEEKDAY}(\d{{1,2}}(er)? {_MONTH} \d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}){_TIME}"
_SHARE: Final = (
    rf"(partager|tweeter|e-mail|email|courriel|imprimer|copier le lien|copier|enregistrer|{NETWORK})"
)

# The heading of a blog's comment section with the post's title (comment_thread: all after it goes).
COMMENTS_HEADING: Final = (
    r"(\d+|un|une|deux|trois|aucun) (commentaires?|réflexions?|réponses?|réactions?) (sur|à) [\"'‘«].{1,150}"
)

PHRASES: Final[dict[str, tuple[str, ...]]] = {
    # The site's newsletter as a product: its browser version and unsubscribe link (promo_phrase).
    "promotion": (
        r"(voir|afficher|lire|ouvrir|consulter) (cet e-?mail |ce mail |ce message |la newsletter |la version en ligne )?dans (votre|le|ton) navigateur",
        r"(se )?(désabonner|désinscrire)|désabonnement|désinscription",
    ),
    # Shop buttons: prices at stores and price buttons ("29,99 € chez <boutique>", "Voir le prix"),
    # an add-to-cart button (shop_button).
    "promotion_shop": (
        r"(((\d[\d ,.]* ?€ (chez|sur) [\w.'&-]{1,25}?)|voir (le|les) prix( (chez|sur) [\w.'&-]{1,25}?)?|vérifier le prix)( ?\| ?)?)(((\d[\d ,.]* ?€ (chez|sur) [\w.'&-]{1,25}?)|voir (le|les) prix( (chez|sur) [\w.'&-]{1,25}?)?|vérifier le prix)( ?\| ?)?)+",
        r"\(?ajouter (au|à mon) panier\)?",
    ),
    # Calls to action between paragraphs (call_to_action): the button after the question that sets
    # it up, trial and appointment buttons, a sales call, a promo code offered to the reader (with
    # the space French puts before "?" and "!").
    "promotion_cta": (
        r"[^?]{1,100} ?\? (en savoir plus|commencez dès aujourd'hui|contactez-nous( dès aujourd'hui)?) ?[.!]?",
        r"essai gratuit de \d{1,3} jours ?[.!]?|essayez gratuitement( pendant \d{1,3} jours)? ?[.!]?",
        r"(prenez|réservez|demandez) (rendez-vous|votre rendez-vous|une démo|votre démo)( gratuite)?( dès maintenant| dès aujourd'hui| en ligne)? ?[.!]?",
        r"appelez-nous (dès maintenant|dès aujourd'hui) ?[.!]?( .{0,80})?",
        r"(avec|utilisez) le code( promo)? \S+ (pour|et) (obtenez |profitez de )?-?\d{1,2} ?% .{0,120}",
    ),
    # Calls to action in capitals (cta_heading: asked only of lines in capitals).
    "promotion_caps": (
        r"((vous )?(voulez|souhaitez)-vous [^?]{0,100}\b(plus|nos|notre|nous)\b[^?]{0,60}|besoin d'(aide|un conseil)"
        r"|intéressé par [^?]{0,100}\b(nos|notre)\b[^?]{0,60}) ?\?( [^?]{1,60}!)?",
        r"(demandez un devis|contactez-nous|prenez rendez-vous|réservez maintenant|essayez gratuitement) ?[.!]?",
        r"où acheter ?\??",
    ),
    "appeals": (
        r"(soutenez|soutenir) (l'information|le journalisme|la presse|les médias|notre rédaction) (locale?s? )?(indépendante?s?|libres?|de qualité)?[.!]?.{0,100}",
        r"votre (soutien|don|aide) (nous )?(permet|aide|est essentiel|compte|fait la différence).{0,100}",
        r"(soutenez|soutenir) (le |un )?(journalisme|média|information) (indépendant|libre|de qualité|local)e?[.!]?.{0,100}",
        r"(soutenez|soutenir)[- ]nous( dès maintenant| aujourd'hui)?[.!]?",
        r"(faites|faire) un don( maintenant| dès maintenant| aujourd'hui)?[.!]?|je (fais un don|soutiens)[.!]?",
        r"chaque (don|contribution|euro),? (petit ou grand|aussi petit soit-il|compte|quel que soit son montant).{0,120}",
        r"(devenez|devenir) (membre|abonnée?|donateur|donatrice|soutien)( .{0,40})?[.!]?",
        r"nous avons besoin de (vous|votre (aide|soutien)).{0,100}",
        r"(vous avez aimé|vous aimez|cet article vous a plu) (cet article|ce contenu|notre travail)?\?.{0,100}",
        r"(un )?message de la rédaction",
        r"(le journalisme|l'information) (indépendante?|de qualité) a un coût.{0,100}",
    ),
    "prompts": (
        rf"(rejoignez|rejoindre|suivez|abonnez-vous à) (la|notre) chaîne {NETWORK}.{{0,80}}",
        rf"(suivez|rejoignez)[- ](nous|notre chaîne|notre compte)( sur {NETWORK})?( pour .{{0,100}})?[.!]?",
        r".{0,80}dans les (paramètres|réglages|préférences) de votre navigateur[.!]?",
        r"(activez|activer|recevez|recevoir) les (notifications|alertes).{0,120}",
        r"(abonnez-vous|inscrivez-vous) (gratuitement )?à (notre|la) .{0,40}(newsletter|lettre d'information|infolettre).{0,140}",
        rf"(suivez|suivre|rejoignez|retrouvez)[- ](nous|-nous|.{{1,40}}) (sur|via) {NETWORK}( .{{0,60}})?",
        rf".{{1,40}} (est )?(désormais |maintenant )?(sur|disponible sur) {NETWORK}[.!]?",
        r"(téléchargez|télécharger) (l'application|l'appli|notre application) .{0,60}",
        r"(abonnez-vous|inscrivez-vous|s'abonner|s'inscrire)( gratuitement)?( à (notre|la) .{0,40}(newsletter|lettre d'information|infolettre).{0,60})?[.!]?",
        r".{0,50}(newsletter|lettre d'information|infolettre).{0,50} (s'inscrire|je m'inscris|inscrivez-vous|abonnez-vous)[.!]?.{0,80}",
        r"recevez (notre|la|nos) .{0,40}(newsletter|lettre|alertes|actualités).{0,80}",
        r"(votre|entrez votre|saisissez votre) (adresse )?e-?mail.{0,40}",
        r"merci (pour votre inscription|de vous être inscrit).{0,80}",
        r"(activez|activer|recevez|recevoir) les (notifications|alertes).{0,60}",
        r"ne (manquez|ratez) (plus )?(rien|aucune).{0,60}",
        r"(cliquez|appuyez) ici pour .{1,60}",
        rf"(partager|partagez|partager cet article|partager sur|partager l'article)( sur {NETWORK}| par .{{1,20}})?",
        rf"{_SHARE}({SEPARATORS}{_SHARE})+",
        rf"cliquez pour (partager sur {NETWORK}|envoyer un lien par e-mail à un ami|imprimer)( \(ouvre dans une nouvelle fenêtre\))?( .{{1,20}})?",
        rf"(en savoir plus|acheter maintenant|commander|réserver|essai gratuit|essayer gratuitement|voir l'offre|voir le prix|découvrir l'offre|je m'abonne){ARROW}",
        r"(cet|l') (article|contenu) est réservé aux (abonnés|membres).{0,80}",
        r"(la suite|lire la suite) est réservée aux abonnés.{0,80}|(déjà abonné|je m'abonne pour lire la suite).{0,60}",
    ),
    "widgets": (
        r"\(?\d*\)? ?commentaires?( \(?\d+\)?)?",
        r"(voir|afficher|lire|charger|masquer) (les |tous les )?(\d+ )?(commentaires|réponses)",
        COMMENTS_HEADING,
        r"(laisser|laissez|écrire|ajouter|poster) un (commentaire|réponse)( .{0,30})?",
        r"votre adresse (e-?mail|de messagerie) ne sera pas publiée.{0,120}",
        r"les champs obligatoires sont indiqués.{0,30}",
        r"j'aime( chargement(\.\.\.|…)?)?|chargement(\.\.\.|…)",
        r"(se connecter|connexion|connectez-vous|s'identifier)( ou s'inscrire)?( pour (commenter|réagir|lire la suite).{0,30})?[.!]?",
        r"vous devez (être connectée?|vous connecter) pour .{1,60}",
        r"les commentaires sont (fermés|clos|désactivés).{0,40}",
        r"(soyez|sois) (le|la) (premier|première) à (commenter|réagir).{0,30}",
        r"annuler la réponse|(plus récents|plus anciens|les plus populaires)( d'abord)?",
        r"trier par:? .{1,30}",
        r"(charte de modération|règles de la communauté|charte des commentaires)",
        r"merci pour votre (commentaire|inscription|message)[.!]?.{0,60}",
        r"enregistrer mon nom, mon e-?mail et mon site (web )?dans (le|ce) navigateur.{0,80}",
        r"prévenez-moi (de tous les nouveaux|des nouveaux) .{1,60}",
        r"(déjà (un compte|inscrit|abonnée?))\??.{0,40}",
    ),
    "link_lists": (
        r"(lire|voir) aussi|à lire (aussi|également)|(lisez|découvrez) aussi|sur le même (sujet|thème)",
        r"(articles?|publications?|contenus?|sujets?) (similaires|liés|associés|connexes|recommandés)",
        r"(vous|tu) (pourriez|pourrais|aimerez|aimeriez) (aussi|également) (aimer)?|ça (pourrait|peut) vous intéresser|vous aimerez aussi",
        r"vous avez manqué|(à )?ne pas manquer|à ne pas rater",
        r"(les )?(plus lus|plus populaires|plus partagés|plus commentés|articles les plus lus)",
        r"(derniers|dernières|récents|récentes) (articles|actualités|publications|infos)|à la une|en ce moment",
        r"(plus|davantage) (d'articles|d'actualités)( .{1,30})?|(autres|les autres) articles( .{1,30})?",
        r"(recommandés?|recommandé pour vous|tendances?|sélection de la rédaction|le choix de la rédaction|nos recommandations)",
        r"(article|publication) (précédente?|suivante?)",
    ),
    "link_lists_teaser": (
        r"(lire aussi|à lire aussi|voir aussi|à lire|lire la suite|sur le même sujet|article suivant|article précédent|"
        r"à voir|à écouter|découvrir|en savoir plus) ?: .{3,200}",
    ),
    "captions": (
        r"(photo|photos|image|illustration|crédit|crédits|crédit photo|crédits photo|source image|vidéo|légende): .{1,80}",
        r"(photo|image|vidéo|galerie)( agrandir)?|(agrandir|voir) (l'image|la photo|la galerie)",
        r"\d+ (photos|images)",
        r"(afp|reuters|ap|epa|getty images|maxppp|abaca|sipa|hans lucas|shutterstock)( ?/ ?[\w.' -]{1,40})*",
        r"(©|\(c\)) ?[\w.' /-]{1,60}",
    ),
    "furniture": (
        rf"((publié|mis à jour|modifié|actualisé|mise à jour)( le| à)?:? )?{DATE_PATTERN}([ |,·•]+((mis à jour|publié)( le| à)?:? )?{DATE_PATTERN})*",
        r"(publié|mis à jour)?:? ?il y a \d{1,3} (secondes?|minutes?|min|heures?|h|jours?|semaines?|mois)",
        r"(cet|l') article (a été|est) (mis à jour|actualisé|modifié|corrigé).{0,80}",
        r"(correction|mise à jour|note de la rédaction|ndlr|erratum)( .{0,20})?: .{0,160}",
        r"(publicité|annonce|contenu sponsorisé|sponsorisé|partenariat|contenu partenaire|pub)",
        r"(la suite|l'article continue) (après|sous) (cette|la) publicité.{0,20}",
        r"(écouter|écoutez) (cet|l') article.{0,30}",
        r"(temps de lecture|lecture):? \d+ ?(min|minutes?).{0,10}|\d+ ?(min|minutes?) de lecture",
        r"(\d[\d,. ]*k? (vues|lectures|partages|j'aime)[ |·•]*)+",
        r"(©|\(c\)|copyright) .{0,120}",
        r".{0,60}tous droits réservés[.!]?.{0,60}",
        r".{0,200}\b(nous utilisons (des )?cookies|ce site (utilise|emploie) (des )?cookies|accepter (tous )?les cookies)\b.{0,300}",
        r"((gestion|paramètres|préférences) des cookies|politique (de|relative aux) cookies|gérer les cookies)",
        r"avec (l'afp|afp|agences|reuters)",
        r"(par|texte|rédaction|propos recueillis par|auteur|autrice): [\w.'’-]+( [\w.'’-]+){0,3}( et [\w.'’-]+( [\w.'’-]+){0,3})?(,? ?(afp|reuters|ap))?",
        r"vous êtes ici",
        r"(aller|passer) (au|directement au) (contenu|menu)( principal)?",
        r"retour (à l'accueil|au blog|en haut|aux articles)",
        r"(sommaire|table des matières|dans cet article)",
        r".{0,120}\b(liens? (d'affiliation|affiliés?|sponsorisés?)|nous (percevons|touchons|recevons) une (petite )?commission)\b.{0,200}",
    ),
    "endmatter_end_note": (
        r"cet article (vous )?a-t-il été utile\??.{0,40}",
        r"merci pour votre (avis|retour|note).{0,60}",
        r"(notez|évaluez) cet article.{0,20}",
        r"l'article .{1,200} est apparu en premier sur .{1,80}",
        r"cet article (a été )?(initialement|d'abord) (publié|paru) (sur|dans|par) .{1,120}",
        r"(étiquettes|mots-clés|mots clés|tags|thèmes|catégories|classé dans|publié dans): [^.!?]{1,150}",
        r"(étiquettes|mots-clés|tags|catégories)",
    ),
    "endmatter_author_box": (
        r"(à propos de l'auteur|à propos de l'autrice|l'auteur|l'autrice)",
        r"(écrit|rédigé|relu) par,?",
    ),
}

STOPWORDS: Final = frozenset(
    [
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "l",
        "et",
        "ou",
        "mais",
        "en",
        "au",
        "aux",
        "dans",
        "par",
        "pour",
        "sur",
        "avec",
        "sans",
        "sous",
        "ce",
        "cette",
        "ces",
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "nous",
        "vous",
        "je",
        "tu",
        "qui",
        "que",
        "qu",
        "ne",
        "pas",
        "plus",
        "est",
        "sont",
        "a",
        "ont",
        "été",
        "être",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "se",
        "s",
        "y",
    ]
)
APPEAL_WORDS: Final = frozenset(
    [
        "don",
        "dons",
        "donner",
        "soutien",
        "soutenir",
        "soutenez",
        "contribution",
        "contributions",
        "abonnement",
        "abonner",
        "abonnez",
        "financer",
        "financement",
        "indépendance",
        "lecteurs",
    ]
)
COOKIE_WORDS: Final = frozenset(
    [
        "cookie",
        "cookies",
        "consentement",
        "rgpd",
        "traceurs",
        "préférences",
        "paramètres",
        "nécessaires",
        "mesure",
        "audience",
        "navigateur",
        "site",
        "fonctionnalités",
        "tiers",
        "publicité",
        "accepter",
        "refuser",
    ]
)
COOKIE_MARKS: Final = ("ookie", "traceur")
COMMENT_BUTTONS: Final = frozenset({"répondre", "signaler", "j'aime", "annuler la réponse", "citer"})
ATTRIBUTION: Final = r"([^\s].{0,60} (dit|a dit|écrit|a écrit|répond|a répondu|commenté)( le .{1,40})?|\d+ réponses?( de .{1,60})?|répondre à .{1,60})"
BYLINE: Final = r"(par|texte de|écrit par)"
CREDIT_LABELS: Final = r"(?:photo|photos|crédit photo|crédits photo|crédit|illustration)\s?:|photo de"
COOKIE_VOICE: Final = r"\b(nous|vous|votre|vos|notre|nos)\b"

# The patterns and word sets the rules read beside the phrase tables (cleaner/lexicon/en.py says
# which rule reads each), written for French sites.
DATELINE: Final = "|".join(f"(?:{p})" for p in PHRASES["furniture"] if DATE_PATTERN in p)
# form_consent: "En soumettant ce formulaire, vous acceptez que ...", "J'accepte que mes données
# soient utilisées ...".
CONSENT: Final = (
    r"(en (soumettant|envoyant|validant|cliquant|vous inscrivant|renseignant|remplissant|publiant)\b.{0,250}?"
    r"\b(vous (acceptez|consentez|reconnaissez|autorisez)|j['’]accepte|je consens)"
    r"|j['’]accepte que mes (données|informations))"
)
CONSENT_FIRST: Final = frozenset("EeJj")
# affiliate_disclosure: "si vous effectuez un achat via ces liens, nous pouvons percevoir une commission".
AFFILIATE: Final = (
    r"\b(perçoi\w*|percev\w*|touch\w*|reç\w*|recev\w*|gagn\w*)\b\W{0,3}\s.{0,17}\b(une )?(petite )?commission\b.{0,200}"
    r"\b(achat\w*|achet\w*|lien|liens|cliqu\w*|command\w*)"
    r"|\b(achat\w*|achet\w*|liens?|cliqu\w*|command\w*)\b.{0,200}\b(perçoi\w*|percev\w*|touch\w*|reç\w*|recev\w*|gagn\w*)\b\W{0,3}\s.{0,17}\bcommission"
    r"|\b(contient|comporte|inclut|peut contenir) (des |certains )?liens (affiliés|d['’]affiliation|sponsorisés)"
)
AFFILIATE_SELF: Final = r"\b(nous|notre|nos|je|ce site|ce blog|cet article|cette page)\b|\bj['’]"
AFFILIATE_MARKS: Final = ("commission", "affili", "sponsoris")
# disclaimer: "Cet article est fourni à titre informatif uniquement et ne remplace pas un avis
# médical.", "Les opinions exprimées n'engagent que leur auteur."
DISCLAIMER: Final = (
    r"\b(?:(?:est|sont|fourni|fournie?s?|donnée?s?|présentée?s?|publiée?s?) (?:uniquement |purement |exclusivement )?"
    r"(?:à|a) (?:titre|des fins) (?:purement |uniquement )?(?:informatif|informatifs|indicatif|d['’]information|informatives?)"
    r"|ne (?:remplace|remplacent|saurait remplacer|sauraient remplacer|se substitue|constitue|constituent)(?: en aucun cas| pas)? "
    r"(?:à )?(?:un |une |le |la |l['’])?(?:avis|conseil|consultation|diagnostic|recommandation|incitation)s? "
    r"(?:médica\w*|juridique\w*|financi\w*|professionnel\w*|d['’]un (?:médecin|professionnel|avocat)|d['’]achat|d['’]investissement|en investissement)"
    r"|(?:opinions|propos|avis) exprimée?s? .{0,80}(?:n['’]engagent que|sont (?:celles|ceux) de l['’]aut|ne reflètent pas nécessairement)"
    r"|les performances passées ne (?:préjugent|présagent|garantissent) pas)"
)
DISCLAIMER_MARKS: Final = (
    "titre",
    "fins",
    "remplac",
    "substitu",
    "constitu",
    "exprim",
    "performances passées",
)
# foot_notice: "Cet article est publié sous licence Creative Commons ...", risk notices.
FOOT_NOTICE: Final = (
    r"\b(?:(?:est|sont) (?:mise? |publiée? |diffusée? |publiés |diffusés |mis )?sous (?:la |une )?licence (?:creative commons|cc by)"
    r"|(?:est|sont) (?:une |des )?marques? déposées? (?:de|par)"
    r"|(?:tout investissement|investir|le trading|les investissements) (?:comporte|comportent|présente|présentent|implique|impliquent) (?:un risque|des risques) de perte)"
)
FOOT_NOTICE_MARKS: Final = ("creative commons", "cc by", "déposée", "risque")
REPORTED: Final = r"\b(a déclaré|a dit|a expliqué|a souligné|a indiqué|a précisé|a averti|selon|d['’]après|affirme|explique|estime)\b|[«»“”\"]"
# author_bio: "Sarah Martin est journaliste au service Ville ...", "À propos de l'auteur : ...".
BIO_START: Final = (
    r"^(?:(?i:à propos de l['’](?:auteur|autrice))\s?:\s+.{10,}"
    r"|(?:[Bb]onjour|[Ss]alut)[,!]?\s+(?:je suis|moi c['’]est)\s"
    r"|\(?(?P<name>(?:[A-ZÉÈÀÂÎÔ][\w.'’-]+\s+(?:(?:de|du|de la|d['’])\s*)?){0,3}[A-ZÉÈÀÂÎÔ][\w.'’-]+),?"
    r"(?:\s+[A-ZÉÈÀ][^,.;:!?]{1,40},){0,2}"
    r"\s+(?:est|a été|était|travaille|écrit|couvre|dirige|a fondé|a rejoint|a étudié)\s)"
)
BIO_WORDS: Final = (
    r"\b(?:journaliste|rédacteur|rédactrice|reporter|auteur|autrice|correspondant|correspondante|"
    r"chroniqueur|chroniqueuse|photographe|blogueur|blogueuse|fondateur|fondatrice|éditeur|éditrice|pigiste)\b"
)
BIO_PRONOUN: Final = r"(?:Elle|Il|Ses|Sa|Son|Quand (?:elle|il) n['’]est pas)\b"
CREDIT_CONNECTORS: Final = frozenset({"de", "du", "des", "la", "le", "et", "pour", "via", "/", "&"})
LABEL_CONNECTORS: Final = CREDIT_CONNECTORS | {"sur"}
PAREN_CREDIT_WORDS: Final = frozenset({"images", "pictures", "via", "pool", "handout"})
VISUAL: Final = (
    r"\b(photos?|images?|vidéos?|illustrations?|cartes?|graphiques?|clichés?|captures? d['’]écran)\b"
)
FIRST_PERSON: Final = (
    r"\b(je|j['’]|me|moi|mon|ma|mes|nous|notre|nos|Je|J['’]|Moi|Mon|Ma|Mes|Nous|Notre|Nos)\b"
)
BYLINE_JOINERS: Final = frozenset({"et", "&"})
# byline: function words inside a name ("Sara de Vries"), allowed as its second word.
NAME_PARTICLES: Final = frozenset({"de", "du", "des", "la", "le"})

# The furniture of a newsletter issue around its essay (cleaner.rules.promotion:
# newsletter_footer): its browser version, its unsubscribe link.
NEWSLETTER_ISSUE: Final = (
    r"dans (votre|le|ton) navigateur$|\b(désabonner|désinscrire|désabonnement|désinscription)\b"
)
