"""How people ask, mapped to the target the bot should show first.

Written from how users type (typos, synonyms, whole questions, odd word order), not from what
the search engine happens to do. Rules of the expected targets:
- one card named -> its profile (``card:<id>``);
- two cards named in a question -> the FAQ about them when there is one, else their comparison;
- two cards named without a question ("A vs B", "difference between A and B") -> ``cmp:a:b``
  (canonical order: the order of ``bot.knowledge.CARDS``);
- a question that a FAQ answers -> ``faq:<n>``; an article -> ``law:<id>``.
"""

from __future__ import annotations

PHRASINGS_EN: tuple[tuple[str, str], ...] = (
    # single cards, typos and synonyms
    ("health card", "card:health"),
    ("helth card", "card:health"),
    ("Health Card", "card:health"),
    ("healthcare card", "card:health"),
    ("citizen card", "card:citizen"),
    ("citzen card info", "card:citizen"),
    ("city card", "card:citizen"),
    ("medical card", "card:medical"),
    ("medical insurence card", "card:medical"),
    ("what is a medical insurance card", "card:medical"),
    ("e-medical", "card:emedical"),
    ("electronic medical insurance certificate", "card:emedical"),
    ("digital social security card", "card:esocial"),
    ("electronic social securty card", "card:esocial"),
    ("social insurance card", "card:social"),
    ("hrss card", "card:social"),
    ("social securty card", "card:social"),
    ("card social security", "card:social"),
    # two cards, question -> FAQ
    ("is the health card the same as a social security card?", "faq:1"),
    ("Is a health card a social security card", "faq:1"),
    ("is my social security card the same thing as the medical insurance card?", "faq:2"),
    ("are citizen card and social security card the same?", "faq:3"),
    ("can the citizen card be used as my social security card?", "faq:3"),
    ("are human resources and social security cards social security cards?", "faq:4"),
    ("is the e-medical certificate the same as the electronic social security card?", "faq:5"),
    # two cards, no question -> comparison
    ("citizen vs social security", "cmp:social:citizen"),
    ("difference between medical insurance card and social security card", "cmp:social:medical"),
    ("health card vs medical card", "cmp:medical:health"),
    ("citizen card or health card", "cmp:health:citizen"),
    ("compare e-social security card and social security card", "cmp:social:esocial"),
    ("is the citizen card the same as the health card?", "cmp:health:citizen"),
    ("medical insurance card vs electronic medical insurance certificate", "cmp:medical:emedical"),
    # other FAQs
    ("what kinds of social insurance are there", "faq:6"),
    ("types of social insurance", "faq:6"),
    ("what can I do with my social security card", "faq:7"),
    ("what types of social security cards exist?", "faq:8"),
    ("when does my employer have to register me for social insurance", "faq:9"),
    ("what is my social security number?", "faq:10"),
    # law
    ("article 58", "law:sil-58"),
    ("social insurance law article 74", "law:sil-74"),
    ("art. 75 social insurance law", "law:sil-75"),
    ("social security card measures article 3", "law:ssc-3"),
)

PHRASINGS_ES: tuple[tuple[str, str], ...] = (
    # una tarjeta
    ("tarjeta sanitaria", "card:health"),
    ("tarjta sanitaria", "card:health"),
    ("carnet sanitario", "card:health"),
    ("tarjeta de salud", "card:health"),
    ("TARJETA CIUDADANA", "card:citizen"),
    ("tarjeta del ciudadano", "card:citizen"),
    ("tarjeta ciudadania", "card:citizen"),
    ("tarjeta de seguro medico", "card:medical"),
    ("tarjeta médica", "card:medical"),
    ("certificado electrónico de seguro médico", "card:emedical"),
    ("certificado medico electronico", "card:emedical"),
    ("tarjeta electrónica de seguridad social", "card:esocial"),
    ("tarjeta de seguridad social electronica", "card:esocial"),
    ("tarjeta de la seguridad social", "card:social"),
    ("tarjeta de seguridad socail", "card:social"),
    ("¿qué es la tarjeta de seguro social?", "card:social"),
    ("seguridad social tarjeta", "card:social"),
    # dos tarjetas con pregunta -> FAQ
    ("¿la tarjeta sanitaria es una tarjeta de seguridad social?", "faq:1"),
    ("es la tarjeta de salud lo mismo que la tarjeta de la seguridad social", "faq:1"),
    ("¿la tarjeta de seguridad social es igual que la tarjeta de seguro médico?", "faq:2"),
    ("¿son la tarjeta ciudadana y la tarjeta de seguridad social la misma tarjeta?", "faq:3"),
    (
        "¿Son las tarjetas electrónicas de seguro médico y las tarjetas electrónicas de "
        "seguro social lo mismo?",
        "faq:5",
    ),
    ("¿el certificado médico electrónico es la tarjeta electrónica de seguridad social?", "faq:5"),
    # dos tarjetas sin pregunta -> comparación
    ("tarjeta ciudadana seguridad social", "cmp:social:citizen"),
    ("diferencia entre tarjeta sanitaria y tarjeta médica", "cmp:medical:health"),
    ("tarjeta ciudadana vs tarjeta sanitaria", "cmp:health:citizen"),
    (
        "comparar tarjeta de seguro medico y certificado electronico de seguro medico",
        "cmp:medical:emedical",
    ),
    ("tarjeta de seguridad social o tarjeta electrónica de seguridad social", "cmp:social:esocial"),
    ("¿la tarjeta ciudadana es una tarjeta sanitaria?", "cmp:health:citizen"),
    # otras preguntas
    ("¿qué tipos de seguro social hay?", "faq:6"),
    ("¿qué tipos de tarjeta de seguridad social existen?", "faq:8"),
    ("¿cuándo debe mi empleador inscribirme en el seguro social?", "faq:9"),
    ("¿cuál es mi número de seguridad social?", "faq:10"),
    # ley
    ("artículo 58", "law:sil-58"),
    ("articulo 74 ley de seguro social", "law:sil-74"),
    ("ley del seguro social artículo 2", "law:sil-2"),
)

PHRASINGS: tuple[tuple[str, str], ...] = PHRASINGS_EN + PHRASINGS_ES
