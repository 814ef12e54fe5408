"""Hundred-and-twenty-sixth phrasing set (wrong names), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDTWENTYSIXTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "my company gave me a 'health insurance card', can i use it to register at the hospital?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "at the hospital window which one do i hand over, the social card or that medical card "
            "thing"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "can the insurance card pay for cough syrup at the pharmacy downstairs",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "im 68 and my daughter says the 'city card' works at the drugstore for my pills. true?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "paid out of pocket for knee surgery, which card gets me that money back, the social one?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "got a stack of clinic receipts. does the welfare card help me get reimbursed",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "want to see my old checkup results, is that the health insurance card or the medical "
            "record card"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "doctor asked for my past records, does the 'patient card' pull up my health file",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "can i do medical insurance stuff on my phone with the e-insurance card",
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "dont want to queue at the bureau, can i sort out my medical insurance online with the "
            "insurance app card"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "retiring next year. do i collect my pension with the social card or the resident card",
        "task:pension",
    ),
    (
        "en",
        "task",
        "my dad wants to draw his pension, does he need that blue labour card",
        "task:pension",
    ),
    (
        "en",
        "task",
        "just got laid off 😩 which card is for unemployment money, the insurance card?",
        "task:unemployment",
    ),
    ("en", "task", "can the hr card be used to sign up for jobless benefits", "task:unemployment"),
    (
        "en",
        "task",
        (
            "hurt my hand at the factory, which card do i use for work injury benefits, the worker "
            "card?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "site worker, fell off scaffolding. does the labour insurance card cover injury payouts",
        "task:injury",
    ),
    (
        "en",
        "task",
        "how can i check if my boss is actually paying into my social card",
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "wanna see how much has gone into my pension and medical so far, is that on the "
            "pension card?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "can i ride the subway with my social card or is that the city card",
        "task:transport",
    ),
    ("en", "task", "does the resident card work on buses", "task:transport"),
    (
        "en",
        "task",
        "borrowing library books - do i use the city pass card or something else",
        "task:services",
    ),
    (
        "en",
        "task",
        "which card gets me local public services like the reading room, the town card?",
        "task:services",
    ),
    (
        "en",
        "task",
        "landlord wants ID, can i show my 'local card' to prove who i am",
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "hr said my 'insurance card' is on its way, but how does getting the social card "
            "actually work"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "who can apply for the 'people's card' my coworker taps on the bus",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "how do i get the electronic social card on my phone, need the plastic one first?",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "how do i get the e-health-insurance thing, the digital medical voucher? am i eligible",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        (
            "new in china, got a social card, a med card, a city card... what am i supposed to do "
            "with them all"
        ),
        "tasks",
    ),
    (
        "en",
        "task",
        "everything about using the hospital cards for doctors and medicine please",
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "money stuff: pension, unemployment pay, what i've paid in. what do the benefit cards "
            "do for that"
        ),
        "tasks:money",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "social card", "card:social"),
    ("en", "short", "city card", "card:citizen"),
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "health insur", "card:medical"),
    ("en", "short", "resident crd", "card:citizen"),
    ("en", "short", "e-social", "card:esocial"),
    ("en", "short", "elect medic", "card:emedical"),
    ("en", "short", "HR card", "card:social"),
    ("en", "short", "health file card", "card:health"),
    ("en", "short", "subway card", "task:transport"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "insurance law", "law"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "lost my social card on the metro, how do i get a new one", "none"),
    ("en", "oos", "how much does it cost to make a city card", "none"),
    ("en", "oos", "how long till my health insurance card shows up after i apply", "none"),
    ("en", "oos", "where's the office to pick up the resident card in chengdu", "none"),
    ("en", "oos", "foreigner on a work visa here - am i even allowed a city card?", "none"),
    ("en", "oos", "forgot the pin on my insurance card, how do i reset it", "none"),
    ("en", "oos", "will my beijing medical card work at a hospital in hong kong", "none"),
    ("en", "oos", "they spelled my name wrong on the social card. how do i get it fixed", "none"),
    ("en", "oos", "leaving china for good, can i cash out whatever's on my social card", "none"),
    ("en", "oos", "what percent of my salary goes to the insurance card every month", "none"),
    ("en", "oos", "does the health card cover a dental cleaning", "none"),
    ("en", "oos", "can my husband use my med card to buy his own meds", "none"),
    ("en", "oos", "do seniors get museum discounts with the shanghai city card", "none"),
    ("en", "oos", "chip on my social card stopped working, where do i get it repaired", "none"),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "so what even is the 'health insurance card' on my phone, a real card or just an app?",
        "card:emedical:form",
    ),
    ("en", "card", "who hands out the old medical card, the hospital?", "card:medical:issuer"),
    (
        "en",
        "card",
        "the medical records card the clinic gave me, who's in charge of that",
        "card:health:manager",
    ),
    ("en", "card", "tell me about the city card", "card:citizen"),
    ("en", "card", "what gets stored on the HR card", ("card:social:records", "faq:7")),
    (
        "en",
        "card",
        "which rules is the labour card under, is there an actual law for it",
        "card:social:legal",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "difference between the city card and the social card?",
        "cmp:social:citizen",
    ),
    ("en", "compare", "medical card vs social card, what's the diff", "cmp:social:medical"),
    ("en", "compare", "patient card vs city card, how are they different", "cmp:health:citizen"),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "is the clinic card a kind of social security card?",
        ("faq:1", "cmp:social:health"),
    ),
    ("en", "faq", "the hr card and the social card, one and the same?", "faq:4"),
    ("en", "faq", "what kinds of social insurance does the insurance card even cover", "faq:6"),
    (
        "en",
        "faq",
        "how soon after hiring does my boss have to sign me up for the insurance card stuff",
        "faq:9",
    ),
    ("en", "faq", "what's my social number, is it just my id number", "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 58 of the insurance card law say", "law:sil-58"),
    ("en", "law", "social card rules article 3, who's responsible for what", "law:ssc-3"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hey there", "greeting"),
    ("en", "greeting", "thx, that cleared up my card mess", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "¿puedo sacar número en el hospital con la tarjeta del seguro?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "en la ventanilla del hospital me pidieron 'la tarjeta médica', ¿cuál llevo?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¿con la tarjeta de residente puedo comprar medicinas en la farmacia?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "para comprar remedios en la farmacia, ¿vale el carnet del seguro social?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "pagué una operación de mi bolsillo, ¿con qué tarjeta me reembolsan?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "mi mamá tiene facturas de la clínica, ¿con el carnet sanitario le devuelven la plata?",
        "task:reimburse",
    ),
    ("es", "task", "¿cómo veo mi historial médico? ¿con el carnet de salud?", "task:healthfile"),
    (
        "es",
        "task",
        "quiero consultar mi expediente de salud, ¿qué tarjeta uso, la del paciente?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "¿puedo hacer trámites del seguro médico desde el móvil con el 'carnet digital'?",
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "no quiero ir a la oficina: ¿el seguro médico se tramita online con la tarjeta "
            "sanitaria electrónica?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        "me jubilo pronto, ¿cobro la pensión con la tarjeta de residente o con la otra?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "mi abuelo quiere cobrar su jubilación, ¿qué carnet necesita? ¿el de jubilado?",
        "task:pension",
    ),
    ("es", "task", "me echaron del trabajo, ¿con qué tarjeta pido el paro?", "task:unemployment"),
    (
        "es",
        "task",
        "¿la tarjeta de la seguridad laboral sirve para el subsidio de desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "me accidenté en la obra, ¿qué tarjeta uso para las prestaciones por accidente de trabajo?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "lesión en la fábrica: ¿el carnet de trabajador sirve para cobrar la indemnización?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cómo reviso si mi empresa me está pagando las cotizaciones? ¿con la tarjeta del seguro?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "quiero ver cuánto llevo cotizado de pensión y médico, ¿lo veo con la tarjeta de "
            "pensiones?"
        ),
        "task:contributions",
    ),
    ("es", "task", "¿puedo pagar el metro con la tarjeta de residente?", "task:transport"),
    ("es", "task", "¿el carnet de la ciudad vale para el autobús?", "task:transport"),
    (
        "es",
        "task",
        "¿con qué tarjeta entro a la sala de lectura pública? ¿la municipal?",
        "task:services",
    ),
    (
        "es",
        "task",
        "servicios públicos del barrio, biblioteca y eso, ¿me sirve la tarjeta vecinal?",
        "task:services",
    ),
    ("es", "task", "¿la tarjeta ciudadana me sirve como identificación?", "task:identity"),
    (
        "es",
        "task",
        "necesito demostrar quién soy en un trámite, ¿vale la tarjeta social como documento?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "¿cómo saco la tarjeta del seguro social? recién me contrataron",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿quién puede pedir la tarjeta de residente de la ciudad y cómo se hace?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "¿cómo activo la tarjeta social en el celular? ¿hace falta tener la física?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "¿cómo consigo el carnet del seguro médico electrónico? ¿lo puede sacar cualquiera?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "acabo de llegar a China, ¿qué tengo que hacer con todas estas tarjetas del seguro?",
        "tasks",
    ),
    (
        "es",
        "task",
        "todo lo de sacar tarjetas, la social, la de residente... ¿por dónde empiezo?",
        "tasks:getcard",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta del seguro", ("card:medical", "card:social")),
    ("es", "short", "carnet de salud", "card:health"),
    ("es", "short", "tarjeta de residente", "card:citizen"),
    ("es", "short", "tarjeta social", "card:social"),
    ("es", "short", "carnet médico", "card:medical"),
    ("es", "short", "certif médico elec", "card:emedical"),
    ("es", "short", "tarjeta social digital", "card:esocial"),
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "tarjetas", "cards"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí el carnet de salud, ¿cómo lo repongo?", "none"),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta de residente?", "none"),
    ("es", "oos", "¿cuántos días tarda en llegar la tarjeta del seguro?", "none"),
    ("es", "oos", "¿dónde queda la oficina de la tarjeta social en Cantón?", "none"),
    (
        "es",
        "oos",
        "soy extranjero con visa de estudiante, ¿tengo derecho a la tarjeta del seguro médico?",
        "none",
    ),
    ("es", "oos", "se me olvidó la contraseña de la tarjeta social, ¿qué hago?", "none"),
    ("es", "oos", "¿la tarjeta de residente de Hangzhou me sirve en Pekín?", "none"),
    (
        "es",
        "oos",
        "si me voy de China, ¿me devuelven lo que aporté con la tarjeta del seguro?",
        "none",
    ),
    ("es", "oos", "¿el carnet del seguro cubre el dentista?", "none"),
    ("es", "oos", "¿mi hijo puede usar mi tarjeta médica para sus medicinas?", "none"),
    ("es", "oos", "¿cuánto me descuentan del sueldo cada mes para la tarjeta social?", "none"),
    ("es", "oos", "la tarjeta del seguro tiene mal escrito mi apellido, ¿cómo lo cambio?", "none"),
    ("es", "oos", "¿la tarjeta ciudadana da descuento en el zoológico?", "none"),
    ("es", "oos", "¿cada cuánto hay que renovar la tarjeta social?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿qué es eso del carnet de salud?", "card:health"),
    (
        "es",
        "card",
        "¿quién emite el seguro médico electrónico ese del celular?",
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        "la tarjeta de residente, ¿para qué sirve exactamente?",
        "card:citizen:function",
    ),
    (
        "es",
        "card",
        "la tarjeta vieja del seguro médico, ¿era segura o no?",
        "card:medical:security",
    ),
    ("es", "card", "la tarjeta social del móvil, ¿qué es?", "card:esocial:what"),
    (
        "es",
        "card",
        "¿dónde se puede usar la tarjeta laboral esa de recursos humanos?",
        "card:social:scope",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "¿en qué se diferencian el carnet de salud y la tarjeta social?",
        "cmp:social:health",
    ),
    (
        "es",
        "compare",
        "la tarjeta social de plástico vs la del celular, ¿qué cambia?",
        "cmp:social:esocial",
    ),
    (
        "es",
        "compare",
        "la tarjeta médica vieja y el carnet del seguro en el móvil, ¿diferencias?",
        "cmp:medical:emedical",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "¿el carnet del seguro social y la tarjeta médica son lo mismo?",
        ("faq:2", "cmp:social:medical"),
    ),
    (
        "es",
        "faq",
        "¿la tarjeta de residente es la misma que la tarjeta social?",
        ("faq:3", "cmp:social:citizen"),
    ),
    (
        "es",
        "faq",
        "el certificado del seguro en el móvil y la tarjeta social electrónica, ¿son iguales?",
        ("faq:5", "cmp:esocial:emedical"),
    ),
    ("es", "faq", "¿qué guarda la tarjeta laboral y qué puedo hacer con ella?", "faq:7"),
    ("es", "faq", "¿cuántos tipos de tarjeta del seguro social hay?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 2 de la ley de la tarjeta del seguro?", "law:sil-2"),
    ("es", "law", "el reglamento de las tarjetas sociales, artículo 1, ¿qué pone?", "law:ssc-1"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "muchas gracias, ya entendí cuál es cuál", "greeting"),
    ("es", "greeting", "chao", "greeting"),
)
