"""Hundred-and-thirty-fifth phrasing set (errand days), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDTHIRTYFIFTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "seeing a doctor at 10 then picking up pills at the pharmacy on the way home, can one "
            "card handle both or do i need two"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "taking the bus to the library this afternoon, which card gets me on the bus and lets "
            "me borrow books"
        ),
        "tasks:life",
    ),
    (
        "en",
        "task",
        (
            "dropping the kids at school then taking the subway to work, what card do i tap at the "
            "subway gate"
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "after the bank I'm heading to the social security bureau to see how much has been "
            "paid in so far, which card do i bring"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "retired here. want to collect my pension and also check my total paid in, same card "
            "for both?"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "lost my job last week. today i'm doing the unemployment registration and the "
            "job-seeking registration, what card do they want"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "hurt my hand at the factory, going to the clinic first and then filing for work "
            "injury benefits. which card for the injury claim?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "paying my hospital bill this morning then handing in the receipts to get reimbursed, "
            "is it the same card"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "want to look at my medical records before tomorrow's appointment, which card opens my "
            "health file"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "sorting out my medical insurance on my phone during lunch and then grabbing "
            "groceries, what do i log in with on the phone"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "new job starts monday and HR says they'll register me for social insurance, how do i "
            "actually get the social security card"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "already got the plastic social security card, want the electronic one on my phone "
            "before the hospital run, how do i activate it"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "i pay medical insurance, can i get the electronic medical insurance certificate today "
            "and use it for online stuff straight away?"
        ),
        ("task:getemedical", "task:online"),
    ),
    (
        "en",
        "task",
        (
            "just moved to hangzhou and want the citizen card for buses and the library, who's "
            "allowed to get one"
        ),
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "picking up mum's prescription at the pharmacy then getting her a haircut, which card "
            "pays for the medicine"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "renting a car for the weekend and taking the metro to pick it up, will the citizen "
            "card cover that"
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "need to prove who i am at the bank and then at the post office, does any of these "
            "cards work as ID"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "hospital today: register, see the doctor, pay at the window. does the health card do "
            "all three?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "my list: pharmacy, reimbursement paperwork, then checking my health file. what cards "
            "for all that"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "my husband is retiring and our son just lost his job, we're going to the bureau "
            "together for his pension and the son's unemployment money, which card each"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "tomorrow is card day for me: citizen card and the electronic social security card, "
            "where do i even start"
        ),
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        "planning saturday: doctor, bus across town, library, pharmacy. what do i need to bring",
        "tasks",
    ),
    (
        "en",
        "task",
        (
            "got a to-do list with a hospital visit, pension paperwork and a subway ride, walk me "
            "through which card goes with what"
        ),
        "tasks",
    ),
    (
        "en",
        "task",
        (
            "checking my contributions online then booking a doctor later, which card is for the "
            "contributions part"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "first the neighbourhood service centre then the library, does the citizen card work "
            "for local public services like that"
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "off to the hospital this morning then school pickup, is my old medical insurance card "
            "still ok or should i take the social security card"
        ),
        ("task:hospital", "cmp:social:medical"),
    ),
    (
        "en",
        "task",
        (
            "expat teacher, the school just hired me. when do they have to register me and do i "
            "get the social security card that way?"
        ),
        ("task:getsocial", "faq:9"),
    ),
    (
        "en",
        "task",
        (
            "submitting hospital receipts for reimbursement and then gym, which card do i need for "
            "the receipts bit"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "subway to the pharmacy and back, can the citizen card pay for the ride and the medicine",
        ("task:pharmacy", "task:transport"),
    ),
    (
        "en",
        "task",
        (
            "after my shift i want to see the running total in my pension and medical accounts, "
            "which card shows that"
        ),
        "task:contributions",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "bus card", "task:transport"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e-medical", "card:emedical"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "health file", "task:healthfile"),
    ("en", "short", "library", "task:services"),
    ("en", "short", "sil 58", "law:sil-58"),
    ("en", "short", "hr and social security card", "card:social"),
    ("en", "short", "errands", "tasks"),
    ("en", "short", "old med card", "card:medical"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        (
            "lost my social security card on the bus this morning, how do i report it before my "
            "doctor's appointment"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "how much does a replacement citizen card cost? going to the office after lunch",
        "none",
    ),
    (
        "en",
        "oos",
        (
            "what time does the social security bureau close on saturdays, trying to fit it "
            "between the dentist and groceries"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "how many days until a new social security card is ready? need it before my hospital "
            "visit next week"
        ),
        "none",
    ),
    ("en", "oos", "where's the nearest place to get a health card in chaoyang district", "none"),
    (
        "en",
        "oos",
        "on a work visa, can i get my pension contributions refunded when i leave china",
        "none",
    ),
    ("en", "oos", "does the shanghai metro give seniors a discount with the citizen card", "none"),
    (
        "en",
        "oos",
        "can i pay at the supermarket with my social security card after the pharmacy",
        "none",
    ),
    ("en", "oos", "doctor wants a blood test, will medical insurance cover all of it?", "none"),
    ("en", "oos", "can my wife collect my pension for me while i'm stuck in hospital", "none"),
    (
        "en",
        "oos",
        (
            "which banks in beijing issue the social security card with a bank account on it, "
            "going tomorrow"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "how do i change the phone number tied to my electronic social security card before i "
            "travel"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "do i need an appointment to apply for the citizen card or can i just walk in after work",
        "none",
    ),
    (
        "en",
        "oos",
        "is there an english version of the medical insurance app? want to use it on the train",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "before i run around town tomorrow, what exactly is the citizen card?",
        "card:citizen",
    ),
    (
        "en",
        "card",
        (
            "who issues the electronic medical insurance certificate? want to know before i set it "
            "up on my break"
        ),
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "what does the health card keep track of? seeing two different clinics this week",
        "card:health:records",
    ),
    (
        "en",
        "card",
        (
            "is the social security card a physical card or just an app thing? need it at the "
            "hospital and the bureau"
        ),
        "card:social:form",
    ),
    (
        "en",
        "card",
        "how secure is the social security card if i carry it around all day doing errands",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "tell me about the electronic social security card, got a few things to do with it today",
        "card:esocial",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "citizen card vs social security card, doing bus and hospital today, what's the real "
            "difference"
        ),
        "cmp:social:citizen",
    ),
    (
        "en",
        "compare",
        (
            "how do the health card and the social security card differ? clinic and bureau both on "
            "my list"
        ),
        "cmp:social:health",
    ),
    (
        "en",
        "compare",
        (
            "difference between the electronic medical insurance certificate and the electronic "
            "social security card? i keep mixing them up on my phone"
        ),
        "cmp:esocial:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "quick one before i head out: is the health card a social security card or not?",
        "faq:1",
    ),
    (
        "en",
        "faq",
        (
            "are the citizen card and the social security card one and the same? don't want to "
            "carry both"
        ),
        "faq:3",
    ),
    (
        "en",
        "faq",
        "what kinds of social insurance are there? trying to work out what i'm paying for",
        "faq:6",
    ),
    (
        "en",
        "faq",
        "new employer still hasn't signed me up for social insurance, how long do they have",
        "faq:9",
    ),
    ("en", "faq", "what's my social security number? the hospital form asks for it", "faq:10"),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "what does article 74 of the social insurance law say about my records",
        "law:sil-74",
    ),
    (
        "en",
        "law",
        "the social security card measures, article 4, the one card many uses part",
        "law:ssc-4",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "morning! lots to get done today", "greeting"),
    ("en", "greeting", "thanks, that sorted out my whole afternoon", "greeting"),
    ("en", "greeting", "ok bye, off to the pharmacy", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "por la mañana tengo médico y luego paso por la farmacia, ¿me sirve la misma tarjeta "
            "para las dos cosas?"
        ),
        "tasks:care",
    ),
    (
        "es",
        "task",
        (
            "esta tarde voy en bus a la biblioteca municipal, ¿qué tarjeta uso para el bus y para "
            "sacar libros?"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        "hoy quiero cobrar la pensión y de paso ver cuánto llevo cotizado, ¿con qué tarjeta?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "tengo que coger el metro para ir al curro y no llevo efectivo, ¿qué tarjeta me vale "
            "en el metro?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        "mañana voy al hospital a pedir número y pagar la consulta, ¿qué tarjeta llevo?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "después del mercado paso por la farmacia a por un jarabe para la tos, ¿qué tarjeta "
            "aceptan?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "tengo un montón de facturas médicas y quiero pedir el reembolso esta semana, ¿qué "
            "tarjeta necesito?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "antes de la cita con el especialista quiero mirar mi historial de salud, ¿con qué "
            "tarjeta lo consulto?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "quiero hacer los trámites del seguro médico desde el móvil mientras espero el tren, "
            "¿qué necesito?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "me echaron el viernes; el lunes voy a inscribirme como desempleado y pedir la "
            "prestación, ¿qué tarjeta llevo?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "tuve un accidente en la obra, hoy voy a pedir la prestación por lesión laboral y la "
            "valoración de incapacidad, ¿con qué tarjeta?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "quiero revisar cuánto ha pagado mi empresa al seguro social este año, ¿con qué "
            "tarjeta lo miro?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "tengo que identificarme en el ayuntamiento y luego en el banco, ¿alguna de estas "
            "tarjetas vale como documento de identidad?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        "empiezo en una fábrica el mes que viene, ¿cómo consigo la tarjeta de seguridad social?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "ya tengo la tarjeta física de seguridad social y hoy quiero activar la electrónica en "
            "el móvil, ¿cómo se hace?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "llevo un año pagando el seguro médico, ¿puedo sacar hoy mismo el certificado "
            "electrónico de seguro médico?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        (
            "me acabo de mudar y quiero la tarjeta ciudadana para el bus y la biblioteca, ¿quién "
            "puede pedirla?"
        ),
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "mi lista de hoy: hospital, farmacia y entregar los recibos para el reembolso, ¿qué "
            "tarjetas me hacen falta?"
        ),
        "tasks:care",
    ),
    (
        "es",
        "task",
        (
            "mañana quiero sacar la tarjeta ciudadana y también la electrónica de seguridad "
            "social, ¿por dónde empiezo?"
        ),
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "el sábado tengo médico, luego bus al centro y después la sala de lectura pública, "
            "¿qué me llevo?"
        ),
        "tasks",
    ),
    (
        "es",
        "task",
        (
            "soy jubilada, hoy cobro la pensión y luego compro las pastillas en la farmacia, ¿con "
            "la tarjeta de seguridad social hago las dos cosas?"
        ),
        ("task:pension", "task:pharmacy"),
    ),
    (
        "es",
        "task",
        (
            "voy a alquilar un coche para el finde y vuelvo en autobús, ¿me sirve la tarjeta "
            "ciudadana para eso?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "tengo que pasar por la oficina de servicios del barrio y luego por el polideportivo, "
            "¿la tarjeta ciudadana vale para servicios públicos locales?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "voy al hospital esta mañana, ¿llevo la tarjeta de seguro médico vieja o la de "
            "seguridad social?"
        ),
        ("task:hospital", "cmp:social:medical"),
    ),
    (
        "es",
        "task",
        (
            "a mi marido lo despidieron y yo me lesioné en el trabajo, vamos juntos a pedir las "
            "prestaciones, ¿qué tarjeta lleva cada uno?"
        ),
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "hoy toca mirar cotizaciones, pedir cita médica y coger el metro... ¿me orientas sobre "
            "qué tarjeta para qué?"
        ),
        "tasks",
    ),
    (
        "es",
        "task",
        (
            "miro mi expediente de salud y luego pago en el hospital, ¿la tarjeta sanitaria me "
            "vale para ambas cosas?"
        ),
        "tasks:care",
    ),
    (
        "es",
        "task",
        "soy autónomo, quiero darme de alta en el seguro social y luego pedir la tarjeta, ¿puedo?",
        ("task:getsocial", "card:social:eligibility"),
    ),
    (
        "es",
        "task",
        (
            "después de comer quiero ver en internet el acumulado de mi pensión y del seguro "
            "médico, ¿qué tarjeta me da acceso?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "esta semana quiero apuntarme a un curso de formación profesional y a la bolsa de "
            "empleo, ¿con qué tarjeta hago esas gestiones?"
        ),
        "task:unemployment",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "tarjeta elect seg social", "card:esocial"),
    ("es", "short", "biblio", "task:services"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "trámites", "tasks"),
    ("es", "short", "lesión laboral", "task:injury"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "perdí la tarjeta ciudadana en el metro, ¿cómo la bloqueo antes de ir al médico?",
        "none",
    ),
    ("es", "oos", "¿cuánto cuesta sacar un duplicado de la tarjeta de seguridad social?", "none"),
    (
        "es",
        "oos",
        "¿a qué hora abre la oficina de la seguridad social los lunes? quiero ir antes del trabajo",
        "none",
    ),
    (
        "es",
        "oos",
        "¿cuántos días tardan en darme la tarjeta sanitaria? tengo cita la semana que viene",
        "none",
    ),
    (
        "es",
        "oos",
        "¿dónde está la oficina más cercana para la tarjeta ciudadana en Pudong?",
        "none",
    ),
    (
        "es",
        "oos",
        "soy extranjera, ¿me devuelven lo cotizado para la pensión si me vuelvo a España?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿en Shenzhen la tarjeta ciudadana tiene descuento de estudiante en el bus?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿el seguro médico cubre el dentista? tengo cita el jueves y luego voy a la farmacia",
        "none",
    ),
    ("es", "oos", "¿puede mi hijo cobrar mi pensión mientras yo estoy ingresada?", "none"),
    (
        "es",
        "oos",
        "¿qué bancos de Guangzhou hacen la tarjeta de seguridad social con cuenta bancaria?",
        "none",
    ),
    ("es", "oos", "¿cuánto me pagan al mes de paro y durante cuántos meses?", "none"),
    (
        "es",
        "oos",
        "¿cómo cambio el número de teléfono vinculado al certificado electrónico de seguro médico?",
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿hace falta cita previa para renovar la tarjeta ciudadana o puedo ir sin cita después "
            "del gimnasio?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        "¿puede mi pareja usar mi tarjeta de seguro médico en la farmacia si yo estoy trabajando?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿qué es la tarjeta sanitaria? me la piden en el médico y no sé ni lo que es",
        "card:health",
    ),
    (
        "es",
        "card",
        (
            "¿quién gestiona la tarjeta de seguridad social? voy a varias oficinas y no sé quién "
            "lleva qué"
        ),
        "card:social:manager",
    ),
    (
        "es",
        "card",
        (
            "¿para qué sirve el certificado electrónico de seguro médico? tengo varias gestiones "
            "esta semana"
        ),
        "card:emedical:function",
    ),
    (
        "es",
        "card",
        (
            "¿dónde se puede usar la tarjeta ciudadana? quiero saber si me vale en todo el "
            "recorrido de hoy"
        ),
        "card:citizen:scope",
    ),
    (
        "es",
        "card",
        "háblame de la tarjeta de seguro médico antigua, todavía la llevo en la cartera",
        "card:medical",
    ),
    (
        "es",
        "card",
        "¿quién puede tener la tarjeta electrónica de seguridad social?",
        ("card:esocial:eligibility", "task:getesocial"),
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "diferencias entre la tarjeta de seguridad social y la de seguro médico, hoy quiero "
            "llevar solo una"
        ),
        "cmp:social:medical",
    ),
    (
        "es",
        "compare",
        "¿en qué se diferencian la tarjeta sanitaria y la tarjeta ciudadana?",
        "cmp:health:citizen",
    ),
    (
        "es",
        "compare",
        "compara la tarjeta de seguridad social física con la electrónica, ¿cuál llevo de recados?",
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "¿la tarjeta de seguridad social y la de seguro médico son la misma? no quiero cargar "
            "con dos"
        ),
        "faq:2",
    ),
    (
        "es",
        "faq",
        "¿las tarjetas de recursos humanos y seguridad social son tarjetas de seguridad social?",
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
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social existen?", "faq:8"),
    (
        "es",
        "faq",
        (
            "¿qué registra la tarjeta de seguridad social y qué puedo hacer con ella? tengo varios "
            "recados pendientes"
        ),
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 2 de la ley de seguro social?", "law:sil-2"),
    (
        "es",
        "law",
        "¿qué dice el artículo 3 de las medidas administrativas de la tarjeta de seguridad social?",
        "law:ssc-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenos días", "greeting"),
    ("es", "greeting", "gracias, ya lo tengo todo claro para mañana", "greeting"),
    ("es", "greeting", "chao, me voy corriendo al banco", "greeting"),
)
