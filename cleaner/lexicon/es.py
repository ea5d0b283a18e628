"""Spanish: the noise of Spanish-language sites (news portals, WordPress blogs, shops)."""

from __future__ import annotations

from typing import Final

from cleaner.lexicon.common import ARROW, NETWORK, SEPARATORS

_MONTH: Final = (
    r"(ene(ro|\.)?|feb(rero|\.)?|mar(zo|\.)?|abr(il|\.)?|may(o|\.)?|jun(io|\.)?|jul(io|\.)?|"
    r"ago(sto|\.)?|sep(tiembre|\.)?|set(iembre)?|oct(ubre|\.)?|nov(iembre|\.)?|dic(iembre|\.)?)"
)
_WEEKDAY: Final = r"((lunes|martes|miércoles|jueves|viernes|sábado|domingo),? )?"
_TIME: Final = r"(,? (a las )?\d{1,2}[:.]\d{2}( ?h| horas)?( \(?(cet|cest|gmt|utc)\)?)?)?"
DATE_PATTERN: Final = rf"{_WEEKDAY}(\d{{1,2}} (de )?{_MONTH},?( de)? \d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}){_TIME}"
_SHARE: Final = rf"(compartir|tuitear|correo|e-mail|email|imprimir|copiar enlace|copiar|guardar|{NETWORK})"

# The heading of a blog's comment section with the post's title (comment_thread: all after it goes).
COMMENTS_HEADING: Final = (
    r"(\d+|un|una|dos|tres|ningún) (comentarios?|respuestas?|pensamientos?) (en|a|sobre) [\"'‘«].{1,150}"
)

PHRASES: Final[dict[str, tuple[str, ...]]] = {
    # The site's newsletter as a product: its browser version and unsubscribe link (promo_phrase).
    "promotion": (
        r"ver (este (correo|email|e-mail) |el boletín |la newsletter )?en (el|tu|su) navegador",
        r"dar(te|se)? de baja|cancelar (la )?suscripción",
    ),
    # Shop buttons: prices at stores and price buttons ("29,99 € en <tienda>", "Ver precio"), an
    # add-to-cart button (shop_button).
    "promotion_shop": (
        r"(((\d[\d.,]* ?€ en [\w.'&-]{1,25}?)|ver precio( en [\w.'&-]{1,25}?)?|comprobar precio)( ?\| ?)?)(((\d[\d.,]* ?€ en [\w.'&-]{1,25}?)|ver precio( en [\w.'&-]{1,25}?)?|comprobar precio)( ?\| ?)?)+",
        r"\(?añadir al carrito\)?",
    ),
    # Calls to action between paragraphs (call_to_action): the button after the question that sets
    # it up, trial and appointment buttons, a sales call, a discount code offered to the reader.
    "promotion_cta": (
        r"¿?[^?]{1,100}\? (más información|empieza hoy|comienza hoy|contáctanos( hoy)?|contacta con nosotros( hoy)?)[.!]?",
        r"pruébalo gratis( durante \d{1,3} días)?[.!]?|prueba gratuita de \d{1,3} días[.!]?",
        r"(solicita|pide|reserva) (una|tu) (demo|demostración|cita|consulta)( gratuita| gratis)?( hoy| ahora)?[.!]?",
        r"llámanos (ahora|hoy)[.!]?( .{0,80})?",
        r"(usa|utiliza) el código \S+ (y|para) (obtén |consigue )?(un )?\d{1,2} ?% .{0,120}",
    ),
    # Calls to action in capitals (cta_heading: asked only of lines in capitals).
    "promotion_caps": (
        r"¿?((quieres|deseas) [^?]{0,100}\b(más|nuestr[oa]s?|nosotros)\b[^?]{0,60}|necesitas (más )?ayuda"
        r"|interesado en [^?]{0,100}\bnuestr[oa]s?\b[^?]{0,60})\?",
        r"(solicita (un|tu) presupuesto|contáctanos|reserva (ahora|tu cita)|pide cita)[.!]?",
        r"dónde comprar",
    ),
    "appeals": (
        r"tu (apoyo|ayuda|aporte|donación) (nos )?(permite|ayuda|hace posible|es fundamental|marca la diferencia).{0,100}",
        r"(apoya|apoye|apoyá) (el|al) periodismo (independiente|de calidad|local|libre)[.!]?.{0,100}",
        r"(apóyanos|apóyenos|apoyanos|dona|done|haz una donación|hacé una donación)( ahora| hoy| aquí)?[.!]?",
        r"(cada|toda) (aportación|aporte|donación|contribución),? (por pequeña que sea|grande o pequeña|cuenta|importa).{0,120}",
        r"(hazte|hágase|hacete) (socio|socia|miembro|suscriptor|suscriptora|mecenas)( .{0,40})?[.!]?",
        r"necesitamos tu (ayuda|apoyo).{0,100}",
        r"(te gustó|te ha gustado|¿te gustó|¿te ha gustado) (este|nuestro) (artículo|contenido|trabajo)\?.{0,100}",
        r"(un )?mensaje (de la redacción|del director|de la directora|del editor)",
        r"el periodismo (independiente|de calidad) (cuesta|necesita|tiene un coste).{0,100}",
    ),
    "prompts": (
        rf"(únete|unete|sigue|síguenos) (a |al )?(nuestro )?canal (de )?{NETWORK}.{{0,80}}",
        r".{0,80}(en|desde) (la )?(configuración|ajustes|preferencias) (de tu|de su|del) navegador[.!]?",
        r"(activa|activar|recibe) (las )?(notificaciones|alertas).{0,120}",
        r"(suscríbete|suscribite|regístrate) (gratis )?(a|al) (nuestro|nuestra|el|la) .{0,40}(newsletter|boletín).{0,140}",
        rf"¿?(síguenos|siguenos|sígannos|seguinos|únete|unete|suscríbete) (en|a|al canal de|a nuestro canal de) {NETWORK}( .{{0,60}})?",
        rf".{{1,40}} (ya está |ahora )?(en|disponible en) {NETWORK}[.!]?",
        rf"(sigue|siga|recibe) .{{1,40}} (en|por|a través de) {NETWORK}.{{0,60}}",
        r"(descarga|descargá|descargue|baja) (la|nuestra) (app|aplicación) .{0,60}",
        r"(suscríbete|suscribite|regístrate|registrate|suscribirse)( gratis)?( a (nuestro|nuestra|la|el) .{0,40}(newsletter|boletín|boletines).{0,60})?[.!]?",
        r".{0,50}(newsletter|boletín).{0,50} (suscríbete|suscribirse|apúntate|regístrate)[.!]?.{0,80}",
        r"recibe (nuestro|nuestra|la|el|las|los) .{0,40}(newsletter|boletín|noticias|alertas).{0,80}",
        r"(tu|introduce tu|ingresa tu) (dirección de )?(correo|e-?mail).{0,40}",
        r"gracias por (suscribirte|registrarte).{0,80}",
        r"(activa|activar|recibe) (las )?(notificaciones|alertas).{0,60}",
        r"no te pierdas (nada|ninguna).{0,60}",
        r"(haz|pulsa|hacé) clic aquí para .{1,60}|(pulsa|toca) aquí para .{1,60}",
        rf"(compartir|comparte|comparte esto|compartir en|compartir este artículo|comparte este artículo)( en {NETWORK}| por .{{1,20}})?",
        rf"{_SHARE}({SEPARATORS}{_SHARE})+",
        rf"haz clic para (compartir en {NETWORK}|enviar un enlace por correo electrónico a un amigo|imprimir)( \(se abre en una ventana nueva\))?( .{{1,20}})?",
        rf"(más información|saber más|comprar ahora|compra ahora|reservar|prueba gratis|ver oferta|ver precio|suscríbete ahora){ARROW}",
        r"(este|el) (artículo|contenido) es exclusivo para (suscriptores|socios|miembros).{0,80}",
    ),
    "widgets": (
        r"\(?\d*\)? ?comentarios?( \(?\d+\)?)?",
        r"(ver|mostrar|leer|cargar|ocultar) (los |todos los |más )?(\d+ )?(comentarios|respuestas)",
        COMMENTS_HEADING,
        r"(deja|dejá|deje|escribe|añade|publica) (un|una|tu) (comentario|respuesta)( .{0,30})?",
        r"tu (dirección de )?(correo electrónico|e-?mail) no (será|se) publicad[ao].{0,120}",
        r"los campos (obligatorios|requeridos) (están|se) marca(dos|n).{0,30}",
        r"me gusta( cargando(\.\.\.|…)?)?|cargando(\.\.\.|…)",
        r"(inicia sesión|iniciar sesión|accede|acceder|entrar)( o regístrate)?( para (comentar|continuar|seguir leyendo).{0,30})?[.!]?",
        r"(debes|tienes que) (iniciar sesión|estar registrado|registrarte) para .{1,60}",
        r"(los )?comentarios (están|han sido) (cerrados|desactivados).{0,40}",
        r"sé el primero en (comentar|opinar).{0,30}",
        r"cancelar respuesta|(más recientes|más antiguos|más populares|más votados)( primero)?",
        r"ordenar por:? .{1,30}",
        r"(normas de (la comunidad|participación)|reglas de la comunidad)",
        r"gracias por (tu|su) (comentario|registro|mensaje)[.!]?.{0,60}",
        r"guarda mi nombre, correo electrónico y web en este navegador.{0,80}",
        r"(notificarme|avísame) (de|por correo|los nuevos) .{1,60}",
        r"¿?(ya (tienes una cuenta|eres suscriptor|estás registrado))\??.{0,40}",
    ),
    "link_lists": (
        r"(lee|leé|lea) (también|más|además)|(te puede interesar|también te puede interesar|puede interesarte|te podría interesar)",
        r"(artículos?|noticias?|entradas?|publicaciones?|contenidos?) (relacionad[ao]s|similares|recomendad[ao]s)|relacionad[ao]s?",
        r"(también te (puede|podría) gustar|te (puede|podría) gustar)",
        r"(te lo perdiste|no te lo pierdas|no te pierdas)",
        r"(lo )?más (leído|leídas|visto|vistas|popular|populares|comentado|compartido)( hoy| de la semana)?",
        r"(últimas|ultimas) (noticias|entradas|publicaciones)|(entradas|noticias) recientes",
        r"más (noticias|artículos|videos|vídeos)( de .{1,30})?",
        r"(recomendad[ao]s?|tendencias|lo último|selección del editor|recomendado para ti)",
        r"(entrada|artículo|noticia) (anterior|siguiente)",
    ),
    "link_lists_teaser": (
        r"(lee también|leé también|lea también|también lee|te puede interesar|relacionado|relacionada|"
        r"ver también|leer más|siguiente|anterior|mira|escucha) ?: .{3,200}",
    ),
    "captions": (
        r"(foto|fotos|imagen|imágenes|fotografía|ilustración|crédito|créditos|fuente de la imagen|vídeo|video|pie de foto): .{1,80}",
        r"(foto|imagen|vídeo|video|galería)( ampliar)?|(ampliar|ver) (imagen|foto|galería)",
        r"\d+ (fotos|imágenes)",
        r"(efe|afp|reuters|ap|epa|europa press|getty images|cuartoscuro|shutterstock)( ?/ ?[\w.' -]{1,40})*",
        r"(©|\(c\)) ?[\w.' /-]{1,60}",
    ),
    "furniture": (
        r".{0,120}\b(podemos|podríamos|puede que) (recibir|ganar|obtener|cobrar) una (pequeña )?comisión\b.{0,200}",
        rf"{DATE_PATTERN} ?[-–|·] ?\d{{1,2}}[:.]\d{{2}}( ?h| horas)?",
        rf"((publicado|actualizado|modificado|última actualización)( el| a las)?:? )?{DATE_PATTERN}([ |,·•]+((actualizado|publicado)( el| a las)?:? )?{DATE_PATTERN})*",
        r"(publicado|actualizado)?:? ?hace \d{1,3} (segundos?|minutos?|min|horas?|h|días?|semanas?|meses?)",
        r"(este|el) (artículo|texto|reportaje) (ha sido|fue|está siendo) (actualizado|corregido|modificado).{0,80}",
        r"(corrección|actualización|nota del editor|nota de la redacción|fe de erratas)( .{0,20})?: .{0,160}",
        r"(publicidad|anuncio|contenido patrocinado|patrocinado|contenido de marca|promocionado)",
        r"(la noticia|el artículo) (continúa|sigue) (debajo|tras|después) de(l)? (la )?(publicidad|anuncio).{0,20}",
        r"(escucha|escuchar) (este|el) artículo.{0,30}",
        r"(tiempo de lectura|lectura):? \d+ ?(min|minutos?).{0,10}|\d+ ?(min|minutos?) de lectura",
        r"(\d[\d,.]*k? (vistas|visitas|lecturas|compartidos|me gusta)[ |·•]*)+",
        r"(©|\(c\)|copyright) .{0,120}",
        r".{0,60}(todos los derechos reservados|reservados todos los derechos)[.!]?.{0,60}",
        r".{0,200}\b(utilizamos cookies|usamos cookies|este sitio (web )?(utiliza|usa) cookies|aceptar (todas las )?cookies)\b.{0,300}",
        r"((configuración|política|preferencias) de cookies|gestionar cookies)",
        r"(por|texto|redacción|autor|autora): [\w.'’-]+( [\w.'’-]+){0,3}( y [\w.'’-]+( [\w.'’-]+){0,3})?(,? ?(efe|afp|reuters|ap|europa press))?",
        r"(con|con información de) (efe|afp|reuters|ap|europa press|agencias)",
        r"(usted está|estás) aquí",
        r"(saltar|ir) al contenido( principal)?",
        r"volver (al inicio|arriba|al blog|a la portada)",
        r"(índice|tabla de contenidos|contenido del artículo|en este artículo)",
        r".{0,120}\b(enlaces? de afiliados?|enlaces? afiliados?|(recibimos|ganamos|obtenemos) una (pequeña )?comisión)\b.{0,200}",
    ),
    "endmatter_end_note": (
        r"¿?(te ha resultado|te resultó|fue|ha sido) (útil|de ayuda) (este artículo|esta información|este contenido)?\??.{0,40}",
        r"gracias por (tu|su) (opinión|valoración|comentario).{0,60}",
        r"(valora|califica) (este|el) artículo.{0,20}",
        r"la entrada .{1,200} (se publicó primero|apareció primero) en .{1,80}",
        r"(este|el) artículo (fue )?(publicado|apareció) (originalmente|primero) en .{1,120}",
        r"(etiquetas|temas|categorías|archivado en|publicado en): [^.!?]{1,150}",
        r"(etiquetas|temas|categorías)",
    ),
    "endmatter_author_box": (
        r"(sobre el autor|sobre la autora|acerca del autor|el autor|la autora)",
        r"(escrito|redactado|revisado) por,?",
    ),
}

STOPWORDS: Final = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "unos",
        "unas",
        "y",
        "o",
        "pero",
        "de",
        "del",
        "al",
        "en",
        "con",
        "por",
        "para",
        "sin",
        "sobre",
        "que",
        "se",
        "su",
        "sus",
        "es",
        "son",
        "fue",
        "ha",
        "han",
        "lo",
        "le",
        "les",
        "no",
        "más",
        "como",
        "este",
        "esta",
        "estos",
        "estas",
        "ese",
        "esa",
        "ya",
        "muy",
        "también",
    ]
)
APPEAL_WORDS: Final = frozenset(
    [
        "donación",
        "donaciones",
        "donar",
        "dona",
        "apoyo",
        "apoyar",
        "apóyanos",
        "aportación",
        "aporte",
        "suscripción",
        "suscribirte",
        "suscríbete",
        "financiación",
        "financiar",
        "socios",
        "socio",
        "muro",
    ]
)
COOKIE_WORDS: Final = frozenset(
    [
        "cookie",
        "cookies",
        "consentimiento",
        "rgpd",
        "preferencias",
        "configuración",
        "necesarias",
        "análisis",
        "analíticas",
        "navegador",
        "sitio",
        "web",
        "funcionalidad",
        "terceros",
        "publicidad",
        "aceptar",
        "rechazar",
    ]
)
COOKIE_MARKS: Final = ("ookie",)
COMMENT_BUTTONS: Final = frozenset(
    {"responder", "denunciar", "reportar", "me gusta", "cancelar respuesta", "citar"}
)
ATTRIBUTION: Final = r"([^\s].{0,60} (dice|dijo|escribió|respondió|comentó)( el .{1,40})?|\d+ respuestas?( de .{1,60})?|responder a .{1,60})"
BYLINE: Final = r"(por|texto de|escrito por)"
CREDIT_LABELS: Final = r"(?:foto|fotos|fotografía|imagen|crédito|créditos)\s?:|foto de"
COOKIE_VOICE: Final = r"\b(usamos|utilizamos|nuestr[ao]s?|tu|tus|usted|aceptas|acepta|navegando)\b"

# The patterns and word sets the rules read beside the phrase tables (cleaner/lexicon/en.py says
# which rule reads each), written for Spanish-language sites.
DATELINE: Final = "|".join(f"(?:{p})" for p in PHRASES["furniture"] if DATE_PATTERN in p)
# form_consent: "Al enviar este formulario, aceptas la política de privacidad ...", "He leído y
# acepto la política de privacidad".
CONSENT: Final = (
    r"(al (enviar|suscribirte|suscribirse|registrarte|registrarse|hacer clic|pulsar|publicar|comentar)\b.{0,250}?"
    r"\b(aceptas|acepta|consientes|consiente|reconoces|declaras)\b"
    r"|(he leído y )?acepto (la|las|el) (política|condiciones|aviso legal|términos))"
)
CONSENT_FIRST: Final = frozenset("AaHh")
# affiliate_disclosure: "si compras a través de ellos, podemos recibir una comisión".
AFFILIATE: Final = (
    r"\b(recib\w*|gan\w*|cobr\w*|obten\w*)\b\W{0,3}\s.{0,17}\b(una )?(pequeña )?comisi[oó]n\b.{0,200}\b(compra\w*|enlace\w*|clic)"
    r"|\b(compra\w*|enlaces?|clic)\b.{0,200}\b(recib\w*|gan\w*|cobr\w*|obten\w*)\b\W{0,3}\s.{0,17}\bcomisi[oó]n"
    r"|\b(contiene|incluye|puede contener|incluyen) (algunos )?enlaces (de afiliados?|afiliados)"
)
AFFILIATE_SELF: Final = (
    r"\b(nosotros|nuestr[oa]s?|podemos|recibimos|ganamos|este (artículo|sitio|blog|post)|esta (página|web))\b"
)
AFFILIATE_MARKS: Final = ("comisi", "afiliad")
# disclaimer: "Este artículo tiene carácter meramente informativo y no sustituye el consejo médico."
DISCLAIMER: Final = (
    r"\b(?:(?:artículo|contenido|información|texto) tiene (?:un )?(?:carácter|fin|fines|propósito) "
    r"(?:meramente |únicamente |exclusivamente |puramente )?(?:informativo|informativos|divulgativo|educativo)"
    r"|(?:es|son) (?:solo |solamente |únicamente )?(?:para|con) (?:fines|propósitos) (?:informativos|educativos)"
    r"|no (?:sustituye|reemplaza|constituye)n? (?:en ningún caso )?(?:a )?(?:el |la |un |una )?"
    r"(?:consejo|asesoramiento|consulta|diagnóstico|recomendación) (?:médic\w*|legal|jurídic\w*|financier\w*|profesional|de (?:inversión|compra))"
    r"|opiniones expresadas .{0,80}(?:son (?:de )?(?:exclusiva )?responsabilidad|no reflejan necesariamente|no representan necesariamente)"
    r"|rentabilidades pasadas no (?:garantizan|son garantía|presuponen))"
)
DISCLAIMER_MARKS: Final = (
    "carácter",
    "fin",
    "propósito",
    "sustitu",
    "reemplaz",
    "constitu",
    "expresadas",
    "rentabilidad",
)
# foot_notice: "Este contenido está bajo una licencia Creative Commons ...", risk notices.
FOOT_NOTICE: Final = (
    r"\b(?:(?:está|están|se publica|se distribuye) bajo (?:una |la )?licencia (?:creative commons|cc by)"
    r"|(?:es|son) (?:una |unas )?marcas? registradas? (?:de|por)"
    r"|(?:toda inversión|invertir|la inversión) (?:conlleva|implica|supone|entraña) (?:un )?riesgos? de pérdida)"
)
FOOT_NOTICE_MARKS: Final = ("creative commons", "cc by", "registrad", "riesgo")
REPORTED: Final = r"\b(dijo|afirmó|explicó|señaló|declaró|aseguró|según|advirtió|indicó)\b|[«»“”\"]"
# author_bio: "Sara Martínez es periodista y cubre la información local ...".
BIO_START: Final = (
    r"^(?:(?i:sobre (?:el autor|la autora)):\s+.{10,}"
    r"|(?:[Hh]ola)[,!]?\s+(?:soy)\s"
    r"|\(?(?P<name>(?:[A-ZÁÉÍÓÚÑ][\w.'’-]+\s+(?:(?:de|del|de la)\s+)?){0,3}[A-ZÁÉÍÓÚÑ][\w.'’-]+),?"
    r"(?:\s+[A-ZÁÉÍÓÚÑ][^,.;:!?]{1,40},){0,2}"
    r"\s+(?:es|fue|trabaja|escribe|cubre|dirige|fundó|estudió|colabora)\s)"
)
BIO_WORDS: Final = (
    r"\b(?:periodista|redactor|redactora|reportero|reportera|autor|autora|corresponsal|columnista|"
    r"fotógrafo|fotógrafa|fundador|fundadora|editor|editora|bloguero|bloguera)\b"
)
BIO_PRONOUN: Final = r"(?:Ella|Él|Sus?|Cuando no)\b"
CREDIT_CONNECTORS: Final = frozenset({"de", "del", "la", "el", "y", "para", "vía", "via", "/", "&"})
LABEL_CONNECTORS: Final = CREDIT_CONNECTORS | {"en"}
PAREN_CREDIT_WORDS: Final = frozenset({"images", "pictures", "via", "pool", "handout"})
VISUAL: Final = (
    r"\b(fotos?|fotografías?|imágenes|imagen|vídeos?|videos?|ilustraci[oó]n|ilustraciones|mapas?|gráficos?)\b"
)
FIRST_PERSON: Final = (
    r"\b(yo|me|mi|mis|nosotros|nosotras|nuestr[oa]s?|Yo|Mi|Mis|Nosotros|Nosotras|Nuestr[oa]s?)\b"
)
BYLINE_JOINERS: Final = frozenset({"y", "&"})
# byline: function words inside a name ("Sara de Vries"), allowed as its second word.
NAME_PARTICLES: Final = frozenset({"de", "del", "la", "las", "los", "y"})

# The furniture of a newsletter issue around its essay (cleaner.rules.promotion:
# newsletter_footer): its browser version, its unsubscribe link.
NEWSLETTER_ISSUE: Final = r"en (el|tu|su) navegador$|\bdar(te|se)? de baja\b|cancelar (la )?suscripción"
