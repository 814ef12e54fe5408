"""Two-hundred-and-seventh phrasing set (international students in China; Indian English,
Peruvian Spanish), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

TWOHUNDREDSEVENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en", "task",
        "Having fever since morning, going to campus hospital. Which card I should carry "
        "for paying?",
        "task:hospital",
    ),
    (
        "en", "task",
        "need to buy cough syrup from the chemist outside hostel gate, which card works "
        "for medicine?",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "my roommate paid full hospital bill from his pocket, how he gets it reimbursed, "
        "which card?",
        "task:reimburse",
    ),
    (
        "en", "task",
        "where I can see my health file, like old check-up reports? which card is for that",
        "task:healthfile",
    ),
    (
        "en", "task",
        "I want to do medical insurance related work online from my phone itself, what do I use",
        "task:online",
    ),
    (
        "en", "task",
        "my cousin is working in Shenzhen, which card he will use to draw his pension later?",
        "task:pension",
    ),
    (
        "en", "task",
        "if I get job here after graduation and then lose it, for unemployment benefits "
        "which card?",
        "task:unemployment",
    ),
    (
        "en", "task",
        "friend got hurt during internship at a factory, for work injury benefits which "
        "card needed",
        "task:injury",
    ),
    (
        "en", "task",
        "doing internship now, how do I check what social insurance the company actually paid in",
        "task:contributions",
    ),
    (
        "en", "task",
        "daily commute from campus to internship by metro and bus, which card? citizen card only?",
        "task:transport",
    ),
    (
        "en", "task",
        "which card do locals use for city public services like the public reading room",
        "task:services",
    ),
    (
        "en", "task",
        "bank asking ID proof but my passport is with PSB for visa, which card can prove who I am",
        "task:identity",
    ),
    (
        "en", "task",
        "kindly tell the procedure to get social security card as an international student",
        "task:getsocial",
    ),
    (
        "en", "task",
        "how to get the electronic social security card on my mobile?",
        "task:getesocial",
    ),
    (
        "en", "task",
        "can I apply for the electronic medical insurance certificate? I'm in the uni insurance",
        "task:getemedical",
    ),
    (
        "en", "task",
        "where to apply for citizen card, seniors told it is useful for metro",
        "task:getcitizen",
    ),
    (
        "en", "task",
        "tooth pain, going to dental dept tomorrow, which card to swipe at the hospital counter",
        "task:hospital",
    ),
    (
        "en", "task",
        "what card to use at pharmacy so that the medical insurance personal account pays",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "to see how much has gone in my pension and medical account till now, which card do I use",
        "task:contributions",
    ),
    (
        "en", "task",
        "my HR said get shebao card at time of joining, from where I will get it?",
        "task:getsocial",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "shebao card", "card:social"),
    ("en", "short", "hospi", "task:hospital"),
    ("en", "short", "chemist", "task:pharmacy"),
    ("en", "short", "mediclaim", "task:reimburse"),
    ("en", "short", "pensio", "task:pension"),
    ("en", "short", "metro card", "task:transport"),
    ("en", "short", "e social", "card:esocial"),
    ("en", "short", "yibao card", "card:medical"),
    ("en", "short", "health crd", "card:health"),
    ("en", "short", "shimin ka", "card:citizen"),
    ("en", "short", "id proof", "task:identity"),
    ("en", "short", "card lost", "none"),
    ("en", "short", "otp issue", "none"),
    ("en", "short", "sil art2", "law:sil-2"),
    ("en", "short", "card list", "cards"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "e medical", "card:emedical"),
    # ---------------- English: oos (18) ----------------
    (
        "en", "oos",
        "lost my social security card somewhere in hostel, how to block it and get new one",
        "none",
    ),
    ("en", "oos", "how many days it takes to get the citizen card after applying?", "none"),
    ("en", "oos", "what is the fee for making the shebao card", "none"),
    (
        "en", "oos",
        "uni makes us buy student insurance 800 rmb, is it refundable if I leave after 1 sem?",
        "none",
    ),
    ("en", "oos", "does the ping an student insurance cover dental treatment or not", "none"),
    (
        "en", "oos",
        "forgot password of the electronic social security card app, how to reset",
        "none",
    ),
    ("en", "oos", "social security bureau timings on saturday?", "none"),
    (
        "en", "oos",
        "is the first affiliated hospital near our campus accepting foreigners insurance",
        "none",
    ),
    (
        "en", "oos",
        "can I send my social insurance money back to India once my course is over",
        "none",
    ),
    ("en", "oos", "is part time job allowed on X1 student visa", "none"),
    ("en", "oos", "how to extend residence permit, my visa is expiring next month", "none"),
    ("en", "oos", "my CSC scholarship covers insurance or I have to pay myself?", "none"),
    ("en", "oos", "what are the rules in Wuhan for foreigners to join medical insurance", "none"),
    ("en", "oos", "does my indian star health policy work in china hospitals", "none"),
    ("en", "oos", "card photo background should be white or blue?", "none"),
    ("en", "oos", "hostel mess is having any veg food? I am pure veg", "none"),
    ("en", "oos", "best sim card plan for students in beijing", "none"),
    (
        "en", "oos",
        "how much % outpatient reimbursement is there under the student insurance",
        "none",
    ),
    # ---------------- English: card (12) ----------------
    (
        "en", "card",
        "yaar what exactly is this 医保电子凭证 thing everyone in my batch is talking about",
        "card:emedical",
    ),
    (
        "en", "card",
        "who issues the electronic medical insurance certificate, is it university or govt?",
        "card:emedical:issuer",
    ),
    ("en", "card", "what all details the health card records?", "card:health:records"),
    (
        "en", "card",
        "health card is managed by whom, hospital or health dept?",
        "card:health:manager",
    ),
    (
        "en", "card",
        "is the social security card a physical card or only digital",
        "card:social:form",
    ),
    (
        "en", "card",
        "how secure is the old medical insurance card actually",
        "card:medical:security",
    ),
    (
        "en", "card",
        "that card city govt gives residents for bus, subway and public reading room, what is it",
        "card:citizen",
    ),
    ("en", "card", "define electronic social security card please", "card:esocial:what"),
    ("en", "card", "who is managing the shebao card at national level", "card:social:manager"),
    (
        "en", "card",
        "what is the citizen card meant for, what functions it has",
        "card:citizen:function",
    ),
    (
        "en", "card",
        "who is eligible for the old medical insurance card",
        "card:medical:eligibility",
    ),
    ("en", "card", "what is the legal basis for the social security card", "card:social:legal"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "health card vs citizen card, what is the difference", "cmp:health:citizen"),
    (
        "en", "compare",
        "difference btw electronic social security card and the physical one",
        "cmp:social:esocial",
    ),
    (
        "en", "compare",
        "old medical insurance card vs electronic medical insurance certificate",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (3) ----------------
    ("en", "faq", "is health card and social security card same thing?", "faq:1"),
    (
        "en", "faq",
        "by when my employer has to register me for social insurance after joining",
        "faq:9",
    ),
    (
        "en", "faq",
        "human resources and social security card and social security card are one and same only?",
        "faq:4",
    ),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 74 of social insurance law say", "law:sil-74"),
    ("en", "law", "show me all the law articles you are quoting", "law"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "hello sir, good evening 🙏", "greeting"),
    ("en", "greeting", "thank you so much, very helpful, bye", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es", "task",
        "oe causa me duele la muela feo, para ir al hospital de la uni que tarjeta tengo "
        "que llevar?",
        "task:hospital",
    ),
    (
        "es", "task",
        "con que tarjeta pago las pastillas en la farmacia? aca no hay boticas como en lima jaja",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "pague todo de mi bolsillo en el hospital, como hago para que me reembolsen? que tarjeta?",
        "task:reimburse",
    ),
    (
        "es", "task",
        "quiero revisar mi expediente de salud, mis chequeos anteriores, con que tarjeta lo veo",
        "task:healthfile",
    ),
    (
        "es", "task",
        "para hacer los tramites del seguro medico por internet desde el celu, que necesito?",
        "task:online",
    ),
    (
        "es", "task",
        "mi pata trabaja en guangzhou y pregunta con que tarjeta va a cobrar su pension",
        "task:pension",
    ),
    (
        "es", "task",
        "si consigo chamba aca y despues me botan, para cobrar el desempleo que tarjeta uso",
        "task:unemployment",
    ),
    (
        "es", "task",
        "me lastime en las practicas en la fabrica, para los beneficios por accidente de trabajo?",
        "task:injury",
    ),
    (
        "es", "task",
        "como veo cuanto me han aportado al seguro social en la empresa de practicas? "
        "con cual tarjeta",
        "task:contributions",
    ),
    (
        "es", "task",
        "para el metro y el bus de aca cual tarjeta me sirve, es la ciudadana nomas?",
        "task:transport",
    ),
    (
        "es", "task",
        "que tarjeta usan los residentes para los servicios publicos de la ciudad, tipo "
        "sala de lectura",
        "task:services",
    ),
    (
        "es", "task",
        "me piden demostrar mi identidad y mi pasaporte esta en migraciones, que tarjeta me sirve?",
        "task:identity",
    ),
    (
        "es", "task",
        "como saco la tarjeta de seguridad social siendo estudiante extranjero? ayuda porfa",
        "task:getsocial",
    ),
    (
        "es", "task",
        "como activo la tarjeta electronica de seguridad social en el celular?",
        "task:getesocial",
    ),
    (
        "es", "task",
        "quien puede sacar el certificado electronico de seguro medico? yo con el seguro "
        "de la uni puedo?",
        "task:getemedical",
    ),
    (
        "es", "task",
        "donde tramito la tarjeta ciudadana? dicen que con esa el metro es mas facil",
        "task:getcitizen",
    ),
    (
        "es", "task",
        "tengo cita en el hospital manana, para pagar en caja uso el 社保卡 o cual?",
        "task:hospital",
    ),
    (
        "es", "task",
        "en la farmacia se puede pagar con la cuenta personal del seguro medico? que tarjeta paso",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "la empresa donde hago practicas dice que saque mi tarjeta de seguridad social, "
        "donde la pido?",
        "task:getsocial",
    ),
    (
        "es", "task",
        "pucha, como hago para que me devuelvan la plata de la consulta medica? con que tarjeta",
        "task:reimburse",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "tarjeta ciuda", "card:citizen"),
    ("es", "short", "botica", "task:pharmacy"),
    ("es", "short", "posta medica", "task:hospital"),
    ("es", "short", "jubilacion", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjeta salu", "card:health"),
    ("es", "short", "社保卡", "card:social"),
    ("es", "short", "医保电子凭证", "card:emedical"),
    ("es", "short", "tarjeta metropolitano", "task:transport"),
    ("es", "short", "mis aportes", "task:contributions"),
    ("es", "short", "dni chino", "task:identity"),
    ("es", "short", "perdi tarjeta", "none"),
    ("es", "short", "costo tramite", "none"),
    ("es", "short", "art 58", "law:sil-58"),
    ("es", "short", "tipos seguro", "faq:6"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "acc trabajo", "task:injury"),
    # ---------------- Spanish: oos (18) ----------------
    ("es", "oos", "perdi mi tarjeta de seguridad social en la residencia, que hago?", "none"),
    ("es", "oos", "cuanto demora que te entreguen la tarjeta ciudadana", "none"),
    ("es", "oos", "cuanto cuesta sacar la tarjeta de seguridad social?", "none"),
    (
        "es", "oos",
        "el seguro estudiantil que te obliga a pagar la universidad cubre dentista?",
        "none",
    ),
    ("es", "oos", "me olvide la contrasena de la app del seguro medico, como la recupero", "none"),
    ("es", "oos", "a que hora abre la oficina de seguridad social los sabados", "none"),
    (
        "es", "oos",
        "el hospital de la universidad acepta mi seguro de estudiante o tengo que pagar todo?",
        "none",
    ),
    ("es", "oos", "si regreso a Lima puedo retirar lo que aporte al seguro social aca?", "none"),
    ("es", "oos", "puedo trabajar medio tiempo con visa de estudiante X1?", "none"),
    ("es", "oos", "como renuevo mi permiso de residencia, se me vence en marzo", "none"),
    ("es", "oos", "mi seguro de EsSalud vale aca en china?", "none"),
    ("es", "oos", "la beca CSC incluye seguro medico o lo pago yo?", "none"),
    (
        "es", "oos",
        "en Shanghai cuales son las reglas para que un extranjero entre al seguro medico",
        "none",
    ),
    ("es", "oos", "donde venden comida peruana en beijing, extrano el ceviche jaja", "none"),
    (
        "es", "oos",
        "el chip de mi tarjeta de seguridad social ya no lee, me la cambian gratis?",
        "none",
    ),
    ("es", "oos", "que foto piden para la tarjeta, fondo blanco o azul?", "none"),
    ("es", "oos", "mi mama viene de visita, puede usar mi seguro si se enferma?", "none"),
    ("es", "oos", "que plan de celular me conviene como estudiante", "none"),
    # ---------------- Spanish: card (12) ----------------
    ("es", "card", "oe causa que es eso del 市民卡 que me dijo mi roommate?", "card:citizen"),
    ("es", "card", "quien emite la tarjeta de seguridad social", "card:social:issuer"),
    (
        "es", "card",
        "la tarjeta electronica de seguridad social es fisica o solo esta en el cel?",
        "card:esocial:form",
    ),
    ("es", "card", "para que sirve la tarjeta de salud", "card:health:function"),
    (
        "es", "card",
        "quien gestiona la tarjeta electronica de seguridad social",
        "card:esocial:manager",
    ),
    (
        "es", "card",
        "definicion de certificado electronico de seguro medico porfa",
        "card:emedical:what",
    ),
    (
        "es", "card",
        "donde se puede usar el certificado electronico de seguro medico",
        "card:emedical:scope",
    ),
    (
        "es", "card",
        "quien emite la tarjeta antigua de seguro medico, es el banco?",
        "card:medical:issuer",
    ),
    (
        "es", "card",
        "que tan segura es la tarjeta de seguridad social? tiene chip o algo",
        "card:social:security",
    ),
    (
        "es", "card",
        "la tarjeta de seg social sirve en todo el pais o solo en la provincia donde la saque?",
        ("law:ssc-4", "card:social:scope"),
    ),
    (
        "es", "card",
        "esa tarjeta de los hospitales que guarda tu historial medico y los gastos, que "
        "es exactamente?",
        "card:health",
    ),
    ("es", "card", "quien emite la tarjeta ciudadana, el gobierno local?", "card:citizen:issuer"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es", "compare",
        "tarjeta de seguridad social vs certificado electronico de seguro medico",
        "cmp:social:emedical",
    ),
    (
        "es", "compare",
        "en que se diferencia la tarjeta vieja de seguro medico de la tarjeta ciudadana",
        "cmp:medical:citizen",
    ),
    (
        "es", "compare",
        "tarjeta electronica de seguridad social vs tarjeta ciudadana, cual es la diferencia",
        "cmp:esocial:citizen",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es", "faq",
        "el certificado electronico de seguro medico y la tarjeta electronica de "
        "seguridad social son lo mismo?",
        "faq:5",
    ),
    (
        "es", "faq",
        "la tarjeta ciudadana y la de seguridad social son la misma tarjeta o no?",
        "faq:3",
    ),
    ("es", "faq", "cual es mi numero de seguridad social?", "faq:10"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "que dice el articulo 3 de la ley de seguro social", "law:sil-3"),
    ("es", "law", "articulo 2 de las medidas de la tarjeta de seguridad social", "law:ssc-2"),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "hola buenas, que tal causa", "greeting"),
    ("es", "greeting", "gracias, bacan la ayuda, chau", "greeting"),
)
