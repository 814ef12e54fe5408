"""Hundred-and-sixty-sixth phrasing set (people who mix up two cards inside their own
question), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDSIXTYSIXTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "my company gave me a medical insurance card but everyone calls it the social card..."
            " which one do I show at the hospital registration desk?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "going to the doctor tmrw, do i bring the health card or the citizen card? i think "
            "they're the same thing"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "what everyday stuff can the citizen card do, like buses and public services, or is "
            "all that on the social card?"
        ),
        "tasks:life",
    ),
    (
        "en",
        "task",
        (
            "which card lets me buy medicine at the pharmacy, the shebao one or the citizen "
            "health card?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "can i use the electronic social security card on my phone to buy meds at a pharmacy?"
            " or is that the medical e-certificate"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "I paid a big hospital bill, how do I get the money back with my health card (the "
            "social security one i mean)?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "reimbursing medical costs — do I need the citizen card or the medical insurance "
            "card? I think the medical one replaced the citizen card"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "how do I look at my health records, do I log in with the electronic medical "
            "insurance card thing?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "where can i see my medical history file, my friend says it's stored on the social "
            "card not the health card"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "i want to do my medical insurance stuff online, which ID do I need, the e-social-"
            "security one?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "to handle medical insurance business on the internet do I use the electronic social "
            "card or the electronic health card?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "my father-in-law wants to collect his retirement pension, does he use his medical "
            "insurance card for that?"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "which of these cards can I actually apply for myself? I keep confusing the medical "
            "card with the social card"
        ),
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        (
            "lost my job last week. can I claim unemployment with the health card or do i need "
            "the social security one"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "applying for unemployment benefits - is the medical card enough or do i need the "
            "human resources card, are those different?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "I got hurt at work, which card do I need for injury benefits, the medical insurance "
            "one since it's an injury?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "work accident, need the labor capacity appraisal thing... do I bring my citizen card"
            " or my social card? they merged in my city i think"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "how can I check how much my employer has paid in? can I see it on the health card app?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "want to see my pension and medical payment history, is that on the medical insurance"
            " card or the social security card"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "can I take the metro with my social security card? my coworker said social card = "
            "citizen card"
        ),
        "task:transport",
    ),
    ("en", "task", "does the health card work on buses? the city card, I mean", "task:transport"),
    (
        "en",
        "task",
        (
            "can i use my shebao card at the public library reading room or is that only the "
            "citizen one"
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "need to prove my identity at a government counter, will the medical insurance card "
            "do? it has my photo... or was that the social card"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        "which card works as ID? someone told me the health card is like a second ID card",
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "how do I apply for the social security card, is it the same application as the "
            "medical insurance card?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "how do I get the electronic social security card, do I need to have the citizen card"
            " first?"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "who can get the electronic medical insurance certificate, is it anyone with an "
            "e-social security card?"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "how do I get a citizen card, do I apply through social security like the shebao card?",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "what can I do for doctors and medicine with the social health card thing?",
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "what money stuff can I handle — pension, unemployment etc — with the medical "
            "insurance card or the citizen card?"
        ),
        "tasks:money",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "social medical card", ("faq:2", "cmp:social:medical")),
    ("en", "short", "citizen social card", ("faq:3", "cmp:social:citizen")),
    ("en", "short", "health social card", ("faq:1", "cmp:social:health")),
    ("en", "short", "e medical social", ("faq:5", "cmp:esocial:emedical")),
    ("en", "short", "human resources card", ("faq:4", "card:social")),
    ("en", "short", "citizen health card", "cmp:health:citizen"),
    ("en", "short", "e-medical card", "card:emedical"),
    ("en", "short", "medical card pharm", "task:pharmacy"),
    ("en", "short", "citizen card metro", "task:transport"),
    ("en", "short", "social card pensio", "task:pension"),
    ("en", "short", "health card reimb", "task:reimburse"),
    ("en", "short", "esocial activ", "task:getesocial"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        (
            "I lost my medical insurance card, or the social card, whatever it's called — how do "
            "I replace it?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        "how long does it take to get the citizen social security card after applying?",
        "none",
    ),
    (
        "en",
        "oos",
        "how much does it cost to make a health card / social card at the hospital?",
        "none",
    ),
    (
        "en",
        "oos",
        "what's the hotline number for the electronic medical social security office?",
        "none",
    ),
    (
        "en",
        "oos",
        "what time does the shebao office open on saturdays, I need my health card fixed",
        "none",
    ),
    (
        "en",
        "oos",
        "as a foreigner on a work visa can I get the citizen card? or is that the social card",
        "none",
    ),
    ("en", "oos", "can I use my chinese medical insurance card back home in the UK?", "none"),
    (
        "en",
        "oos",
        "forgot the PIN for my social security card, the medical one, how do i reset it",
        "none",
    ),
    (
        "en",
        "oos",
        "can I transfer my pension to my home country when I leave china, using the citizen card?",
        "none",
    ),
    (
        "en",
        "oos",
        "my health card and social card spell my name differently, how do I fix the pinyin?",
        "none",
    ),
    (
        "en",
        "oos",
        "which bank should I pick for my medical insurance card (the social security bank card)?",
        "none",
    ),
    (
        "en",
        "oos",
        "does the electronic social security card work inside alipay or wechat pay?",
        "none",
    ),
    (
        "en",
        "oos",
        "can my kid get a health insurance card... the citizen card for children? from what age?",
        "none",
    ),
    (
        "en",
        "oos",
        "my employer hasn't paid my medical card contributions for 3 months, how big is the fine?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        (
            "who issues the electronic medical insurance certificate? the human resources "
            "ministry like the e-social card?"
        ),
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        (
            "what does the health card record? I thought my social security card held my medical "
            "history"
        ),
        "card:health:records",
    ),
    (
        "en",
        "card",
        (
            "what is the citizen card actually? i've been calling my shebao card 'citizen card' "
            "for a year"
        ),
        ("card:citizen", "card:citizen:what"),
    ),
    (
        "en",
        "card",
        (
            "is the social security card physical or only on the phone? I mix it up with the "
            "e-medical thing"
        ),
        "card:social:form",
    ),
    (
        "en",
        "card",
        (
            "how secure is the old medical card? my social card has a chip, does the medical card"
            " have one too?"
        ),
        "card:medical:security",
    ),
    (
        "en",
        "card",
        "who manages the health card — the social security bureau like the other cards?",
        "card:health:manager",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "how is the social card different from the health card? my hospital calls the health "
            "card 'social card'"
        ),
        ("cmp:social:health", "faq:1"),
    ),
    (
        "en",
        "compare",
        (
            "difference between the physical shebao card and the electronic one? I thought the "
            "electronic one was the medical certificate"
        ),
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        (
            "citizen card vs medical insurance card - what's the difference? my landlord says the"
            " citizen card IS the medical card"
        ),
        "cmp:medical:citizen",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "is the hospital health card a type of social security card or something separate?",
        "faq:1",
    ),
    (
        "en",
        "faq",
        "is the shebao card the same thing as the yibao card? HR uses both words for my one card",
        "faq:2",
    ),
    ("en", "faq", "my city card — is it my social security card too? are they one card?", "faq:3"),
    (
        "en",
        "faq",
        "what kinds of social insurance exist? my boss said the medical card covers all of them",
        "faq:6",
    ),
    (
        "en",
        "faq",
        "what's my social security number, is it the number printed on my medical card?",
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "which law says my employer has to register me for the medical card within 30 days?",
        ("law:sil-58", "faq:9"),
    ),
    (
        "en",
        "law",
        "what regulation says the human resources card must be usable nationwide? which article?",
        "law:ssc-4",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi! sorry in advance, I always mix up shebao and yibao", "greeting"),
    ("en", "greeting", "thanks!! so the health card isn't the social card, got it", "greeting"),
    ("en", "greeting", "ok bye, off to find my citizen... i mean social card", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "¿con qué tarjeta pido cita en el hospital, la sanitaria o la ciudadana? creo que son"
            " la misma"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "voy al médico mañana y tengo la tarjeta electrónica del seguro social, o del seguro "
            "médico, no sé cuál es... ¿cuál enseño?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "¿puedo comprar medicinas en la farmacia con la tarjeta de salud? la que me dio la "
            "seguridad social"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "para la farmacia sirve la tarjeta ciudadana o solo la del seguro médico viejo?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "pagué una factura del hospital, ¿cómo me reembolsan los gastos con la tarjeta "
            "ciudadana de seguridad social?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "quiero que me devuelvan lo del médico, ¿uso la tarjeta de salud o la de la seguridad"
            " social?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "¿dónde consulto mi historial médico? ¿está en la tarjeta de seguridad social o en la"
            " del seguro médico?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "quiero ver mi expediente de salud, ¿la tarjeta sanitaria electrónica sirve para eso?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "¿cómo hago trámites del seguro médico por internet? ¿con la tarjeta electrónica de "
            "seguridad social?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        "para gestionar el seguro médico en línea, ¿necesito el certificado ciudadano electrónico?",
        "task:online",
    ),
    (
        "es",
        "task",
        "mi suegra se jubila, ¿cobra la pensión con la tarjeta del seguro médico?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "¿qué puedo hacer con esta tarjeta social-ciudadana? ¿hay una guía de trámites?",
        "tasks",
    ),
    (
        "es",
        "task",
        (
            "me quedé sin trabajo, ¿pido el paro con la tarjeta ciudadana o con la de seguridad "
            "social?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "subsidio de desempleo: ¿basta con la tarjeta sanitaria o hace falta la de recursos "
            "humanos?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "tuve un accidente en el trabajo, ¿qué tarjeta uso para las prestaciones, la del "
            "seguro médico porque es una lesión?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "enfermedad laboral: ¿la evaluación de capacidad laboral se tramita con la tarjeta de"
            " salud?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "¿cómo veo cuánto ha cotizado mi empresa? ¿sale en la tarjeta electrónica del seguro "
            "médico?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¿qué tarjetas puedo solicitar yo? no distingo la de salud de la del seguro médico",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "¿puedo pagar el metro con la tarjeta de la seguridad social? mi compañero dice que "
            "es igual que la ciudadana"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        "¿la tarjeta sanitaria sirve para el autobús? digo, la tarjeta ciudadana",
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "¿puedo usar la tarjeta del seguro social en la sala de lectura pública o eso es con "
            "la ciudadana?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "necesito demostrar quién soy en una oficina, ¿vale la tarjeta del seguro médico? "
            "tiene mi foto... ¿o era la de seguridad social?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "¿la tarjeta de salud sirve como documento de identidad? me dijeron que es como un "
            "segundo DNI"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        "¿cómo saco la tarjeta de seguridad social? ¿es el mismo trámite que la tarjeta sanitaria?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "¿cómo consigo la tarjeta electrónica de seguridad social? ¿necesito antes el "
            "certificado médico electrónico?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "¿quién puede obtener el certificado electrónico de seguro médico? ¿cualquiera con la"
            " tarjeta ciudadana?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "¿cómo consigo la tarjeta ciudadana? ¿se pide en la seguridad social como la otra?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "¿qué puedo hacer para médicos y medicinas con la tarjeta sanitaria de la seguridad "
            "social?"
        ),
        "tasks:care",
    ),
    (
        "es",
        "task",
        (
            "¿qué trámites de dinero (pensión, paro...) hago con la tarjeta del seguro médico o "
            "con la ciudadana?"
        ),
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "¿qué cosas del día a día puedo hacer con mis tarjetas? transporte, servicios... "
            "confundo la ciudadana con la social"
        ),
        "tasks:life",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "seguro médico social", ("faq:2", "cmp:social:medical")),
    ("es", "short", "ciudadana social", ("faq:3", "cmp:social:citizen")),
    ("es", "short", "tarjeta salud social", ("faq:1", "cmp:social:health")),
    ("es", "short", "certificado electrónico social", ("faq:5", "cmp:esocial:emedical")),
    ("es", "short", "tarjeta recursos humanos", ("faq:4", "card:social")),
    ("es", "short", "tarjeta ciudadana salud", "cmp:health:citizen"),
    ("es", "short", "tarjeta sanitaria electr", "card:emedical"),
    ("es", "short", "seguro médico metro", "task:transport"),
    ("es", "short", "ciudadana farmac", "task:pharmacy"),
    ("es", "short", "tarjeta salud pensi", "task:pension"),
    ("es", "short", "sanitaria desempleo", "task:unemployment"),
    ("es", "short", "activar tarjeta social electr", "task:getesocial"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta sanitaria, o la de seguridad social, ¿cómo pido otra?", "none"),
    ("es", "oos", "¿cuánto tarda en llegar la tarjeta ciudadana de la seguridad social?", "none"),
    ("es", "oos", "¿cuánto cuesta hacer la tarjeta de salud del seguro médico?", "none"),
    ("es", "oos", "¿cuál es el teléfono de la oficina del certificado electrónico social?", "none"),
    (
        "es",
        "oos",
        "¿a qué hora abre la oficina del shebao? tengo que arreglar mi tarjeta de salud",
        "none",
    ),
    (
        "es",
        "oos",
        (
            "soy extranjero con visado de trabajo, ¿me dan la tarjeta ciudadana o solo la de "
            "seguridad social?"
        ),
        "none",
    ),
    ("es", "oos", "¿puedo usar mi tarjeta sanitaria china cuando vuelva a España?", "none"),
    (
        "es",
        "oos",
        "olvidé el PIN de la tarjeta de seguridad social, la del seguro médico, ¿cómo lo cambio?",
        "none",
    ),
    (
        "es",
        "oos",
        "cuando me vaya de China, ¿puedo sacar lo cotizado de la pensión con la tarjeta ciudadana?",
        "none",
    ),
    (
        "es",
        "oos",
        "mi nombre sale mal escrito en la tarjeta de salud social, ¿cómo lo corrijo?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿qué banco me conviene para la tarjeta del seguro médico, o sea la de seguridad social?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿la tarjeta electrónica del seguro médico social funciona en WeChat Pay?",
        "none",
    ),
    ("es", "oos", "¿mi hijo de 3 años puede tener tarjeta ciudadana sanitaria?", "none"),
    ("es", "oos", "¿cuánto le multan a mi empresa si no paga mi tarjeta sanitaria?", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        (
            "¿quién emite la tarjeta electrónica de seguridad social? ¿la Administración del "
            "Seguro Médico como el certificado?"
        ),
        "card:esocial:issuer",
    ),
    (
        "es",
        "card",
        (
            "¿qué datos guarda la tarjeta de seguridad social? pensaba que eso lo hacía la "
            "tarjeta de salud"
        ),
        "card:social:records",
    ),
    (
        "es",
        "card",
        (
            "¿qué es exactamente el certificado electrónico del seguro médico? yo lo llamo 'la "
            "tarjeta social del móvil'"
        ),
        ("card:emedical", "card:emedical:what"),
    ),
    (
        "es",
        "card",
        "¿la tarjeta ciudadana para qué sirve? yo pensaba que era la sanitaria",
        "card:citizen:function",
    ),
    (
        "es",
        "card",
        (
            "¿quién puede tener la tarjeta electrónica del seguro social? ¿es como el certificado"
            " médico, que lo tiene cualquier asegurado?"
        ),
        ("card:esocial:eligibility", "task:getesocial"),
    ),
    (
        "es",
        "card",
        (
            "¿hasta dónde se puede usar la tarjeta de seguridad social? ¿solo en mi ciudad como "
            "la ciudadana?"
        ),
        "card:social:scope",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "diferencias entre la tarjeta de salud y la tarjeta ciudadana, que en mi barrio "
            "llaman 'tarjeta sanitaria' a las dos"
        ),
        "cmp:health:citizen",
    ),
    (
        "es",
        "compare",
        (
            "tarjeta de seguridad social vs tarjeta del seguro médico, ¿en qué se diferencian? yo"
            " las uso como si fueran una"
        ),
        "cmp:social:medical",
    ),
    (
        "es",
        "compare",
        (
            "¿en qué se diferencia la tarjeta física de seguridad social de la electrónica? creía"
            " que la electrónica era del seguro médico"
        ),
        "cmp:social:esocial",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "¿son lo mismo el certificado electrónico del seguro médico y la tarjeta electrónica "
            "de seguridad social? los confundo siempre"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        (
            "¿la tarjeta de recursos humanos y seguridad social es una tarjeta de seguridad "
            "social o es otra, como la del seguro médico?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "¿qué registra la tarjeta de seguridad social y qué puedo hacer con ella? (yo la "
            "llamo la sanitaria)"
        ),
        "faq:7",
    ),
    (
        "es",
        "faq",
        "¿qué tipos de tarjeta de seguridad social hay? ¿la ciudadana es uno de ellos?",
        "faq:8",
    ),
    (
        "es",
        "faq",
        (
            "¿cuándo tiene que darme de alta mi empresa en el seguro social? es para sacar la "
            "tarjeta sanitaria"
        ),
        "faq:9",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        (
            "¿qué artículo dice que la tarjeta de salud de la seguridad social es una tarjeta de "
            "circuito integrado?"
        ),
        "law:ssc-2",
    ),
    (
        "es",
        "law",
        (
            "¿cuáles son los principios del seguro social según la ley? lo de amplia cobertura, "
            "lo leí en la web del certificado médico"
        ),
        "law:sil-3",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    (
        "es",
        "greeting",
        "hola, perdón, siempre confundo la tarjeta ciudadana con la de seguridad social",
        "greeting",
    ),
    (
        "es",
        "greeting",
        "¡gracias! ya entendí que la tarjeta de salud no es la del seguro social",
        "greeting",
    ),
    ("es", "greeting", "vale, hasta luego", "greeting"),
)
