"""Hundred-and-tenth phrasing set (staff for clients), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDTENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "front desk here, patient has no cash on her, which card can she use to register and "
            "pay at the hospital?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        "my patient sees the doctor tomorrow morning, which of his cards should he bring along",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "pharmacist. customer wants to pay for his blood pressure pills out of his insurance "
            "account, what card does he have to show me"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "landlord here lol, my tenant asked me which card to use when buying medicine at the "
            "drugstore"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "HR assistant: one of our staff paid a big hospital bill herself, what card does she "
            "need to get the expenses reimbursed"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "social worker - my client wants his medical costs paid back. which card handles "
            "reimbursement?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "nurse on ward 3, patient wants to look up his own health file and past medical "
            "records, which card gets him in"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "my client wants to do his medical insurance stuff on his phone instead of coming in. "
            "what does he need?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "interpreter here. the lady I'm with hates queues, how can she handle medical "
            "insurance business online"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "a retired teacher from our school wants to start drawing her pension, which card does "
            "she use for that"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        "my elderly tenant retires next month and asked what card he needs to collect his pension",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "HR: we had to let a worker go, he's asking which card he needs to apply for "
            "unemployment benefits"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "my client just lost his job at the factory. which card does he use to register as "
            "unemployed??"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "one of our workers fell on the construction site, which card is used for work injury "
            "benefits"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "occupational health nurse: patient has an occupational disease and wants to claim "
            "injury insurance, what card"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "an employee thinks we haven't been paying his social insurance. how can he check "
            "what's actually been paid in"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "teacher here, a student asked if there's a card that works on the bus and subway",
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "can the family I support use one of these cards for the public reading room and other "
            "city services?"
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "patient forgot his ID card at home, which of these cards could prove who he is at "
            "check-in"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "landlord: my new tenant needs to prove identity for the lease, does any of these "
            "cards count as ID"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        "new hire starts monday, how does she go about getting a social security card? (HR asking)",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "clerk at registration - patient says she never got a social security card, who can "
            "apply and how"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "how does my patient activate the electronic social security card, she only has the "
            "physical one"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "pharmacy counter: customer wants the electronic medical insurance certificate, can he "
            "get it and how?"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "social worker, how would a local resident I'm helping apply for a citizen card",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "I'm a new HR trainee. give me the overview of everything employees might need these "
            "cards for"
        ),
        "tasks",
    ),
    (
        "en",
        "task",
        "nurse asking: what are all the health care things a patient can do with these cards",
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "for my client: the money side of things, pension, benefits, reimbursements, which "
            "card does what"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "teacher: everyday life stuff like buses, library, showing ID, which cards help my "
            "students with that"
        ),
        "tasks:life",
    ),
    (
        "en",
        "task",
        "HR again, how does a worker get each of these cards? need the whole list of options",
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e-medical cert", "card:emedical"),
    ("en", "short", "elect", ("card:esocial", "card:emedical")),
    ("en", "short", "pharmacy", "task:pharmacy"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "SIL art 58", "law:sil-58"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "subway", "task:transport"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "my patient lost her social security card on the bus, how does she get a replacement",
        "none",
    ),
    (
        "en",
        "oos",
        "how much does it cost our new employee to get a social security card made",
        "none",
    ),
    (
        "en",
        "oos",
        "HR question: how many days until a new hire's card is ready to pick up?",
        "none",
    ),
    ("en", "oos", "where is the nearest social security office to our clinic in Chaoyang", "none"),
    (
        "en",
        "oos",
        "can the foreign teachers at our school join Chinese social insurance at all",
        "none",
    ),
    (
        "en",
        "oos",
        "does Shenzhen let non-local renters get a citizen card? my tenant moved from Hunan",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "the chip on my patient's card stopped working, can it be repaired or does he need a "
            "new one"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "client forgot the password for her social security card, how does she reset it",
        "none",
    ),
    (
        "en",
        "oos",
        "what's the daily cash withdrawal limit on the bank function of the social security card",
        "none",
    ),
    ("en", "oos", "what percentage of an outpatient visit gets reimbursed for my patient", "none"),
    (
        "en",
        "oos",
        "can my patient use her medical insurance card in Hong Kong when she visits family",
        "none",
    ),
    ("en", "oos", "does a newborn need its own card? new mum on our ward asked", "none"),
    (
        "en",
        "oos",
        "how big is the fine if a company registers a worker for social insurance late",
        "none",
    ),
    (
        "en",
        "oos",
        "can my employee switch which bank is loaded on his social security card",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "nurse here, what actually is a health card? patients keep asking me",
        "card:health",
    ),
    (
        "en",
        "card",
        "who issues the electronic medical insurance certificate? my patient wants to know",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "HR: is the social security card a physical card or is it just in an app",
        "card:social:form",
    ),
    ("en", "card", "what info does the health card keep about my patients", "card:health:records"),
    (
        "en",
        "card",
        "tell me about the citizen card, a new tenant is asking and I have no idea",
        "card:citizen",
    ),
    (
        "en",
        "card",
        "which department manages the social security card, for an employee who asked",
        "card:social:manager",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "pharmacist: customer has both the old medical insurance card and a social security "
            "card, what's the difference"
        ),
        "cmp:social:medical",
    ),
    (
        "en",
        "compare",
        (
            "electronic social security card vs the physical one, how are they different? asking "
            "for a client"
        ),
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        "health card compared with social security card, how do they differ in what they do",
        "cmp:social:health",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "my patient asked me if her health card counts as a social security card",
        "faq:1",
    ),
    (
        "en",
        "faq",
        "HR: within how many days do we have to register a new worker for social insurance?",
        "faq:9",
    ),
    (
        "en",
        "faq",
        "what is a social security number? our employee wants to know what his is",
        "faq:10",
    ),
    (
        "en",
        "faq",
        "what kinds of social insurance are there, trying to explain it to a new staff member",
        "faq:6",
    ),
    (
        "en",
        "faq",
        "is the citizen card the same thing as the social security card? my tenant insists it is",
        "faq:3",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "HR here, what exactly does article 58 of the social insurance law say",
        "law:sil-58",
    ),
    (
        "en",
        "law",
        "interpreter: I need article 4 of the administrative measures on social security cards",
        "law:ssc-4",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi, front desk here", "greeting"),
    ("en", "greeting", "thanks, that really helps my patient", "greeting"),
    ("en", "greeting", "ok bye, back to the queue", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "soy recepcionista en una clínica, ¿con qué tarjeta se registra el paciente para la "
            "consulta?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        "mi paciente tiene que pagar en la caja del hospital, ¿qué tarjeta le sirve?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "farmacéutica aquí: el cliente quiere comprar medicinas con su cuenta del seguro, ¿qué "
            "tarjeta necesita?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "qué tarjeta tiene que llevar mi inquilina a la farmacia para sus medicamentos",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "trabajo en RRHH, un empleado pagó la operación de su bolsillo, ¿con qué tarjeta pide "
            "el reembolso?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "trabajadora social: mi usuaria quiere que le devuelvan los gastos médicos, ¿qué "
            "tarjeta usa?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "enfermera de planta, su paciente quiere consultar su expediente de salud, ¿con qué "
            "tarjeta lo hace?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "mi cliente puede hacer trámites del seguro médico desde el móvil? qué necesita",
        "task:online",
    ),
    (
        "es",
        "task",
        "intérprete: la señora quiere gestionar su seguro médico por internet, ¿qué le sirve?",
        "task:online",
    ),
    (
        "es",
        "task",
        "un trabajador nuestro se jubila, ¿qué tarjeta necesita para cobrar la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "despedimos a un empleado y pregunta qué tarjeta necesita para pedir el subsidio de "
            "desempleo"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "mi cliente se quedó sin trabajo, ¿con qué tarjeta se inscribe como desempleado?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "un obrero de la empresa se accidentó en la obra, ¿qué tarjeta usa para las "
            "prestaciones por accidente laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "paciente con enfermedad profesional quiere pedir la prestación, ¿qué tarjeta tiene "
            "que llevar?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "un empleado quiere comprobar si la empresa le ha pagado las cotizaciones, ¿cómo lo "
            "consulta?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "su paciente quiere saber cuánto lleva acumulado en el seguro de pensiones, ¿dónde lo "
            "mira?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        "profe aquí: mis alumnos preguntan si hay alguna tarjeta para el autobús y el metro",
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "¿con qué tarjeta puede mi usuario entrar a la sala de lectura pública y usar otros "
            "servicios de la ciudad?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        "mi inquilino necesita demostrar su identidad, ¿vale alguna de estas tarjetas?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "el paciente no trae el carnet de identidad, ¿qué tarjeta puede acreditar quién es?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "RRHH: ¿cómo consigue un empleado nuevo la tarjeta de seguridad social?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "mi paciente aún no tiene tarjeta de seguridad social, ¿quién puede sacarla y cómo?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "cómo activa mi cliente la tarjeta electrónica de seguridad social? ya tiene la física",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "¿quién puede obtener el certificado electrónico de seguro médico? un cliente de la "
            "farmacia lo quiere"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "trabajadora social: ¿cómo solicita la tarjeta ciudadana un vecino al que atiendo?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "¿qué trámites se pueden hacer con estas tarjetas? necesito la guía para orientar a "
            "mis pacientes"
        ),
        "tasks",
    ),
    (
        "es",
        "task",
        (
            "todo lo de salud, consultas, farmacia, reembolsos... ¿qué tarjeta para cada cosa? "
            "pregunto por un paciente"
        ),
        "tasks:care",
    ),
    (
        "es",
        "task",
        (
            "temas de dinero para mis empleados: pensión, desempleo, cotizaciones, ¿qué tarjeta "
            "sirve para qué?"
        ),
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "vida diaria: transporte, bibliotecas, identificarse... ¿qué tarjetas le sirven a mi "
            "alumna?"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        "¿cómo se obtiene cada una de las tarjetas? mi cliente no tiene ninguna todavía",
        "tasks:getcard",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "hospital", "task:hospital"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "medidas administrativas", "law"),
    ("es", "short", "identidad", "task:identity"),
    ("es", "short", "electr", ("card:esocial", "card:emedical")),
    ("es", "short", "metro", "task:transport"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "mi paciente perdió la tarjeta de seguridad social, ¿cómo la repone?", "none"),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana? me lo pregunta un inquilino", "none"),
    (
        "es",
        "oos",
        "¿cuánto tarda en llegar la tarjeta de seguridad social de un empleado recién contratado?",
        "none",
    ),
    ("es", "oos", "¿dónde queda la oficina de seguridad social más cercana al hospital?", "none"),
    (
        "es",
        "oos",
        "los trabajadores extranjeros tienen derecho al seguro de desempleo en China?",
        "none",
    ),
    (
        "es",
        "oos",
        "en Hangzhou, ¿qué reglas propias tiene la tarjeta ciudadana para los que no son de allí?",
        "none",
    ),
    ("es", "oos", "¿puede un familiar recoger la tarjeta en nombre del paciente?", "none"),
    ("es", "oos", "la tarjeta de mi cliente se desmagnetizó, ¿qué tiene que hacer?", "none"),
    (
        "es",
        "oos",
        "¿qué horario tiene la oficina del seguro médico? para decírselo a una paciente",
        "none",
    ),
    ("es", "oos", "¿cubre el seguro médico los tratamientos dentales de mi paciente?", "none"),
    ("es", "oos", "¿qué porcentaje de la factura del hospital le devuelven a mi paciente?", "none"),
    ("es", "oos", "¿cuál es el teléfono de atención de la tarjeta de seguridad social?", "none"),
    (
        "es",
        "oos",
        "mi alumno tiene 15 años, ¿puede tener su propia tarjeta o la tramitan los padres?",
        "none",
    ),
    ("es", "oos", "¿caduca la tarjeta ciudadana? mi inquilina quiere saber cómo renovarla", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿qué es la tarjeta electrónica de seguridad social? me lo preguntó un paciente",
        "card:esocial",
    ),
    (
        "es",
        "card",
        (
            "¿para qué sirve el certificado electrónico de seguro médico? se lo tengo que explicar "
            "a un cliente"
        ),
        "card:emedical:function",
    ),
    ("es", "card", "¿quién emite la tarjeta ciudadana?", "card:citizen:issuer"),
    (
        "es",
        "card",
        "qué normativa regula la tarjeta de seguridad social, pregunta un empleado",
        "card:social:legal",
    ),
    (
        "es",
        "card",
        "¿es segura la tarjeta de seguridad social? mi clienta tiene miedo de que se la copien",
        "card:social:security",
    ),
    (
        "es",
        "card",
        "¿dónde se puede usar la tarjeta de salud? la paciente no lo tiene claro",
        "card:health:scope",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "diferencias entre la tarjeta ciudadana y la de seguridad social, para explicárselo a "
            "una usuaria"
        ),
        "cmp:social:citizen",
    ),
    (
        "es",
        "compare",
        (
            "¿en qué se diferencia el certificado electrónico de seguro médico de la tarjeta "
            "electrónica de seguridad social?"
        ),
        ("cmp:esocial:emedical", "faq:5"),
    ),
    (
        "es",
        "compare",
        (
            "tarjeta de salud o tarjeta del seguro médico, ¿qué diferencia hay? mi paciente las "
            "confunde"
        ),
        "cmp:medical:health",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "¿la tarjeta de recursos humanos y seguridad social es una tarjeta de seguridad social?",
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "¿es lo mismo la tarjeta de seguridad social que la del seguro médico? pregunta un "
            "paciente"
        ),
        "faq:2",
    ),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social existen?", "faq:8"),
    (
        "es",
        "faq",
        "¿qué registra la tarjeta de seguridad social y qué puede hacer mi cliente con ella?",
        "faq:7",
    ),
    (
        "es",
        "faq",
        (
            "su paciente pregunta si el certificado electrónico del seguro médico y la tarjeta "
            "electrónica de seguridad social son lo mismo"
        ),
        "faq:5",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 74 de la ley de seguro social?", "law:sil-74"),
    (
        "es",
        "law",
        "artículo 1 de las medidas administrativas sobre tarjetas de seguridad social",
        "law:ssc-1",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas tardes", "greeting"),
    ("es", "greeting", "gracias, ya se lo explico a mi paciente", "greeting"),
    ("es", "greeting", "chao, hasta luego", "greeting"),
)
