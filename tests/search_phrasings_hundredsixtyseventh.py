"""Hundred-and-sixty-seventh phrasing set (expecting parents (pregnant women and their partners)
preparing for hospital visits and paperwork), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDSIXTYSEVENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "which card do i need to register for my prenatal checkup at the hospital?",
     "task:hospital"),
    ("en", "task", "first OB appointment next week, can we pay the hospital with the social "
     "security card or is it cash only?", "task:hospital"),
    ("en", "task", "my wife is 7 months pregnant, what card do I bring so she can see the doctor "
     "at the maternity hospital", "task:hospital"),
    ("en", "task", "doctor prescribed folic acid and iron, can I buy them at the pharmacy with "
     "my insurance card?", "task:pharmacy"),
    ("en", "task", "which card works at the drugstore for prenatal vitamins", "task:pharmacy"),
    ("en", "task", "How do I get reimbursed for the delivery costs after the baby is born?",
     "task:reimburse"),
    ("en", "task", "we paid out of pocket for a few ultrasounds, can we get that money back "
     "somehow", "task:reimburse"),
    ("en", "task", "how can i see my pregnancy checkup records? like my health file",
     "task:healthfile"),
    ("en", "task", "Where do I look up my health records from earlier hospital visits? new "
     "obstetrician wants them", "task:healthfile"),
    ("en", "task", "can I do my medical insurance stuff online instead of queuing at the bureau, "
     "im 8 months pregnant lol", "task:online"),
    ("en", "task", "what do i need to handle medical insurance business on my phone",
     "task:online"),
    ("en", "task", "how do I check whether my employer has actually been paying my social "
     "insurance? need it for maternity", "task:contributions"),
    ("en", "task", "where can i see how much has been paid into my medical insurance so far",
     "task:contributions"),
    ("en", "task", "I got laid off at 5 months pregnant. how do I apply for unemployment "
     "benefits?", "task:unemployment"),
    ("en", "task", "my husband's contract ended right before the due date, which card does he "
     "use to claim unemployment money", "task:unemployment"),
    ("en", "task", "my partner hurt his back at the factory, what does he need to get work "
     "injury benefits?", "task:injury"),
    ("en", "task", "my mum is retired and moving in to help with the baby, can she collect her "
     "pension with her social security card?", "task:pension"),
    ("en", "task", "which card can I use on the subway to get to my prenatal appointments",
     "task:transport"),
    ("en", "task", "can i pay the bus fare with a card? taking the bus to the hospital every "
     "week", "task:transport"),
    ("en", "task", "what local public services can we use with the citizen card once the baby "
     "comes", "task:services"),
    ("en", "task", "the registration desk wants proof of identity, which of these cards proves "
     "who I am?", "task:identity"),
    ("en", "task", "how do I get a social security card? new job hasn't given me one and I'm "
     "pregnant", "task:getsocial"),
    ("en", "task", "I already have the physical social security card, how do I get the "
     "electronic one on my phone too?", "task:getesocial"),
    ("en", "task", "how do I get the electronic medical insurance certificate before we go to the "
     "hospital?", "task:getemedical"),
    ("en", "task", "can we apply for a citizen card? we just moved cities for the birth",
     "task:getcitizen"),
    ("en", "task", "what can I actually do with all these cards? sorting out paperwork for the "
     "baby", "tasks"),
    ("en", "task", "which medical things are the cards good for - doctor, medicine, that kind "
     "of thing?", "tasks:care"),
    ("en", "task", "what money stuff can these cards help with, like benefits and getting "
     "refunds", "tasks:money"),
    ("en", "task", "besides the hospital what are the cards useful for in everyday life",
     "tasks:life"),
    ("en", "task", "getting everything ready before the due date - how do we get the cards we "
     "need?", "tasks:getcard"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hospital reg", "task:hospital"),
    ("en", "short", "pharmacy", "task:pharmacy"),
    ("en", "short", "reimbur", "task:reimburse"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "health fi", "task:healthfile"),
    ("en", "short", "e medical cert", "card:emedical"),
    ("en", "short", "maternity insurance", "faq:6"),
    ("en", "short", "social security num", "faq:10"),
    ("en", "short", "subway card", "task:transport"),
    ("en", "short", "citizen", "card:citizen"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "contributions", "task:contributions"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "how many weeks of maternity leave do I get in China?", "none"),
    ("en", "oos", "how much is the maternity allowance and when does it get paid", "none"),
    ("en", "oos", "can I get a social security card for my newborn?", "none"),
    ("en", "oos", "does medical insurance cover an epidural or a c-section at a private "
     "hospital?", "none"),
    ("en", "oos", "which hospitals in shanghai have english speaking obstetricians", "none"),
    ("en", "oos", "I lost my medical insurance card at the hospital, how do I get a "
     "replacement?", "none"),
    ("en", "oos", "how long does it take to get the social security card after applying? baby "
     "due in 6 weeks", "none"),
    ("en", "oos", "is there a fee to apply for the citizen card", "none"),
    ("en", "oos", "what time does the social security bureau open on saturdays", "none"),
    ("en", "oos", "whats the hotline number for medical insurance questions", "none"),
    ("en", "oos", "how do we get the baby's birth certificate and register the hukou?", "none"),
    ("en", "oos", "as a foreigner on a spouse visa am I entitled to maternity insurance?",
     "none"),
    ("en", "oos", "can I use my insurance from back home to pay for the delivery here", "none"),
    ("en", "oos", "what should I pack in my hospital bag for labour", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "who issues the electronic medical insurance certificate?",
     "card:emedical:issuer"),
    ("en", "card", "does the health card keep my pregnancy checkup records?",
     "card:health:records"),
    ("en", "card", "can the social security card be used for maternity insurance matters?",
     "card:social:function"),
    ("en", "card", "is the social security card safe? worried someone could use mine at the "
     "hospital", "card:social:security"),
    ("en", "card", "what is the citizen card exactly", "card:citizen"),
    ("en", "card", "will my social security card still work if we go to my in-laws' city to "
     "give birth?", "card:social:scope"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "whats the difference between the health card and the electronic medical "
     "insurance certificate?", "cmp:emedical:health"),
    ("en", "compare", "old medical insurance card vs electronic medical insurance certificate, "
     "how are they different?", "cmp:medical:emedical"),
    ("en", "compare", "difference between the citizen card and the health card",
     "cmp:health:citizen"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "I started a new job at 3 months pregnant, how soon does my company have to "
     "register me for social insurance?", "faq:9"),
    ("en", "faq", "hospital form asks for my social security number, what is that?", "faq:10"),
    ("en", "faq", "Is the health card the same thing as a social security card?",
     ("faq:1", "cmp:social:health")),
    ("en", "faq", "what kinds of social insurance are there? is maternity one of them?", "faq:6"),
    ("en", "faq", "are there different types of social security card?", "faq:8"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which law says the state has to help when you have a baby?", "law:sil-2"),
    ("en", "law", "what laws are all these card rules based on?", "law"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi, we're expecting our first and have a few questions", "greeting"),
    ("en", "greeting", "thanks so much, that really helped!", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "¿con qué tarjeta pido cita para el control prenatal en el hospital?",
     "task:hospital"),
    ("es", "task", "estoy embarazada de 20 semanas, ¿puedo pagar la consulta del gine con la "
     "tarjeta de seguridad social?", "task:hospital"),
    ("es", "task", "mi esposa da a luz en marzo, qué tarjeta hay que llevar para registrarla en "
     "el hospital", "task:hospital"),
    ("es", "task", "¿puedo comprar el ácido fólico en la farmacia con el seguro?",
     "task:pharmacy"),
    ("es", "task", "la doctora me recetó hierro, que tarjeta uso en la farmacia??",
     "task:pharmacy"),
    ("es", "task", "¿cómo me reembolsan los gastos del parto?", "task:reimburse"),
    ("es", "task", "pagamos las ecografías de nuestro bolsillo, ¿se puede recuperar ese dinero?",
     "task:reimburse"),
    ("es", "task", "quiero ver mi historial de salud con los resultados de los controles del "
     "embarazo", "task:healthfile"),
    ("es", "task", "¿dónde consulto mi expediente médico? el hospital nuevo me lo pide",
     "task:healthfile"),
    ("es", "task", "¿puedo hacer los trámites del seguro médico por internet? no quiero hacer "
     "colas con esta barriga", "task:online"),
    ("es", "task", "que necesito para gestionar el seguro medico desde el movil",
     "task:online"),
    ("es", "task", "¿cómo compruebo si mi empresa me está pagando la seguridad social? lo "
     "necesito para la maternidad", "task:contributions"),
    ("es", "task", "quiero saber cuánto llevo cotizado en el seguro médico",
     "task:contributions"),
    ("es", "task", "me despidieron estando embarazada, ¿cómo pido la prestación por desempleo?",
     "task:unemployment"),
    ("es", "task", "mi marido se quedó sin trabajo justo antes del parto, ¿con qué tarjeta cobra "
     "el paro?", "task:unemployment"),
    ("es", "task", "mi pareja se lastimó la mano en la obra, ¿cómo reclama las prestaciones por "
     "accidente laboral?", "task:injury"),
    ("es", "task", "mi suegra viene a ayudar con el bebé y está jubilada, ¿puede cobrar su "
     "pensión con la tarjeta?", "task:pension"),
    ("es", "task", "¿qué tarjeta sirve para el metro? voy al hospital en metro cada semana",
     "task:transport"),
    ("es", "task", "se puede pagar el autobus con la tarjeta ciudadana?", "task:transport"),
    ("es", "task", "¿para qué servicios públicos de la ciudad sirve la tarjeta ciudadana?",
     "task:services"),
    ("es", "task", "en el hospital me piden demostrar mi identidad, ¿qué tarjeta vale?",
     "task:identity"),
    ("es", "task", "¿cómo consigo la tarjeta de seguridad social? empecé a trabajar hace poco",
     "task:getsocial"),
    ("es", "task", "ya tengo la tarjeta física de seguridad social, ¿cómo activo la "
     "electrónica?", "task:getesocial"),
    ("es", "task", "¿cómo saco el certificado electrónico de seguro médico antes de ir al "
     "hospital?", "task:getemedical"),
    ("es", "task", "¿quién puede solicitar la tarjeta ciudadana? nos mudamos de ciudad para el "
     "parto", "task:getcitizen"),
    ("es", "task", "¿qué cosas puedo hacer con estas tarjetas? estamos preparando papeles para "
     "el bebé", "tasks"),
    ("es", "task", "para qué trámites médicos me sirven las tarjetas? médico, medicinas, etc",
     "tasks:care"),
    ("es", "task", "¿qué trámites de dinero puedo hacer con las tarjetas, prestaciones y eso?",
     "tasks:money"),
    ("es", "task", "aparte del hospital, ¿para qué me sirven las tarjetas en el día a día?",
     "tasks:life"),
    ("es", "task", "¿cómo conseguimos las tarjetas que necesitamos antes de que nazca el bebé?",
     "tasks:getcard"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "cita hospital", "task:hospital"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "reembol", "task:reimburse"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "certificado electronico seg", "card:emedical"),
    ("es", "short", "seguro de maternidad", "faq:6"),
    ("es", "short", "numero seguridad social", "faq:10"),
    ("es", "short", "tarjeta ciudad", "card:citizen"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "tarjeta seg social electr", "card:esocial"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "¿cuántos días de baja por maternidad me corresponden?", "none"),
    ("es", "oos", "¿cuánto dinero dan de subsidio por maternidad?", "none"),
    ("es", "oos", "¿le pueden hacer la tarjeta de seguridad social al recién nacido?", "none"),
    ("es", "oos", "¿el seguro cubre la epidural?", "none"),
    ("es", "oos", "hay hospitales en pekín con médicos que hablen español?", "none"),
    ("es", "oos", "perdí la tarjeta del seguro médico, ¿cómo pido un duplicado?", "none"),
    ("es", "oos", "¿cuánto tardan en entregar la tarjeta de seguridad social?", "none"),
    ("es", "oos", "¿cuesta algo sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿a qué hora abre la oficina de seguridad social?", "none"),
    ("es", "oos", "¿hay un teléfono de atención en español para el seguro médico?", "none"),
    ("es", "oos", "¿cómo inscribo al bebé y saco el certificado de nacimiento?", "none"),
    ("es", "oos", "soy extranjera con visado de familiar, ¿tengo derecho a la prestación por "
     "maternidad?", "none"),
    ("es", "oos", "¿me sirve el seguro de España para dar a luz aquí?", "none"),
    ("es", "oos", "qué tengo que meter en la bolsa del hospital para el parto", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿quién gestiona la tarjeta de salud?", "card:health:manager"),
    ("es", "card", "la tarjeta de seguridad social es física o va en el móvil?",
     "card:social:form"),
    ("es", "card", "¿quién puede sacar el certificado electrónico de seguro médico? ¿hace falta "
     "tener seguro?", ("card:emedical:eligibility", "task:getemedical")),
    ("es", "card", "¿la tarjeta de seguridad social guarda mis cotizaciones?",
     "card:social:records"),
    ("es", "card", "¿qué es la tarjeta electrónica de seguridad social?", "card:esocial"),
    ("es", "card", "¿quién emite la tarjeta ciudadana?", "card:citizen:issuer"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "¿en qué se diferencian la tarjeta de seguridad social y la tarjeta "
     "ciudadana?", ("cmp:social:citizen", "faq:3")),
    ("es", "compare", "diferencia entre la tarjeta de salud y la tarjeta de seguridad social",
     ("cmp:social:health", "faq:1")),
    ("es", "compare", "tarjeta de seguridad social física vs la electrónica, ¿qué cambia?",
     "cmp:social:esocial"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿el certificado electrónico de seguro médico y la tarjeta electrónica de "
     "seguridad social son lo mismo?", ("faq:5", "cmp:esocial:emedical")),
    ("es", "faq", "¿la tarjeta de seguridad social es la misma que la del seguro médico?",
     ("faq:2", "cmp:social:medical")),
    ("es", "faq", "¿qué registra la tarjeta de seguridad social y qué puedo hacer con ella?",
     "faq:7"),
    ("es", "faq", "¿la tarjeta de recursos humanos y seguridad social es una tarjeta de "
     "seguridad social?", "faq:4"),
    ("es", "faq", "¿en cuánto tiempo me tiene que dar de alta la empresa en la seguridad "
     "social?", "faq:9"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué leyes regulan estas tarjetas?", "law"),
    ("es", "law", "¿qué dice el artículo 74 de la ley del seguro social? quiero consultar mis "
     "cotizaciones", "law:sil-74"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola! estamos esperando un bebé y tenemos algunas dudas", "greeting"),
    ("es", "greeting", "muchas gracias, muy útil", "greeting"),
    ("es", "greeting", "vale, adiós y gracias", "greeting"),
)
