"""Fifty-sixth phrasing set (a cross-section of ordinary users in a normal week), written blind
from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

FIFTYSIXTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "my 4yo has a fever since last night, which card do i bring to the childrens "
        "hospital??",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "Good afternoon. I have a check-up at the hospital next Tuesday. Which card should I "
        "present at the registration desk and for payment?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "need to grab cough syrup at the pharmacy downstairs, can i use one of these cards or"
        " is it cash only",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "which card lets me pay for meds at a designated drugstore out of my insurance "
        "account",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "had knee surgery last month and paid like 9000 rmb upfront. how do i get medical "
        "expenses reimbursed, which card do they want",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "Could you kindly advise which card is required in order to claim reimbursement of "
        "medical costs?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "where can i look up my own medical records from the clinics here",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "my GP back in Manchester wants my health history from China. is there a card that "
        "lets me check my health file?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "i want to do my medical insurance stuff online instead of queuing at the office lol "
        "what do i need",
        "task:online",
    ),
    (
        "en",
        "task",
        "need a rundown of which card to use for doctor stuff in general, hospital, meds, "
        "refunds etc",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "My father-in-law retires in March. Which card will he need to draw his pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "hello im 63 and retired from the school, what card do i use to collect the pension "
        "money",
        "task:pension",
    ),
    (
        "en",
        "task",
        "got laid off friday. which card do i need to claim unemployment benefits",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "factory closed down and now i have no job, how do i apply for the unemployment "
        "benefit, what card they ask",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "cut my hand pretty bad on the production line. which card do i use for the work "
        "injury benefits",
        "task:injury",
    ),
    (
        "en",
        "task",
        "In the event of an occupational injury, which card should an employee use to apply "
        "for industrial injury insurance benefits?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "how can i check if my company is actually paying my social insurance or just "
        "pretending",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "want to see what has been paid into my pension + medical insurance so far, how do i "
        "check",
        "task:contributions",
    ),
    ("en", "task", "which card works on the subway and city buses", "task:transport"),
    (
        "en",
        "task",
        "is there a card i can just tap on the metro gates instead of fumbling with my phone "
        "QR every morning",
        "task:transport",
    ),
    (
        "en",
        "task",
        "which card gets me into the public reading room? my son wants to study there on "
        "weekends",
        "task:services",
    ),
    ("en", "task", "what card do locals use for public services around town", "task:services"),
    (
        "en",
        "task",
        "Bank clerk asked me for proof of who I am besides my passport. Does any of these "
        "cards work as ID?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "just started a new job in shenzhen, how do i get my social security card",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "who can apply for a social security card and how does it work",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "how do i get the electronic social security card on my phone",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "can i activate the e social security card if i dont have the physical one yet",
        ("task:getesocial", "card:esocial:eligibility"),
    ),
    (
        "en",
        "task",
        "how do I get the electronic medical insurance certificate? I'm enrolled in medical "
        "insurance through work",
        "task:getemedical",
    ),
    ("en", "task", "whats the process to get a citizen card", "task:getcitizen"),
    (
        "en",
        "task",
        "yo which card do i even need for the pension stuff, starting to think about "
        "retirement lol",
        "task:pension",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e-medical cert", "card:emedical"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "social sec", "card:social"),
    ("en", "short", "laws", "law"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "security number", "faq:10"),
    ("en", "short", "hospit", "task:hospital"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "lost my social security card on the bus yesterday, what do i do now", "none"),
    (
        "en",
        "oos",
        "how long does it take to get the citizen card after i apply? need it before my trip",
        "none",
    ),
    ("en", "oos", "how much does a replacement card cost if mine got snapped in half", "none"),
    ("en", "oos", "forgot the PIN for my social security card, how do I reset it", "none"),
    ("en", "oos", "my social security card says it expires next month. how do I renew it?", "none"),
    (
        "en",
        "oos",
        "what percentage of my salary does my employer have to pay for social insurance each "
        "month",
        "none",
    ),
    (
        "en",
        "oos",
        "As an American teacher on a Z visa, am I actually entitled to Chinese social "
        "insurance, or can I opt out?",
        "none",
    ),
    ("en", "oos", "how do i withdraw my housing provident fund before leaving china", "none"),
    ("en", "oos", "in hangzhou can the citizen card be used for the public bikes", "none"),
    ("en", "oos", "if i leave china for good can i get my pension contributions refunded", "none"),
    ("en", "oos", "roughly how much pension will i get per month if i retire at 60", "none"),
    ("en", "oos", "can i link my social security card to alipay or wechat pay", "none"),
    ("en", "oos", "how many days of maternity leave do I get in Shanghai", "none"),
    (
        "en",
        "oos",
        "does the medical insurance cover dental cleaning or is that out of pocket",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "what exactly is the electronic medical insurance certificate? my HR keeps mentioning"
        " it",
        "card:emedical",
    ),
    ("en", "card", "who's in charge of managing the health card", "card:health:manager"),
    (
        "en",
        "card",
        "how safe is the social security card really, can someone clone it",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "tell me about the old medical insurance card, do people still use it",
        "card:medical",
    ),
    (
        "en",
        "card",
        "is the electronic social security card its own card or just a digital version of the"
        " physical one",
        "card:esocial:form",
    ),
    ("en", "card", "where can you actually use the citizen card", "card:citizen:scope"),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "difference between the citizen card and the health card? they sound the same to me",
        "cmp:health:citizen",
    ),
    (
        "en",
        "compare",
        "social security card vs old medical insurance card, what's actually different",
        ("cmp:social:medical", "faq:2"),
    ),
    (
        "en",
        "compare",
        "electronic social security card vs the physical one, how do they compare",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "is the health card basically a social security card or not",
        ("faq:1", "cmp:social:health"),
    ),
    (
        "en",
        "faq",
        "boss says he will register me for social insurance after my 3 month probation. is "
        "that allowed? when does he have to do it by",
        ("faq:9", "law:sil-58"),
    ),
    ("en", "faq", "what is my social security number? is it different from my ID number", "faq:10"),
    ("en", "faq", "are there different types of social security card", "faq:8"),
    (
        "en",
        "faq",
        "my card says 'human resources and social security card' on it, is that a social "
        "security card?",
        "faq:4",
    ),
    # ---------------- English: law (2) ----------------
    ("en", "law", "pls show article 3 of the social insurance law", "law:sil-3"),
    (
        "en",
        "law",
        "which rule says the social security card has to work anywhere in the country",
        "law:ssc-4",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks a lot, that cleared it up!", "greeting"),
    ("en", "greeting", "ok bye 👋", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "mi hija tiene fiebre desde anoche, que tarjeta llevo al hospital??",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "Buenas tardes, ¿con qué tarjeta puedo registrarme y pagar en el hospital?",
        "task:hospital",
    ),
    ("es", "task", "q tarjeta sirve pa comprar medicinas en la farmacia", "task:pharmacy"),
    (
        "es",
        "task",
        "Quisiera saber si puedo pagar los medicamentos en la farmacia con alguna de estas "
        "tarjetas.",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "me operaron de la vesícula y pagué un montón, cómo hago para que me reembolsen los "
        "gastos médicos",
        "task:reimburse",
    ),
    ("es", "task", "con cual tarjeta se tramita el reembolso de gastos medicos?", "task:reimburse"),
    ("es", "task", "donde puedo consultar mi historial médico", "task:healthfile"),
    (
        "es",
        "task",
        "Necesito revisar mi expediente de salud para mandarlo a mi médico en Madrid, ¿qué "
        "tarjeta uso?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "quiero hacer los trámites del seguro médico por internet, que necesito",
        "task:online",
    ),
    (
        "es",
        "task",
        "para gestionar el seguro medico en linea desde el movil cual credencial hace falta",
        "task:online",
    ),
    (
        "es",
        "task",
        "mi suegro se jubila el mes que viene, que tarjeta necesita para cobrar la pensión",
        "task:pension",
    ),
    (
        "es",
        "task",
        "que cosas de plata puedo tramitar con estas tarjetas? pension, paro, todo eso",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "me despidieron ayer, con que tarjeta pido el seguro de desempleo",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "¿Cómo solicito la prestación por desempleo? ¿Necesito alguna tarjeta en particular?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "me corté la mano en la cocina del restaurante donde trabajo, q tarjeta es pa "
        "accidente laboral",
        "task:injury",
    ),
    (
        "es",
        "task",
        "En caso de lesión laboral, ¿con qué tarjeta se tramitan las prestaciones del seguro "
        "de accidentes de trabajo?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "como veo si mi empresa me está pagando la seguridad social de verdad",
        "task:contributions",
    ),
    ("es", "task", "quiero consultar lo que llevo cotizado hasta ahora", "task:contributions"),
    ("es", "task", "que tarjeta sirve para el metro y el bus", "task:transport"),
    (
        "es",
        "task",
        "hay alguna tarjeta pa pagar el colectivo sin sacar el celular?",
        "task:transport",
    ),
    ("es", "task", "con que tarjeta entro a la sala de lectura pública", "task:services"),
    (
        "es",
        "task",
        "para los servicios públicos de la ciudad qué tarjeta me conviene",
        "task:services",
    ),
    ("es", "task", "que tarjeta me sirve para identificarme", "task:identity"),
    (
        "es",
        "task",
        "necesito demostrar quién soy en una oficina y no traje el pasaporte, alguna de estas"
        " tarjetas vale?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "acabo de empezar a trabajar en Guangzhou, cómo consigo la tarjeta de seguridad "
        "social",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "quien puede sacar la tarjeta de seguridad social y cómo se hace",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "como activo la tarjeta electrónica de seguridad social en el celular",
        "task:getesocial",
    ),
    ("es", "task", "como obtengo el certificado electrónico de seguro médico", "task:getemedical"),
    (
        "es",
        "task",
        "puedo tener el certificado electronico del seguro medico si ya estoy asegurada?",
        ("task:getemedical", "card:emedical:eligibility"),
    ),
    ("es", "task", "como saco la tarjeta ciudadana, soy residente aca", "task:getcitizen"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta social", "card:social"),
    ("es", "short", "reembols", "task:reimburse"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "jubilacion", "task:pension"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "certificado elec", "card:emedical"),
    ("es", "short", "accidente lab", "task:injury"),
    ("es", "short", "historial med", "task:healthfile"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí mi tarjeta de seguridad social en el taxi, cómo pido otra?", "none"),
    ("es", "oos", "cuánto tarda en llegar la tarjeta ciudadana después de pedirla", "none"),
    ("es", "oos", "cuanto cuesta sacar la tarjeta de seguridad social", "none"),
    ("es", "oos", "se me bloqueó la tarjeta por poner mal el pin tres veces, que hago", "none"),
    ("es", "oos", "mi tarjeta caduca en junio, como la renuevo", "none"),
    ("es", "oos", "¿Qué porcentaje del sueldo me descuentan para la seguridad social?", "none"),
    (
        "es",
        "oos",
        "soy extranjera con permiso de residencia, tengo derecho a cobrar la pensión china?",
        "none",
    ),
    ("es", "oos", "como saco la plata del fondo de vivienda (gongjijin)", "none"),
    ("es", "oos", "en Chengdu la tarjeta ciudadana sirve para el tren de alta velocidad?", "none"),
    ("es", "oos", "si me vuelvo a Colombia me devuelven lo que coticé?", "none"),
    ("es", "oos", "cuanto me van a pagar de desempleo al mes", "none"),
    ("es", "oos", "como cambio el numero de telefono vinculado a la tarjeta electronica", "none"),
    ("es", "oos", "el seguro médico cubre el dentista?", "none"),
    ("es", "oos", "mi esposo es chino, puedo entrar en su seguro medico como dependiente", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿qué es la tarjeta de salud exactamente?", "card:health"),
    (
        "es",
        "card",
        "quien emite el certificado electronico de seguro medico",
        "card:emedical:issuer",
    ),
    ("es", "card", "para que sirve la tarjeta ciudadana", "card:citizen:function"),
    ("es", "card", "la tarjeta de seguridad social es física o solo digital?", "card:social:form"),
    (
        "es",
        "card",
        "la vieja tarjeta del seguro médico era segura o no tanto?",
        "card:medical:security",
    ),
    ("es", "card", "que es la tarjeta electronica de seguridad social", "card:esocial"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "diferencia entre el certificado electrónico de seguro médico y la tarjeta "
        "electrónica de seguridad social",
        ("cmp:esocial:emedical", "faq:5"),
    ),
    (
        "es",
        "compare",
        "tarjeta de salud y tarjeta vieja del seguro médico, en qué se diferencian?",
        "cmp:medical:health",
    ),
    (
        "es",
        "compare",
        "certificado electrónico del seguro médico vs tarjeta ciudadana, cuál me conviene más",
        "cmp:emedical:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "la tarjeta de seguridad social y la ciudadana son la misma cosa?",
        ("faq:3", "cmp:social:citizen"),
    ),
    (
        "es",
        "faq",
        "es lo mismo la tarjeta de seguridad social que la del seguro médico?",
        ("faq:2", "cmp:social:medical"),
    ),
    ("es", "faq", "¿Qué tipos de seguro social existen?", "faq:6"),
    ("es", "faq", "que registra la tarjeta de seguridad social y para que la puedo usar", "faq:7"),
    (
        "es",
        "faq",
        "mi jefe todavía no me dio de alta en el seguro, cuántos días tiene para hacerlo?",
        ("faq:9", "law:sil-58"),
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice el artículo 2 de la ley de seguro social", "law:sil-2"),
    (
        "es",
        "law",
        "que dice el articulo 3 de las medidas administrativas de las tarjetas de seguridad "
        "social",
        "law:ssc-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "muchas gracias!! me salvaste", "greeting"),
    ("es", "greeting", "chao, hasta luego", "greeting"),
)
