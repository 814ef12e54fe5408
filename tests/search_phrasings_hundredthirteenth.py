"""Hundred-and-thirteenth phrasing set (older people), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDTHIRTEENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "Good morning. I am 72 and I have an appointment at the hospital next week. Which of "
            "my cards should I bring to register and pay?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "my mum is 80 and has to see a doctor tomorrow, which card will the hospital want from "
            "her?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "Excuse me, when I pay the bill at the hospital counter do they take the social "
            "security card or some other card?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "I take blood pressure tablets every day. Which card can I use at the chemist to buy them?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "Can my father buy his diabetes medicine at the pharmacy with one of these cards, and "
            "which one please?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "Hello, I am running low on my heart pills. What card should I show at the drugstore?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "I paid for my cataract operation out of my own pocket. Which card do I need to get "
            "that money back from the medical insurance?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "How would my husband go about getting his hospital expenses reimbursed? What card is "
            "needed for that?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "I would like to have a look at my own health file and my old medical records. Is "
            "there a card for that?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "My mother's new doctor wants to know her medical history. Which card lets us look up "
            "her health records?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "My grandson says I can do my medical insurance business on the phone nowadays. Is the "
            "phone version really necessary, and which one would I need?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "I am not very clever with smartphones I'm afraid. To handle medical insurance matters "
            "online, what exactly do I need?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "I retire at the end of this month. Which card will I need to collect my pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "Dear sir or madam, my father has just retired and we are not sure which card he uses "
            "to receive his old age pension."
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "do i need the social security card to draw my pension every month or is my bank card "
            "enough"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "My son lost his job last month, poor lad. Which card does he need to apply for "
            "unemployment benefits?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "My husband hurt his back at the factory some years before he retired. What card is "
            "used to claim work injury benefits?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "I want to check how much has been paid into my pension over all these years. Which "
            "card lets me do that?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "Is there some way to see whether my old employer really paid my social insurance "
            "every month like they promised?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "Which card can I use to ride the bus? My knees are not what they used to be and I "
            "take the bus everywhere now."
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "Can an old lady like me use one of these cards on the subway instead of fumbling with "
            "tickets?"
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "I enjoy going to the public reading room near my flat. Is there a card for local "
            "services like that?"
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        "If somebody asks me to prove who I am, which of these cards will they accept?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "How does one apply for a social security card? I am retired and I have never had one.",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "I have the plastic social security card already. How do I get the electronic one on "
            "my phone, if I even need it?"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "My mother is covered by medical insurance. Can she get the electronic medical "
            "insurance certificate, and how do we go about it?"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "Who is allowed to have a citizen card, and how do we get one for my elderly father?",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "I am getting on in years and see doctors rather often. Could you show me everything "
            "to do with health care, please?"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "Please list all the money matters I can deal with, the pension, benefits, what has "
            "been paid in and so on."
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "I find all of this very confusing. What are the things a person might need to do with "
            "these cards?"
        ),
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pensio", "task:pension"),
    ("en", "short", "medicine", "task:pharmacy"),
    ("en", "short", "hospital", "task:hospital"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "old medical card", "card:medical"),
    ("en", "short", "electronic social security", "card:esocial"),
    ("en", "short", "e medical certificate", "card:emedical"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "bus", "task:transport"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "cards", "cards"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "I have lost my social security card on the bus. What should I do to get a new one?",
        "none",
    ),
    (
        "en",
        "oos",
        "How much does it cost to replace a damaged card? The chip on mine has stopped working.",
        "none",
    ),
    (
        "en",
        "oos",
        "How many days does it usually take for the card to arrive after you apply?",
        "none",
    ),
    (
        "en",
        "oos",
        "Where is the nearest social security office to Chaoyang district, please?",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I am a foreigner retiring in China after 15 years. Can I take my pension with me when "
            "I go home to Canada?"
        ),
        "none",
    ),
    ("en", "oos", "At what age is a woman allowed to retire in China?", "none"),
    (
        "en",
        "oos",
        "Roughly how much pension will I get each month if I paid in for 12 years?",
        "none",
    ),
    (
        "en",
        "oos",
        "My card has an expiry date printed on it. How do I renew it once it runs out?",
        "none",
    ),
    ("en", "oos", "I have forgotten the PIN for my card. How can I reset it?", "none"),
    (
        "en",
        "oos",
        "Will the medical insurance pay for my mother's place in a nursing home?",
        "none",
    ),
    (
        "en",
        "oos",
        "Are dentures covered by the medical insurance? Mine are getting rather loose.",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Can my daughter collect my medicine for me if I am too poorly to go to the pharmacy "
            "myself?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Will the bank charge me a yearly fee for the bank account linked to my social "
            "security card?"
        ),
        "none",
    ),
    ("en", "oos", "Is there a discount for pensioners over 70 on the Beijing subway?", "none"),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "Could you kindly tell me what the citizen card is? My neighbour keeps going on about it.",
        "card:citizen",
    ),
    (
        "en",
        "card",
        "What is this health card the clinic mentioned? I have never heard of it before.",
        "card:health",
    ),
    (
        "en",
        "card",
        "Who issues the electronic medical insurance certificate? Is it the government?",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        (
            "What information is kept on my social security card? I do worry about what they know "
            "about me."
        ),
        ("card:social:records", "faq:7"),
    ),
    (
        "en",
        "card",
        (
            "Is the electronic social security card a real card I can hold, or does it only live "
            "inside the phone?"
        ),
        "card:esocial:form",
    ),
    (
        "en",
        "card",
        "Is the social security card safe? I am afraid someone could misuse it if it were stolen.",
        "card:social:security",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "What is the difference between my plastic social security card and the electronic one "
            "on the phone?"
        ),
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        (
            "I still have the old medical insurance card. How is it different from the new "
            "electronic medical insurance certificate?"
        ),
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "Health card or citizen card, I can never remember which is which. How do they differ?",
        "cmp:health:citizen",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "Is the health card the same thing as a social security card? I'm a bit muddled.",
        ("faq:1", "cmp:social:health"),
    ),
    (
        "en",
        "faq",
        "Is my citizen card also my social security card, or are they two separate cards?",
        ("faq:3", "cmp:social:citizen"),
    ),
    (
        "en",
        "faq",
        "What kinds of social insurance are there in China? I only really know about the pension.",
        "faq:6",
    ),
    (
        "en",
        "faq",
        (
            "When my son starts his new job, how soon must the company register him for social "
            "insurance?"
        ),
        ("faq:9", "law:sil-58"),
    ),
    (
        "en",
        "faq",
        "What is my social security number? Is it another new number I have to remember?",
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "What does article 74 of the Social Insurance Law say about keeping my records?",
        "law:sil-74",
    ),
    (
        "en",
        "law",
        (
            "I believe article 3 of the Administrative Measures on Social Security Cards says who "
            "is in charge of issuing them. What does it say exactly?"
        ),
        "law:ssc-3",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "Good afternoon, I hope I am doing this right. Hello?", "greeting"),
    ("en", "greeting", "Thank you very much, young man, you have been most helpful.", "greeting"),
    ("en", "greeting", "Goodbye now, and God bless.", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "Buenos días. Tengo 68 años y mañana tengo cita en el hospital. ¿Qué tarjeta tengo que "
            "llevar para registrarme?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        "mi papá tiene que ir al médico el lunes, ¿con cuál tarjeta paga en el hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "Disculpe la molestia, ¿para pedir consulta con el doctor me sirve la tarjeta del "
            "seguro social?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "Necesito comprar mis pastillas para la tensión en la farmacia. ¿Qué tarjeta debo "
            "presentar?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "¿Mi madre puede pagar sus medicinas en la farmacia con alguna de estas tarjetas?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "Se me están acabando los remedios del corazón, ¿con qué tarjeta los compro en la "
            "farmacia designada?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "Pagué yo mismo una operación de rodilla. ¿Qué tarjeta necesito para que me reembolsen "
            "los gastos?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "¿Cómo hace mi esposa para recuperar el dinero de sus gastos médicos? ¿Qué tarjeta le "
            "piden?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "Quisiera consultar mi historial médico y mi expediente de salud. ¿Hay alguna tarjeta "
            "para eso?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "El médico nuevo de mi abuela quiere ver sus antecedentes. ¿Con qué tarjeta podemos "
            "consultar su expediente?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "Mi hija dice que ahora los trámites del seguro médico se hacen por el celular. ¿De "
            "verdad necesito la versión del teléfono?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "No me llevo muy bien con la tecnología. ¿Qué necesito para hacer gestiones del seguro "
            "médico por internet?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        "Me jubilo el mes que viene. ¿Con qué tarjeta voy a cobrar la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "Estimados señores, mi padre se acaba de jubilar y no sabemos qué tarjeta usa para "
            "recibir su pensión de vejez."
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        "¿hace falta la tarjeta de seguridad social para cobrar la jubilación todos los meses?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "Mi hijo se quedó sin trabajo. ¿Qué tarjeta necesita para pedir el subsidio de desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "Mi marido se lastimó la mano en la fábrica. ¿Qué tarjeta sirve para reclamar las "
            "prestaciones por accidente laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "Quiero saber cuánto he cotizado para la pensión en todos estos años. ¿Con qué tarjeta "
            "lo consulto?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿Cómo compruebo si mi antigua empresa pagó de verdad mis cuotas del seguro social?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "¿Hay alguna tarjeta con la que pueda subir al autobús sin llevar monedas? Ya no veo "
            "bien el cambio."
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿Con qué tarjeta puede mi madre viajar en metro? Tiene 75 años.",
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "Me gusta ir a la sala de lectura pública del barrio. ¿Qué tarjeta me sirve para esos "
            "servicios?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta me vale para demostrar quién soy si me piden identificación?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "Soy jubilado y nunca tuve tarjeta de seguridad social. ¿Cómo la solicito?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "¿Cómo activo la tarjeta electrónica de seguridad social en el móvil? Ya tengo la de "
            "plástico."
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "Mi papá tiene seguro médico, ¿puede obtener el certificado electrónico de seguro "
            "médico? ¿Cómo se hace?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿Quién puede sacar la tarjeta ciudadana y cómo la consigo para mi madre?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "Ayúdeme, por favor, con las cosas del día a día: el autobús, la biblioteca, "
            "identificarme..."
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        "Quiero ver todo lo relacionado con conseguir una tarjeta: cuáles puedo solicitar y cómo.",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "Estoy un poco perdido, ¿qué trámites se pueden hacer con estas tarjetas? Muéstreme la "
            "guía, por favor."
        ),
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "ir al médico", "task:hospital"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "tarjeta seguro medico vieja", "card:medical"),
    ("es", "short", "seguridad social electrónica", "card:esocial"),
    ("es", "short", "certificado electrónico seguro médico", "card:emedical"),
    ("es", "short", "reembol", "task:reimburse"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "ley de seguro social", "law"),
    ("es", "short", "tarjetas", "cards"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "Perdí la tarjeta de seguridad social en el mercado. ¿Qué hago para sacar otra?",
        "none",
    ),
    ("es", "oos", "¿Cuánto cobran por hacer una tarjeta nueva si la mía está rota?", "none"),
    ("es", "oos", "¿Cuánto tarda en llegar la tarjeta después de solicitarla?", "none"),
    ("es", "oos", "¿Dónde queda la oficina de seguridad social más cercana en Shenzhen?", "none"),
    (
        "es",
        "oos",
        (
            "Soy extranjero y llevo 20 años trabajando en China. ¿Tengo derecho a pensión cuando "
            "me jubile?"
        ),
        "none",
    ),
    ("es", "oos", "¿A qué edad se jubilan los hombres en China?", "none"),
    ("es", "oos", "¿Cuánto me van a dar de pensión si coticé 15 años?", "none"),
    (
        "es",
        "oos",
        "¿Puedo seguir cobrando mi pensión china si me vuelvo a vivir a Colombia?",
        "none",
    ),
    ("es", "oos", "Olvidé la contraseña de la tarjeta. ¿Cómo la cambio?", "none"),
    ("es", "oos", "¿El seguro médico cubre las gafas y los audífonos de mi padre?", "none"),
    ("es", "oos", "¿Puede mi hijo recoger los medicamentos en mi nombre si estoy en cama?", "none"),
    (
        "es",
        "oos",
        "En Hangzhou, ¿la tarjeta ciudadana tiene descuento para mayores en el autobús?",
        "none",
    ),
    ("es", "oos", "Mi tarjeta caducó. ¿Dónde la renuevo y qué papeles necesito?", "none"),
    (
        "es",
        "oos",
        "¿Hay que pagar algo por usar el certificado electrónico en el teléfono?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿Me podría explicar qué es la tarjeta de seguridad social? Nunca me quedó claro.",
        "card:social",
    ),
    (
        "es",
        "card",
        "¿Qué es el certificado electrónico de seguro médico? Mi nieto me lo mencionó ayer.",
        "card:emedical",
    ),
    (
        "es",
        "card",
        "¿Quién administra la tarjeta de salud? ¿El hospital o el gobierno?",
        "card:health:manager",
    ),
    (
        "es",
        "card",
        "¿Qué organismo emitía la antigua tarjeta del seguro médico?",
        "card:medical:issuer",
    ),
    ("es", "card", "¿Para qué sirve exactamente la tarjeta ciudadana?", "card:citizen:function"),
    ("es", "card", "¿En qué ley se basa la tarjeta de seguridad social?", "card:social:legal"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "¿Qué diferencia hay entre la vieja tarjeta del seguro médico y la tarjeta de salud?",
        "cmp:medical:health",
    ),
    (
        "es",
        "compare",
        (
            "¿En qué se diferencia la tarjeta de seguridad social del certificado electrónico de "
            "seguro médico?"
        ),
        "cmp:social:emedical",
    ),
    (
        "es",
        "compare",
        (
            "Compáreme, por favor, la tarjeta electrónica de seguridad social con la tarjeta "
            "ciudadana."
        ),
        "cmp:esocial:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "¿La tarjeta de seguridad social es la misma que la tarjeta del seguro médico? Tengo "
            "las dos en el cajón."
        ),
        ("faq:2", "cmp:social:medical"),
    ),
    (
        "es",
        "faq",
        (
            "La tarjeta de recursos humanos y seguridad social, ¿es una tarjeta de seguridad "
            "social o es otra cosa?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "¿El certificado electrónico de seguro médico y la tarjeta electrónica de seguridad "
            "social son lo mismo? En el teléfono se parecen."
        ),
        ("faq:5", "cmp:esocial:emedical"),
    ),
    (
        "es",
        "faq",
        "¿Qué guarda la tarjeta de seguridad social y qué puedo hacer con ella?",
        "faq:7",
    ),
    ("es", "faq", "¿Cuántos tipos de tarjeta de seguridad social hay?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿Qué dice el artículo 3 de la Ley de Seguro Social?", "law:sil-3"),
    (
        "es",
        "law",
        "¿Qué leyes hablan de estas tarjetas? Quisiera ver la lista de artículos.",
        "law",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "Hola, buenas tardes, ¿hay alguien ahí?", "greeting"),
    ("es", "greeting", "Muchísimas gracias por su paciencia con esta señora mayor.", "greeting"),
    ("es", "greeting", "Bueno, me despido. Que tenga muy buen día.", "greeting"),
)
