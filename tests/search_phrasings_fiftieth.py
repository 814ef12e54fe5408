"""Fiftieth phrasing set (tech-savvy askers focused on e-cards, phones, apps, QR codes and online
services, and how the electronic forms relate to the physical cards), written blind from the
seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

FIFTIETH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "at hospital registration now, which card do they want me to scan",
     "task:hospital"),
    ("en", "task", "standing at the pharmacy counter rn, which card gets my meds on insurance",
     "task:pharmacy"),
    ("en", "task", "which card lets me do medical insurance stuff online so i can skip the queue",
     "task:online"),
    ("en", "task", "how do i get the electronic social security card onto my phone",
     "task:getesocial"),
    ("en", "task", "can i activate the e social card if i never got the plastic one?",
     ("task:getesocial", "card:esocial:eligibility")),
    ("en", "task", "who is allowed to get the electronic medical insurance certificate? do i have "
     "to be enrolled in medical insurance first",
     ("task:getemedical", "card:emedical:eligibility")),
    ("en", "task", "want to check my pension contributions online from my laptop, what card do i "
     "need for that", "task:contributions"),
    ("en", "task", "need to pull up my health file and past medical records, which card is that",
     "task:healthfile"),
    ("en", "task", "got a big hospital bill, which card do i use to get it reimbursed",
     "task:reimburse"),
    ("en", "task", "tapping in at the subway gate - citizen card or social card?",
     "task:transport"),
    ("en", "task", "got laid off last month, which card do i use to claim unemployment benefits",
     "task:unemployment"),
    ("en", "task", "hurt my hand on the job, which card for work injury benefits", "task:injury"),
    ("en", "task", "my dad retires next month, what card does he need to draw his pension",
     "task:pension"),
    ("en", "task", "the public reading room in my city wants a card at the door, which one",
     "task:services"),
    ("en", "task", "phone is dead and i need to prove who i am at a service counter, which card "
     "works as id", "task:identity"),
    ("en", "task", "just started a new job, how do i apply for the social security card",
     "task:getsocial"),
    ("en", "task", "how do local residents get a citizen card issued", "task:getcitizen"),
    ("en", "task", "show me every way to get a card, physical and digital ones",
     "tasks:getcard"),
    ("en", "task", "everything about doctors, medicine and medical records in one place",
     "tasks:care"),
    ("en", "task", "money side of things pls: pension, unemployment pay, reimbursements",
     "tasks:money"),
    ("en", "task", "daily life stuff like buses and libraries, which cards cover that",
     "tasks:life"),
    ("en", "task", "just give me the full what-do-you-need task guide", "tasks"),
    ("en", "task", "booking a doctor visit and paying at the hospital, do i use the health card "
     "or something else", "task:hospital"),
    ("en", "task", "Which credential do I use to handle my medical insurance business through an "
     "online service instead of at a counter?", "task:online"),
    ("en", "task", "paid out of pocket at the clinic, how do i claim that money back through "
     "insurance", "task:reimburse"),
    ("en", "task", "want to verify my employer actually paid my social insurance every month, how "
     "do i check", "task:contributions"),
    ("en", "task", "how does the e social card get generated from my physical card, do i link them "
     "somehow", "task:getesocial"),
    ("en", "task", "diagnosed with an occupational disease, which card do i use to claim benefits",
     "task:injury"),
    ("en", "task", "need to do unemployment registration and job seeking registration, which card",
     "task:unemployment"),
    ("en", "task", "buying prescription drugs with my insurance account, what do i hand over",
     "task:pharmacy"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "e-social", "card:esocial"),
    ("en", "short", "emedical cert", "card:emedical"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "health fil", "task:healthfile"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "social security num", "faq:10"),
    ("en", "short", "old med card", "card:medical"),
    ("en", "short", "online med", "task:online"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "laws", "law"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "the e social card QR code wont load in the app, it just keeps spinning", "none"),
    ("en", "oos", "how do i add the electronic medical insurance certificate to wechat", "none"),
    ("en", "oos", "can i pay with alipay using my electronic social security card", "none"),
    ("en", "oos", "forgot the 6 digit PIN for my e social card, how do i reset it", "none"),
    ("en", "oos", "lost my phone, how do i freeze my electronic medical certificate so nobody "
     "uses it", "none"),
    ("en", "oos", "does the e card expire and do i have to renew it every few years", "none"),
    ("en", "oos", "how long does it take for the electronic social card to activate after i apply",
     "none"),
    ("en", "oos", "is there a fee to get a citizen card", "none"),
    ("en", "oos", "im a foreigner with a residence permit, am i entitled to the electronic social "
     "security card", "none"),
    ("en", "oos", "how do i check my housing provident fund balance online", "none"),
    ("en", "oos", "what percentage of outpatient costs gets reimbursed in shanghai", "none"),
    ("en", "oos", "does the hangzhou citizen card app support NFC on iphone", "none"),
    ("en", "oos", "chip on my physical card cracked, how do i get a replacement made", "none"),
    ("en", "oos", "how do i move my social insurance over when i relocate from shenzhen to beijing",
     "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "tell me everything about the electronic medical insurance certificate",
     "card:emedical"),
    ("en", "card", "is the e social security card just a digital twin of the physical card or "
     "its own thing", "card:esocial:form"),
    ("en", "card", "who actually issues the electronic social security card, the ministry or my "
     "city", "card:esocial:issuer"),
    ("en", "card", "why was the old medical insurance card considered not very secure",
     "card:medical:security"),
    ("en", "card", "who runs the health card system, the hospitals or the health department",
     "card:health:manager"),
    ("en", "card", "what can the citizen card do, heard it works like an e-wallet",
     "card:citizen:function"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "e social security card vs electronic medical insurance certificate, same "
     "thing in different apps?", ("cmp:esocial:emedical", "faq:5")),
    ("en", "compare", "difference between the physical social security card and the e version",
     "cmp:social:esocial"),
    ("en", "compare", "compare the health card with the electronic medical insurance certificate",
     "cmp:emedical:health"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is a human resources and social security card the same as a social security "
     "card or a separate one", "faq:4"),
    ("en", "faq", "what is my social security number, is it different from my ID number?",
     "faq:10"),
    ("en", "faq", "how many types of social security card are there", "faq:8"),
    ("en", "faq", "what kinds of social insurance exist anyway", "faq:6"),
    ("en", "faq", "when does my company have to register me for social insurance, day one?",
     "faq:9"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which article of the social insurance law says they must keep my contribution "
     "records and let me check them free", "law:sil-74"),
    ("en", "law", "what does article 4 of the social security card measures say about using the "
     "card nationwide", "law:ssc-4"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hey bot 👋", "greeting"),
    ("en", "greeting", "thx, that cleared it up", "greeting"),
    ("en", "greeting", "ok cya", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "qué tarjeta enseño en el hospital para registrarme, la del móvil o la física",
     "task:hospital"),
    ("es", "task", "voy a la farmacia a comprar medicinas con el seguro, cuál tarjeta uso",
     "task:pharmacy"),
    ("es", "task", "quiero hacer trámites del seguro médico por internet sin ir a la oficina, qué "
     "necesito", "task:online"),
    ("es", "task", "cómo saco la tarjeta electrónica de seguridad social en el celular",
     "task:getesocial"),
    ("es", "task", "necesito tener la tarjeta física para activar la electrónica?",
     ("task:getesocial", "card:esocial:eligibility")),
    ("es", "task", "quién puede obtener el certificado electrónico de seguro médico",
     ("task:getemedical", "card:emedical:eligibility")),
    ("es", "task", "cómo reviso online lo que mi empresa ha pagado de seguro social",
     "task:contributions"),
    ("es", "task", "quiero ver mi expediente de salud desde el teléfono, qué tarjeta sirve",
     "task:healthfile"),
    ("es", "task", "cómo me reembolsan los gastos médicos, con qué tarjeta", "task:reimburse"),
    ("es", "task", "para el metro y el bus qué tarjeta es", "task:transport"),
    ("es", "task", "me despidieron, con qué tarjeta cobro el subsidio de desempleo",
     "task:unemployment"),
    ("es", "task", "tuve un accidente en la fábrica, qué tarjeta uso para las prestaciones por "
     "lesión laboral", "task:injury"),
    ("es", "task", "mi madre se jubila, con qué tarjeta cobra la pensión", "task:pension"),
    ("es", "task", "quiero entrar a la sala de lectura pública de la ciudad, qué tarjeta piden",
     "task:services"),
    ("es", "task", "qué tarjeta me sirve para demostrar quién soy si no llevo el pasaporte",
     "task:identity"),
    ("es", "task", "empecé a trabajar la semana pasada, cómo consigo la tarjeta de "
     "seguridad social",
     "task:getsocial"),
    ("es", "task", "cómo se obtiene la tarjeta ciudadana", "task:getcitizen"),
    ("es", "task", "muéstrame cómo conseguir cada tarjeta, física o digital", "tasks:getcard"),
    ("es", "task", "cosas de salud: médico, farmacia, historial", "tasks:care"),
    ("es", "task", "temas de dinero porfa: pensión, paro, reembolsos", "tasks:money"),
    ("es", "task", "vida diaria: transporte y servicios públicos, qué tarjetas", "tasks:life"),
    ("es", "task", "dame la guía completa de trámites, todo lo que se puede hacer", "tasks"),
    ("es", "task", "pedir cita en el hospital y pagar la consulta, qué tarjeta se usa",
     "task:hospital"),
    ("es", "task", "pagué de mi bolsillo en la clínica, cómo recupero ese dinero con el seguro",
     "task:reimburse"),
    ("es", "task", "Estimados, ¿cuál es el comprobante válido para gestionar el seguro médico en "
     "línea sin acudir a ventanilla?", "task:online"),
    ("es", "task", "cómo vinculo mi tarjeta física de seguridad social con la versión electrónica",
     "task:getesocial"),
    ("es", "task", "quiero consultar mis cotizaciones de pensión y seguro médico desde la app",
     "task:contributions"),
    ("es", "task", "me diagnosticaron una enfermedad profesional, con qué tarjeta reclamo",
     "task:injury"),
    ("es", "task", "tengo que hacer el registro de desempleo y de búsqueda de empleo, qué tarjeta",
     "task:unemployment"),
    ("es", "task", "en la farmacia designada me sirve la tarjeta ciudadana para comprar medicinas?",
     "task:pharmacy"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "ss electrónica", "card:esocial"),
    ("es", "short", "cert electrónico", "card:emedical"),
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "jubilac", "task:pension"),
    ("es", "short", "desempl", "task:unemployment"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "tarjetas", "cards"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "la app de seguridad social me da error al escanear el código QR", "none"),
    ("es", "oos", "cómo agrego el certificado electrónico de seguro médico a Alipay", "none"),
    ("es", "oos", "olvidé la contraseña de la tarjeta electrónica, cómo la cambio", "none"),
    ("es", "oos", "perdí la tarjeta física, qué hago para bloquearla", "none"),
    ("es", "oos", "cuánto tarda en llegar la tarjeta física después de pedirla", "none"),
    ("es", "oos", "cuánto cuesta sacar la tarjeta ciudadana", "none"),
    ("es", "oos", "soy extranjero con permiso de residencia, tengo derecho al certificado "
     "electrónico de seguro médico?", "none"),
    ("es", "oos", "cómo consulto el fondo de vivienda por internet", "none"),
    ("es", "oos", "qué porcentaje me reembolsan en Guangzhou por consulta externa", "none"),
    ("es", "oos", "la tarjeta ciudadana de Suzhou funciona con Apple Pay?", "none"),
    ("es", "oos", "cómo renuevo la tarjeta de seguridad social que ya venció", "none"),
    ("es", "oos", "puedo tener la tarjeta electrónica abierta en dos teléfonos a la vez", "none"),
    ("es", "oos", "cómo cambio el número de móvil vinculado a mi certificado electrónico", "none"),
    ("es", "oos", "cuánto dinero me queda en la cuenta personal del seguro médico", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "qué es la tarjeta electrónica de seguridad social", "card:esocial"),
    ("es", "card", "quién emite el certificado electrónico de seguro médico",
     "card:emedical:issuer"),
    ("es", "card", "la tarjeta de seguridad social es física o solo existe en el móvil",
     "card:social:form"),
    ("es", "card", "la tarjeta ciudadana la da el gobierno local o recursos humanos?",
     "card:citizen:issuer"),
    ("es", "card", "qué datos guarda la tarjeta sanitaria", "card:health:records"),
    ("es", "card", "qué ley regula la tarjeta de seguridad social", "card:social:legal"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "diferencia entre la tarjeta de seguridad social y la vieja tarjeta del "
     "seguro médico", ("cmp:social:medical", "faq:2")),
    ("es", "compare", "tarjeta electrónica de seguridad social vs tarjeta ciudadana",
     "cmp:esocial:citizen"),
    ("es", "compare", "el certificado electrónico de seguro médico y la tarjeta vieja del seguro "
     "médico, en qué se diferencian", "cmp:medical:emedical"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "la tarjeta sanitaria es una tarjeta de seguridad social?", "faq:1"),
    ("es", "faq", "la tarjeta ciudadana y la de seguridad social son la misma tarjeta?",
     ("cmp:social:citizen", "faq:3")),
    ("es", "faq", "el certificado electrónico de seguro médico y la tarjeta electrónica de "
     "seguridad social son lo mismo?", ("cmp:esocial:emedical", "faq:5")),
    ("es", "faq", "qué registra la tarjeta de seguridad social y qué puedo hacer con ella",
     "faq:7"),
    ("es", "faq", "cuál es mi número de seguridad social", "faq:10"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice el artículo 3 de la ley de seguro social", "law:sil-3"),
    ("es", "law", "qué artículo dice quién administra las tarjetas de seguridad social a nivel "
     "nacional", "law:ssc-3"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "muchas gracias crack", "greeting"),
    ("es", "greeting", "chao, hasta luego", "greeting"),
)
