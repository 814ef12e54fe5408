"""Hundred-and-fifth phrasing set (sceptical people who distrust what they were told and want to
know what the rules or the law actually say, and who gives out or runs each card), written blind
from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDFIFTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "the hospital receptionist insisted i need a health card, not my social security card. "
            "which card do i actually use to see a doctor?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "which card am i really supposed to use to register and pay at a designated hospital",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "pharmacy says my card won't work for medicine. which card is actually meant for "
            "buying drugs at a pharmacy?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "which card do i genuinely need to buy medicine at a designated pharmacy",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "who actually reimburses my medical expenses and which card do i have to show for it",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "my company says medical reimbursement goes through them. which card is really used to "
            "get medical costs reimbursed?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "i'd rather look at my health records myself than trust the clinic. which card lets me "
            "check my health file?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "which one is the official credential for handling medical insurance business online",
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "an app wants some electronic certificate before i can do medical insurance stuff "
            "online, which card is the legit one for that?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "when i retire which card do i actually need to collect my pension",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "not what the agent told me, what do the rules say: which card do you draw a pension "
            "with?"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "lost my job and HR says no card is needed to claim unemployment benefits. which card "
            "is it really?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        ("is unemployment registration really done with the social security card or is that wrong"),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "my boss says work injury claims don't need any card. which card do i use for "
            "work-related injury benefits?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "i don't trust my employer is paying in. how do i check my social insurance "
            "contributions myself?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        ("are they allowed to charge me for checking my contribution record or is it free by law"),
        ("task:contributions", "law:sil-74"),
    ),
    (
        "en",
        "task",
        "can i really pay the bus and subway with one of these cards or is that a myth",
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "the city office says i need a special card for local public services like the reading "
            "room. which one?"
        ),
        "task:services",
    ),
    ("en", "task", "which card officially counts as proof of identity", "task:identity"),
    (
        "en",
        "task",
        (
            "someone said the social security card is like a second ID card. can i actually use a "
            "card to prove who i am?"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        "who is actually entitled to a social security card and how do i apply for one",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "my employer says i have to sort out the social security card myself. how does one "
            "really get it?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "how do i get the electronic social security card, do i need the physical one first or "
            "is that just what they say"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "who can get the electronic medical insurance certificate? do i have to be insured "
            "already?"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "how do you get a citizen card and who hands them out",
        ("task:getcitizen", "card:citizen:issuer"),
    ),
    (
        "en",
        "task",
        "which cards do i need for anything medical: doctor, medicine, claims, records",
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "which card handles the money side of things, pension, unemployment pay and "
            "contributions"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        "for everyday life like transport, public services and showing id, which card do i use",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "how do you get each of these cards and who actually gives them out",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        "i don't know what i need, just tell me straight which card is for what",
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "e-social", "card:esocial"),
    ("en", "short", "e medical cert", "card:emedical"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "med insurance card", "card:medical"),
    ("en", "short", "insurance law", "law"),
    ("en", "short", "art 58", "law:sil-58"),
    ("en", "short", "ss number", "faq:10"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "i lost my social security card, who do i report it to and is there a fine",
        "none",
    ),
    ("en", "oos", "the bank wants a fee to replace my card, is that even legal", "none"),
    (
        "en",
        "oos",
        "they told me the card takes 3 months. what's the legal processing time?",
        "none",
    ),
    ("en", "oos", "forgot my card PIN, does the bank or the bureau reset it", "none"),
    ("en", "oos", "is it true foreigners can't get a social security card at all?", "none"),
    ("en", "oos", "social security office opening hours on saturday", "none"),
    ("en", "oos", "what documents does beijing actually require for the card", "none"),
    ("en", "oos", "does my work visa depend on having social insurance", "none"),
    ("en", "oos", "do i have to pay tax on a chinese pension", "none"),
    ("en", "oos", "how much does a hospital stay really cost with medical insurance", "none"),
    ("en", "oos", "can i get my contributions refunded if i leave china for good", "none"),
    ("en", "oos", "can my employer legally hold on to my social security card", "none"),
    ("en", "oos", "how many weeks of paid maternity leave does the law give me", "none"),
    ("en", "oos", "what's the minimum monthly pension the law guarantees", "none"),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "who actually issues the medical insurance card? i was told it's a bank",
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        "who is really in charge of health cards, the hospital or the government?",
        "card:health:manager",
    ),
    ("en", "card", "what law is the social security card actually based on", "card:social:legal"),
    (
        "en",
        "card",
        "is the social security card actually secure or can anyone get at it",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "which body runs the electronic social security card behind the scenes",
        "card:esocial:manager",
    ),
    ("en", "card", "tell me about the citizen card, facts only, no sales pitch", "card:citizen"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "old medical insurance card vs electronic medical insurance certificate, who's behind "
            "each one"
        ),
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "physical social security card versus the electronic one, which is the official thing",
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        "health card vs citizen card: who issues them and what's the difference",
        "cmp:health:citizen",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "a clinic told me my health card IS my social security card. is that actually true?",
        "faq:1",
    ),
    (
        "en",
        "faq",
        (
            "my HR insists the medical insurance card and the social security card are the same "
            "thing. are they?"
        ),
        "faq:2",
    ),
    (
        "en",
        "faq",
        (
            "someone at the service centre said the citizen card and social security card are one "
            "card. true or not?"
        ),
        "faq:3",
    ),
    (
        "en",
        "faq",
        (
            "my employer says they have 3 months to sign me up for social insurance. what's the "
            "real deadline?"
        ),
        ("faq:9", "law:sil-58"),
    ),
    (
        "en",
        "faq",
        (
            "they gave me some number and called it my social security number, isn't it supposed "
            "to be my ID number?"
        ),
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    ("en", "law", "quote me article 58 of the social insurance law word for word", "law:sil-58"),
    (
        "en",
        "law",
        "which regulation says the social security card has to work everywhere in the country",
        "law:ssc-4",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi", "greeting"),
    ("en", "greeting", "thanks, that clears it up", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "En el hospital me dijeron que sin tarjeta sanitaria no me atienden. ¿Qué tarjeta "
            "sirve de verdad para ir al médico?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        "para registrarme y pagar en un hospital designado cual tarjeta vale en realidad",
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "¿con qué tarjeta se compran medicamentos en la farmacia? el farmacéutico me dijo otra "
            "cosa"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "¿qué tarjeta necesito para que me reembolsen los gastos médicos? no me fío de lo que "
            "dice mi empresa"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "reembolso de gastos medicos, con cual tarjeta se tramita de verdad",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "quiero consultar mi historial médico yo mismo, ¿qué tarjeta me lo permite?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "donde puedo ver mi expediente de salud personal sin depender de la clinica",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "para hacer trámites del seguro médico por internet, ¿cuál es el documento oficial?",
        "task:online",
    ),
    ("es", "task", "cuando me jubile, ¿con qué tarjeta cobro la pensión?", "task:pension"),
    (
        "es",
        "task",
        "mi gestor dice que para cobrar la pensión no hace falta ninguna tarjeta, ¿es cierto?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "me quedé sin trabajo, ¿qué tarjeta necesito para pedir la prestación por desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "tuve un accidente laboral, ¿con qué tarjeta solicito las prestaciones?",
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "¿las prestaciones por enfermedad profesional se piden con la tarjeta de seguridad "
            "social o con otra?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "no me fío de que mi empresa esté cotizando. ¿cómo compruebo mis cotizaciones?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿quién lleva el registro de lo que se ha pagado a mi seguro social y cómo lo reviso?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿de verdad se puede pagar el autobús con alguna de estas tarjetas?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "tarjeta para el metro y para alquilar coche, existe o es un cuento",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿qué tarjeta da acceso a los servicios públicos locales, tipo la sala de lectura?",
        "task:services",
    ),
    ("es", "task", "¿qué tarjeta sirve oficialmente para demostrar mi identidad?", "task:identity"),
    (
        "es",
        "task",
        "¿quién tiene derecho a la tarjeta de seguridad social y cómo se solicita?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "mi empresa nunca me tramitó la tarjeta de seguridad social, ¿cómo la consigo?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "¿cómo se activa la tarjeta electrónica de seguridad social? ¿hace falta tener la "
            "física?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿quién puede obtener el certificado electrónico de seguro médico?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "como saco el certificado electronico del seguro medico si ya estoy asegurado",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿cómo se consigue la tarjeta ciudadana y quién la expide?",
        ("task:getcitizen", "card:citizen:issuer"),
    ),
    (
        "es",
        "task",
        "todo lo de salud: médico, farmacia, reembolsos… ¿qué tarjeta para cada cosa?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "pensión, paro y cotizaciones: ¿qué tarjeta se usa para el dinero?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "para la vida diaria (transporte, identificarme, servicios) ¿qué tarjeta uso?",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "¿cómo se obtiene cada tarjeta y quién las reparte en realidad?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        "no sé qué necesito, ¿qué trámites se pueden hacer con estas tarjetas?",
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "cert. médico electrónico", "card:emedical"),
    ("es", "short", "ley", "law"),
    ("es", "short", "artículo 58", "law:sil-58"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "num seguridad social", "faq:10"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta de seguridad social, ¿a quién tengo que avisar?", "none"),
    ("es", "oos", "el banco me cobra por reponer la tarjeta, ¿eso es legal?", "none"),
    (
        "es",
        "oos",
        "¿cuánto tardan de verdad en darte la tarjeta? a mí me dijeron dos meses",
        "none",
    ),
    ("es", "oos", "olvidé el PIN de la tarjeta, ¿quién lo restablece?", "none"),
    ("es", "oos", "¿los extranjeros tienen derecho por ley a la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿a qué hora abre la oficina de seguridad social en Guangzhou?", "none"),
    ("es", "oos", "¿qué papeles piden en Shenzhen para sacar la tarjeta?", "none"),
    ("es", "oos", "¿mi visado de trabajo depende de tener seguro social?", "none"),
    ("es", "oos", "¿tengo que pagar impuestos por la pensión en China?", "none"),
    ("es", "oos", "¿cuánto cuesta una consulta de dentista con el seguro médico?", "none"),
    ("es", "oos", "si me voy de China, ¿me devuelven lo cotizado?", "none"),
    ("es", "oos", "¿puede la empresa quedarse con mi tarjeta de seguridad social?", "none"),
    ("es", "oos", "¿cuántos días de baja por maternidad me corresponden por ley?", "none"),
    ("es", "oos", "¿cómo traslado mi seguro social a otra provincia?", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿quién emite de verdad el certificado electrónico de seguro médico?",
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        "¿quién gestiona la tarjeta de seguridad social, el ministerio o la ciudad?",
        "card:social:manager",
    ),
    ("es", "card", "la tarjeta ciudadana la da el gobierno local o quien", "card:citizen:issuer"),
    ("es", "card", "¿qué registra exactamente la tarjeta sanitaria?", "card:health:records"),
    (
        "es",
        "card",
        "¿la tarjeta electrónica de seguridad social es física o solo está en el móvil?",
        "card:esocial:form",
    ),
    (
        "es",
        "card",
        "definición oficial de tarjeta de seguridad social según el reglamento",
        ("card:social:what", "law:ssc-2"),
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "diferencia entre tarjeta sanitaria y tarjeta de seguridad social, ¿quién gestiona "
            "cada una?"
        ),
        "cmp:social:health",
    ),
    (
        "es",
        "compare",
        "tarjeta de seguro médico vieja frente a la de seguridad social: ¿cuál es más segura?",
        "cmp:social:medical",
    ),
    (
        "es",
        "compare",
        "certificado electrónico de seguro médico y tarjeta sanitaria, ¿quién emite cada uno?",
        "cmp:emedical:health",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "¿la «tarjeta de recursos humanos y seguridad social» es una tarjeta de seguridad "
            "social de verdad o es otra cosa?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "en la app dicen que el certificado electrónico de seguro médico y la tarjeta "
            "electrónica de seguridad social son lo mismo, no me lo creo"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        "¿qué tipos de seguro social existen realmente según la ley?",
        ("faq:6", "law:sil-2"),
    ),
    (
        "es",
        "faq",
        "¿qué guarda exactamente la tarjeta de seguridad social y para qué me sirve?",
        "faq:7",
    ),
    (
        "es",
        "faq",
        "¿cuántos tipos de tarjeta de seguridad social hay? me hablaron de una para empresas",
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "¿qué dice textualmente el artículo 74 de la Ley de Seguro Social?",
        "law:sil-74",
    ),
    ("es", "law", "muéstrame las leyes y artículos en los que te basas", "law"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola", "greeting"),
    ("es", "greeting", "muchas gracias", "greeting"),
    ("es", "greeting", "vale, adiós", "greeting"),
)
