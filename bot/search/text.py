"""Text folding, tokens, stopwords and language cues shared by the index and the queries."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot import languages

MAX_QUERY_CHARS = 256


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NON_WORD = re.compile(r"[^\w]+|_+")

# Function words of every language, dropped before matching (bot/languages.py): none of them is
# part of what tells one card, question or article from another.
STOPWORDS = frozenset().union(*(language.stopwords for language in languages.registered()))

# Words that only say "card": dropped to make the short form of a card's alias.
CARD_WORDS = frozenset({"card", "cards", "tarjeta", "tarjetas", "carnet", "carne", "carnets"})

# Words that mark a request to compare, not a question a FAQ answers.
COMPARE_WORDS = frozenset(
    {
        "vs", "versus", "compare", "comparison", "comparar", "comparacion", "compara",
        "difference", "differences", "diferencia", "diferencias", "differ", "better", "mejor",
        "than", "distinguish", "distingue", "distinguen", "distinguir", "diferencian",
    }
)  # fmt: skip

QUESTION_WORDS = _wordset(
    """
    is are was were do does did can could should would will am isnt arent
    what which who how why when where whats
    es son puedo puede pueden debo sirve sirven que cual cuales quien como
    por cuando donde
    """
)

QUESTION_MARKS = ("?", "\u00bf", "\uff1f")  # ?, inverted ?, full-width ?

# Chinese task words as their pinyin, which the lexicon has in both languages.
_CHINESE_TASK_WORDS = {
    "医院": "yiyuan", "药店": "yaodian", "药房": "yaofang", "报销": "baoxiao", "地铁": "ditie",
    "公交": "gongjiao", "挂号": "guahao", "看病": "kanbing", "图书馆": "tushuguan",
    "公积金": "gongjijin", "养老金": "yanglaojin", "养老": "yanglao", "养老保险": "yanglao baoxian",
    "失业": "shiye", "失业金": "shiyejin", "工伤": "gongshang", "健康档案": "jiankang dangan",
    "病历": "bingli", "档案": "dangan",
}  # fmt: skip
CHINESE_TASK_WORDS = frozenset(_CHINESE_TASK_WORDS)

# Shorthand that users type and the knowledge base does not spell out.
_EXPANSIONS = {
    "e": "electronic", "ss": "social security", "hr": "human resources", "ecard": "electronic card",
    "q": "que", "pq": "por que", "xq": "por que", "tarj": "tarjeta", "tjt": "tarjeta",
    "trj": "tarjeta", "tarjt": "tarjeta", "hosp": "hospital", "crd": "card", "amt": "amount",
    "acct": "account", "cert": "certificate", "ins": "insurance", "doc": "doctor",
    "elec": "electronic", "govt": "government", "gov": "government", "info": "information",
    "p": "para", "pa": "para", "x": "por", "d": "de", "tb": "tambien", "tmb": "tambien",
    "u": "you", "ur": "your", "pls": "please", "plz": "please", "dept": "department",
    "w": "with", "b4": "before", "cuz": "because", "bc": "because", "yr": "year", "yrs": "years",
    "meds": "medicines", "reimb": "reimburse", "soc": "social", "med": "medical", "sec": "security",
    "hlth": "health", "mobil": "movil", "rrhh": "recursos humanos",
    # Portuguese and Italian words that Spanish speakers from Brazil or Italy mix in.
    "seguridade": "seguridad", "cartao": "tarjeta", "eletronico": "electronico",
    "eletronica": "electronica", "cittadina": "ciudadana", "ospedale": "hospital",
    "rimborso": "reembolso", "aposentadoria": "jubilacion", "infortunio": "accidente",
    "prontuario": "historial", "saude": "salud", "qual": "cual",
    "quale": "cual", "spese": "gastos", "mediche": "medicos", "chi": "quien", "emette": "emite",
    "serve": "sirve", "quali": "cuales", "dati": "datos", "posso": "puedo", "fazer": "hacer",
    "ela": "ella", "ativo": "activo", "ativar": "activar", "quanto": "cuanto", "tempo": "tiempo",
    "ssn": "social security number", "nss": "numero de seguridad social", "cel": "celular",
    "recs": "records", "medcard": "medical card", "区别": "difference", "和": "and", "与": "and",
    "还是": "or", "卡": "card", "社会保障号码": "social security number", "社保": "shebao",
    "医保": "yibao", "身份证": "id card", "丢了": "lost", "丢失": "lost", "门诊": "menzhen",
    **_CHINESE_TASK_WORDS,
}  # fmt: skip
SHORTHANDS = frozenset(_EXPANSIONS)
# The words before which "e" is "and" (Portuguese, Italian: "a tarjeta e o certificado"; in
# Spanish before "i" and "hi": "transporte e identidad"), not "electronic" ("e card", "e-soc").
_AND_BEFORE = frozenset({
    "o", "a", "os", "as", "il", "la", "le", "lo", "gli", "um", "uma", "un", "una", "que", "posso",
    "se", "si", "ci", "non", "nao", "poi", "quando", "como", "come", "per", "para", "con", "com",
    "eu", "io", "meu", "minha", "mio", "mia", "qual", "quale", "cosa",
})  # fmt: skip
# The cards' Chinese names (as printed on them) and the words set between two of them, longest
# first: "市民卡和社保卡" is three words.
_CHINESE_WORDS = re.compile(
    "(电子社保卡|社会保障卡|社会保障号码|医保电子凭证|电子医保|社保卡|医保卡|医保码|健康卡|市民卡|区别|"
    "和|与|还是|医院|药店|药房|报销|地铁|公交|挂号|看病|图书馆|公积金|养老保险|养老金|养老|失业金|失业|"
    "工伤|健康档案|病历|档案|社保|医保|身份证|丢了|丢失|门诊|卡)"
)
# Shorthand of two words, and numbers said in words after "article" ("artículo tres").
_PHRASES = (
    (re.compile(r"\bseg soc\b"), "seguridad social"),
    (re.compile(r"\b(?:and so on|and so forth|that kind of thing|stuff like that|things like that|"
                r"y eso|y todo eso|y cosas asi|y demas|etcetera)\b"), "etc"),
    (re.compile(r"^a e$|\bat a e\b|\bin a e\b|\bto a e\b"), "emergency room"),
    (re.compile(r"\b(?:i m|im|i am) (?:so |totally |completely )?lost\b"), "i am confused"),
    (re.compile(r"\b(?:estoy|ando|me siento) (?:muy |tan )?perdid[oa]s?\b"), "estoy confundido"),
    (re.compile(r"\bseg med\b"), "seguro medico"),
    (re.compile(r"\b(?:cert|certif) (?=medico|med\b|medic\b|seguro)"), "certificado "),
    # What follows from something: the sources tell no consequences ("what happens to my
    # pension if I leave", "qué pasa con mi cuenta si cambio de trabajo").
    (re.compile(r"\bwhat (?:happens|will happen|would happen)\b|"
                r"\bque (?:pasa|pasara|ocurre|sucede) (?:con|si)\b"), "whathappens"),
    # The articles by their short names ("sil 58", "ssc 3").
    (re.compile(r"\bsil (\d+)\b"), r"social insurance law article \1"),
    (re.compile(r"\bssc (\d)\b"), r"administrative measures on social security cards article \1"),
    (re.compile(r"(?<!sirve )(?<!es )\bpara que$"), "para que sirve"),  # "tarjeta X, ¿para qué?"
    (re.compile(r"\b(where|what|who|how|when|which|that|there|it|here) s\b"), r"\1 is"),
    # What to do with the cards: the guide ("hacer con las tarjetas" is no making a card).
    (re.compile(r"\b(?:que )?(?:cosas |tramites )?(?:tengo|tiene|tenemos|hay|debo|puedo|necesito)"
                r"(?: que)? hacer con (?:todas )?(?:estas |las |mis |esas )?tarjetas\b|"
                r"\btramites con (?:las |mis )?tarjetas\b|"
                r"\b(?:que|cual) (?:tarjeta )?(?:me |le )?(?:sirve|es) para que$"),
     "guia de tramites"),
    (re.compile(r"\b(security|insurance|citizen|health) cart\b"), r"\1 card"),
    (re.compile(r"\b(security|insurance|citizen|health) car$"), r"\1 card"),  # typed so far
    # What a phone's autocorrect makes of the cards' words: real words, so no speller fixes
    # them ("citizens car", "electric social security card", "social secularity").
    (re.compile(r"\bcitizens? cars?\b"), "citizen card"),
    (re.compile(r"\b(security|insurance|health) car\b(?! (?:rental|hire))"), r"\1 card"),
    (re.compile(r"\belectric (?=social|medical|health|insurance|card|certificate)"), "electronic "),
    (re.compile(r"\binsurance certified\b"), "insurance certificate"),
    (re.compile(r"\bsocial secularity\b"), "social security"),
    (re.compile(r"\b(draw|collect|my|his|her|cobrar|la|mi|su) (?:passion|pasion)\b"),
     r"\1 pension"),
    (re.compile(r"\bpublic transpiration\b"), "public transportation"),
    (re.compile(r"\bsub way\b"), "subway"),
    (re.compile(r"\bfree time\b"), "spare time"),  # no price
    (re.compile(r"\bover (here|there)\b"), r"\1"),  # "over here in China" is not all over it
    (re.compile(r"\bhealth fill\b"), "health file"),
    (re.compile(r"\bbiblioteca(?:ria)? publica\b"), "biblioteca"),
    (re.compile(r"\btrasporte\b"), "transporte"),
    (re.compile(r"\b(security|insurance|citizen|health) (?:thing|thingy|one)\b"), r"\1 card"),
    (re.compile(r"\b(cards?|tarjetas?) (?:that |which |que )?(?:the |el |la )?"
                r"(?:hospital|clinic|clinica|centro medico)s? "
                r"(?:gave|gives|issued|handed|dio|dieron)\b"), "health card"),
    (re.compile(r"\b(?:card|tarjeta) (?:que )?(?:me |te |le |nos |les )?(?:dio|dieron|da|dan|"
                r"entrego|entregaron) (?:en )?(?:el |la )?(?:hospital|clinica|centro medico)\b"),
     "tarjeta de salud"),
    (re.compile(r"\b(?:card from the hospital|tarjeta del hospital)\b"), "health card"),
    # Cards described, not named: by the photo on it, the records it keeps, the bank that gave
    # it, the phone it lives on.
    (re.compile(r"\b(?:card|tarjeta) (?:with|con) (?:my |mi |the |la |a |una )?"
                r"(?:photo|picture|foto)\b"), "social security card"),
    (re.compile(r"\bhospital records? card\b|\btarjeta del hospital (?:que guarda|con) "
                r"(?:mi |mis )?(?:historial|datos de salud)\b"), "health card"),
    (re.compile(r"\bcards? (?:that |which |wey )?(?:the |my |our |your )?(?:city|local "
                r"(?:government|govt|gov)|municipality|council|town hall|city hall)(?: dey)? "
                r"(?:gives?|gave|issues?|issued|hands? out|handed out)\b|\bcards? from the "
                r"(?:city|local (?:government|govt|gov)|municipality)\b"), "citizen card"),
    (re.compile(r"\btarjetas? (?:que |q )(?:les |te |me |nos |le |se )?(?:da|dan|dio|dieron|"
                r"entrega|entregan|emite|emiten|otorga) (?:el |la )?(?:gobierno local|municipio|"
                r"intendencia|ayuntamiento|ciudad|municipalidad|alcaldia)\b|\btarjetas? del "
                r"(?:gobierno local|municipio|ayuntamiento|intendencia)\b"), "tarjeta ciudadana"),
    (re.compile(r"\b(?:old )?bank medical card\b"), "medical insurance card"),
    (re.compile(r"\b(?:old )?card from the bank\b"), "medical insurance card"),
    (re.compile(r"\btarjeta (?:vieja|viejita|antigua) del banco\b"), "tarjeta del seguro medico"),
    (re.compile(r"\bphone social (?:security )?card\b"), "electronic social security card"),
    (re.compile(r"\b(?:phone|mobile) version\b"), "electronic version"),
    (re.compile(r"\bversion (?:del|para el|en el|de) (?:movil|celular|telefono)\b"),
     "version electronica"),
    # A card "on my phone" is its electronic form; "phone scams" or "el teléfono de la oficina"
    # are no card.
    (re.compile(r"\b((?:on|in|inside|en|desde|from) "
                r"(?:(?:my|the|her|his|el|la|mi|su|tu|your|a) )?"
                r"(?:phone app|cell phone|cellphone|mobile phone|phone|smartphone|movil|celular|"
                r"cel|telefono|app))\b"),
     r"\1 digital"),
)
_NUMBERS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "seventy four": "74", "fifty eight": "58",
    "seventy five": "75", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4",
    "setenta y cuatro": "74", "cincuenta y ocho": "58", "setenta y cinco": "75",
    "first": "1", "second": "2", "third": "3", "fourth": "4", "primero": "1", "segundo": "2",
    "tercero": "3", "cuarto": "4",
}
_ARTICLE_NUMBER = re.compile(
    r"\b(article|articulo|art) (?:(?:el|the) )?("
    + "|".join(sorted(_NUMBERS, key=len, reverse=True))
    + r")\b"
)
# Sounds made while thinking ("article, uh, 2"), and a number taken back for another ("article
# 74, no, sorry, 75"): the number meant.
_HESITATIONS = re.compile(r"\b(?:uh|um|umm|uhm|erm|eh|ehh|emm|mmm)\b ?")
_TAKEN_BACK = re.compile(
    r"\b\d+ (?:no )?(?:wait|perdon|sorry|i mean|quiero decir|digo|mejor dicho) "
    r"(?:(?:no|article|articulo|el|la|the) )*(\d+)\b"
)
# "my father-in-law" is a relative, never the law (nor a son, a child): read as "relative".
_IN_LAW = re.compile(r"\b\w+ in laws?\b")


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", bare).split())


# A letter typed three times or more is one ("sooo", "holaaa", "graciasss").
_REPEATED = re.compile(r"([a-z])\1{2,}")


def squeeze(text: str) -> str:
    """Letters typed three times or more, once."""
    return _REPEATED.sub(r"\1", text)


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """Folded words, with a few shorthands expanded."""
    out: list[str] = []
    folded = _IN_LAW.sub("relative", fold(text.replace("%", " percent ")))
    folded = _TAKEN_BACK.sub(r"\1", _HESITATIONS.sub("", folded))
    folded = _ARTICLE_NUMBER.sub(lambda m: f"{m[1]} {_NUMBERS[m[2]]}", folded)
    for pattern, replacement in _PHRASES:
        folded = pattern.sub(replacement, folded)
    folded = _CHINESE_WORDS.sub(r" \1 ", folded)  # Chinese is written without spaces
    split = squeeze(folded).split()
    for at, word in enumerate(split):
        following = split[at + 1] if at + 1 < len(split) else ""
        if word == "e" and (following in _AND_BEFORE or following.startswith(("i", "hi"))):
            out.append(word)  # "e" is "and" in Portuguese and Italian: "a tarjeta e o certificado"
            continue
        out.extend(_EXPANSIONS.get(word, word).split())
    return tuple(out)


def singular(token: str) -> str:
    """A crude singular for English and Spanish plurals in -s ("cards", "tarjetas")."""
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def content(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(token for token in tokens if token not in STOPWORDS)


def clip(query: str) -> str:
    """The part of a query that is searched: bounded so that the work per query is too."""
    return query[:MAX_QUERY_CHARS]


def is_question(query: str, tokens: tuple[str, ...]) -> bool:
    """A question rather than a bare "A vs B": a question mark or an interrogative word."""
    if any(mark in query for mark in QUESTION_MARKS):
        return True
    return any(token in QUESTION_WORDS for token in tokens[:3])


def detect_language(query: str) -> str | None:
    """The registered language (bot/languages.py) the text clearly is in, by its cue words and
    letters; None when no language leads."""
    return detected(query, languages.generation())


@lru_cache(maxsize=4096)
def detected(query: str, _generation: int) -> str | None:
    """`detect_language`, kept per text while the registered languages stay the same (one
    message asks it about six times)."""
    text = clip(query)
    lowered = text.casefold()
    tokens = fold(text).split()
    scores = sorted(
        (sum(token in language.cue_words for token in tokens)
         + (2 * sum(ch in language.cue_letters for ch in lowered) if language.cue_letters else 0),
         language.code)
        for language in languages.registered()
    )  # fmt: skip
    (best, code), runner_up = scores[-1], scores[-2][0] if len(scores) > 1 else 0
    return code if best >= 1 and best > runner_up else None
