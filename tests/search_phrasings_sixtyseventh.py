"""Sixty-seventh phrasing set (askers who mix up the cards, use one card's name for another or ask
whether two are the same, and askers who ask things just outside the sources), written blind from
the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

SIXTYSEVENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "my friend said i need the health card to claim my pension, is he mixing things "
     "up?", "task:pension"),
    ("en", "task", "which card gets me my retirement money, the citizen card or the social one",
     "task:pension"),
    ("en", "task", "i lost my job. do i use the medical insurance card for unemployment benefit or "
     "some other card??", "task:unemployment"),
    ("en", "task", "Is it the citizen card I show when I sign up for unemployment pay? I always "
     "confuse them", "task:unemployment"),
    ("en", "task", "hurt my hand at the factory. hr says health card, my roommate says social "
     "security card. which one for injury benefits", "task:injury"),
    ("en", "task", "at the hospital they asked for my card and i showed my bus card (citizen card) "
     "- was that the right one to register?", "task:hospital"),
    ("en", "task", "which card do i hand over at the doctor, health card or medical insurance "
     "card, they sound like the same thing to me", "task:hospital"),
    ("en", "task", "buying medicine at a pharmacy - does the electronic social security card work "
     "or is that the medical one", "task:pharmacy"),
    ("en", "task", "can i pay at the drugstore with my citizen card or do they only take the "
     "social security card", "task:pharmacy"),
    ("en", "task", "I want my hospital bills reimbursed. Is that the health card's job or the "
     "social security card's?", "task:reimburse"),
    ("en", "task", "which card gets medical expenses paid back to me? i have three cards and no "
     "idea", "task:reimburse"),
    ("en", "task", "where can i see my medical records, i thought it was the electronic medical "
     "insurance thing", "task:healthfile"),
    ("en", "task", "want to look at my health file, is that on the social security card?",
     "task:healthfile"),
    ("en", "task", "to handle medical insurance online is it the e social security card i need? i "
     "mean the electronic one in the app", "task:online"),
    ("en", "task", "which one is for medical insurance business on the internet, the e-card from "
     "hrss or the one from the medical insurance administration", "task:online"),
    ("en", "task", "how do I see what my employer has actually paid into my social insurance? the "
     "health card app?", "task:contributions"),
    ("en", "task", "checking my contributions — citizen card or social security card?",
     "task:contributions"),
    ("en", "task", "can the social security card be used on the subway, or am i thinking of the "
     "citizen card", "task:transport"),
    ("en", "task", "which card gets me into the public reading room? tried my health card lol",
     "task:services"),
    ("en", "task", "I need to prove who I am at a government office, will the health card count as "
     "ID?", "task:identity"),
    ("en", "task", "which of these cards works as identification, i thought they all did",
     "task:identity"),
    ("en", "task", "how do i get a social security card, do i apply at the hospital like the "
     "health card?", "task:getsocial"),
    ("en", "task", "my boss said the medical insurance card got replaced, so how do I get the new "
     "social security card", "task:getsocial"),
    ("en", "task", "how do i get the electronic social security card, can i do it without the "
     "physical one?", "task:getesocial"),
    ("en", "task", "How do I obtain the electronic medical insurance certificate? Do I need the "
     "social security card first, like with the e social card?", "task:getemedical"),
    ("en", "task", "how do i get a citizen card, is it the same office that does social security "
     "cards", "task:getcitizen"),
    ("en", "task", "I'm sick — which cards do I need for all the medical stuff, doctor, meds, "
     "getting money back?", "tasks:care"),
    ("en", "task", "pension, unemployment, work injury... which card handles the money side of "
     "things, i keep grabbing the wrong one", "tasks:money"),
    ("en", "task", "for everyday life stuff like the bus, the library and showing ID, which card?",
     "tasks:life"),
    ("en", "task", "just tell me for each thing i need to do which card i should use, all six blur "
     "together", "tasks"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "health crd", "card:health"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e social", "card:esocial"),
    ("en", "short", "e-medical cert", "card:emedical"),
    ("en", "short", "old medcard", "card:medical"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "subway card", "task:transport"),
    ("en", "short", "social medical", ("cmp:social:medical", "faq:2")),
    ("en", "short", "health=social?", ("cmp:social:health", "faq:1")),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "article 58", "law:sil-58"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "is the health card the same as the health certificate restaurant workers need?",
     "none"),
    ("en", "oos", "is my social security card also my housing fund card?", "none"),
    ("en", "oos", "the electronic medical insurance certificate — is that the same as the health "
     "code app from covid times?", "none"),
    ("en", "oos", "I left my social security card in a taxi, how do I replace it", "none"),
    ("en", "oos", "how long does it take for the citizen card to arrive after applying", "none"),
    ("en", "oos", "how much does it cost to make a social security card", "none"),
    ("en", "oos", "forgot the pin on my social security card what now", "none"),
    ("en", "oos", "my social security card expires next month, how do I renew it", "none"),
    ("en", "oos", "what percent of my salary goes to pension insurance", "none"),
    ("en", "oos", "as a foreigner can I get a citizen card in Hangzhou?", "none"),
    ("en", "oos", "which cities have merged the citizen card and the social security card into "
     "one?", "none"),
    ("en", "oos", "can I get my pension contributions refunded when I leave China for good",
     "none"),
    ("en", "oos", "can my kid use my medical insurance personal account for her medicine", "none"),
    ("en", "oos", "is the medical insurance card the same thing as the commercial health insurance "
     "my company gives me?", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "who issues the electronic medical insurance certificate? is it human resources "
     "like the e social card?", "card:emedical:issuer"),
    ("en", "card", "was the old medical insurance card issued by the social security bureau or by "
     "a bank", "card:medical:issuer"),
    ("en", "card", "what does the health card record? i thought it had my insurance payments on it",
     "card:health:records"),
    ("en", "card", "is the electronic social security card a real plastic card or only on the "
     "phone", "card:esocial:form"),
    ("en", "card", "who manages health cards, the same ministry as social security?",
     "card:health:manager"),
    ("en", "card", "what's the citizen card for? i thought it was just for hospitals like the "
     "health card", "card:citizen:function"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "health card vs citizen card, aren't they the same since both work at the "
     "hospital?", "cmp:health:citizen"),
    ("en", "compare", "the old medical insurance card and the electronic medical insurance "
     "certificate - is the e one just the digital version?", "cmp:medical:emedical"),
    ("en", "compare", "difference between the social security card and the electronic one? or are "
     "they one and the same", "cmp:social:esocial"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is the human resources and social security card a different card from the "
     "social security card", "faq:4"),
    ("en", "faq", "are the citizen card and social security card basically one card?",
     ("cmp:social:citizen", "faq:3")),
    ("en", "faq", "is the electronic medical insurance certificate the same as the electronic "
     "social security card", ("cmp:esocial:emedical", "faq:5")),
    ("en", "faq", "what's my social security number — is it a separate number from my ID card?",
     "faq:10"),
    ("en", "faq", "my employer says they'll register me for social insurance after probation, when "
     "do they actually have to do it?", "faq:9"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "is article 58 part of the social security card measures or the social insurance "
     "law? what does it say", "law:sil-58"),
    ("en", "law", "article 3 of the social security card measures (not the insurance law one), "
     "what does it say?", "law:ssc-3"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hello", "greeting"),
    ("en", "greeting", "thanks, that cleared up my mixup", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "para cobrar la jubilación uso la tarjeta sanitaria o la de seguridad social? "
     "siempre las confundo", "task:pension"),
    ("es", "task", "me quedé sin trabajo, ¿con la tarjeta ciudadana puedo pedir el paro?",
     "task:unemployment"),
    ("es", "task", "la tarjeta del seguro médico sirve para pedir la prestación por desempleo?",
     "task:unemployment"),
    ("es", "task", "tuve un accidente en la obra, qué tarjeta necesito para las prestaciones por "
     "lesión laboral, la sanitaria?", "task:injury"),
    ("es", "task", "me lastimé trabajando y en rrhh me hablan de una tarjeta, cuál es la de "
     "accidentes de trabajo", "task:injury"),
    ("es", "task", "para pedir cita en el hospital llevo la tarjeta ciudadana o la sanitaria",
     "task:hospital"),
    ("es", "task", "voy al médico mañana y tengo tres tarjetas, cuál enseño en ventanilla para "
     "pagar", "task:hospital"),
    ("es", "task", "en la farmacia me pidieron la tarjeta, es la de seguridad social o el "
     "certificado electrónico?", "task:pharmacy"),
    ("es", "task", "puedo comprar medicinas con la tarjeta de ciudadano o solo con la del seguro "
     "social", "task:pharmacy"),
    ("es", "task", "quiero que me reembolsen los gastos médicos, eso va con la tarjeta sanitaria "
     "verdad?", "task:reimburse"),
    ("es", "task", "con qué tarjeta me devuelven lo que pagué en el hospital", "task:reimburse"),
    ("es", "task", "dónde consulto mi historial médico? pensaba que estaba en la tarjeta de "
     "seguridad social", "task:healthfile"),
    ("es", "task", "para hacer trámites del seguro médico por internet, uso la tarjeta electrónica "
     "de seguridad social?", "task:online"),
    ("es", "task", "qué necesito para gestionar el seguro médico en línea, el carné electrónico de "
     "recursos humanos o el de la administración de seguros médicos", "task:online"),
    ("es", "task", "cómo veo cuánto ha cotizado mi empresa por mí, con la tarjeta del seguro "
     "médico?", "task:contributions"),
    ("es", "task", "quiero revisar mis aportaciones a la seguridad social, qué tarjeta uso",
     "task:contributions"),
    ("es", "task", "la tarjeta de seguridad social sirve para el metro o esa es la ciudadana?",
     "task:transport"),
    ("es", "task", "qué tarjeta pago en el autobús, probé con la sanitaria y nada jaja",
     "task:transport"),
    ("es", "task", "para entrar en la sala de lectura pública me pidieron una tarjeta, cuál es",
     "task:services"),
    ("es", "task", "necesito identificarme en una oficina, vale la tarjeta del seguro médico como "
     "documento?", "task:identity"),
    ("es", "task", "cómo consigo la tarjeta de seguridad social, se pide en el hospital como la "
     "sanitaria?", "task:getsocial"),
    ("es", "task", "mi empresa dice que la tarjeta del seguro médico ya no vale, cómo saco la de "
     "seguridad social", "task:getsocial"),
    ("es", "task", "cómo activo la tarjeta electrónica de seguridad social, me hace falta la "
     "física?", "task:getesocial"),
    ("es", "task", "cómo obtengo el certificado electrónico de seguro médico, necesito primero la "
     "tarjeta de seguridad social como con la electrónica?", "task:getemedical"),
    ("es", "task", "quién puede sacarse la tarjeta ciudadana y dónde se pide? la confundo con la "
     "de la seguridad social", "task:getcitizen"),
    ("es", "task", "estoy enfermo y no sé qué tarjeta usar para el médico, las medicinas y los "
     "reembolsos", "tasks:care"),
    ("es", "task", "pensión, paro, accidente laboral... qué tarjeta para todo lo que es dinero?",
     "tasks:money"),
    ("es", "task", "para el día a día, bus, biblioteca, identificarme, qué tarjeta me sirve",
     "tasks:life"),
    ("es", "task", "cómo se consigue cada tarjeta? la social, la electrónica, el certificado "
     "médico, la ciudadana", "tasks:getcard"),
    ("es", "task", "hazme una guía: para cada trámite qué tarjeta uso, que me hago un lío",
     "tasks"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta sanit", "card:health"),
    ("es", "short", "tarj ciudadana", "card:citizen"),
    ("es", "short", "seg social", "card:social"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "carné médico", "card:medical"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "sanitaria=social?", ("cmp:social:health", "faq:1")),
    ("es", "short", "número SS", "faq:10"),
    ("es", "short", "artículo 74", "law:sil-74"),
    ("es", "short", "cotizaciones", "task:contributions"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "la tarjeta sanitaria es lo mismo que el certificado de salud que piden para "
     "trabajar en cocina?", "none"),
    ("es", "oos", "la tarjeta de seguridad social sirve también para el fondo de vivienda?",
     "none"),
    ("es", "oos", "el certificado electrónico de seguro médico es el mismo que el código de salud "
     "del covid?", "none"),
    ("es", "oos", "se me perdió la tarjeta ciudadana, cómo pido un duplicado", "none"),
    ("es", "oos", "cuánto tardan en darme la tarjeta de seguridad social", "none"),
    ("es", "oos", "cuánto cuesta sacar la tarjeta ciudadana", "none"),
    ("es", "oos", "olvidé el PIN de la tarjeta de seguridad social", "none"),
    ("es", "oos", "mi tarjeta del seguro médico caducó, cómo la renuevo", "none"),
    ("es", "oos", "qué porcentaje del sueldo se descuenta para el seguro médico", "none"),
    ("es", "oos", "soy extranjero, tengo derecho a la tarjeta ciudadana en Shenzhen?", "none"),
    ("es", "oos", "en Shanghái la tarjeta ciudadana y la de seguridad social ya son una sola?",
     "none"),
    ("es", "oos", "si me voy de China me devuelven lo cotizado para la pensión?", "none"),
    ("es", "oos", "el seguro médico de la seguridad social es lo mismo que el seguro privado que "
     "me da la empresa?", "none"),
    ("es", "oos", "la tarjeta de seguridad social funciona en el extranjero, por ejemplo en "
     "España?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "quién emite la tarjeta electrónica de seguridad social? pensaba que era la "
     "administración de seguros médicos", "card:esocial:issuer"),
    ("es", "card", "el certificado electrónico de seguro médico es una tarjeta física o va en el "
     "móvil?", "card:emedical:form"),
    ("es", "card", "qué es la tarjeta ciudadana? en mi trabajo la llaman tarjeta social",
     "card:citizen:what"),
    ("es", "card", "la antigua tarjeta del seguro médico para qué servía exactamente?",
     "card:medical:function"),
    ("es", "card", "es segura la tarjeta de seguridad social? un amigo dice que es igual de "
     "insegura que la del seguro médico", "card:social:security"),
    ("es", "card", "dónde se puede usar la tarjeta sanitaria, solo en hospitales?",
     "card:health:scope"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "tarjeta sanitaria y certificado electrónico de seguro médico, no son lo "
     "mismo?", "cmp:emedical:health"),
    ("es", "compare", "la tarjeta ciudadana y la tarjeta electrónica de seguridad social se "
     "diferencian en algo?", "cmp:esocial:citizen"),
    ("es", "compare", "diferencias entre la tarjeta del seguro médico y la sanitaria, para mí son "
     "la misma", "cmp:medical:health"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "la tarjeta sanitaria cuenta como tarjeta de seguridad social?",
     ("cmp:social:health", "faq:1")),
    ("es", "faq", "la tarjeta de seguridad social y la del seguro médico son la misma tarjeta?",
     ("cmp:social:medical", "faq:2")),
    ("es", "faq", "qué tipos de seguro social hay? yo pensaba que solo el médico", "faq:6"),
    ("es", "faq", "qué registra la tarjeta de seguridad social y qué puedo hacer con ella",
     "faq:7"),
    ("es", "faq", "hay varios tipos de tarjeta de seguridad social? una para empresas y otra para "
     "personas?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice el artículo 3 de la ley del seguro social? no el de las medidas de la "
     "tarjeta", "law:sil-3"),
    ("es", "law", "el artículo 75 es de la ley de seguro social o del reglamento de la tarjeta? "
     "qué dice", "law:sil-75"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "muchas gracias, ya no las confundo", "greeting"),
    ("es", "greeting", "chao, hasta luego", "greeting"),
)
