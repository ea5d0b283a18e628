"""Portuguese (Brazil and Portugal): the noise of Portuguese-language sites."""

from __future__ import annotations

from typing import Final

from cleaner.lexicon.common import ARROW, NETWORK, SEPARATORS

_MONTH: Final = (
    r"(jan(eiro|\.)?|fev(ereiro|\.)?|mar(ço|\.)?|abr(il|\.)?|mai(o|\.)?|jun(ho|\.)?|jul(ho|\.)?|"
    r"ago(sto|\.)?|set(embro|\.)?|out(ubro|\.)?|nov(embro|\.)?|dez(embro|\.)?)"
)
_WEEKDAY: Final = r"((segunda|terça|quarta|quinta|sexta)(-feira)?,? |(sábado|domingo),? )?"
_TIME: Final = r"(,? (às )?\d{1,2}(h|:)\d{2}( ?h)?( \(?(brt|gmt|utc)\)?)?)?"
DATE_PATTERN: Final = rf"{_WEEKDAY}(\d{{1,2}} (de )?{_MONTH},?( de)? \d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}){_TIME}"
_SHARE: Final = (
    rf"(compartilhar|partilhar|tuitar|e-mail|email|imprimir|copiar link|copiar|salvar|guardar|{NETWORK})"
)

# The heading of a blog's comment section with the post's title (comment_thread: all after it goes).
COMMENTS_HEADING: Final = r"(\d+|um|uma|dois|duas|três|nenhum) (comentários?|respostas?|pensamentos?) (em|sobre|para) [\"'‘«].{1,150}"

PHRASES: Final[dict[str, tuple[str, ...]]] = {
    # The site's newsletter as a product: its browser version and unsubscribe link (promo_phrase).
    "promotion": (
        r"(ver|visualizar|abrir) (este e-?mail |a newsletter )?no (seu )?navegador",
        r"descadastr(ar|e-se)|cancelar (a )?(inscrição|assinatura)",
    ),
    # Shop buttons: prices at stores and price buttons ("R$ 99,90 na <loja>", "Ver preço"), an
    # add-to-cart button (shop_button).
    "promotion_shop": (
        r"((((r\$ ?\d[\d.,]*|\d[\d.,]* ?€) (na|no|em) [\w.'&-]{1,25}?)|ver preço( (na|no|em) [\w.'&-]{1,25}?)?)( ?\| ?)?)((((r\$ ?\d[\d.,]*|\d[\d.,]* ?€) (na|no|em) [\w.'&-]{1,25}?)|ver preço( (na|no|em) [\w.'&-]{1,25}?)?)( ?\| ?)?)+",
        r"\(?adicionar ao carrinho\)?",
    ),
    # Calls to action between paragraphs (call_to_action): the button after the question that sets
    # it up, trial and appointment buttons, a sales call, a discount code offered to the reader.
    "promotion_cta": (
        r"[^?]{1,100}\? (saiba mais|comece hoje|fale connosco|fale conosco|entre em contato( conosco)?)( hoje| agora)?[.!]?",
        r"experimente grátis( por \d{1,3} dias)?[.!]?|teste grátis (por|de) \d{1,3} dias[.!]?",
        r"(agende|marque|solicite|peça) (uma|sua|a sua) (demonstração|demo|consulta|reunião)( gratuita| grátis)?( hoje| agora)?[.!]?",
        # "Call now", alone or with the number; what follows it is the pitch only after "-nos"
        # ("Ligue já à sua mãe, ..." is a sentence).
        r"ligue (já|agora|hoje)[.!:]?( \+?[\d ()/-]{6,20})?|ligue-nos (já|agora|hoje)[.!]?( .{0,80})?",
        r"use o (código|cupom|cupão) \S+ (e|para) (ganhe |receba |obtenha )?\d{1,2} ?% .{0,120}",
    ),
    # Calls to action in capitals (cta_heading: asked only of lines in capitals).
    "promotion_caps": (
        r"((quer|deseja) [^?]{0,100}\b(mais|noss[oa]s?)\b[^?]{0,60}|precisa de (mais )?ajuda"
        r"|interessado em [^?]{0,100}\bnoss[oa]s?\b[^?]{0,60})\?",
        r"(fale conosco|fale connosco|solicite um orçamento|agende (já|agora|a sua consulta)|entre em contato)[.!]?",
        r"onde comprar",
    ),
    "appeals": (
        r"(seu|o seu) (apoio|contributo|donativo) (nos )?(permite|ajuda|é essencial|faz a diferença).{0,100}",
        r"(apoie|apoia|ajude) o jornalismo (independente|de qualidade|local|livre)[.!]?.{0,100}",
        r"(apoie|ajude|doe|contribua)( agora| hoje| aqui)?[.!]?|(faça|faz) (uma doação|um donativo)( agora| hoje)?[.!]?",
        r"(cada|toda) (contribuição|doação|donativo),? (por menor que seja|grande ou pequena|conta|faz a diferença).{0,120}",
        r"(torne-se|seja|torna-te) (membro|assinante|apoiador|apoiadora|sócio)( .{0,40})?[.!]?",
        r"(precisamos|nós precisamos) (da sua|do seu|de si|de você) (ajuda|apoio)?.{0,100}",
        r"(gostou|gostaste) (deste|desta|do nosso) (artigo|matéria|conteúdo|trabalho)\?.{0,100}",
        r"(uma )?mensagem (da redação|da redacção|do editor|da direção)",
        r"o jornalismo (independente|de qualidade) (custa|tem um custo|precisa).{0,100}",
    ),
    "prompts": (
        rf"(siga|entre|participe) (no|do) (nosso )?canal (do|da|de|no) .{{0,40}}{NETWORK}.{{0,60}}",
        r".{0,80}nas (configurações|definições|preferências) do (seu )?navegador[.!]?",
        r"(ative|ativar|receba) (as )?(notificações|alertas).{0,120}",
        r"(inscreva-se|assine|subscreva|cadastre-se) (grátis )?(na|no|a|à|o) (nossa|nosso) .{0,40}(newsletter|boletim).{0,140}",
        rf"(siga|segue|sigam|acompanhe|entre)[- ]?(nos|-nos|no canal|no nosso canal|.{{0,40}}) (no|na|pelo|pela|em) {NETWORK}( .{{0,60}})?",
        rf".{{1,40}} (agora |já )?(está )?(no|na|disponível no) {NETWORK}[.!]?",
        rf"receba (as )?(notícias|informações) .{{0,40}}(no|pelo|via) {NETWORK}.{{0,60}}",
        r"(baixe|descarregue|instale) (o|a|nosso|nossa) (app|aplicativo|aplicação) .{0,60}",
        r"(inscreva-se|assine|subscreva|cadastre-se|registe-se)( grátis| gratuitamente)?( (na|no|a|à) (nossa|nosso) .{0,40}(newsletter|boletim).{0,60})?[.!]?",
        r".{0,50}(newsletter|boletim).{0,50} (inscreva-se|assine|subscreva|cadastre-se)[.!]?.{0,80}",
        r"receba (a nossa|nossa|a|o nosso|nosso|as|os) .{0,40}(newsletter|boletim|notícias|alertas).{0,80}",
        r"(seu|o seu|digite seu|insira o seu) (endereço de )?e-?mail.{0,40}",
        r"obrigad[oa] por (se inscrever|assinar|subscrever).{0,80}",
        r"(ative|ativar|receba) (as )?(notificações|alertas).{0,60}",
        r"não perca (nada|nenhuma).{0,60}",
        r"(clique|toque) aqui para .{1,60}",
        rf"(compartilhe|compartilhar|partilhe|partilhar|compartilhe isso|partilhe isto|compartilhar esta matéria|partilhar este artigo)( no {NETWORK}| por .{{1,20}})?",
        rf"{_SHARE}({SEPARATORS}{_SHARE})+",
        rf"clique para (compartilhar|partilhar) (no|na) {NETWORK}( \(abre em nova janela\))?( .{{1,20}})?",
        rf"(saiba mais|compre agora|comprar agora|reserve|teste grátis|ver oferta|ver preço|assine já|assine agora){ARROW}",
        r"(este|esta|o|a) (artigo|matéria|conteúdo) é exclusiv[oa] para (assinantes|membros).{0,80}",
    ),
    "widgets": (
        r"(curtir|gostar|gosto) (isso|disto)",
        r"\(?\d*\)? ?comentários?( \(?\d+\)?)?",
        r"(ver|mostrar|ler|carregar|ocultar) (os |todos os |mais )?(\d+ )?(comentários|respostas)",
        COMMENTS_HEADING,
        r"(deixe|deixa|escreva|adicione|publique) (um|uma|o seu|seu) (comentário|resposta)( .{0,30})?",
        r"(o seu|seu) (endereço de )?e-?mail não será publicado.{0,120}",
        r"(os )?campos obrigatórios (são|estão) marcados.{0,30}",
        r"(curtir|gosto|gostar disto|gosto disto)( carregando(\.\.\.|…)?| a carregar(\.\.\.|…)?)?|carregando(\.\.\.|…)|a carregar(\.\.\.|…)",
        r"(entrar|iniciar sessão|fazer login|login)( ou (cadastre-se|registe-se))?( para (comentar|continuar).{0,30})?[.!]?",
        r"(você precisa|é necessário|tem de) (estar|fazer) (logado|login|autenticado) para .{1,60}",
        r"(os )?comentários (estão|foram) (fechados|encerrados|desativados).{0,40}",
        r"seja o primeiro a (comentar|avaliar).{0,30}",
        r"cancelar resposta|(mais recentes|mais antigos|mais populares)( primeiro)?",
        r"ordenar por:? .{1,30}",
        r"(regras da comunidade|normas de participação|política de comentários)",
        r"obrigad[oa] (pelo seu|por seu) (comentário|cadastro|registo|mensagem)[.!]?.{0,60}",
        r"salvar meus dados neste navegador.{0,80}|guardar (o meu|meu) nome, e-?mail e site neste navegador.{0,80}",
        r"(notifique-me|notificar-me|avise-me) (de|sobre|por e-?mail) .{1,60}",
        r"(já (tem uma conta|é assinante|tem conta))\??.{0,40}",
    ),
    "link_lists": (
        r"(leia|lê|veja) (também|mais)|(também pode|pode) (te |lhe )?interessar|(você|tu) (também )?(pode|podes) gostar",
        r"(posts?|artigos?|notícias|matérias|publicações|conteúdos?) (relacionad[oa]s|semelhantes|recomendad[oa]s)|relacionad[oa]s?",
        r"(você perdeu|não perca|não deixe de ler)",
        r"(as )?mais (lidas|lidos|vistas|vistos|populares|comentadas|partilhadas|compartilhadas)( hoje| da semana)?",
        r"(últimas|ultimas) (notícias|publicações|postagens)|(posts|notícias) recentes",
        r"mais (notícias|artigos|vídeos)( de .{1,30})?",
        r"(recomendad[oa]s?|em alta|tendências|escolha do editor|recomendado para você)",
        r"(post|artigo|notícia|matéria) (anterior|seguinte|próxim[oa])|próxim[oa] (post|artigo|notícia|matéria)",
    ),
    "link_lists_teaser": (
        r"(leia também|leia mais|lê também|veja também|veja mais|relacionado|relacionada|saiba mais|"
        r"próximo|anterior|assista|ouça) ?: .{3,200}",
    ),
    "captions": (
        r"(foto|fotos|imagem|imagens|fotografia|ilustração|crédito|créditos|legenda|vídeo): .{1,80}",
        r"(foto|imagem|vídeo|galeria)( ampliar)?|(ampliar|ver) (imagem|foto|galeria)",
        r"\d+ (fotos|imagens)",
        r"(agência brasil|lusa|afp|reuters|ap|epa|estadão conteúdo|folhapress|getty images|shutterstock)( ?/ ?[\w.' -]{1,40})*",
        r"(©|\(c\)) ?[\w.' /-]{1,60}",
    ),
    "furniture": (
        rf"{DATE_PATTERN} ?[-–|·] ?\d{{1,2}}(h|:)\d{{2}}( ?h)?",
        rf"((publicado|atualizado|actualizado|modificado|última atualização)( em| às)?:? )?{DATE_PATTERN}([ |,·•]+((atualizado|actualizado|publicado)( em| às)?:? )?{DATE_PATTERN})*",
        r"((publicado|atualizado):? )?(há \d{1,3} (segundos?|minutos?|min|horas?|h|dias?|semanas?|meses)|\d{1,3} (segundos?|minutos?|min|horas?|h|dias?|semanas?|meses) atrás)",
        r"(este|esta) (artigo|matéria|texto) (foi|está sendo) (atualizad[oa]|actualizad[oa]|corrigid[oa]).{0,80}",
        r"(correção|correcção|atualização|nota do editor|nota da redação|errata)( .{0,20})?: .{0,160}",
        r"(publicidade|anúncio|conteúdo patrocinado|patrocinado|publieditorial|conteúdo de marca)",
        r"(a notícia|o texto|a matéria) continua (após|depois d[ao]|abaixo d[ao]) (a )?(publicidade|anúncio).{0,20}|continua (após|depois da) publicidade",
        r"(ouça|ouvir|escute) (este|esta|o|a) (artigo|matéria|notícia).{0,30}",
        r"(tempo de leitura|leitura):? \d+ ?(min|minutos?).{0,10}|\d+ ?(min|minutos?) de leitura",
        r"(\d[\d,.]*k? (visualizações|views|leituras|partilhas|compartilhamentos|curtidas)[ |·•]*)+",
        r"(©|\(c\)|copyright) .{0,120}",
        r".{0,60}todos os direitos reservados[.!]?.{0,60}",
        r".{0,200}\b(utilizamos cookies|usamos cookies|este (site|website) (utiliza|usa) cookies|aceitar (todos os )?cookies)\b.{0,300}",
        r"((política|definições|configurações|preferências) de cookies|gerir cookies|gerenciar cookies)",
        r"(por|texto|redação|autor|autora): [\w.'’-]+( [\w.'’-]+){0,3}( e [\w.'’-]+( [\w.'’-]+){0,3})?(,? ?(lusa|afp|reuters|ap|agência brasil))?",
        r"(com|com informações d[ao]s?) (lusa|afp|reuters|ap|agência brasil|agências|estadão conteúdo)",
        r"(você está aqui|está aqui)",
        r"(ir|saltar|pular) para o conteúdo( principal)?",
        r"voltar (ao topo|para o início|ao blog|à página inicial)",
        r"(índice|sumário|conteúdo do artigo|neste artigo)",
        r".{0,120}\b(links? de afiliados?|links? afiliados?|(recebemos|ganhamos) uma (pequena )?comissão)\b.{0,200}",
    ),
    "endmatter_end_note": (
        r"(este|esta) (artigo|conteúdo|informação) (foi|te foi|lhe foi) útil\??.{0,40}",
        r"obrigad[oa] pel[oa] (seu |sua )?(feedback|avaliação|opinião).{0,60}",
        r"(avalie|classifique) (este|esta) (artigo|matéria).{0,20}",
        r"o post .{1,200} apareceu primeiro em .{1,80}",
        r"(este|esta) (artigo|matéria) (foi )?(publicad[oa]|apareceu) (originalmente|primeiro) (em|no|na) .{1,120}",
        r"(tags|etiquetas|temas|categorias|arquivado em|publicado em): [^.!?]{1,150}",
        r"(tags|etiquetas|temas|categorias)",
    ),
    "endmatter_author_box": (
        r"(sobre o autor|sobre a autora|o autor|a autora)",
        r"(escrito|redigido|revisado|revisto) por,?",
    ),
}

STOPWORDS: Final = frozenset(
    [
        "o",
        "a",
        "os",
        "as",
        "um",
        "uma",
        "uns",
        "umas",
        "e",
        "ou",
        "mas",
        "de",
        "do",
        "da",
        "dos",
        "das",
        "no",
        "na",
        "nos",
        "nas",
        "em",
        "com",
        "por",
        "para",
        "pelo",
        "pela",
        "sem",
        "sobre",
        "que",
        "se",
        "seu",
        "sua",
        "seus",
        "suas",
        "é",
        "são",
        "foi",
        "ser",
        "ter",
        "tem",
        "não",
        "mais",
        "como",
        "este",
        "esta",
        "isso",
        "ao",
        "aos",
        "já",
        "muito",
        "também",
    ]
)
APPEAL_WORDS: Final = frozenset(
    [
        "doação",
        "doações",
        "doar",
        "doe",
        "donativo",
        "apoio",
        "apoiar",
        "apoie",
        "contribuição",
        "contribuir",
        "assinatura",
        "assinante",
        "assine",
        "financiamento",
        "sócio",
        "membros",
    ]
)
COOKIE_WORDS: Final = frozenset(
    [
        "cookie",
        "cookies",
        "consentimento",
        "lgpd",
        "rgpd",
        "preferências",
        "definições",
        "configurações",
        "necessários",
        "análise",
        "navegador",
        "site",
        "website",
        "funcionalidades",
        "terceiros",
        "publicidade",
        "aceitar",
        "rejeitar",
    ]
)
COOKIE_MARKS: Final = ("ookie",)
COMMENT_BUTTONS: Final = frozenset(
    {"responder", "denunciar", "curtir", "gosto", "cancelar resposta", "citar"}
)
ATTRIBUTION: Final = r"([^\s].{0,60} (diz|disse|escreveu|respondeu|comentou)( em .{1,40})?|\d+ respostas?( de .{1,60})?|responder a .{1,60})"
BYLINE: Final = r"(por|texto de|escrito por)"
CREDIT_LABELS: Final = r"(?:foto|fotos|fotografia|imagem|crédito|créditos)\s?:|foto de"
COOKIE_VOICE: Final = r"\b(nós|utilizamos|usamos|nosso|nossa|nossos|você|seu|sua|concorda|aceita|navegando)\b"

# The patterns and word sets the rules read beside the phrase tables (cleaner/lexicon/en.py says
# which rule reads each), written for Portuguese-language sites.
DATELINE: Final = "|".join(f"(?:{p})" for p in PHRASES["furniture"] if DATE_PATTERN in p)
# form_consent: "Ao enviar este formulário, você concorda com a nossa política de privacidade.",
# "Li e aceito a política de privacidade".
CONSENT: Final = (
    r"(ao (enviar|subscrever|assinar|inscrever-se|registar-se|registrar-se|clicar|submeter|comentar|publicar)\b.{0,250}?"
    r"\b(você (concorda|aceita|consente)|concorda com|aceita (os|as|a|o)|declara)\b"
    r"|(li e )?(concordo|aceito) com (a|as|os|o) (política|termos|condições)"
    r"|li e aceito (a|as|os|o) (política|termos|condições))"
)
CONSENT_FIRST: Final = frozenset("AaLlCc")
# affiliate_disclosure: "se você comprar por meio deles, podemos receber uma comissão".
AFFILIATE: Final = (
    r"\b(receb\w*|ganh\w*|obt\w*)\b\W{0,3}\s.{0,17}\b(uma )?(pequena )?comiss[aã]o\b.{0,200}\b(compra\w*|link|links|clic\w*)"
    r"|\b(compra\w*|links?|clic\w*)\b.{0,200}\b(receb\w*|ganh\w*|obt\w*)\b\W{0,3}\s.{0,17}\bcomiss[aã]o"
    r"|\b(contém|inclui|pode conter) (alguns )?links (de afiliados?|afiliados)"
)
AFFILIATE_SELF: Final = r"\b(nós|nosso|nossa|nossos|nossas|podemos|recebemos|este (artigo|site|blog|post)|esta (matéria|página))\b"
AFFILIATE_MARKS: Final = ("comiss", "afiliad")
# disclaimer: "Este artigo tem caráter meramente informativo e não substitui a consulta médica."
DISCLAIMER: Final = (
    r"\b(?:(?:artigo|conteúdo|informação|texto) (?:tem|têm) (?:caráter|carácter|fins?|propósito) "
    r"(?:meramente |apenas |exclusivamente |puramente )?(?:informativos?|educativos?)"
    r"|(?:é|são) (?:apenas |somente )?para fins (?:informativos|educativos)"
    r"|não (?:substitui|substituem|dispensa|dispensam|constitui|constituem) (?:a |o |um |uma )?"
    r"(?:consulta|aconselhamento|orientação|diagnóstico|recomendação|conselho) (?:médic\w*|jurídic\w*|financeir\w*|profissional|de (?:um|investimento|compra))"
    r"|opiniões (?:aqui )?expressas .{0,80}(?:são de (?:inteira |exclusiva )?responsabilidade|não refletem necessariamente|não representam necessariamente)"
    r"|rentabilidades? passadas? não (?:garante|garantem|é garantia|são garantia))"
)
DISCLAIMER_MARKS: Final = (
    "caráter",
    "carácter",
    "fin",
    "propósito",
    "substitu",
    "dispens",
    "constitu",
    "expressas",
    "rentabilidade",
)
# foot_notice: "Este conteúdo está licenciado sob uma licença Creative Commons ...", risk notices.
FOOT_NOTICE: Final = (
    r"\b(?:(?:está|estão|é|são) (?:licenciad[oa]s? |publicad[oa]s? |disponibilizad[oa]s? )?sob (?:uma |a )?licença (?:creative commons|cc by)"
    r"|(?:é|são) (?:uma )?marcas? registradas? (?:de|da|do)"
    r"|(?:todo investimento|investir|o investimento) (?:envolve|implica|acarreta) (?:riscos?|o risco) de perda)"
)
FOOT_NOTICE_MARKS: Final = ("creative commons", "cc by", "registrad", "risco")
REPORTED: Final = (
    r"\b(disse|afirmou|explicou|declarou|segundo|de acordo com|alertou|sublinhou|referiu)\b|[«»“”\"]"
)
# author_bio: "Sara Oliveira é jornalista e escreve sobre a cidade ...".
BIO_START: Final = (
    r"^(?:(?i:sobre (?:o autor|a autora)):\s+.{10,}"
    r"|(?:[Oo]lá|[Oo]i)[,!]?\s+(?:eu sou|sou)\s"
    r"|\(?(?P<name>(?:[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w.'’-]+\s+(?:(?:de|da|do|dos|das)\s+)?){0,3}[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w.'’-]+),?"
    r"(?:\s+[A-ZÁÉÍÓÚÂÊÔÃÕÇ][^,.;:!?]{1,40},){0,2}"
    r"\s+(?:é|foi|trabalha|escreve|cobre|dirige|fundou|estudou|colabora)\s)"
)
BIO_WORDS: Final = (
    r"\b(?:jornalista|repórter|redator|redatora|autor|autora|correspondente|colunista|fotógrafo|fotógrafa|"
    r"fundador|fundadora|editor|editora|blogueiro|blogueira)\b"
)
BIO_PRONOUN: Final = r"(?:Ela|Ele|Seus?|Suas?|Quando não)\b"
CREDIT_CONNECTORS: Final = frozenset({"de", "da", "do", "dos", "das", "e", "para", "via", "/", "&"})
LABEL_CONNECTORS: Final = CREDIT_CONNECTORS | {"em", "no", "na"}
PAREN_CREDIT_WORDS: Final = frozenset({"images", "pictures", "via", "pool", "handout"})
VISUAL: Final = (
    r"\b(fotos?|fotografias?|imagens?|vídeos?|videos?|ilustra[çc][ãa]o|ilustrações|mapas?|gráficos?)\b"
)
FIRST_PERSON: Final = (
    r"\b(eu|me|meu|minha|meus|minhas|nós|nosso|nossa|nossos|nossas|Eu|Meu|Minha|Nós|Nosso|Nossa)\b"
)
BYLINE_JOINERS: Final = frozenset({"e", "&"})
# byline: function words inside a name ("Sara de Vries"), allowed as its second word.
NAME_PARTICLES: Final = frozenset({"de", "da", "do", "dos", "das", "e"})

# The furniture of a newsletter issue around its essay (cleaner.rules.promotion:
# newsletter_footer): its browser version, its unsubscribe link.
NEWSLETTER_ISSUE: Final = r"no (seu )?navegador$|descadastr|cancelar (a )?(inscrição|assinatura)"
