"""Thirty-fifth phrasing set (people unsure which card they hold, who describe it rather than
name it, and people asking for family members), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

THIRTYFIFTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en", "task",
        "my wife works for a chinese company and has to see a doctor tomorrow. she has 3 cards "
        "in her wallet, which one does she bring to the hospital??",
        "task:hospital",
    ),
    (
        "en", "task",
        "i have the card the hospital gave me last year and the chip one my company got me. "
        "which do i use to register and pay at the hospital",
        "task:hospital",
    ),
    (
        "en", "task",
        "my dad needs his blood pressure pills refilled, which card does he use at the pharmacy",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "can i buy medicine at the drugstore with the card on my phone from the medical insurance "
        "app or do i need the plastic one",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "how does my mom get her hospital bills reimbursed? she has some card from a bank and a "
        "newer one with her photo on it, no idea which is which",
        "task:reimburse",
    ),
    (
        "en", "task",
        "husband had surgery last month and we paid a lot out of pocket. which card gets us the "
        "medical expenses back",
        "task:reimburse",
    ),
    (
        "en", "task",
        "where can i see my daughters medical records? the clinic gave her a card when she was "
        "there",
        "task:healthfile",
    ),
    (
        "en", "task",
        "i want to look up my own health file. is that done with the hospital card or the social "
        "one?",
        "task:healthfile",
    ),
    (
        "en", "task",
        "I would like to handle my elderly mother's medical insurance matters online on her "
        "behalf. Which card or certificate is required for this?",
        "task:online",
    ),
    (
        "en", "task",
        "son says theres some medical insurance thing you can do on the phone instead of going "
        "to the office, what do i need to do insurance business online",
        "task:online",
    ),
    (
        "en", "task",
        "my father just retired, which card does he need to collect his pension",
        "task:pension",
    ),
    (
        "en", "task",
        "mom turns 60 this year and will start getting her old age pension. which of her cards "
        "is the one for that",
        "task:pension",
    ),
    (
        "en", "task",
        "my husband got laid off, what card does he use to apply for unemployment benefits",
        "task:unemployment",
    ),
    (
        "en", "task",
        "brother lost his job last week. does he need the card with the chip to register as "
        "unemployed or is it a different one",
        "task:unemployment",
    ),
    (
        "en", "task",
        "my wife hurt her hand at the factory, which card do you use for work injury benefits",
        "task:injury",
    ),
    (
        "en", "task",
        "our son fell off scaffolding at work and we need to claim the work related injury "
        "insurance. what card do we need for that",
        "task:injury",
    ),
    (
        "en", "task",
        "how can i check if my company has actually been paying into my social insurance? they "
        "got me some chip card when i started",
        "task:contributions",
    ),
    (
        "en", "task",
        "want to check how much has been paid in for my mom's pension so far, which card lets "
        "her see that",
        "task:contributions",
    ),
    (
        "en", "task",
        "which card do i tap on the bus? i have like three cards and genuinely no clue which is "
        "which lol",
        "task:transport",
    ),
    (
        "en", "task",
        "parents are visiting next month and i want to take them around on the subway, which of "
        "my cards is the subway one",
        "task:transport",
    ),
    (
        "en", "task",
        "my kid wants to go to the public reading room, which card gets you into local public "
        "services like that",
        "task:services",
    ),
    (
        "en", "task",
        "i need to prove who i am at a government office, which of these cards counts as id",
        "task:identity",
    ),
    (
        "en", "task",
        "my husbands new employer says they will apply for a social security card for him. who "
        "can get one and how does it work",
        "task:getsocial",
    ),
    (
        "en", "task",
        "how do i get the social security card on my phone? i already have the physical one my "
        "work got me",
        "task:getesocial",
    ),
    (
        "en", "task",
        "how does my mum get that electronic medical insurance thing on her phone, she's already "
        "insured",
        "task:getemedical",
    ),
    (
        "en", "task",
        "how can my wife get the card the local government hands out to residents",
        "task:getcitizen",
    ),
    (
        "en", "task",
        "all the health stuff for my parents - doctor, medicine, getting money back - which "
        "card covers what",
        "tasks:care",
    ),
    (
        "en", "task",
        "asking for my dad: which cards deal with the money side, like pension, unemployment "
        "and checking contributions",
        "tasks:money",
    ),
    (
        "en", "task",
        "everyday life things like the bus, the library and showing id, which card for my "
        "teenage son",
        "tasks:life",
    ),
    (
        "en", "task",
        "just want a rundown of how to get each of the cards, need it for the whole family",
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "pensoin", "task:pension"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "e medical", "card:emedical"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "e social", "card:esocial"),
    ("en", "short", "med card", "card:medical"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "laws", "law"),
    ("en", "short", "work injury", "task:injury"),
    # ---------------- English: oos (14) ----------------
    (
        "en", "oos",
        "my parents are visiting from canada for two months, can they get a social security "
        "card here?",
        "none",
    ),
    (
        "en", "oos",
        "i lost the card the hospital gave me, how do i get a replacement",
        "none",
    ),
    (
        "en", "oos",
        "my wife forgot the pin for the chip card her company got her, how do we reset it",
        "none",
    ),
    (
        "en", "oos",
        "how much does the card from the local government cost to make",
        "none",
    ),
    (
        "en", "oos",
        "how many weeks until my husband's social security card arrives once his company applies",
        "none",
    ),
    (
        "en", "oos",
        "can i use the card on my phone from the medical insurance app to pay for my mother's "
        "medicine while she's visiting",
        "none",
    ),
    (
        "en", "oos",
        "the chip card work got me says it expires next year. how do i renew it",
        "none",
    ),
    (
        "en", "oos",
        "can i add my two kids as dependents on my medical insurance",
        "none",
    ),
    (
        "en", "oos",
        "how much pension will my dad get each month after he retires",
        "none",
    ),
    (
        "en", "oos",
        "in hangzhou does the citizen card fully replace the social security card? my in-laws "
        "live there",
        "none",
    ),
    (
        "en", "oos",
        "my daughter got some card for the housing provident fund, how do she withdraw from it",
        "none",
    ),
    (
        "en", "oos",
        "what percentage of my son's salary does his employer have to pay into social insurance",
        "none",
    ),
    (
        "en", "oos",
        "we just had a baby, can a newborn get her own card and how",
        "none",
    ),
    (
        "en", "oos",
        "Dear Sir/Madam, my spouse holds a dependent visa and does not work. Is she entitled to "
        "join the social insurance scheme as a foreigner?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en", "card",
        "the card the hospital gave me, what does it actually keep a record of",
        "card:health:records",
    ),
    (
        "en", "card",
        "the one with a chip my company got me, is it safe? worried someone could get at my data",
        "card:social:security",
    ),
    (
        "en", "card",
        "the card on my phone from the medical insurance app - who issues that, the government "
        "or the app company?",
        "card:emedical:issuer",
    ),
    (
        "en", "card",
        "my dad still has an old medical card the bank gave him years ago, what is that thing",
        "card:medical",
    ),
    (
        "en", "card",
        "my wife got a card from the city government, where is it accepted",
        "card:citizen:scope",
    ),
    (
        "en", "card",
        "the social security thing in my husband's phone, is it an actual card or just "
        "electronic?",
        "card:esocial:form",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en", "compare",
        "my wife has the plastic social security card and also one inside an app on her phone, "
        "how are the physical and the electronic one different",
        "cmp:social:esocial",
    ),
    (
        "en", "compare",
        "dad has the old medical insurance card from the bank and now everyone talks about the "
        "electronic medical insurance certificate. how do the two differ",
        "cmp:medical:emedical",
    ),
    (
        "en", "compare",
        "compare the card the hospital gave me with the citizen card from the city pls",
        "cmp:health:citizen",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en", "faq",
        "the card the hospital gave my mom, is that actually a social security card or not",
        "faq:1",
    ),
    (
        "en", "faq",
        "my father has an old medical insurance card and a new social security card. are they "
        "the same card?",
        "faq:2",
    ),
    (
        "en", "faq",
        "my husband's card says human resources and social security on the front. is that a "
        "social security card or something else",
        "faq:4",
    ),
    (
        "en", "faq",
        "the card on my phone from the medical insurance app and the electronic social security "
        "card, are those the same?",
        "faq:5",
    ),
    (
        "en", "faq",
        "what types of social security card are there? my son's company has one too, is it the "
        "same kind as mine",
        "faq:8",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en", "law",
        "what law says my son's employer has to register him for social insurance within 30 "
        "days of hiring him",
        "law:sil-58",
    ),
    (
        "en", "law",
        "is there an article in the law saying my mom can check her contribution records for "
        "free?",
        "law:sil-74",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hello", "greeting"),
    ("en", "greeting", "thx, now i finally know which card my wife has", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es", "task",
        "mi esposo tiene que ir al medico mañana, ¿qué tarjeta lleva al hospital?",
        "task:hospital",
    ),
    (
        "es", "task",
        "tengo la tarjeta que me dio el hospital y otra con chip del trabajo, cual uso para "
        "registrarme y pagar en el hospital",
        "task:hospital",
    ),
    (
        "es", "task",
        "mi papá tiene que comprar sus medicinas, ¿con qué tarjeta paga en la farmacia?",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "para comprarle los medicamentos a mi hija, ¿me sirve la tarjeta que me dio el gobierno "
        "local o tiene que ser otra?",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "¿cómo le reembolsan a mi mamá los gastos médicos? tiene una tarjeta viejita que le dio "
        "el banco y otra nueva con foto",
        "task:reimburse",
    ),
    (
        "es", "task",
        "pagamos la operación de mi suegra de nuestro bolsillo, que tarjeta se usa para "
        "recuperar ese dinero",
        "task:reimburse",
    ),
    (
        "es", "task",
        "quiero ver el historial médico de mi hijo, en la clínica le dieron una tarjeta pero no "
        "sé cuál es",
        "task:healthfile",
    ),
    (
        "es", "task",
        "como consulto mi expediente de salud? no se si es con la tarjeta del hospital o la otra",
        "task:healthfile",
    ),
    (
        "es", "task",
        "quiero hacer los trámites del seguro médico por internet para mi papá que no sabe usar "
        "el celular, ¿qué necesito?",
        "task:online",
    ),
    (
        "es", "task",
        "Buenas tardes. Para gestionar en línea los asuntos del seguro médico de mi esposa, "
        "¿qué tarjeta o certificado hace falta?",
        "task:online",
    ),
    (
        "es", "task",
        "mi papá se jubila el mes que viene, ¿qué tarjeta necesita para cobrar la pensión?",
        "task:pension",
    ),
    (
        "es", "task",
        "mi abuela ya cobra jubilación, con cual de sus tarjetas la recibe",
        "task:pension",
    ),
    (
        "es", "task",
        "a mi esposo lo despidieron, qué tarjeta usa para pedir el subsidio de desempleo",
        "task:unemployment",
    ),
    (
        "es", "task",
        "mi hija se quedó sin trabajo, ¿con cuál tarjeta se registra como desempleada? la del "
        "chip o la del gobierno",
        "task:unemployment",
    ),
    (
        "es", "task",
        "mi hermano se lastimó en la obra, ¿qué tarjeta usa para el seguro de accidentes de "
        "trabajo?",
        "task:injury",
    ),
    (
        "es", "task",
        "a mi marido le dio una enfermedad profesional por la fábrica, que tarjeta sirve para "
        "cobrar las prestaciones por lesión laboral",
        "task:injury",
    ),
    (
        "es", "task",
        "¿cómo reviso si la empresa de mi hijo le está pagando de verdad el seguro social?",
        "task:contributions",
    ),
    (
        "es", "task",
        "quiero consultar cuánto se ha aportado a mi seguro, tengo una tarjeta con chip que me "
        "tramitó la empresa pero no sé cuál es",
        "task:contributions",
    ),
    (
        "es", "task",
        "¿qué tarjeta sirve para el autobús? mis papás vienen de visita y quiero enseñarles a "
        "moverse",
        "task:transport",
    ),
    (
        "es", "task",
        "con cual tarjeta se paga el metro?? tengo varias y no se cual es cual",
        "task:transport",
    ),
    (
        "es", "task",
        "mi hijo quiere ir a la sala de lectura pública, ¿qué tarjeta necesita para los "
        "servicios públicos del barrio?",
        "task:services",
    ),
    (
        "es", "task",
        "necesito demostrar mi identidad en una oficina, cuál de mis tarjetas vale como "
        "identificación",
        "task:identity",
    ),
    (
        "es", "task",
        "¿cómo saca mi esposa la tarjeta de seguridad social? acaba de empezar a trabajar en una "
        "empresa china",
        "task:getsocial",
    ),
    (
        "es", "task",
        "ya tengo la tarjeta física de seguridad social, ¿cómo consigo la versión electrónica "
        "en el móvil?",
        "task:getesocial",
    ),
    (
        "es", "task",
        "¿cómo obtiene mi papá el certificado electrónico del seguro médico? ya está asegurado",
        "task:getemedical",
    ),
    (
        "es", "task",
        "como consigo la tarjeta que el gobierno local les da a los residentes? la quiero para "
        "mi marido tambien",
        "task:getcitizen",
    ),
    (
        "es", "task",
        "todo lo de salud para mis padres: médico, farmacia, reembolsos... ¿qué tarjeta para "
        "qué?",
        "tasks:care",
    ),
    (
        "es", "task",
        "cosas de dinero para mi mamá: pensión, desempleo, aportaciones, ¿qué tarjeta para cada "
        "una?",
        "tasks:money",
    ),
    (
        "es", "task",
        "una guía de cómo sacar cada tarjeta, para toda la familia porfa",
        "tasks:getcard",
    ),
    (
        "es", "task",
        "no tengo idea de qué tarjeta tengo, muéstrame la guía completa de trámites y qué "
        "tarjeta sirve para cada uno",
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seguridad soc", "card:social"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "identificac", "task:identity"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es", "oos",
        "mis padres vienen de México tres meses, ¿pueden sacar una tarjeta de seguridad social "
        "aquí?",
        "none",
    ),
    (
        "es", "oos",
        "perdí la tarjeta que me dio el hospital, cómo pido otra",
        "none",
    ),
    (
        "es", "oos",
        "mi esposo olvidó el PIN de la tarjeta con chip que le dio la empresa, ¿cómo lo "
        "cambia?",
        "none",
    ),
    (
        "es", "oos",
        "¿cuánto cuesta hacer la tarjeta que da el gobierno local?",
        "none",
    ),
    (
        "es", "oos",
        "cuanto tarda en llegar la tarjeta de seguridad social de mi hija despues de que la "
        "empresa la solicita",
        "none",
    ),
    (
        "es", "oos",
        "¿puedo pagar las medicinas de mi mamá con la tarjeta del celular de la app del seguro "
        "médico mientras está de visita?",
        "none",
    ),
    (
        "es", "oos",
        "la tarjeta con chip del trabajo dice que vence el año que viene, ¿cómo la renuevo?",
        "none",
    ),
    (
        "es", "oos",
        "puedo poner a mis hijos como beneficiarios en mi seguro médico?",
        "none",
    ),
    (
        "es", "oos",
        "¿cuánto le van a pagar de pensión al mes a mi papá cuando se jubile?",
        "none",
    ),
    (
        "es", "oos",
        "en Shenzhen la tarjeta ciudadana ya hace de tarjeta de seguridad social? mis suegros "
        "viven ahí",
        "none",
    ),
    (
        "es", "oos",
        "mi hija tiene una tarjeta del fondo de vivienda, ¿cómo saca el dinero?",
        "none",
    ),
    (
        "es", "oos",
        "qué porcentaje del sueldo de mi hijo tiene que pagar su empresa al seguro social",
        "none",
    ),
    (
        "es", "oos",
        "acabamos de tener un bebé, ¿puede tener su propia tarjeta? ¿cómo se tramita?",
        "none",
    ),
    (
        "es", "oos",
        "Estimados señores: mi esposa tiene visa de acompañante y no trabaja. ¿Tiene derecho "
        "como extranjera a afiliarse al seguro social?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es", "card",
        "la tarjeta que me dio el gobierno local, ¿para qué sirve exactamente?",
        "card:citizen:function",
    ),
    (
        "es", "card",
        "mi mamá tiene una tarjeta que le dieron en el hospital, ¿quién la administra?",
        "card:health:manager",
    ),
    (
        "es", "card",
        "la tarjeta con chip que me tramitó la empresa, qué ley la regula",
        "card:social:legal",
    ),
    (
        "es", "card",
        "la tarjeta que sale en el celular desde la app del seguro médico, ¿quién puede "
        "tenerla y cómo?",
        ("card:emedical:eligibility", "task:getemedical"),
    ),
    (
        "es", "card",
        "la tarjeta vieja del seguro médico que el banco le dio a mi papá, ¿es segura?",
        "card:medical:security",
    ),
    (
        "es", "card",
        "eso de la tarjeta de seguridad social en el teléfono de mi esposo, ¿qué es?",
        "card:esocial",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es", "compare",
        "diferencias entre la tarjeta que me dio el hospital y la de seguridad social con chip",
        ("cmp:social:health", "faq:1"),
    ),
    (
        "es", "compare",
        "compara la tarjeta del gobierno local con la tarjeta vieja del seguro médico de mi mamá",
        "cmp:medical:citizen",
    ),
    (
        "es", "compare",
        "en qué se diferencian el certificado electrónico del seguro médico del celular y la "
        "tarjeta que te dan en el hospital",
        "cmp:emedical:health",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es", "faq",
        "la tarjeta que me dio el gobierno local, ¿es la misma que la tarjeta de seguridad "
        "social?",
        "faq:3",
    ),
    (
        "es", "faq",
        "¿qué tipos de seguro social hay? mi hija empieza a trabajar y quiero saber qué le "
        "cubren",
        "faq:6",
    ),
    (
        "es", "faq",
        "¿qué información guarda la tarjeta con chip que me dio la empresa y qué puedo hacer "
        "con ella?",
        "faq:7",
    ),
    (
        "es", "faq",
        "mi hija empezó a trabajar hace dos semanas, ¿cuándo tiene que inscribirla la empresa "
        "en el seguro social?",
        "faq:9",
    ),
    (
        "es", "faq",
        "¿cuál es el número de seguridad social de mi esposo? no lo encuentra en ninguna de sus "
        "tarjetas",
        "faq:10",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es", "law",
        "mi yerno me habló del artículo 3 de la ley de seguro social, ¿qué dice?",
        "law:sil-3",
    ),
    (
        "es", "law",
        "mi hija me mandó el artículo 4 de las medidas administrativas de las tarjetas de "
        "seguridad social, de qué trata",
        "law:ssc-4",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas tardes", "greeting"),
    ("es", "greeting", "gracias, ya entendí qué tarjeta tiene mi mamá", "greeting"),
    ("es", "greeting", "chao, muchas gracias", "greeting"),
)
