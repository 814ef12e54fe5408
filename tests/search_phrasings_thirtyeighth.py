"""Thirty-eighth phrasing set (small business owners), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

THIRTYEIGHTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "my cook burned his arm on the wok today which card does he use for the work "
     "injury stuff", "task:injury"),
    ("en", "task", "waitress is sick and going to the hospital, what card does she need to "
     "register there", "task:hospital"),
    ("en", "task", "freelance designer here, need cold medicine from the pharmacy, which card do i "
     "pay with", "task:pharmacy"),
    ("en", "task", "one of my two shop girls is leaving end of month, what card does she need to "
     "claim unemployment benefits", "task:unemployment"),
    ("en", "task", "how do i check my contributions actually got paid in? i pay for myself, self "
     "employed", "task:contributions"),
    ("en", "task", "just hired a new kitchen guy, how does he get a social security card",
     ("task:getsocial", "card:social:eligibility")),
    ("en", "task", "how do I get the electronic social security card on my phone, already have the "
     "plastic one", ("task:getesocial", "card:esocial:eligibility")),
    ("en", "task", "i teach spanish privately and i have medical insurance, how do i get that "
     "electronic medical insurance code thing", ("task:getemedical", "card:emedical:eligibility")),
    ("en", "task", "my staff are locals, how can they get the citizen card",
     ("task:getcitizen", "card:citizen:eligibility")),
    ("en", "task", "which card works on the subway, i run around to clients all day",
     "task:transport"),
    ("en", "task", "need to get my clinic bills from last month reimbursed, which card do i use",
     "task:reimburse"),
    ("en", "task", "where can i look up my own medical records, like my history of visits",
     "task:healthfile"),
    ("en", "task", "want to do my medical insurance business online without closing the shop, "
     "what do i need", "task:online"),
    ("en", "task", "my dad is retiring from his restaurant soon, which card does he use to draw "
     "his pension", "task:pension"),
    ("en", "task", "client wants proof of who i am for a contract and i forgot my ID at home, can "
     "one of these cards prove my identity", "task:identity"),
    ("en", "task", "theres a public reading room next to my studio, which card gets me in",
     "task:services"),
    ("en", "task", "quick q what card do i bring to see a doctor", "task:hospital"),
    ("en", "task", "cashier cut her finger on a box cutter at the shop, which card for work injury "
     "benefits", "task:injury"),
    ("en", "task", "buying meds at the drugstore for my flu, social card or some other card?",
     "task:pharmacy"),
    ("en", "task", "which card pays for the bus", "task:transport"),
    ("en", "task", "how do i see how much social insurance has been paid for me so far this year",
     "task:contributions"),
    ("en", "task", "just show me everything i can do and which card for each", "tasks"),
    ("en", "task", "money stuff - pension, unemployment, injury - which card for each one",
     "tasks:money"),
    ("en", "task", "getting cards sorted for my staff, what are all the options", "tasks:getcard"),
    ("en", "task", "health side of things, doctor medicine reimbursement, which card for what",
     "tasks:care"),
    ("en", "task", "everyday life stuff like bus, library, id, which card", "tasks:life"),
    ("en", "task", "we closed our second location and laid off a waiter, what card does he apply "
     "for jobless benefits with", "task:unemployment"),
    ("en", "task", "my waiter had surgery and wants the costs reimbursed, which card should he "
     "bring", "task:reimburse"),
    ("en", "task", "can i handle medical insurance business on the app instead of queueing for "
     "hours", "task:online"),
    ("en", "task", "when i finally retire from freelancing which card gets me my pension",
     "task:pension"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "drugsto", "task:pharmacy"),
    ("en", "short", "hospi", "task:hospital"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "e-social card", "card:esocial"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "old med card", "card:medical"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "article 58", "law:sil-58"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "work injur", "task:injury"),
    ("en", "short", "e-medical cert", "card:emedical"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "how much is the employer share of social insurance per staff per month",
     "none"),
    ("en", "oos", "my dishwasher lost his social security card, how does he get a replacement",
     "none"),
    ("en", "oos", "how many days until a new hire's social security card is ready", "none"),
    ("en", "oos", "does it cost anything to get the citizen card", "none"),
    ("en", "oos", "forgot the pin on my social security card what do i do", "none"),
    ("en", "oos", "do i have to pay housing provident fund for my 2 shop staff", "none"),
    ("en", "oos", "im a foreign freelance designer, am i even allowed to join social insurance "
     "here", "none"),
    ("en", "oos", "whats the penalty if i registered my cook two months late", "none"),
    ("en", "oos", "can i write off my staff's social insurance on my taxes", "none"),
    ("en", "oos", "my card expired last week how do i renew it", "none"),
    ("en", "oos", "what are beijing's social insurance rules for small restaurants", "none"),
    ("en", "oos", "can i pay my staff salaries onto their social security cards", "none"),
    ("en", "oos", "how do i register my design studio as a business, what paperwork", "none"),
    ("en", "oos", "which commercial health insurance is best for a small shop", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what exactly is the electronic social security card", "card:esocial"),
    ("en", "card", "who issues the citizen card", "card:citizen:issuer"),
    ("en", "card", "who manages health cards, the hospital or the government?",
     "card:health:manager"),
    ("en", "card", "what info does the social security card keep on my employees",
     ("card:social:records", "faq:7")),
    ("en", "card", "is the old medical insurance card safe to use, how secure is it",
     "card:medical:security"),
    ("en", "card", "electronic medical insurance certificate, what do i actually use it for",
     "card:emedical:function"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "old medical insurance card vs the electronic medical insurance certificate, "
     "whats different", "cmp:medical:emedical"),
    ("en", "compare", "difference between the physical social security card and the e one?",
     "cmp:social:esocial"),
    ("en", "compare", "health card vs citizen card, compare them for me", "cmp:health:citizen"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "new waiter starts monday, how many days do i have to register him for social "
     "insurance", ("faq:9", "law:sil-58")),
    ("en", "faq", "what is my social security number, is it some separate number i have to look "
     "up", "faq:10"),
    ("en", "faq", "what kinds of social insurance are there anyway", "faq:6"),
    ("en", "faq", "is there a social security card for the business itself, like an employer "
     "card? what types exist", "faq:8"),
    ("en", "faq", "my staff's paperwork says human resources and social security card, is that the "
     "social security card?", "faq:4"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "self employed no staff - does article 58 of the social insurance law say i "
     "register myself?", "law:sil-58"),
    ("en", "law", "which article of the social security card measures says the card has to work "
     "all over the country", "law:ssc-4"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi", "greeting"),
    ("en", "greeting", "thx that helps a lot", "greeting"),
    ("en", "greeting", "ok bye back to the kitchen", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "mi cocinero se quemó la mano en la cocina, ¿qué tarjeta usa para lo del "
     "accidente laboral?", "task:injury"),
    ("es", "task", "soy profe de español autónoma y mañana tengo que ir al médico, ¿qué tarjeta "
     "llevo al hospital?", "task:hospital"),
    ("es", "task", "qué tarjeta sirve para comprar medicinas en la farmacia", "task:pharmacy"),
    ("es", "task", "una de mis dependientas se va, ¿con qué tarjeta pide el subsidio de "
     "desempleo?", "task:unemployment"),
    ("es", "task", "cómo compruebo lo que llevo cotizado como autónomo", "task:contributions"),
    ("es", "task", "contraté a un camarero nuevo, ¿cómo saca la tarjeta de seguridad social?",
     ("task:getsocial", "card:social:eligibility")),
    ("es", "task", "cómo consigo la tarjeta de seguridad social electrónica en el móvil, ya tengo "
     "la física", ("task:getesocial", "card:esocial:eligibility")),
    ("es", "task", "cómo saco el certificado electrónico de seguro médico, tengo seguro médico",
     ("task:getemedical", "card:emedical:eligibility")),
    ("es", "task", "mis empleados son de aquí, ¿cómo sacan la tarjeta ciudadana?",
     ("task:getcitizen", "card:citizen:eligibility")),
    ("es", "task", "para el autobús y el metro qué tarjeta uso", "task:transport"),
    ("es", "task", "quiero que me reembolsen los gastos médicos de la clínica, qué tarjeta "
     "necesito", "task:reimburse"),
    ("es", "task", "dónde consulto mi historial médico, mi expediente de salud",
     "task:healthfile"),
    ("es", "task", "quiero hacer trámites del seguro médico por internet, qué necesito",
     "task:online"),
    ("es", "task", "mi madre se jubila del restaurante, ¿con qué tarjeta cobra la pensión?",
     "task:pension"),
    ("es", "task", "necesito demostrar mi identidad para firmar con un cliente, ¿alguna de estas "
     "tarjetas sirve?", "task:identity"),
    ("es", "task", "la sala de lectura pública del barrio, ¿con qué tarjeta entro?",
     "task:services"),
    ("es", "task", "pagar la consulta en el hospital con qué tarjeta", "task:hospital"),
    ("es", "task", "mi ayudante se cortó con el cúter en la tienda, qué tarjeta para las "
     "prestaciones por lesión laboral", "task:injury"),
    ("es", "task", "en la farmacia designada compro los medicamentos con la de seguridad social o "
     "con otra?", "task:pharmacy"),
    ("es", "task", "cuál tarjeta vale para el transporte público", "task:transport"),
    ("es", "task", "quiero ver cuánto se ha pagado de cotizaciones por mí, con qué tarjeta lo miro",
     "task:contributions"),
    ("es", "task", "qué trámites puedo hacer y con qué tarjeta, el listado completo", "tasks"),
    ("es", "task", "lo del dinero: pensión, paro, accidentes... ¿qué tarjeta para cada cosa?",
     "tasks:money"),
    ("es", "task", "sacar tarjetas para mis empleados, qué opciones hay", "tasks:getcard"),
    ("es", "task", "médico, medicinas, reembolsos, qué tarjeta para cada cosa de salud",
     "tasks:care"),
    ("es", "task", "cosas del día a día: bus, biblioteca, identificarme, qué tarjeta",
     "tasks:life"),
    ("es", "task", "cerramos un local y despedimos a un chico, ¿qué tarjeta necesita para "
     "registrarse como desempleado?", "task:unemployment"),
    ("es", "task", "reembolso de la operación de mi camarera, qué tarjeta tiene que llevar",
     "task:reimburse"),
    ("es", "task", "quiero ver mi ficha de salud con los análisis, qué tarjeta uso",
     "task:healthfile"),
    ("es", "task", "cuando me jubile como autónoma, con qué tarjeta cobro la pensión",
     "task:pension"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "consulta médica", "task:hospital"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta seguridad", "card:social"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "cotizaciones", "task:contributions"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "¿cuánto tengo que pagar al mes de seguro social por cada empleado?", "none"),
    ("es", "oos", "mi camarero perdió la tarjeta de seguridad social, ¿cómo la repone?", "none"),
    ("es", "oos", "¿cuánto tarda en llegar la tarjeta de un empleado nuevo?", "none"),
    ("es", "oos", "¿cuesta algo sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "olvidé el PIN de la tarjeta, qué hago", "none"),
    ("es", "oos", "¿tengo que pagar el fondo de vivienda a mis dos empleados?", "none"),
    ("es", "oos", "soy extranjera y doy clases particulares, ¿tengo derecho a pensión en China?",
     "none"),
    ("es", "oos", "¿qué multa me ponen si doy de alta tarde a un empleado?", "none"),
    ("es", "oos", "¿puedo desgravar en los impuestos el seguro social de mis empleados?", "none"),
    ("es", "oos", "la tarjeta me caduca el mes que viene, ¿cómo la renuevo?", "none"),
    ("es", "oos", "¿qué normas tiene Guangzhou para el seguro social de los restaurantes "
     "pequeños?", "none"),
    ("es", "oos", "¿cuántos días de baja por maternidad le tocan a mi dependienta?", "none"),
    ("es", "oos", "¿cuánto cobraré de pensión si cotizo 15 años como autónoma?", "none"),
    ("es", "oos", "¿cómo cambio la cuenta bancaria vinculada a mi tarjeta de seguridad social?",
     "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿qué es la tarjeta sanitaria?", "card:health"),
    ("es", "card", "¿quién emite el certificado electrónico de seguro médico?",
     "card:emedical:issuer"),
    ("es", "card", "la tarjeta de seguridad social es física o electrónica?", "card:social:form"),
    ("es", "card", "¿para qué sirve la tarjeta ciudadana?", "card:citizen:function"),
    ("es", "card", "¿en qué ley se basa la tarjeta de seguridad social?", "card:social:legal"),
    ("es", "card", "¿dónde se puede usar la tarjeta ciudadana, solo en mi ciudad?",
     "card:citizen:scope"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "diferencias entre la tarjeta electrónica de seguridad social y el "
     "certificado electrónico de seguro médico", ("cmp:esocial:emedical", "faq:5")),
    ("es", "compare", "la vieja tarjeta de seguro médico y la tarjeta sanitaria, ¿en qué se "
     "diferencian?", "cmp:medical:health"),
    ("es", "compare", "tarjeta de salud vs tarjeta de seguridad social, compáramelas",
     ("cmp:social:health", "faq:1")),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta de seguridad social es lo mismo que la tarjeta de seguro médico?",
     "faq:2"),
    ("es", "faq", "¿la tarjeta ciudadana y la de seguridad social son la misma tarjeta?",
     "faq:3"),
    ("es", "faq", "¿qué registra la tarjeta de seguridad social y qué puedo hacer con ella?",
     "faq:7"),
    ("es", "faq", "mi empleada empieza el lunes, ¿cuándo tengo que darla de alta en el seguro "
     "social?", ("faq:9", "law:sil-58")),
    ("es", "faq", "¿cuál es mi número de seguridad social?", "faq:10"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice el artículo 74 de la ley de seguro social sobre consultar mis "
     "registros de cotización", "law:sil-74"),
    ("es", "law", "artículo 3 de la ley de seguro social, los principios", "law:sil-3"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "¡muchas gracias!", "greeting"),
    ("es", "greeting", "vale, hasta luego", "greeting"),
)
