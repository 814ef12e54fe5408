"""Hundred-and-thirty-seventh phrasing set (new expats), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDTHIRTYSEVENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "first week in Shanghai teaching English and my son has a fever. which card do I show "
            "at the hospital??"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "seeing a doctor here for the first time tomorrow, what card do they want at the "
            "registration desk"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "hospital just handed me a bill, which card do i pay it with? new arrival, no clue",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "just landed and I have a horrible cold, can I buy medicine at a pharmacy with one of "
            "these cards"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "can i use my insurance account at the drugstore downstairs for some ibuprofen",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "new here. paid cash at a clinic yesterday, how do I get reimbursed by the insurance",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "PhD student, arrived Sunday, already had an ER visit. which card do i need to claim "
            "the costs back"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "my GP back home wants my medical records from here, how do i look up my health file",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "is there a way to check my own health records in china? which card gets me in",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "everything here is done on the phone... what do I need to handle medical insurance online",
        "task:online",
    ),
    (
        "en",
        "task",
        "which card counts as my ID for doing medical insurance business in an app",
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "I'm 58 and followed my husband out here for his job. which card would I use to "
            "collect a pension someday"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "contract got cancelled after 5 days (ugh). what card do I need to apply for "
            "unemployment benefits"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "civil engineer, just started on site. if I get hurt at work which card covers the "
            "injury benefits"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "how can I check whether my school is really paying my social insurance? week one, "
            "trust issues"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "want to see how much has gone into my pension account so far (probably nothing, I've "
            "been here 6 days)"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "which card works on the metro? I've been queueing for single tickets all week",
        "task:transport",
    ),
    ("en", "task", "what card do i tap when i get on the bus", "task:transport"),
    (
        "en",
        "task",
        "trailing spouse with way too much free time: can any card get me into the public library",
        "task:services",
    ),
    (
        "en",
        "task",
        "I'm scared to carry my passport around. is there a card that proves who I am instead?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "HR mentioned a social security card on my first day. how do I actually get one",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "a colleague said I should activate the electronic social security card. how do i get that",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "just enrolled in medical insurance through work, how do I claim the electronic "
            "medical insurance certificate"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        (
            "my wife doesn't work here, is she even allowed to get the electronic medical "
            "insurance certificate"
        ),
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    (
        "en",
        "task",
        "can a newcomer like me apply for a citizen card? how does that work",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "ok I'm completely overwhelmed. what do I actually need to do with all these cards?",
        "tasks",
    ),
    (
        "en",
        "task",
        (
            "health care from start to finish: doctor, medicine, getting money back. which card "
            "for each step"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        "the money side please: pension, unemployment, what's been paid in. which cards?",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "everyday life stuff like buses, libraries, showing ID... which cards help with that",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "how do people get these cards in the first place? show me all the options",
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "social security card", "card:social"),
    ("en", "short", "hr and ss card", "card:social"),
    ("en", "short", "e social sec", "card:esocial"),
    ("en", "short", "elect", ("card:esocial", "card:emedical")),
    ("en", "short", "old medical card", "card:medical"),
    ("en", "short", "health car", "card:health"),
    ("en", "short", "citizen", "card:citizen"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "cards", "cards"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "lost my social security card on the subway already. how do I get a replacement",
        "none",
    ),
    ("en", "oos", "how much does it cost to get a social security card made", "none"),
    (
        "en",
        "oos",
        "how many days until the citizen card is ready? I need it before my visa run",
        "none",
    ),
    ("en", "oos", "where's the social security office in Chaoyang district", "none"),
    ("en", "oos", "as a foreigner do I legally have to pay into Chinese social insurance?", "none"),
    (
        "en",
        "oos",
        "can I get my social insurance contributions refunded when my contract ends and I go home",
        "none",
    ),
    ("en", "oos", "does my Shenzhen Tong card work in Guangzhou too", "none"),
    ("en", "oos", "which hospitals in Beijing have english speaking doctors", "none"),
    ("en", "oos", "can I link my social security card to WeChat Pay", "none"),
    (
        "en",
        "oos",
        "do i need my residence permit before i can apply for any of these cards",
        "none",
    ),
    ("en", "oos", "will public hospitals accept my private international health insurance", "none"),
    ("en", "oos", "they spelled my name wrong on the card, how do I get it fixed", "none"),
    ("en", "oos", "HR never told me the PIN for my new card. what's the default password", "none"),
    ("en", "oos", "does the health card work in Hong Kong if I go there for a weekend", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "sorry, brand new here. what exactly is a health card?", "card:health"),
    (
        "en",
        "card",
        "tell me about the electronic social security card, everyone at work keeps mentioning it",
        "card:esocial",
    ),
    (
        "en",
        "card",
        "who issues the electronic medical insurance certificate? the hospital? the government?",
        "card:emedical:issuer",
    ),
    ("en", "card", "who's in charge of managing health cards", "card:health:manager"),
    (
        "en",
        "card",
        "my landlord still uses an old medical insurance card, is that thing secure?",
        "card:medical:security",
    ),
    ("en", "card", "what is the citizen card for, in plain words", "card:citizen:function"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "old medical insurance card vs electronic medical insurance certificate, do I need both?",
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "health card and citizen card both seem to do hospital stuff. how are they different",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        "what's the difference between the plastic social security card and the electronic one",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "is a health card a type of social security card or not? getting mixed answers",
        "faq:1",
    ),
    (
        "en",
        "faq",
        "HR says social security card, the clinic says medical insurance card. same card??",
        "faq:2",
    ),
    ("en", "faq", "what kinds of social insurance does China even have?", "faq:6"),
    (
        "en",
        "faq",
        "I started Monday. how long does my company have to register me for social insurance",
        "faq:9",
    ),
    ("en", "faq", "what's my social security number here? a form is asking for it", "faq:10"),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "HR keeps quoting article 58 of the social insurance law at me. what does it say",
        "law:sil-58",
    ),
    (
        "en",
        "law",
        "my school wants all my details 'per article 74'. what is article 74 about?",
        "law:sil-74",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi! new in town", "greeting"),
    ("en", "greeting", "thanks so much, that actually helped", "greeting"),
    ("en", "greeting", "ok bye, off to find dumplings", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "acabo de llegar a Chengdu, soy profe de español. ¿qué tarjeta necesito para ir al médico?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿con qué tarjeta pago en el hospital? primera semana aquí y no entiendo nada",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "me duele muchísimo una muela, ¿qué tarjeta enseño en urgencias?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿puedo comprar medicinas en la farmacia con la tarjeta del seguro?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "mi mujer necesita unos antibióticos, ¿qué tarjeta sirve en la farmacia?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "pagué todo en efectivo en la clínica, ¿cómo me reembolsan los gastos médicos?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿puedo recuperar lo que gasté en el hospital con el seguro? recién llegada y ya enferma",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "quiero consultar mi historial médico, ¿con qué tarjeta se hace?",
        "task:healthfile",
    ),
    ("es", "task", "¿qué uso para hacer trámites del seguro médico desde el móvil?", "task:online"),
    (
        "es",
        "task",
        "¿qué tarjeta me deja hacer gestiones del seguro médico sin ir a ninguna oficina?",
        "task:online",
    ),
    (
        "es",
        "task",
        "soy jubilado y vine a vivir con mi hija, ¿qué tarjeta se usa para cobrar la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "si me quedo sin trabajo aquí, ¿qué tarjeta necesito para pedir el subsidio de desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "¿con qué tarjeta me apunto al paro y me registro para buscar empleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "ingeniera en una fábrica, llegué el lunes. si tengo un accidente laboral, ¿qué "
            "tarjeta uso?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cómo reviso si la empresa de verdad está pagando mis cotizaciones?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿dónde veo cuánto llevo acumulado en el seguro de pensiones?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿hay alguna tarjeta para el metro y el autobús? sigo comprando billetes sueltos",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿con qué tarjeta puedo usar la biblioteca pública y otros servicios de la ciudad?",
        "task:services",
    ),
    (
        "es",
        "task",
        "me piden identificarme en todos lados, ¿qué tarjeta me sirve para demostrar quién soy?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "mi jefe me dijo que tramitara la tarjeta de seguridad social, ¿cómo la saco?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "mi marido trabaja aquí y yo no, ¿puedo tener tarjeta de seguridad social?",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "es",
        "task",
        "¿cómo activo la tarjeta electrónica de seguridad social en el teléfono?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "para tener la tarjeta electrónica de seguridad social, ¿primero necesito la física?",
        ("task:getesocial", "card:esocial:eligibility"),
    ),
    (
        "es",
        "task",
        "¿quién puede obtener el certificado electrónico de seguro médico y cómo se consigue?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "estudiante de intercambio aquí, ¿qué necesito para conseguir la tarjeta ciudadana?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "estoy abrumado, llegué hace tres días. ¿qué tengo que hacer con todas estas tarjetas?",
        "tasks",
    ),
    (
        "es",
        "task",
        "todo lo de salud: médico, farmacia, reembolsos... ¿qué tarjetas me tocan?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "temas de dinero: pensión, paro, cotizaciones. ¿qué tarjeta para cada cosa?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "vida diaria: transporte, biblioteca, identificarme... ¿qué tarjetas me sirven?",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "¿cómo se consiguen las tarjetas? quiero ver todas las opciones para sacarlas",
        "tasks:getcard",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seguridad soc", "card:social"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "electró", ("card:esocial", "card:emedical")),
    ("es", "short", "tarjeta seguro médico antigua", "card:medical"),
    ("es", "short", "certificado electrónico", "card:emedical"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "ley del seguro social", "law"),
    ("es", "short", "tarjetas", "cards"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta de seguridad social en un taxi, ¿qué hago ahora?", "none"),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿cuántos días tarda en llegar la tarjeta de seguridad social?", "none"),
    ("es", "oos", "¿dónde queda la oficina de seguridad social en Hangzhou?", "none"),
    (
        "es",
        "oos",
        "como extranjero, ¿estoy obligado a cotizar a la seguridad social china?",
        "none",
    ),
    ("es", "oos", "si me vuelvo a México el año que viene, ¿me devuelven lo cotizado?", "none"),
    ("es", "oos", "¿la tarjeta de transporte de Pekín funciona también en Tianjin?", "none"),
    ("es", "oos", "¿hay hospitales en Shanghái con médicos que hablen español?", "none"),
    ("es", "oos", "¿cuánto me descuentan del sueldo cada mes para la seguridad social?", "none"),
    ("es", "oos", "¿necesito el permiso de residencia antes de pedir la tarjeta?", "none"),
    (
        "es",
        "oos",
        "¿aceptan mi seguro médico privado internacional en los hospitales públicos?",
        "none",
    ),
    ("es", "oos", "pusieron mal mi apellido en la tarjeta, ¿cómo lo corrijo?", "none"),
    ("es", "oos", "olvidé el PIN de la tarjeta nueva, ¿cómo lo recupero?", "none"),
    ("es", "oos", "¿la tarjeta de salud me sirve si viajo a Macao?", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿qué es la tarjeta ciudadana? soy nuevo y la mencionan por todas partes",
        "card:citizen",
    ),
    (
        "es",
        "card",
        "¿quién emite la tarjeta electrónica de seguridad social?",
        "card:esocial:issuer",
    ),
    (
        "es",
        "card",
        "¿qué datos míos guarda la tarjeta de seguridad social?",
        ("card:social:records", "faq:7"),
    ),
    (
        "es",
        "card",
        "¿la tarjeta de seguridad social es de plástico o solo digital?",
        "card:social:form",
    ),
    ("es", "card", "¿para qué sirve exactamente la tarjeta de salud?", "card:health:function"),
    (
        "es",
        "card",
        "¿en qué trámites se puede usar el certificado electrónico de seguro médico?",
        "card:emedical:scope",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "¿qué diferencia hay entre la tarjeta de salud y la vieja tarjeta del seguro médico?",
        "cmp:medical:health",
    ),
    (
        "es",
        "compare",
        "tarjeta de seguridad social vs certificado electrónico de seguro médico, ¿cuál es cuál?",
        "cmp:social:emedical",
    ),
    (
        "es",
        "compare",
        "certificado electrónico de seguro médico o tarjeta de salud, ¿en qué se diferencian?",
        "cmp:emedical:health",
    ),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta ciudadana y la de seguridad social son la misma tarjeta?", "faq:3"),
    (
        "es",
        "faq",
        (
            "¿una tarjeta de recursos humanos y seguridad social cuenta como tarjeta de seguridad "
            "social?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "¿el certificado electrónico de seguro médico y la tarjeta electrónica de seguridad "
            "social son lo mismo?"
        ),
        "faq:5",
    ),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social hay?", "faq:8"),
    (
        "es",
        "faq",
        "en el contrato me piden el número de seguridad social, ¿cuál es el mío?",
        "faq:10",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 2 de la Ley de Seguro Social?", "law:sil-2"),
    (
        "es",
        "law",
        (
            "¿qué principios debe seguir el sistema de seguro social según la ley? creo que es el "
            "artículo 3"
        ),
        "law:sil-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, soy nueva en China", "greeting"),
    ("es", "greeting", "¡muchísimas gracias! me salvaste el día", "greeting"),
    ("es", "greeting", "chao, hasta luego", "greeting"),
)
