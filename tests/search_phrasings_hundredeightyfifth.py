"""Hundred-and-eighty-fifth phrasing set (careful, sceptical readers after one precise
point who describe cards by their features: British and Australian accountants and
lawyers; Uruguayan and Paraguayan Spanish speakers), written blind from the seeds
(issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDEIGHTYFIFTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en",
        "task",
        "Which card do I present at the hospital registration desk so it's charged to my medical "
        "account?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "Need to see a doctor at a designated hospital - what do I actually hand over to pay?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "Precisely which card settles a pharmacy purchase against my personal medical insurance "
        "account?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "Picking up prescription meds at a designated chemist, which card do they take?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "I paid out of pocket at the hospital. Which card do I use to get the medical expenses "
        "reimbursed?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "Where can I look up my own health file, and through which card?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "Which credential is accepted for doing medical insurance business online, strictly "
        "speaking?",
        "task:online",
    ),
    (
        "en",
        "task",
        "A client of mine is retiring in Shanghai. Which card is used to draw the pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "Made redundant last month - which card do I need to register as unemployed and claim "
        "benefits?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "Which card would I need to enrol on vocational trainng after losing my job?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "Which card supports a claim for work-related injury benefits, e.g. after an accident on "
        "site?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "As an accountant I'd like to verify the contributions my employer has actually paid in. "
        "Which card?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "Which card shows the total accumulated in my pension and medical insurance accounts?",
        "task:contributions",
    ),
    ("en", "task", "Which card is the one you tap on the busses and the metro?", "task:transport"),
    (
        "en",
        "task",
        "Is there a card for local public services, public reading rooms and the like?",
        "task:services",
    ),
    (
        "en",
        "task",
        "Other than my passport, which card can I use locally to prove who I am?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "How does one obtain the physical social security card - do I apply or does my employer?",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "What are the conditions for activating the electronic social security card on my phone?",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "How do I get hold of the electronic medical insurance certificate?",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "How would a resident go about getting the city's own card, the one for buses and the "
        "e-wallet?",
        "task:getcitizen",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "chemist", "task:pharmacy"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "metro", "task:transport"),
    ("en", "short", "IC card", "card:social"),
    ("en", "short", "e-medical", "card:emedical"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "citizen ca", "card:citizen"),
    ("en", "short", "legal basis", "law"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "contribs", "task:contributions"),
    ("en", "short", "health file", "task:healthfile"),
    ("en", "short", "HRSS card", "card:social"),
    ("en", "short", "e-social", "card:esocial"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "SS number", "faq:10"),
    ("en", "short", "insurance types", "faq:6"),
    # ---------------- English: oos (18) ----------------
    ("en", "oos", "What is the fee for replacing a lost social security card?", "none"),
    (
        "en",
        "oos",
        "How many working days does it take for the card to be produced once applied for?",
        "none",
    ),
    (
        "en",
        "oos",
        "I've forgotten the PIN for my electronic social security card. How do I reset it?",
        "none",
    ),
    ("en", "oos", "What is the statutory retirement age for a foreign employee in China?", "none"),
    ("en", "oos", "Does the citizen card work in Hong Kong as well?", "none"),
    (
        "en",
        "oos",
        "Can I use my Chinese social security card back home in Melbourne, against Medicare?",
        "none",
    ),
    (
        "en",
        "oos",
        "Where's the social security office in Chaoyang and what are its opening hours?",
        "none",
    ),
    ("en", "oos", "How much is the monthly unemployment benefit in Shenzhen, in yuan?", "none"),
    (
        "en",
        "oos",
        "Are social insurance contributions deductible for individual income tax purposes?",
        "none",
    ),
    (
        "en",
        "oos",
        "Is my work permit or visa conditional on holding a social security card?",
        "none",
    ),
    (
        "en",
        "oos",
        "The card has an expiry date printed on it - how do I renew it when it lapses?",
        "none",
    ),
    (
        "en",
        "oos",
        "Can I withdraw my pension contributions as a lump sum when I leave China for good?",
        "none",
    ),
    (
        "en",
        "oos",
        "Is my employer's private health cover accepted in place of the medical insurance card?",
        "none",
    ),
    (
        "en",
        "oos",
        "The chip on my card seems damaged and won't read. Which branch do I take it to?",
        "none",
    ),
    ("en", "oos", "Can the health card be used in a hospital in another province?", "none"),
    (
        "en",
        "oos",
        "Any decent lunch spots near the citizen card service centre in Hangzhou?",
        "none",
    ),
    ("en", "oos", "What's the AUD to RMB rate today?", "none"),
    ("en", "oos", "Is it going to rain in Chengdu tomorrow?", "none"),
    # ---------------- English: card (12) ----------------
    (
        "en",
        "card",
        "Who exactly issues the social security card - the Ministry or the local bureau?",
        "card:social:issuer",
    ),
    (
        "en",
        "card",
        "What precisely is stored on the chip of the card with my photo and ID number on the face?",
        "card:social:records",
    ),
    (
        "en",
        "card",
        "Where exactly is the Ministry-designed chip card valid: only in the issuing city, or "
        "nationwide?",
        "card:social:scope",
    ),
    (
        "en",
        "card",
        "Which legal instrument actually governs the social security card?",
        "card:social:legal",
    ),
    (
        "en",
        "card",
        "Is the electronic social security card a separate plastic card, or purely digital?",
        "card:esocial:form",
    ),
    (
        "en",
        "card",
        "Who manages the phone version of the social security card - which platform runs it?",
        "card:esocial:manager",
    ),
    (
        "en",
        "card",
        "That old medical card the designated bank used to hand out - who issued it, exactly?",
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        "Was the old bank-issued medical insurance card considered secure at all?",
        "card:medical:security",
    ),
    (
        "en",
        "card",
        "The medical insurance credential that exists only on a phone: where exactly can it be "
        "used?",
        "card:emedical:scope",
    ),
    (
        "en",
        "card",
        "What, in plain terms, is the electronic medical insurance certificate?",
        "card:emedical:what",
    ),
    (
        "en",
        "card",
        "The card that holds my medical history for hospitals - who manages it, the hospital or "
        "the health dept?",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "The card the local government gives residents for the bus and small payments: who "
        "issues it?",
        "card:citizen:issuer",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "What's the actual difference between the health card and the citizen card?",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        "Electronic SSC versus the physical one - how do they differ, if at all?",
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        "How does the old bank-issued medical card differ from the e-medical certificate on my "
        "phone?",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (3) ----------------
    (
        "en",
        "faq",
        "Strictly speaking, is a 'human resources and social security card' a social security "
        "card, or a different instrument?",
        "faq:4",
    ),
    (
        "en",
        "faq",
        "What kinds of social insurance are there - pension, medical, what else?",
        "faq:6",
    ),
    (
        "en",
        "faq",
        "Within how many days must an employer register a new hire for social insurance?",
        ("faq:9", "law:sil-58"),
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "Which article of the Social Insurance Law obliges the agency to keep contribution "
        "records and let me check them free of charge?",
        "law:sil-74",
    ),
    (
        "en",
        "law",
        "What does article 3 of the Administrative Measures on Social Security Cards say?",
        "law:ssc-3",
    ),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "Cheers, that clarifies it.", "greeting"),
    ("en", "greeting", "G'day", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    ("es", "task", "¿Con qué tarjeta me atiendo en el hospital acá en China?", "task:hospital"),
    (
        "es",
        "task",
        "Para sacar número con el médico y pagar en el hospital, ¿cuál uso?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta tengo que mostrar en la farmacia para pagar los remedios con la cuenta del "
        "seguro?",
        "task:pharmacy",
    ),
    ("es", "task", "Necesito comprar medicamentos recetados, ¿qué tarjeta llevo?", "task:pharmacy"),
    (
        "es",
        "task",
        "Pagué la consulta de mi bolsillo, ¿con qué tarjeta pido el reintegro de los gastos "
        "médicos?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿Dónde consulto mi historia clínica personal y con qué tarjeta?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "Quiero hacer los trámites del seguro médico por internet, ¿qué credencial me sirve?",
        "task:online",
    ),
    (
        "es",
        "task",
        "Mi viejo se jubila en Cantón, ¿con qué tarjeta cobra la jubilación?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "Me quedé sin laburo, ¿qué tarjeta necesito para anotarme en el desempleo y cobrar el "
        "subsidio?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "¿Cuál tarjeta sirve para inscribirse en cursos de capacitacion laboral estando "
        "desempleado?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "Tuve un accidente en la obra, ¿con qué tarjeta reclamo las prestaciones por accidente "
        "de trabajo?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿Cómo verifico que mi empleador efectivamente aportó? ¿Con qué tarjeta consulto los "
        "aportes?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta me muestra cuánto acumulé en la cuenta de jubilación y en la del seguro "
        "médico?",
        "task:contributions",
    ),
    ("es", "task", "¿Con cuál me tomo el ómnibus y el subte?", "task:transport"),
    (
        "es",
        "task",
        "¿Qué tarjeta da acceso a los servicios públicos de la ciudad, tipo salas de lectura?",
        "task:services",
    ),
    (
        "es",
        "task",
        "¿Hay alguna tarjeta que sirva para acreditar identidad, como una cédula?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "¿Cómo saco la tarjeta física de seguridad social? ¿La tramita la empresa o yo?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿Qué necesito para activar la versión electrónica de la tarjeta de seguridad social?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "Como consigo el certificado electronico del seguro medico?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿Cómo hago para tener la tarjeta ciudadana si soy residente?",
        "task:getcitizen",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "jubilac", "task:pension"),
    ("es", "short", "subte", "task:transport"),
    ("es", "short", "reintegro", "task:reimburse"),
    ("es", "short", "tarj salud", "card:health"),
    ("es", "short", "tarjeta ciudad", "card:citizen"),
    ("es", "short", "certificado elec", "card:emedical"),
    ("es", "short", "seguridad soc", "card:social"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "historia clínica", "task:healthfile"),
    ("es", "short", "aportes", "task:contributions"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "base legal", "law"),
    ("es", "short", "cédula", "task:identity"),
    ("es", "short", "tarjeta IC", "card:social"),
    ("es", "short", "tarjeta seg médico", "card:medical"),
    ("es", "short", "nro seguridad social", "faq:10"),
    ("es", "short", "tarjetas", "cards"),
    # ---------------- Spanish: oos (18) ----------------
    (
        "es",
        "oos",
        "¿Cuánto cuesta sacar un duplicado si perdí la tarjeta de seguridad social?",
        "none",
    ),
    ("es", "oos", "Me robaron la billetera con la tarjeta ciudadana, ¿cómo la bloqueo?", "none"),
    ("es", "oos", "¿Cuántos días demora en salir la tarjeta una vez que la pedís?", "none"),
    (
        "es",
        "oos",
        "Olvidé la contraseña del certificado electrónico del seguro médico, ¿qué hago?",
        "none",
    ),
    ("es", "oos", "¿A qué edad se jubila un extranjero en China?", "none"),
    ("es", "oos", "¿Cuánto cobra por mes un desempleado en Pekín?", "none"),
    (
        "es",
        "oos",
        "¿Dónde queda la oficina de seguridad social en Shanghái y a qué hora abre?",
        "none",
    ),
    ("es", "oos", "¿Los aportes que hice en China me cuentan para el BPS en Uruguay?", "none"),
    (
        "es",
        "oos",
        "¿Hay convenio entre Paraguay y China para sumar los años aportados al IPS?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Necesito la tarjeta de seguridad social para renovar la visa de trabajo?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Los aportes a la seguridad social se descuentan del impuesto a la renta?",
        "none",
    ),
    ("es", "oos", "¿Puedo usar la tarjeta ciudadana de Hangzhou cuando viajo a Shanghái?", "none"),
    ("es", "oos", "¿Cómo renuevo la tarjeta cuando se vence?", "none"),
    ("es", "oos", "¿Mi mutualista de Montevideo me cubre si me enfermo en China?", "none"),
    ("es", "oos", "¿Cuál es el monto mínimo que hay que cargarle a la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿Dónde compro yerba mate en Shanghái?", "none"),
    ("es", "oos", "¿Qué tal el clima en Cantón en julio?", "none"),
    ("es", "oos", "¿Recomendás algún restaurante paraguayo en Pekín?", "none"),
    # ---------------- Spanish: card (12) ----------------
    (
        "es",
        "card",
        "¿Para qué sirve concretamente la tarjeta de seguridad social?",
        "card:social:function",
    ),
    (
        "es",
        "card",
        "¿Quién tiene derecho a la tarjeta de seguridad social? ¿Solo los trabajadores urbanos?",
        "card:social:eligibility",
    ),
    (
        "es",
        "card",
        "La tarjeta con chip que diseñó el Ministerio, ¿qué tan segura es realmente?",
        "card:social:security",
    ),
    (
        "es",
        "card",
        "¿La tarjeta de seguridad social es de plástico o es una app?",
        "card:social:form",
    ),
    (
        "es",
        "card",
        "¿Quién emite exactamente la versión digital de la tarjeta de seguridad social?",
        "card:esocial:issuer",
    ),
    (
        "es",
        "card",
        "Para tener la tarjeta electrónica de seguridad social, ¿hace falta tener antes la física?",
        ("card:esocial:eligibility", "task:getesocial"),
    ),
    (
        "es",
        "card",
        "Esa tarjeta vieja del seguro médico que daba el banco, ¿para qué servía exactamente?",
        "card:medical:function",
    ),
    (
        "es",
        "card",
        "El certificado del seguro médico que va en el celular, ¿existe en plástico o es solo "
        "electrónico?",
        "card:emedical:form",
    ),
    (
        "es",
        "card",
        "¿Qué es exactamente el certificado electrónico de seguro médico?",
        "card:emedical:what",
    ),
    ("es", "card", "¿Qué datos registra la tarjeta de salud?", "card:health:records"),
    (
        "es",
        "card",
        "La tarjeta que da el gobierno local y funciona como monedero electrónico, ¿dónde se "
        "puede usar?",
        "card:citizen:scope",
    ),
    (
        "es",
        "card",
        "La tarjeta con la que el hospital ve mi estado de salud, ¿para qué sirve bien?",
        "card:health:function",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "¿El certificado electrónico del seguro médico y la tarjeta de salud son lo mismo?",
        "cmp:emedical:health",
    ),
    (
        "es",
        "compare",
        "¿Qué diferencia hay entre la tarjeta ciudadana y la tarjeta electrónica de seguridad "
        "social?",
        "cmp:esocial:citizen",
    ),
    (
        "es",
        "compare",
        "La tarjeta vieja del seguro médico vs la tarjeta de salud, ¿en qué se diferencian?",
        "cmp:medical:health",
    ),
    # ---------------- Spanish: faq (3) ----------------
    ("es", "faq", "¿La tarjeta de salud es una tarjeta de seguridad social o no?", "faq:1"),
    (
        "es",
        "faq",
        "¿El certificado electrónico de seguro médico y la tarjeta electrónica de seguridad "
        "social son la misma cosa?",
        "faq:5",
    ),
    (
        "es",
        "faq",
        "¿Qué tipos de tarjeta de seguridad social hay? Me dijeron que existe una para empleadores",
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿Qué dice el artículo 2 de la Ley de Seguro Social?", "law:sil-2"),
    (
        "es",
        "law",
        "¿Qué artículo establece los principios de amplia cobertura, protección básica y "
        "sostenibilidad?",
        "law:sil-3",
    ),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "Buenas, ¿cómo andás?", "greeting"),
    ("es", "greeting", "Joya, muchas gracias", "greeting"),
)
