"""Hundred-and-fiftieth phrasing set (may I? must I?), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDFIFTIETH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "am i allowed to pay at the hospital with my social security card?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "nurse here, but as a patient: do I have to bring a specific card to register at the "
            "hospital"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "can i buy medicine at the pharmacy with my social security card or is that not permitted",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "is it ok to use my citizen card at a drugstore to pay for my meds?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "am I eligible to get my medical bills reimbursed, and which card do I have to use?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "had surgery last month. am i entitled to claim back the costs with one of these cards",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "am I allowed to look at my own health file, or only the doctors?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "is there a card that lets me check my medical records myself?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "is it mandatory to have the electronic medical insurance certificate to do stuff online?",
        "task:online",
    ),
    (
        "en",
        "task",
        "can I handle my medical insurance business on my phone? what am I supposed to use",
        "task:online",
    ),
    (
        "en",
        "task",
        "when i retire do i have to show my social security card to get my pension",
        "task:pension",
    ),
    (
        "en",
        "task",
        "my dad turned 60, is he entitled to draw his pension with his card?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "got laid off on friday. am I allowed to claim unemployment benefits, what card do I need",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "do I have to use the social security card to register as unemployed?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "hurt my back on the construction site, am i entitled to work injury benefits with my card",
        "task:injury",
    ),
    (
        "en",
        "task",
        "which card am I supposed to use to apply for industrial injury benefits?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "am I allowed to check how much my company has actually paid into my insurance?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "do i have the right to see my contribution history, which card gets me that",
        "task:contributions",
    ),
    ("en", "task", "am I allowed to pay the bus fare with a citizen card?", "task:transport"),
    (
        "en",
        "task",
        "delivery rider here - can I use any of these cards on the subway?",
        "task:transport",
    ),
    (
        "en",
        "task",
        "do I need a citizen card to be allowed into the public reading room?",
        "task:services",
    ),
    (
        "en",
        "task",
        "when someone asks me to prove who I am, which of these cards is accepted?",
        "task:identity",
    ),
    ("en", "task", "can I legally use my social security card as ID?", "task:identity"),
    (
        "en",
        "task",
        "just started my first job in Shenzhen. am I eligible for a social security card?",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "do I have to get the physical social security card before I can activate the "
            "electronic one"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "who is allowed to get the electronic medical insurance certificate? do i qualify",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "can anybody apply for a citizen card or do you have to meet some conditions?",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "what am I required to do to get any of these cards? show me all the options",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        "what health care things am I allowed to do with these cards, like doctors and medicine",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "new in town and clueless, what am I supposed to do with all these cards?",
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e-medical", "card:emedical"),
    ("en", "short", "citizen eligibility", ("task:getcitizen", "card:citizen:eligibility")),
    ("en", "short", "unemployment", "task:unemployment"),
    ("en", "short", "elect soc", "card:esocial"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "reimburse", "task:reimburse"),
    ("en", "short", "employer duty", "faq:9"),
    ("en", "short", "article 58", "law:sil-58"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "subway", "task:transport"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "am i allowed to have two social security cards from two different cities?",
        "none",
    ),
    ("en", "oos", "as a foreigner am I legally entitled to a citizen card in Hangzhou?", "none"),
    ("en", "oos", "do I have to pay a fee to replace a social security card I lost?", "none"),
    ("en", "oos", "how long do I have to wait after applying before the card is ready", "none"),
    (
        "en",
        "oos",
        "is my boss allowed to keep my social security card locked in his office?",
        "none",
    ),
    (
        "en",
        "oos",
        "I'm only here on a two-year contract, can I opt out of social insurance?",
        "none",
    ),
    (
        "en",
        "oos",
        "am I allowed to let my wife spend the balance on my medical insurance account?",
        "none",
    ),
    (
        "en",
        "oos",
        "do i have to pick up the card in person or can a friend collect it for me",
        "none",
    ),
    ("en", "oos", "is it mandatory to carry my social security card on me at all times?", "none"),
    (
        "en",
        "oos",
        "when I leave China for good, am I allowed to take my pension money with me?",
        "none",
    ),
    ("en", "oos", "can I use my mainland medical insurance in Hong Kong?", "none"),
    ("en", "oos", "am i allowed to change the photo on my social security card", "none"),
    ("en", "oos", "is my employer allowed to deduct the card fee from my salary?", "none"),
    ("en", "oos", "the card shows an expiry date - do I have to renew it, and how?", "none"),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "who manages the health card, do I have to deal with the hospital for it?",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "am I allowed to use my social security card anywhere in China or only in my city?",
        "card:social:scope",
    ),
    ("en", "card", "what am i allowed to use the citizen card for", "card:citizen:function"),
    (
        "en",
        "card",
        "tell me about the electronic medical insurance certificate, do I need one?",
        "card:emedical",
    ),
    (
        "en",
        "card",
        "is the old medical insurance card safe enough, or am I supposed to stop using it?",
        "card:medical:security",
    ),
    (
        "en",
        "card",
        "is the electronic social security card a real card or just something on my phone?",
        "card:esocial:form",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "am I still allowed to use the old medical insurance card, how is it different from "
            "the electronic certificate"
        ),
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "health card vs citizen card - do I have to have both? what's the difference",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        (
            "do I have to carry the physical social security card or is the electronic one the "
            "same thing?"
        ),
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "does my employer have to register me for social insurance, how many days do they get?",
        "faq:9",
    ),
    (
        "en",
        "faq",
        "do I need a separate social security number or is it just my ID number",
        "faq:10",
    ),
    (
        "en",
        "faq",
        (
            "is the human resources and social security card a social security card or do I need "
            "another one?"
        ),
        "faq:4",
    ),
    ("en", "faq", "what kinds of social insurance am I entitled to be covered by?", "faq:6"),
    (
        "en",
        "faq",
        "are there different types of social security card, and which one am I supposed to get",
        "faq:8",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "is there an article in the social insurance law saying I have the right to check my "
            "contribution records for free?"
        ),
        "law:sil-74",
    ),
    (
        "en",
        "law",
        "which article says social security cards have to work all over the country?",
        "law:ssc-4",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks, now I know what I'm allowed to do", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "¿me dejan pagar en el hospital con la tarjeta de seguridad social?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿tengo que llevar alguna tarjeta en concreto para que me atienda el médico?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿puedo comprar medicinas en la farmacia con la tarjeta ciudadana?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "soy diabético y compro insulina cada mes, ¿qué tarjeta me exigen en la farmacia "
            "designada?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "¿tengo derecho a que me reembolsen los gastos médicos? ¿con qué tarjeta?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "¿me dejan pedir el reembolso de la factura del hospital con la tarjeta de seguridad "
            "social?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¿puedo consultar mi historial médico yo misma o tiene que hacerlo el hospital?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "¿tengo derecho a ver mi expediente de salud? ¿qué tarjeta sirve para eso?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "¿es obligatorio tener el certificado electrónico del seguro médico para hacer "
            "trámites por internet?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        "¿me dejan hacer las gestiones del seguro médico desde el móvil?",
        "task:online",
    ),
    (
        "es",
        "task",
        "¿tengo derecho a cobrar la pensión con la tarjeta de seguridad social cuando me jubile?",
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "mi madre se jubila el mes que viene, ¿tiene que usar alguna tarjeta para cobrar la "
            "jubilación?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        "me despidieron ayer, ¿tengo derecho al paro? ¿qué tarjeta necesito?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "¿estoy obligado a inscribirme como desempleado con la tarjeta de seguridad social?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "me lesioné en la obra, ¿tengo derecho a prestaciones por accidente laboral con mi "
            "tarjeta?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿con qué tarjeta me dejan solicitar las prestaciones por lesión en el trabajo?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿tengo derecho a comprobar lo que ha cotizado mi empresa por mí?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿me dejan consultar cuánto llevo acumulado en el seguro de pensiones?",
        "task:contributions",
    ),
    ("es", "task", "¿puedo usar la tarjeta ciudadana para pagar el autobús?", "task:transport"),
    (
        "es",
        "task",
        "estudiante de intercambio: ¿me dejan pagar el metro con alguna de estas tarjetas?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿necesito la tarjeta ciudadana para que me dejen usar la sala de lectura pública?",
        "task:services",
    ),
    ("es", "task", "¿qué tarjeta me aceptan para demostrar quién soy?", "task:identity"),
    (
        "es",
        "task",
        "¿tengo derecho a sacarme la tarjeta de seguridad social si acabo de empezar a trabajar?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿puedo activar la tarjeta electrónica de seguridad social sin tener la física?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿quién tiene derecho a obtener el certificado electrónico del seguro médico?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿me dejan solicitar la tarjeta ciudadana? ¿qué requisitos piden?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "¿qué tengo que hacer para conseguir una tarjeta? enséñame todas las opciones",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        "para el día a día, transporte y servicios, ¿qué me dejan hacer con estas tarjetas?",
        "tasks:life",
    ),
    ("es", "task", "¿qué trámites de salud tengo derecho a hacer con las tarjetas?", "tasks:care"),
    (
        "es",
        "task",
        "uf, no sé qué tengo que hacer con tantas tarjetas, ¿por dónde empiezo?",
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "ley seguro", "law"),
    ("es", "short", "obligación empresa", "faq:9"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "seguridad social", "card:social"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "¿tengo derecho a la tarjeta ciudadana siendo extranjero en Suzhou?", "none"),
    ("es", "oos", "¿cuánto me cobran por reponer la tarjeta si la pierdo?", "none"),
    ("es", "oos", "¿me dejan sacar la tarjeta de seguridad social con el pasaporte?", "none"),
    ("es", "oos", "¿tengo que ir en persona a la oficina o puede recogerla mi pareja?", "none"),
    ("es", "oos", "¿cuántos días tarda en llegar la tarjeta después de pedirla?", "none"),
    (
        "es",
        "oos",
        "¿es obligatorio cotizar en China si ya pago la seguridad social en España?",
        "none",
    ),
    ("es", "oos", "¿me dejan cobrar la pensión china si me vuelvo a México?", "none"),
    ("es", "oos", "¿mi empresa tiene derecho a quedarse con mi tarjeta?", "none"),
    ("es", "oos", "¿me dejan usar el seguro médico en una clínica privada internacional?", "none"),
    ("es", "oos", "¿puede mi hijo usar mi tarjeta para comprar sus medicinas?", "none"),
    ("es", "oos", "¿dónde está la oficina de seguridad social más cercana en Chengdu?", "none"),
    ("es", "oos", "¿cuántas semanas de baja por maternidad pagada me corresponden?", "none"),
    (
        "es",
        "oos",
        "¿estoy obligada a cambiar mi tarjeta vieja por una de tercera generación?",
        "none",
    ),
    ("es", "oos", "¿me pueden despedir por pedir que me den de alta en el seguro?", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿quién emite la tarjeta de seguridad social? ¿tengo que ir a un banco?",
        "card:social:issuer",
    ),
    (
        "es",
        "card",
        "¿qué datos guarda la tarjeta de seguridad social? ¿tengo derecho a saberlo?",
        ("card:social:records", "faq:7"),
    ),
    (
        "es",
        "card",
        "¿quién expide el certificado electrónico del seguro médico?",
        "card:emedical:issuer",
    ),
    ("es", "card", "háblame de la tarjeta sanitaria, ¿estoy obligado a tenerla?", "card:health"),
    (
        "es",
        "card",
        "¿para qué me sirve la tarjeta electrónica de seguridad social?",
        "card:esocial:function",
    ),
    (
        "es",
        "card",
        "¿qué es la antigua tarjeta del seguro médico? ¿todavía me dejan usarla?",
        "card:medical",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "¿la tarjeta de seguridad social y la del seguro médico son distintas? ¿tengo que "
            "tener las dos?"
        ),
        ("cmp:social:medical", "faq:2"),
    ),
    (
        "es",
        "compare",
        (
            "¿en qué se diferencia el certificado electrónico del seguro médico de la tarjeta "
            "sanitaria?"
        ),
        "cmp:emedical:health",
    ),
    (
        "es",
        "compare",
        "¿me vale la tarjeta sanitaria en lugar de la de seguridad social? ¿qué diferencia hay?",
        ("cmp:social:health", "faq:1"),
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "¿mi empresa está obligada a darme de alta en el seguro social? ¿en qué plazo?",
        "faq:9",
    ),
    (
        "es",
        "faq",
        "¿la tarjeta ciudadana y la de seguridad social son la misma? ¿me basta con una?",
        "faq:3",
    ),
    (
        "es",
        "faq",
        (
            "¿el certificado electrónico de seguro médico es lo mismo que la tarjeta electrónica "
            "de seguridad social?"
        ),
        "faq:5",
    ),
    ("es", "faq", "¿a qué seguros sociales tengo derecho? ¿qué tipos hay?", "faq:6"),
    ("es", "faq", "¿estoy obligado a tener número de seguridad social? ¿cuál es el mío?", "faq:10"),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "¿qué dice el artículo 2 de la ley de seguro social sobre mis derechos?",
        "law:sil-2",
    ),
    (
        "es",
        "law",
        (
            "¿qué dice el artículo 3 de las medidas sobre tarjetas de seguridad social de quién "
            "las gestiona?"
        ),
        "law:ssc-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas", "greeting"),
    ("es", "greeting", "muchas gracias, ya sé lo que me toca", "greeting"),
    ("es", "greeting", "chao, gracias", "greeting"),
)
