"""Seventy-fifth phrasing set (small business owners, self-employed people and freelancers, asking
about their own cover and about employees they hire), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

SEVENTYFIFTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "freelancer here, which card do i show at the hospital to register",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "my new hire has to see a doctor, what card should he bring to the hospital",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "which card do i use to buy medicine at the pharmacy with my medical insurance account",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "can my staff pay for meds at the drugstore with one of these cards? which one",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "I paid my hospital bill out of pocket, which card do I need to get it reimbursed",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "how do my employees claim back their medical expenses, what card do they use",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "which card lets me look up my own health file and medical records",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "i don't have time to go to offices, which card do i need to do medical insurance "
            "stuff online"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "what do I use to handle medical insurance business on my phone as a sole trader",
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "I'm self-employed and pay my own pension, which card will I use to collect it when I "
            "retire"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        "when i close my shop and retire, what card do i draw my pension with",
        "task:pension",
    ),
    (
        "en",
        "task",
        "had to let an employee go, which card does she need to claim unemployment benefits",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "business went under and I'm out of work, what card do I use for unemployment "
            "registration"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "one of my workers got hurt in the workshop, what card does he use for work injury "
            "benefits"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "employee has an occupational disease, which card to apply for industrial injury "
            "insurance benefits"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "how can I check the social insurance contributions my company has paid for each "
            "employee"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "as a freelancer how do i see how much has gone into my pension and medical accounts",
        "task:contributions",
    ),
    ("en", "task", "which card works on the bus and subway", "task:transport"),
    (
        "en",
        "task",
        (
            "my delivery guys take the metro all day, is there a card they can use for public "
            "transport"
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        ("which card do I use for local public services in my city, like the public reading room"),
        "task:services",
    ),
    ("en", "task", "which of these cards can I use to prove my identity", "task:identity"),
    (
        "en",
        "task",
        "how do I get a social security card if I'm a sole proprietor with no employees",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "just hired my first employee, how does she get a social security card",
        "task:getsocial",
    ),
    ("en", "task", "how do I activate the electronic social security card", "task:getesocial"),
    (
        "en",
        "task",
        (
            "how can i get the electronic medical insurance certificate, i'm a freelancer with "
            "medical insurance"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "can a small business owner apply for a citizen card, and how",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "for health care things like doctor visits, medicine and reimbursements, which cards "
            "do I need"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "money side of things, pension, unemployment pay, injury benefits, which card handles "
            "what"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        "which card for everyday life stuff like getting around town and city services",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "I need to sort out cards for myself and my two staff, where do we start",
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pharmacy card", "task:pharmacy"),
    ("en", "short", "pensi", "task:pension"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "subway card", "task:transport"),
    ("en", "short", "e social card", "card:esocial"),
    ("en", "short", "citizen ca", "card:citizen"),
    ("en", "short", "contribs", "task:contributions"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "employer card", "faq:8"),
    ("en", "short", "health card", "card:health"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "how much social insurance do i have to pay per employee each month", "none"),
    ("en", "oos", "what's the minimum contribution base for a freelancer in Shanghai", "none"),
    ("en", "oos", "can I deduct my staff's social insurance from my company's taxes", "none"),
    ("en", "oos", "do I have to pay social insurance for a foreign worker on a work visa", "none"),
    (
        "en",
        "oos",
        "my employee lost his social security card, how does he get a replacement",
        "none",
    ),
    (
        "en",
        "oos",
        "how long after I register my staff do their social security cards arrive",
        "none",
    ),
    ("en", "oos", "is there a fee to get a citizen card", "none"),
    ("en", "oos", "social security bureau opening hours in Shenzhen", "none"),
    (
        "en",
        "oos",
        "can my employees sign a waiver so I don't have to pay their social insurance",
        "none",
    ),
    ("en", "oos", "forgot the PIN for my social security card", "none"),
    (
        "en",
        "oos",
        "if I close my company and leave China can I take my pension money with me",
        "none",
    ),
    ("en", "oos", "how much does a root canal cost with medical insurance", "none"),
    ("en", "oos", "does private health insurance for my team replace social insurance", "none"),
    ("en", "oos", "can my wife be covered under my self-employed medical insurance", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what is the electronic medical insurance certificate", "card:emedical"),
    ("en", "card", "who actually issues the social security card", "card:social:issuer"),
    (
        "en",
        "card",
        "is the electronic social security card a physical card or just on the phone",
        "card:esocial:form",
    ),
    (
        "en",
        "card",
        "how safe is the money and data on a social security card",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "who manages the health card, the hospital or the health department",
        "card:health:manager",
    ),
    ("en", "card", "where can the citizen card be used", "card:citizen:scope"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "health card vs citizen card, what's the difference", "cmp:health:citizen"),
    (
        "en",
        "compare",
        (
            "old medical insurance card or the electronic medical insurance certificate, how are "
            "they different"
        ),
        "cmp:medical:emedical",
    ),
    (
        "en",
        "compare",
        "physical social security card versus the electronic social security card",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "when do I have to register a new employee for social insurance", "faq:9"),
    ("en", "faq", "what is my social security number, is it just my ID number", "faq:10"),
    (
        "en",
        "faq",
        "what kinds of social insurance are there that I should be paying for my staff",
        "faq:6",
    ),
    ("en", "faq", "is the health card a social security card or something else", "faq:1"),
    (
        "en",
        "faq",
        "is a human resources and social security card the same as a social security card",
        "faq:4",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "what does the social insurance law say about flexible workers registering themselves",
        "law:sil-58",
    ),
    (
        "en",
        "law",
        "which law article says employers can check their contribution records for free",
        "law:sil-74",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks, that clears things up for my payroll", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "soy autónomo, ¿qué tarjeta llevo al hospital?", "task:hospital"),
    (
        "es",
        "task",
        "mi empleada tiene que ir al médico, con qué tarjeta paga en el hospital",
        "task:hospital",
    ),
    ("es", "task", "qué tarjeta uso para comprar medicamentos en la farmacia", "task:pharmacy"),
    (
        "es",
        "task",
        "mis trabajadores pueden pagar las medicinas en la farmacia con alguna tarjeta?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "como me reembolsan los gastos medicos, que tarjeta hace falta",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "un empleado pagó una operación de su bolsillo, ¿con qué tarjeta pide el reembolso?",
        "task:reimburse",
    ),
    ("es", "task", "dónde consulto mi historial médico, con qué tarjeta", "task:healthfile"),
    (
        "es",
        "task",
        "quiero hacer los trámites del seguro médico por internet, qué necesito",
        "task:online",
    ),
    ("es", "task", "con que tarjeta gestiono el seguro medico desde el celular", "task:online"),
    (
        "es",
        "task",
        "trabajo por mi cuenta, ¿con qué tarjeta voy a cobrar la pensión de jubilación?",
        "task:pension",
    ),
    ("es", "task", "para cobrar la jubilación qué tarjeta se usa", "task:pension"),
    (
        "es",
        "task",
        "despedí a un trabajador, con qué tarjeta pide el subsidio de desempleo",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "cerré mi negocio y me quedé sin trabajo, qué tarjeta uso para pedir el paro",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "un obrero se accidentó en mi taller, qué tarjeta usa para las prestaciones por "
            "accidente laboral"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "mi empleado tiene una enfermedad profesional, con qué tarjeta tramita la prestación",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¿cómo reviso las cotizaciones que he pagado por mis empleados?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "como freelance quiero ver cuánto llevo aportado a la pensión y al seguro médico",
        "task:contributions",
    ),
    ("es", "task", "qué tarjeta sirve para el metro y el autobús", "task:transport"),
    ("es", "task", "hay alguna tarjeta para pagar el bus y alquilar coche?", "task:transport"),
    (
        "es",
        "task",
        "qué tarjeta me sirve para los servicios públicos de mi ciudad",
        "task:services",
    ),
    ("es", "task", "con qué tarjeta puedo demostrar mi identidad", "task:identity"),
    (
        "es",
        "task",
        "cómo saco la tarjeta de seguridad social siendo autónomo sin empleados",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "acabo de contratar a alguien, ¿cómo consigue su tarjeta de seguridad social?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "cómo activo la tarjeta electrónica de seguridad social en el móvil",
        "task:getesocial",
    ),
    ("es", "task", "como obtengo el certificado electronico de seguro medico", "task:getemedical"),
    ("es", "task", "dónde se pide la tarjeta ciudadana y quién la puede sacar", "task:getcitizen"),
    (
        "es",
        "task",
        "qué tarjetas necesito para temas de salud: médico, farmacia, reembolsos",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "para temas de dinero como pensión y desempleo, qué tarjeta toca",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "para el día a día, transporte y trámites en la ciudad, qué tarjeta uso",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "quiero sacar las tarjetas para mí y mis empleados, por dónde empiezo",
        "tasks:getcard",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "hospit", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "jubilac", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "tarjeta", "cards"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "cert medico elec", "card:emedical"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "cuánto tengo que pagar de seguridad social por cada empleado al mes", "none"),
    ("es", "oos", "cuál es la base de cotización mínima para autónomos en Pekín", "none"),
    ("es", "oos", "se me perdió la tarjeta de seguridad social, cómo pido otra", "none"),
    ("es", "oos", "cuánto tarda en llegar la tarjeta física después de pedirla", "none"),
    ("es", "oos", "cuesta algo sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "necesito visado de trabajo para darme de alta como autónomo en China", "none"),
    (
        "es",
        "oos",
        "puedo desgravar las cotizaciones de mis empleados en el impuesto de sociedades",
        "none",
    ),
    ("es", "oos", "olvidé la contraseña de la tarjeta de seguridad social", "none"),
    ("es", "oos", "a qué hora abre la oficina de seguridad social en Cantón", "none"),
    ("es", "oos", "cuánto cuesta un parto en un hospital público con el seguro", "none"),
    ("es", "oos", "si me voy de China me devuelven lo que aporté a la pensión?", "none"),
    (
        "es",
        "oos",
        "puedo contratar un seguro privado para mis empleados en vez del seguro social",
        "none",
    ),
    (
        "es",
        "oos",
        "qué papeles pide Shenzhen para dar de alta a una empresa en la seguridad social",
        "none",
    ),
    ("es", "oos", "cuánto cobra mi empleada durante la baja por maternidad", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "qué es la tarjeta ciudadana", "card:citizen"),
    (
        "es",
        "card",
        "quién emite el certificado electrónico de seguro médico",
        "card:emedical:issuer",
    ),
    ("es", "card", "la tarjeta de seguro médico antigua para qué servía", "card:medical:function"),
    ("es", "card", "qué datos guarda la tarjeta sanitaria", "card:health:records"),
    ("es", "card", "en qué ley se basa la tarjeta de seguridad social", "card:social:legal"),
    ("es", "card", "define tarjeta electrónica de seguridad social", "card:esocial:what"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "diferencias entre la tarjeta de seguro médico y la tarjeta sanitaria",
        "cmp:medical:health",
    ),
    (
        "es",
        "compare",
        "certificado electrónico de seguro médico vs tarjeta sanitaria",
        "cmp:emedical:health",
    ),
    (
        "es",
        "compare",
        (
            "la tarjeta ciudadana y la tarjeta electrónica de seguridad social, en qué se "
            "diferencian"
        ),
        "cmp:esocial:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "¿la tarjeta de seguridad social es lo mismo que la tarjeta de seguro médico?",
        "faq:2",
    ),
    ("es", "faq", "la tarjeta ciudadana y la de seguridad social son la misma tarjeta?", "faq:3"),
    (
        "es",
        "faq",
        (
            "el certificado electrónico de seguro médico y la tarjeta electrónica de seguridad "
            "social son lo mismo?"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        "qué registra la tarjeta de seguridad social y qué puedo hacer con ella",
        "faq:7",
    ),
    (
        "es",
        "faq",
        "qué tipos de tarjeta de seguridad social hay, existe una para empresas?",
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "qué artículo de la ley obliga al empleador a inscribir a sus trabajadores en 30 días",
        "law:sil-58",
    ),
    ("es", "law", "principios del sistema de seguro social según la ley", "law:sil-3"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "muchas gracias, me ha servido", "greeting"),
    ("es", "greeting", "hasta luego", "greeting"),
)
