"""Forty-fifth phrasing set (bilingual Spanglish askers who switch between English and Spanish
inside one message), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

FORTYFIFTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "bro which card do i bring al hospital tomorrow, tengo cita con el doctor",
     "task:hospital"),
    ("en", "task", "need to buy medicina at the pharmacy, which card works there?",
     "task:pharmacy"),
    ("en", "task", "how do I get my medical expenses reimbursed? pagué like 800 kuai out of pocket",
     "task:reimburse"),
    ("en", "task", "where can I check my health records, like mi historial médico from past visits",
     "task:healthfile"),
    ("en", "task", "i wanna do medical insurance stuff online, which card o certificado do I need",
     "task:online"),
    ("en", "task", "when I retire which card do I use to get mi pensión every month",
     "task:pension"),
    ("en", "task", "lost my job last week, how do I claim unemployment benefits?? necesito ayuda",
     "task:unemployment"),
    ("en", "task", "me lastimé en el trabajo, which card handles the work injury benefits?",
     "task:injury"),
    ("en", "task", "how can I check if my company is actually paying my social insurance, "
     "quiero ver las contribuciones", "task:contributions"),
    ("en", "task", "which card lets me ride el metro y el bus without paying cash every time",
     "task:transport"),
    ("en", "task", "can i use any of these cards for the public reading room, la biblioteca del "
     "barrio?", "task:services"),
    ("en", "task", "need something to prove who I am besides my ID, which card sirve for that?",
     "task:identity"),
    ("en", "task", "how do I get a social security card, mi jefe no me ha dicho nada about it",
     "task:getsocial"),
    ("en", "task", "how do i activate the electronic social security card en mi celular",
     "task:getesocial"),
    ("en", "task", "who can get the e medical insurance certificate? yo tengo seguro médico "
     "through work", "task:getemedical"),
    ("en", "task", "how do I apply for the citizen card, soy residente local here",
     "task:getcitizen"),
    ("en", "task", "what card do I need para registrarme at the hospital front desk",
     "task:hospital"),
    ("en", "task", "can i pay the hospital bill with one of these cards or do I need efectivo",
     "task:hospital"),
    ("en", "task", "my new doctor wants my past medical records, how do I look up my health file? "
     "es urgente", "task:healthfile"),
    ("en", "task", "what's the card for buying drugs at a designated pharmacy, la farmacia de la "
     "esquina", "task:pharmacy"),
    ("en", "task", "where do I see how much has been paid into my pension account so far, cuánto "
     "llevo", "task:contributions"),
    ("en", "task", "my dad retires next month, what does he need to start receiving his pension? "
     "está nervioso", "task:pension"),
    ("en", "task", "how do I claim reimbursement for the ER visit, el seguro should cover some",
     "task:reimburse"),
    ("en", "task", "want to apply for unemployment insurance and job seeking registration, which "
     "card?? estoy desesperado", "task:unemployment"),
    ("en", "task", "got hurt at the fábrica, how do I claim industrial injury insurance",
     "task:injury"),
    ("en", "task", "do I need a special card to take the bus here or can I just use the citizen "
     "thing, no entiendo", "task:transport"),
    ("en", "task", "which card proves my identity when the landlord asks, no quiero darle "
     "copies of everything", "task:identity"),
    ("en", "task", "i wanna do my medical insurance business online pero no sé qué certificate "
     "usar", "task:online"),
    ("en", "task", "money stuff: pension, unemployment, injury... which cards handle all that, "
     "dime", "tasks:money"),
    ("en", "task", "show me everything I can do with these cards, la guía completa please",
     "tasks"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "el subway", "task:transport"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e-social", "card:esocial"),
    ("en", "short", "reimburse", "task:reimburse"),
    ("en", "short", "health file", "task:healthfile"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "law articles", "law"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "hospitl", "task:hospital"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "perdí my social security card on the bus, how do I get a replacement?",
     "none"),
    ("en", "oos", "how long does it take to get the citizen card, like semanas or months?",
     "none"),
    ("en", "oos", "how much does the social security card cost? es gratis or what", "none"),
    ("en", "oos", "my card expires next year, how do I renew it, tengo que ir en persona?",
     "none"),
    ("en", "oos", "forgot the PIN de mi tarjeta de seguridad social, what now", "none"),
    ("en", "oos", "what's the monthly pension amount I'd get, más o menos? ballpark", "none"),
    ("en", "oos", "in Shanghai is the social card different? las reglas de cada ciudad confuse me",
     "none"),
    ("en", "oos", "as a foreigner do I even have the right to social insurance here, soy de "
     "México", "none"),
    ("en", "oos", "what about the housing fund, el gongjijin, which card is that on?", "none"),
    ("en", "oos", "can i change the bank account linked to my social card, cambié de banco",
     "none"),
    ("en", "oos", "what's the retirement age in China, mi mamá quiere saber", "none"),
    ("en", "oos", "when I leave China can I cash out my pension contributions? me voy el año que "
     "viene", "none"),
    ("en", "oos", "what are the office hours of the social security bureau, abren los sábados?",
     "none"),
    ("en", "oos", "does Alipay have the e social card or do I need WeChat, cuál app uso", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what is the electronic medical insurance certificate exactly? nunca lo he "
     "usado", "card:emedical"),
    ("en", "card", "who's in charge of managing health cards, los hospitales or the government?",
     "card:health:manager"),
    ("en", "card", "what info does the social security card record, mi nombre, mi ID, what else?",
     "card:social:records"),
    ("en", "card", "is the old medical insurance card safe? leí que no tiene key management",
     "card:medical:security"),
    ("en", "card", "the citizen card, is it a physical card o es solo digital?",
     "card:citizen:form"),
    ("en", "card", "tell me everything about the e-social card, todo todo", "card:esocial"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "what's the difference between the health card and the citizen card, son "
     "parecidas?", "cmp:health:citizen"),
    ("en", "compare", "old medical insurance card vs the new electronic medical certificate, qué "
     "cambia", "cmp:medical:emedical"),
    ("en", "compare", "social security card vs electronic social security card, how are they "
     "different? no sé", "cmp:social:esocial"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is the health card a social security card or no? mi amiga dice que sí",
     ("faq:1", "cmp:social:health")),
    ("en", "faq", "are human resources and social security cards actually social security cards? "
     "the name me confunde", "faq:4"),
    ("en", "faq", "what types of social insurance exist? pensión, médico, what else",
     "faq:6"),
    ("en", "faq", "how many days does my employer have to register me for social insurance? mi "
     "jefe dice que no hay prisa", ("faq:9", "law:sil-58")),
    ("en", "faq", "what is my social security number, es el mismo que mi ID number?", "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 3 of the Administrative Measures on Social Security Cards "
     "say, quién manda", "law:ssc-3"),
    ("en", "law", "article 75 of the social insurance law, the one about the information system, "
     "qué dice?", "law:sil-75"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hola! hi, just found this bot", "greeting"),
    ("en", "greeting", "thanks so much, me salvaste", "greeting"),
    ("en", "greeting", "ok bye, nos vemos", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "oye which card llevo al hospital mañana, tengo appointment con el doctor",
     "task:hospital"),
    ("es", "task", "necesito comprar medicine en la farmacia, qué tarjeta uso?", "task:pharmacy"),
    ("es", "task", "cómo hago el reimbursement de mis gastos médicos del mes pasado",
     "task:reimburse"),
    ("es", "task", "quiero ver mi health file, mis registros médicos, dónde lo consulto",
     "task:healthfile"),
    ("es", "task", "para hacer trámites del seguro médico online qué necesito? todo es por app "
     "ahora", "task:online"),
    ("es", "task", "me voy a jubilar pronto, con qué tarjeta cobro la pension", "task:pension"),
    ("es", "task", "me despidieron del job y quiero pedir el seguro de desempleo, qué card "
     "necesito", "task:unemployment"),
    ("es", "task", "tuve un accidente en el trabajo, cómo pido los beneficios de work injury",
     "task:injury"),
    ("es", "task", "cómo reviso si mi empresa está pagando mis contributions al seguro social",
     "task:contributions"),
    ("es", "task", "qué tarjeta sirve para el subway y el bus aquí", "task:transport"),
    ("es", "task", "se puede usar alguna tarjeta en la sala de lectura pública? the public library "
     "thing", "task:services"),
    ("es", "task", "necesito algo para probar mi identidad, qué card me sirve como ID",
     "task:identity"),
    ("es", "task", "cómo saco la tarjeta de seguridad social? acabo de empezar un trabajo nuevo, "
     "first job", "task:getsocial"),
    ("es", "task", "cómo activo la tarjeta electrónica de seguridad social en el phone, ya tengo "
     "la física", "task:getesocial"),
    ("es", "task", "quién puede obtener el certificado electrónico de seguro médico? how do I get "
     "it", "task:getemedical"),
    ("es", "task", "cómo consigo la citizen card, vivo aquí hace años", "task:getcitizen"),
    ("es", "task", "para registrarme en el hospital qué tarjeta pido, la recepcionista only speaks "
     "chinese", "task:hospital"),
    ("es", "task", "puedo pagar la cuenta del hospital con la tarjeta o necesito cash",
     "task:hospital"),
    ("es", "task", "quiero consultar mi expediente de salud, my medical history completo",
     "task:healthfile"),
    ("es", "task", "en la designated pharmacy me pidieron una tarjeta, cuál es?",
     "task:pharmacy"),
    ("es", "task", "cuánto llevo acumulado en el seguro de vejez? how do I check eso",
     "task:contributions"),
    ("es", "task", "mi papá ya se jubiló, qué necesita para recibir his pension cada mes",
     "task:pension"),
    ("es", "task", "me operaron y pagué todo yo, cómo recupero ese money del seguro médico",
     "task:reimburse"),
    ("es", "task", "quiero hacer la unemployment registration y buscar chamba, qué tarjeta llevo",
     "task:unemployment"),
    ("es", "task", "me cayó algo en el pie en la obra, how do I apply for industrial injury "
     "benefits, con qué tarjeta", "task:injury"),
    ("es", "task", "el metro me cobra cash cada vez, hay alguna card para eso?",
     "task:transport"),
    ("es", "task", "qué tarjeta necesito para servicios públicos locales, like la biblioteca o "
     "reading rooms", "task:services"),
    ("es", "task", "qué cosas de la vida diaria puedo hacer con estas cards, transporte, "
     "identidad, etc", "tasks:life"),
    ("es", "task", "cómo se saca cada tarjeta? give me todas las opciones", "tasks:getcard"),
    ("es", "task", "qué hago si necesito atención médica, doctor, farmacia, reembolso... all the "
     "care stuff", "tasks:care"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta segur", "card:social"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "reembol", "task:reimburse"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "tarjetas", "cards"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "se me perdió la tarjeta de seguridad social en el Didi, cómo pido una nueva? "
     "help", "none"),
    ("es", "oos", "cuánto tiempo tarda en llegar la social security card después de aplicar",
     "none"),
    ("es", "oos", "cuánto cuesta hacer la citizen card? o es free?", "none"),
    ("es", "oos", "mi tarjeta ya expiró, cómo la renuevo, do I need to go in person", "none"),
    ("es", "oos", "olvidé el PIN / password de la tarjeta, qué hago", "none"),
    ("es", "oos", "cuánto me van a dar de pension al mes si gano 10k", "none"),
    ("es", "oos", "en Guangzhou cómo funciona la tarjeta? each city has its own rules no?",
     "none"),
    ("es", "oos", "los extranjeros tenemos derecho al seguro social en China? I'm from Venezuela",
     "none"),
    ("es", "oos", "el housing fund (公积金) va en la misma tarjeta? cómo lo retiro", "none"),
    ("es", "oos", "quiero cambiar la cuenta bancaria de mi tarjeta social, switched banks",
     "none"),
    ("es", "oos", "a qué edad me puedo jubilar en China? my coworker says 60", "none"),
    ("es", "oos", "si me regreso a mi país puedo sacar mi dinero del seguro social? like a refund",
     "none"),
    ("es", "oos", "cuál es el porcentaje que paga el empleador del seguro médico, the rate",
     "none"),
    ("es", "oos", "dónde queda la oficina de seguridad social más cercana, I'm in Chaoyang",
     "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "qué es la tarjeta de salud? my clinic keeps asking for it", "card:health"),
    ("es", "card", "quién emite la tarjeta de seguridad social, the ministry o el banco?",
     "card:social:issuer"),
    ("es", "card", "para qué sirve la citizen card exactamente", "card:citizen:function"),
    ("es", "card", "qué ley regula la tarjeta de seguridad social? need the legal basis",
     "card:social:legal"),
    ("es", "card", "el viejo medical insurance card, qué era? la tengo guardada en un cajón",
     "card:medical"),
    ("es", "card", "quién gestiona la tarjeta electrónica de seguridad social? who runs it",
     "card:esocial:manager"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "diferencia entre la tarjeta de seguro médico vieja y la health card?",
     "cmp:medical:health"),
    ("es", "compare", "la citizen card vs la e-social card, en qué se diferencian?",
     "cmp:esocial:citizen"),
    ("es", "compare", "compárame la tarjeta de salud con el certificado electrónico de seguro "
     "médico, side by side", "cmp:emedical:health"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "la tarjeta de seguridad social es lo mismo que la de seguro médico? I'm so "
     "confused", ("faq:2", "cmp:social:medical")),
    ("es", "faq", "la tarjeta ciudadana y la social security card son la misma?",
     ("faq:3", "cmp:social:citizen")),
    ("es", "faq", "el certificado electrónico de seguro médico y la tarjeta electrónica de "
     "seguridad social son lo mismo? same thing?", ("faq:5", "cmp:esocial:emedical")),
    ("es", "faq", "qué registra la tarjeta de seguridad social y qué puedo hacer con ella, like "
     "everything", "faq:7"),
    ("es", "faq", "qué tipos de tarjeta de seguridad social hay? personal, employer...?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice el artículo 3 de la ley de seguro social, the principles one",
     "law:sil-3"),
    ("es", "law", "el artículo 74, ese de los records de contribuciones, me lo explicas?",
     "law:sil-74"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "buenas! hello hello", "greeting"),
    ("es", "greeting", "muchas gracias, super helpful", "greeting"),
    ("es", "greeting", "chao, see you", "greeting"),
)
