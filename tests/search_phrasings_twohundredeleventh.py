"""Two-hundred-and-eleventh phrasing set (trailing spouses in China with no employer; US English,
Spain Spanish), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

TWOHUNDREDELEVENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en", "task",
        "ok so my husband's company covers HIS insurance but I don't work here. I need to see a "
        "doctor next week, what card do I bring?",
        "task:hospital",
    ),
    (
        "en", "task",
        "need to grab allergy meds at the pharmacy, which card do they want? trailing spouse "
        "here, no job",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "is there some card so I can ride the subway w/o buying a ticket every single time",
        "task:transport",
    ),
    (
        "en", "task",
        "is it the citizen card I need for the bus or something else? everyone at the expat "
        "coffee morning says something different",
        "task:transport",
    ),
    (
        "en", "task",
        "I paid out of pocket at a clinic last month. can I get that money back and which card "
        "handles that?",
        "task:reimburse",
    ),
    (
        "en", "task",
        "where can I look up my own health file? like my records from the checkups",
        "task:healthfile",
    ),
    (
        "en", "task",
        "want to do the medical insurance stuff online from my phone instead of going in person. "
        "what do I need for that",
        "task:online",
    ),
    (
        "en", "task",
        "my hubby wants to check how much his company has actually paid into his social "
        "insurance, which card does that",
        "task:contributions",
    ),
    (
        "en", "task",
        "we might end up staying til retirement lol. what card would you even use to draw a "
        "pension here?",
        "task:pension",
    ),
    (
        "en", "task",
        "if my wife's contract ends and she's out of work which card is for unemployment benefits?",
        "task:unemployment",
    ),
    (
        "en", "task",
        "my husband got hurt at the plant yesterday. which card deals with work injury benefits??",
        "task:injury",
    ),
    (
        "en", "task",
        "I have to prove who I am at a government office and all I've got is my US passport. is "
        "there a Chinese card that works as ID?",
        "task:identity",
    ),
    (
        "en", "task",
        "which card do I need for local public services, like the public reading room at the "
        "library?",
        "task:services",
    ),
    (
        "en", "task",
        "how do I get a social security card if I don't have an employer? I'm here on a spouse "
        "visa",
        "task:getsocial",
    ),
    (
        "en", "task",
        "can I apply for the electronic social security card on my phone even tho I never had a "
        "physical one?",
        "task:getesocial",
    ),
    (
        "en", "task",
        "stay at home mom here, no job in China. can I still get the electronic medical "
        "insurance certificate?",
        "task:getemedical",
    ),
    (
        "en", "task",
        "how does a foreign housewife get a citizen card? do you need a job for it",
        "task:getcitizen",
    ),
    (
        "en", "task",
        "health stuff in general, doctor, meds, getting reimbursed. what are my options?",
        "tasks:care",
    ),
    (
        "en", "task",
        "ok I'm overwhelmed. just show me the things I might need a card for as a non-working "
        "spouse",
        "tasks",
    ),
    (
        "en", "task",
        "I literally have zero cards right now, what cards can I even get and how",
        "tasks:getcard",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "metrocard", "task:transport"),
    ("en", "short", "SSN", "faq:10"),
    ("en", "short", "shebao ka", "card:social"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "esocial card", "card:esocial"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "unemploymnt", "task:unemployment"),
    ("en", "short", "workers comp", "task:injury"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "art 58", "law:sil-58"),
    ("en", "short", "legal basis", "law"),
    ("en", "short", "photo ID", "task:identity"),
    ("en", "short", "lost card", "none"),
    ("en", "short", "dependent visa", "none"),
    ("en", "short", "yibao code", "card:emedical"),
    # ---------------- English: oos (18) ----------------
    ("en", "oos", "can my husband add me as a dependent on his chinese social insurance?", "none"),
    (
        "en", "oos",
        "I lost my social security card at Carrefour, how do I get a replacement",
        "none",
    ),
    ("en", "oos", "how long does it take to get the citizen card once you apply?", "none"),
    ("en", "oos", "how much does it cost to make a social security card", "none"),
    (
        "en", "oos",
        "what are the opening hours of the social security bureau in Shanghai on saturdays",
        "none",
    ),
    (
        "en", "oos",
        "is the international health plan from my husband's company better than chinese public "
        "insurance?",
        "none",
    ),
    ("en", "oos", "can I legally work on an S1 spouse visa or do I need my own permit", "none"),
    (
        "en", "oos",
        "forgot the password for the electronic social security card app, how do I reset it",
        "none",
    ),
    ("en", "oos", "which hospitals in Beijing have English speaking doctors for kids?", "none"),
    ("en", "oos", "does the US-China totalization agreement cover me if I never paid in?", "none"),
    ("en", "oos", "can I open a chinese bank account without a job here", "none"),
    ("en", "oos", "best VPN for china right now?", "none"),
    (
        "en", "oos",
        "my residence permit ends when my husband's work permit does. will my card just stop "
        "working?",
        "none",
    ),
    ("en", "oos", "any good english-speaking groups in Shenzhen for accompanying spouses?", "none"),
    (
        "en", "oos",
        "if my husband passes away while we're in China can I collect his pension?",
        "none",
    ),
    ("en", "oos", "is there an english hotline for social insurance questions", "none"),
    (
        "en", "oos",
        "the card reader at the pharmacy keeps rejecting my card, is it broken or what",
        "none",
    ),
    (
        "en", "oos",
        "roughly how much will my husband's pension be per month when he retires?",
        "none",
    ),
    # ---------------- English: card (12) ----------------
    (
        "en", "card",
        "what is the health card exactly? my neighbor keeps mentioning it",
        "card:health",
    ),
    (
        "en", "card",
        "who actually hands out the citizen card, the city or the national government?",
        "card:citizen:issuer",
    ),
    (
        "en", "card",
        "does the health card keep my medical history on it? what does it record",
        "card:health:records",
    ),
    (
        "en", "card",
        "that QR thing for medical insurance the pharmacy scanned on my husband's phone, what is "
        "it?",
        "card:emedical",
    ),
    (
        "en", "card",
        "is the electronic social security card an actual physical card or just in the app?",
        "card:esocial:form",
    ),
    (
        "en", "card",
        "the card the city gives residents for buses and the library, what's that one?",
        "card:citizen",
    ),
    ("en", "card", "define social security card", "card:social:what"),
    ("en", "card", "who issues the e social security card?", "card:esocial:issuer"),
    (
        "en", "card",
        "is the old medical insurance card secure? someone said it's easy to copy",
        "card:medical:security",
    ),
    (
        "en", "card",
        "can a non-working spouse get the old style medical insurance card?",
        "card:medical:eligibility",
    ),
    (
        "en", "card",
        "does the social security card work in other provinces if we move from Suzhou to Chengdu?",
        ("law:ssc-4", "card:social:scope"),
    ),
    ("en", "card", "what law is the social security card itself based on?", "card:social:legal"),
    # ---------------- English: compare (3) ----------------
    (
        "en", "compare",
        "difference between the citizen card and the health card?",
        "cmp:health:citizen",
    ),
    (
        "en", "compare",
        "social security card vs electronic social security card, do I need both??",
        "cmp:social:esocial",
    ),
    (
        "en", "compare",
        "old medical insurance card vs the electronic medical insurance certificate, what's "
        "different",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (3) ----------------
    (
        "en", "faq",
        "is the health card the same thing as a social security card? my husband swears it is",
        "faq:1",
    ),
    (
        "en", "faq",
        "what kinds of social insurance even exist in China? trying to figure out what my "
        "husband's company pays for",
        "faq:6",
    ),
    (
        "en", "faq",
        "my husband started at his new company 3 weeks ago and they haven't registered him for "
        "social insurance yet. how long do they have?",
        "faq:9",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en", "law",
        "article 75 of the social insurance law, the information system one",
        "law:sil-75",
    ),
    ("en", "law", "which laws do your answers come from? list them pls", "law"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "hi there! just moved here with my husband, nice to meet you", "greeting"),
    ("en", "greeting", "ok thanks so much, that helped a ton. bye!", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es", "task",
        "Mi marido curra aquí y yo no tengo contrato. Si me pongo mala, ¿qué tarjeta llevo al "
        "hospital?",
        "task:hospital",
    ),
    (
        "es", "task",
        "tengo que comprar ibuprofeno en la farmacia, me piden alguna tarjeta o con el movil vale?",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "¿hay algo como el abono transporte de Madrid para el metro de aquí?",
        "task:transport",
    ),
    ("es", "task", "para coger el bus, ¿vale la tarjeta ciudadana o es otra?", "task:transport"),
    (
        "es", "task",
        "pagué una consulta de mi bolsillo, ¿cómo recupero el dinero y con qué tarjeta?",
        "task:reimburse",
    ),
    (
        "es", "task",
        "quiero consultar mi historial de salud, que tarjeta uso para eso",
        "task:healthfile",
    ),
    (
        "es", "task",
        "¿se pueden hacer los trámites del seguro médico por internet desde el móvil?",
        "task:online",
    ),
    (
        "es", "task",
        "¿cómo mira mi marido cuánto le ha cotizado la empresa hasta ahora?",
        "task:contributions",
    ),
    (
        "es", "task",
        "si algún día cobramos la pensión aquí, ¿con qué tarjeta sería?",
        "task:pension",
    ),
    (
        "es", "task",
        "si a mi mujer la echan del curro, ¿qué tarjeta sirve para pedir el paro?",
        "task:unemployment",
    ),
    (
        "es", "task",
        "mi marido ha tenido un accidente laboral en la fábrica, ¿qué tarjeta hay que usar para "
        "las prestaciones?",
        "task:injury",
    ),
    (
        "es", "task",
        "necesito identificarme en una oficina y solo llevo el pasaporte, ¿hay alguna tarjeta "
        "que sirva de DNI aquí?",
        "task:identity",
    ),
    (
        "es", "task",
        "para la sala de lectura pública y otros servicios del ayuntamiento, ¿qué tarjeta "
        "necesito?",
        "task:services",
    ),
    (
        "es", "task",
        "no tengo empleador, vine con el visado de familiar. ¿puedo sacarme la tarjeta de la "
        "seguridad social?",
        "task:getsocial",
    ),
    (
        "es", "task",
        "¿cómo activo la tarjeta electrónica de seguridad social si todavía no tengo la física?",
        "task:getesocial",
    ),
    (
        "es", "task",
        "soy ama de casa aqui, puedo conseguir el certificado electronico del seguro medico??",
        "task:getemedical",
    ),
    (
        "es", "task",
        "¿dónde se saca la tarjeta ciudadana? ¿hace falta tener trabajo?",
        "task:getcitizen",
    ),
    (
        "es", "task",
        "cosas del día a día: el metro, identificarme, servicios de la ciudad... ¿qué me toca?",
        "tasks:life",
    ),
    (
        "es", "task",
        "temas de dinero: pensión, paro, lo cotizado... ¿por dónde empiezo?",
        "tasks:money",
    ),
    (
        "es", "task",
        "médico, farmacia, reembolsos... ¿qué opciones hay para los temas de salud?",
        "tasks:care",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "bonobus", "task:transport"),
    ("es", "short", "tarj ciud", "card:citizen"),
    ("es", "short", "NUSS", "faq:10"),
    ("es", "short", "shebao", "card:social"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "jubilacion", "task:pension"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "DNI", "task:identity"),
    ("es", "short", "base juridica", "law"),
    ("es", "short", "articulo 74", "law:sil-74"),
    ("es", "short", "cita previa", "none"),
    ("es", "short", "tarjeta perdida", "none"),
    ("es", "short", "visado familiar", "none"),
    # ---------------- Spanish: oos (18) ----------------
    ("es", "oos", "¿me puede meter mi marido como beneficiaria en su seguro social chino?", "none"),
    ("es", "oos", "he perdido la tarjeta de la seguridad social en el metro, ¿qué hago?", "none"),
    ("es", "oos", "¿cuánto tardan en darte la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿cuánto cuesta sacarse la tarjeta? no sé si hay que pagar algo", "none"),
    (
        "es", "oos",
        "¿a qué hora abre la oficina de la seguridad social de Cantón los sábados?",
        "none",
    ),
    (
        "es", "oos",
        "¿me conviene más un seguro privado tipo Sanitas internacional que el público chino?",
        "none",
    ),
    ("es", "oos", "con el visado de acompañante, ¿puedo trabajar legalmente?", "none"),
    (
        "es", "oos",
        "no me acuerdo de la contraseña de la app de la tarjeta electrónica, ¿cómo la cambio?",
        "none",
    ),
    ("es", "oos", "¿qué hospitales de Shanghái tienen médicos que hablen español?", "none"),
    (
        "es", "oos",
        "¿el convenio de seguridad social entre España y China me cubre a mí si no trabajo?",
        "none",
    ),
    ("es", "oos", "¿puedo abrir una cuenta en el banco sin tener trabajo aquí?", "none"),
    ("es", "oos", "¿qué VPN funciona mejor en China?", "none"),
    ("es", "oos", "¿me sirve la tarjeta sanitaria europea en China?", "none"),
    ("es", "oos", "¿cuánto le va a quedar de pensión a mi marido cuando se jubile?", "none"),
    ("es", "oos", "¿hay algún grupo de españoles en Pekín para parejas de expatriados?", "none"),
    ("es", "oos", "se me ha roto el chip de la tarjeta, me hacen otra nueva?", "none"),
    (
        "es", "oos",
        "si mi marido deja la empresa, ¿cuánto tiempo tengo para salir del país con mi permiso "
        "de residencia?",
        "none",
    ),
    ("es", "oos", "¿puedo convalidar mi título de enfermera aquí?", "none"),
    # ---------------- Spanish: card (12) ----------------
    ("es", "card", "¿qué es la tarjeta ciudadana? aquí todo el mundo la tiene", "card:citizen"),
    ("es", "card", "¿quién expide la tarjeta de seguridad social?", "card:social:issuer"),
    (
        "es", "card",
        "y quién gestiona la tarjeta de seguridad social, el ministerio o la provincia?",
        "card:social:manager",
    ),
    ("es", "card", "la tarjeta de salud, ¿para qué sirve exactamente?", "card:health:function"),
    ("es", "card", "¿dónde se usa la tarjeta de salud? ¿solo en hospitales?", "card:health:scope"),
    (
        "es", "card",
        "el código QR del seguro médico que sale en el móvil de mi marido, ¿qué es eso?",
        "card:emedical",
    ),
    (
        "es", "card",
        "¿quién emite el certificado electrónico de seguro médico?",
        "card:emedical:issuer",
    ),
    (
        "es", "card",
        "¿la tarjeta de la seguridad social es segura? me da miedo que me clonen los datos",
        "card:social:security",
    ),
    ("es", "card", "definición de tarjeta electrónica de seguridad social", "card:esocial:what"),
    (
        "es", "card",
        "la tarjeta electrónica de la seguridad social, ¿es física o solo va en el móvil?",
        "card:esocial:form",
    ),
    (
        "es", "card",
        "¿la tarjeta de la seguridad social vale en otra provincia si nos mudamos de Shenzhen a "
        "Pekín?",
        ("law:ssc-4", "card:social:scope"),
    ),
    (
        "es", "card",
        "la tarjeta vieja del seguro médico que tenía antes la gente, ¿quién la emitía?",
        "card:medical:issuer",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es", "compare",
        "tarjeta ciudadana vs certificado electrónico del seguro médico, ¿en qué se diferencian?",
        "cmp:emedical:citizen",
    ),
    (
        "es", "compare",
        "¿qué diferencia hay entre la tarjeta antigua del seguro médico y la tarjeta de salud?",
        "cmp:medical:health",
    ),
    (
        "es", "compare",
        "tarjeta de la seguridad social física o electrónica, ¿qué cambia entre una y otra?",
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es", "faq",
        "¿el certificado electrónico del seguro médico y la tarjeta electrónica de la seguridad "
        "social son lo mismo?",
        "faq:5",
    ),
    (
        "es", "faq",
        "¿la tarjeta ciudadana y la de la seguridad social son la misma tarjeta?",
        "faq:3",
    ),
    (
        "es", "faq",
        "¿qué tipos de tarjeta de la seguridad social existen? ¿hay una personal y otra para "
        "empresas?",
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es", "law",
        "¿qué dice el artículo 3 de la ley de seguro social sobre los principios?",
        "law:sil-3",
    ),
    (
        "es", "law",
        "¿qué artículo de las medidas de tarjetas de seguridad social dice quién gestiona la "
        "emisión?",
        "law:ssc-3",
    ),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "¡hola! acabo de llegar con mi marido, ¿qué tal?", "greeting"),
    ("es", "greeting", "vale, muchas gracias, majo. ¡hasta luego!", "greeting"),
)
