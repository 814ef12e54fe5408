"""Eighty-eighth phrasing set (teachers, volunteers and NGO workers in small towns and rural areas,
who help local foreigners and write careful, polite messages), written blind from the seeds
(issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

EIGHTYEIGHTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "Good morning. One of our foreign teachers needs to see a doctor at the county "
            "hospital next week. Which card should she bring to register?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "Could you kindly tell me which card our exchange students should use to pay at the "
            "hospital?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        ("Which card can a foreign volunteer use to buy medicine at the village pharmacy, please?"),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "An elderly lady I help needs her medicine every month. Is there a card she can use at "
            "the drugstore?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "A parent from our school paid a hospital bill out of his own pocket. Which card does "
            "he need to get the medical expenses reimbursed?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "Kindly advise which card is used for getting medical costs paid back.",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "I would like to help an older foreign resident look up her personal health records. "
            "Which card would she need for that?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "The city office is two hours away from our town. Can our English teacher handle her "
            "medical insurance business online instead, and what does she use?"
        ),
        "task:online",
    ),
    ("en", "task", "what do i need to do medical insurance things on my phone", "task:online"),
    (
        "en",
        "task",
        (
            "A retired gentleman in our town asked me how he will receive his pension. Which card "
            "is that done with?"
        ),
        "task:pension",
    ),
    ("en", "task", "Which card is needed to collect an old-age pension, please?", "task:pension"),
    (
        "en",
        "task",
        (
            "A factory worker our organisation supports has just lost his job. Which card does he "
            "need to apply for unemployment benefits?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "Sorry to bother you, which card is used for unemployment registration?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "One of our volunteers was hurt while working at the rural school. Which card is used "
            "for work-related injury benefits?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "How can a teacher check whether her school has really been paying her social "
            "insurance contributions?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "I would like to see how much has been paid into my social insurance so far. Which "
            "card helps with that?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "Is there a card our foreign students could use on the bus when they travel into the "
            "city?"
        ),
        "task:transport",
    ),
    ("en", "task", "which card works for the subway and public buses", "task:transport"),
    (
        "en",
        "task",
        "Is there one card for using local public services, such as the public reading room?",
        "task:services",
    ),
    ("en", "task", "Which of these cards can a person use to prove who they are?", "task:identity"),
    (
        "en",
        "task",
        (
            "How does a foreign teacher at our middle school get a social security card? Who is "
            "allowed to apply for one?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "Our new volunteer has just started working with us. What should she do to get her "
            "social security card?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "Could you please explain how to get the electronic social security card onto a phone?",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "How does one obtain the electronic medical insurance certificate?",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        (
            "Is it possible for a foreign resident in our town to get a citizen card, and how "
            "would she go about it?"
        ),
        ("task:getcitizen", "card:citizen:eligibility"),
    ),
    (
        "en",
        "task",
        (
            "Dear bot, I volunteer with newly arrived foreign families. Could you show me the "
            "things they may need these cards for?"
        ),
        "tasks",
    ),
    (
        "en",
        "task",
        "Which cards matter for health care, such as seeing a doctor or getting medicine?",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "Which cards are used for money matters like pensions and benefits?",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "For everyday life in town, like buses and proving identity, which cards are useful?",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "How does someone get each of these cards? I would like an overview for our newcomers.",
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "medicine card", "task:pharmacy"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "citizen c", "card:citizen"),
    ("en", "short", "electronic medical", "card:emedical"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "bus card", "task:transport"),
    ("en", "short", "social security number", "faq:10"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "e-social card", "card:esocial"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        (
            "Our foreign teacher lost her social security card on the bus yesterday. How can she "
            "get it replaced?"
        ),
        "none",
    ),
    ("en", "oos", "How much does it cost to apply for a social security card?", "none"),
    ("en", "oos", "How long does it usually take for the card to arrive after applying?", "none"),
    ("en", "oos", "What are the opening hours of the county social security office?", "none"),
    (
        "en",
        "oos",
        "She has forgotten the PIN of her social security card. What should she do?",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Does a foreign teacher need a work visa before the school can register her for "
            "insurance?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "Could you tell me which documents the Kunming office asks for when applying?",
        "none",
    ),
    ("en", "oos", "Can social insurance contributions be deducted from income tax?", "none"),
    (
        "en",
        "oos",
        "How much would a tooth extraction cost at the township hospital with insurance?",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "When a foreign teacher leaves China for good, can she take her pension contributions "
            "back?"
        ),
        "none",
    ),
    ("en", "oos", "Is there an English-speaking hotline for social security questions?", "none"),
    ("en", "oos", "What is the monthly contribution for a teacher earning 5000 yuan?", "none"),
    (
        "en",
        "oos",
        (
            "Is it possible to apply for the card on behalf of an elderly neighbour who cannot "
            "travel to town?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "Is there a children's medical insurance scheme for the kids at our village school?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    ("en", "card", "Could you please explain what the health card actually is?", "card:health"),
    ("en", "card", "Who issues the old medical insurance card?", "card:medical:issuer"),
    (
        "en",
        "card",
        (
            "How secure is the social security card? Some of the older residents worry about their "
            "money and information."
        ),
        "card:social:security",
    ),
    ("en", "card", "Who is in charge of managing the health card?", "card:health:manager"),
    (
        "en",
        "card",
        (
            "Is the electronic medical insurance certificate a plastic card, or does it only exist "
            "on the phone?"
        ),
        "card:emedical:form",
    ),
    ("en", "card", "Where can the citizen card be used?", "card:citizen:scope"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "What is the difference between the health card and the social security card? Our "
            "students keep mixing them up."
        ),
        "cmp:social:health",
    ),
    (
        "en",
        "compare",
        "Could you compare the social security card and the citizen card for me, please?",
        "cmp:social:citizen",
    ),
    (
        "en",
        "compare",
        (
            "How is the old medical insurance card different from the electronic medical insurance "
            "certificate?"
        ),
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "Is the social security card the same thing as the medical insurance card?",
        "faq:2",
    ),
    (
        "en",
        "faq",
        "Are the citizen card and the social security card one and the same card?",
        "faq:3",
    ),
    ("en", "faq", "What kinds of social insurance are there in China?", "faq:6"),
    (
        "en",
        "faq",
        (
            "Within how many days must an employer register a new foreign teacher for social "
            "insurance?"
        ),
        ("faq:9", "law:sil-58"),
    ),
    ("en", "faq", "How many types of social security card are there?", "faq:8"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "Which law articles are these answers based on?", "law"),
    (
        "en",
        "law",
        (
            "What does Article 74 of the Social Insurance Law say about checking contribution "
            "records?"
        ),
        "law:sil-74",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "Good morning, and thank you for helping us.", "greeting"),
    (
        "en",
        "greeting",
        "Thank you very much, this will be very helpful for our families.",
        "greeting",
    ),
    ("en", "greeting", "Goodbye, and have a lovely day", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "Buenas tardes, una alumna extranjera tiene que ir al hospital del condado. ¿Qué "
            "tarjeta debe llevar para registrarse?"
        ),
        "task:hospital",
    ),
    ("es", "task", "para pagar la consulta en el hospital que tarjeta sirve", "task:hospital"),
    (
        "es",
        "task",
        "Disculpe, ¿con qué tarjeta se pueden comprar medicamentos en la farmacia del pueblo?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "Una señora mayor a la que acompaño necesita sus medicinas; ¿le sirve alguna tarjeta "
            "en la farmacia?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta necesita un profesor para que le reembolsen los gastos médicos?",
        "task:reimburse",
    ),
    ("es", "task", "reembolso de gastos del hospital, cual tarjeta", "task:reimburse"),
    (
        "es",
        "task",
        "¿Con qué tarjeta se consulta el historial de salud de una persona?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "Quisiera ayudar a un vecino a hacer los trámites del seguro médico por internet, "
            "porque la oficina queda lejos. ¿Qué necesita?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        "¿Qué se usa para gestionar el seguro médico en línea desde el móvil?",
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "Un jubilado de nuestra comunidad pregunta cómo cobrar su pensión. ¿Qué tarjeta le "
            "corresponde?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "Un trabajador al que ayudamos se quedó sin empleo. ¿Con qué tarjeta solicita la "
            "prestación por desempleo?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta hace falta para inscribirse como desempleado?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "Un voluntario se lastimó trabajando en la escuela. ¿Qué tarjeta se usa para las "
            "prestaciones por accidente laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "¿Cómo puede una maestra comprobar si la escuela le ha pagado las cotizaciones a la "
            "seguridad social?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        "Quiero consultar cuánto llevo cotizado, ¿con qué tarjeta lo hago?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿Hay alguna tarjeta que sirva para el autobús y el metro cuando vamos a la ciudad?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿Qué tarjeta sirve para los servicios públicos locales, como la sala de lectura?",
        "task:services",
    ),
    (
        "es",
        "task",
        "¿Cuál de estas tarjetas sirve para demostrar la identidad de una persona?",
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "Algunos vecinos extranjeros no llevan siempre el pasaporte encima; ¿hay alguna "
            "tarjeta que les sirva para identificarse?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "¿Cómo puede un profesor extranjero recién contratado obtener la tarjeta de seguridad "
            "social?"
        ),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¿Quién tiene derecho a sacar la tarjeta de seguridad social?",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "es",
        "task",
        "¿Cómo se activa la tarjeta electrónica de seguridad social?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "¿Cómo se obtiene el certificado electrónico de seguro médico? Una compañera no sabe "
            "por dónde empezar."
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿Quién puede solicitar el comprobante electrónico del seguro médico?",
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    ("es", "task", "¿Cómo se consigue la tarjeta ciudadana?", "task:getcitizen"),
    (
        "es",
        "task",
        (
            "Ayudo a familias extranjeras en un pueblo pequeño. ¿Qué trámites se pueden hacer con "
            "estas tarjetas?"
        ),
        "tasks",
    ),
    (
        "es",
        "task",
        "¿Qué tarjetas hacen falta para temas de salud: médico, medicinas, reembolsos?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "Para asuntos de dinero, como pensiones y prestaciones, ¿qué tarjetas se usan?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "¿Y para la vida diaria, como el transporte o identificarse, qué tarjetas se usan?",
        "tasks:life",
    ),
    (
        "es",
        "task",
        (
            "¿Cómo se consigue cada una de las tarjetas? Me gustaría explicárselo a los recién "
            "llegados."
        ),
        "tasks:getcard",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta", "cards"),
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "hospital", "task:hospital"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seguro médico electrónico", "card:emedical"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "número de seguridad social", "faq:10"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "transporte", "task:transport"),
    ("es", "short", "seg social electr", "card:esocial"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "Una alumna perdió su tarjeta de seguridad social, ¿cómo puede pedir un duplicado?",
        "none",
    ),
    ("es", "oos", "¿Cuánto cuesta tramitar la tarjeta?", "none"),
    ("es", "oos", "¿Cuántos días tarda en llegar la tarjeta después de solicitarla?", "none"),
    ("es", "oos", "¿A qué hora abre la oficina de seguridad social del condado?", "none"),
    (
        "es",
        "oos",
        "A un vecino se le olvidó la contraseña de la tarjeta, ¿qué puede hacer?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Necesita visado de trabajo un voluntario para darse de alta en el seguro?",
        "none",
    ),
    ("es", "oos", "¿Qué documentos pide la oficina de Chengdu para sacar la tarjeta?", "none"),
    ("es", "oos", "¿Las cotizaciones se pueden deducir del impuesto sobre la renta?", "none"),
    ("es", "oos", "¿Cuánto cuesta un parto en el hospital del pueblo con seguro?", "none"),
    (
        "es",
        "oos",
        "Cuando un profesor extranjero regresa a su país, ¿le devuelven lo que cotizó?",
        "none",
    ),
    ("es", "oos", "¿Hay algún teléfono de atención en español?", "none"),
    (
        "es",
        "oos",
        "¿Se puede usar la tarjeta de seguridad social fuera de China, por ejemplo en España?",
        "none",
    ),
    ("es", "oos", "¿Cuánto se cotiza al mes con un sueldo de 4000 yuanes?", "none"),
    (
        "es",
        "oos",
        "¿Puedo tramitar la tarjeta en nombre de una vecina mayor que no puede desplazarse?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿Me podría dar la definición de la tarjeta electrónica de seguridad social?",
        "card:esocial:what",
    ),
    ("es", "card", "Quisiera saber más sobre la tarjeta ciudadana, por favor.", "card:citizen"),
    (
        "es",
        "card",
        "¿Quién emite el certificado electrónico de seguro médico?",
        "card:emedical:issuer",
    ),
    ("es", "card", "¿Para qué sirve la tarjeta sanitaria?", "card:health:function"),
    ("es", "card", "¿Qué datos registra la tarjeta sanitaria?", "card:health:records"),
    ("es", "card", "¿En qué ley se basa la tarjeta de seguridad social?", "card:social:legal"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "¿En qué se diferencian la tarjeta de seguridad social y la antigua tarjeta del seguro "
            "médico?"
        ),
        "cmp:social:medical",
    ),
    (
        "es",
        "compare",
        "Compare, por favor, la tarjeta sanitaria con la tarjeta ciudadana.",
        "cmp:health:citizen",
    ),
    (
        "es",
        "compare",
        "¿Cuál es la diferencia entre la tarjeta de seguridad social física y la electrónica?",
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "¿El certificado electrónico de seguro médico y la tarjeta electrónica de seguridad "
            "social son lo mismo?"
        ),
        "faq:5",
    ),
    ("es", "faq", "¿La tarjeta sanitaria es una tarjeta de seguridad social?", "faq:1"),
    (
        "es",
        "faq",
        ("¿La tarjeta de recursos humanos y seguridad social es una tarjeta de seguridad social?"),
        "faq:4",
    ),
    (
        "es",
        "faq",
        "¿Qué registra la tarjeta de seguridad social y qué se puede hacer con ella?",
        "faq:7",
    ),
    ("es", "faq", "¿Qué tipos de tarjeta de seguridad social existen?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿Qué dice el artículo 58 de la Ley del Seguro Social?", "law:sil-58"),
    ("es", "law", "¿Qué principios sigue el sistema de seguro social según la ley?", "law:sil-3"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "Hola, buenos días", "greeting"),
    ("es", "greeting", "Muchas gracias por su ayuda, de verdad.", "greeting"),
    ("es", "greeting", "Hasta luego, que tenga un buen día", "greeting"),
)
