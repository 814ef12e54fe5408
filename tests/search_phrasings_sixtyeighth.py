"""Sixty-eighth phrasing set (Spanish, non-native English), written blind from seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

SIXTYEIGHTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "Sir I am having fever since 2 days, which card I should carry to hospital for "
     "registration? Kindly advise", "task:hospital"),
    ("en", "task", "go to see doctor need bring which card?", "task:hospital"),
    ("en", "task", "hi po, ask ko lang po what card gagamitin pag bibili ng gamot sa pharmacy? "
     "thank u po", "task:pharmacy"),
    ("en", "task", "Please which card can I use to buy drugs for the pharmacy near my house?",
     "task:pharmacy"),
    ("en", "task", "I paid hospital bills from my own pocket last month. Which card is required to "
     "get the medical expenses reimbursed? Please revert", "task:reimburse"),
    ("en", "task", "how I can get back money of hospital, reimbursement use which card",
     "task:reimburse"),
    ("en", "task", "where can i see my medical records? like my health file po, which card do i "
     "need for that", "task:healthfile"),
    ("en", "task", "The doctor say make I go check my health file. Which card I go use check am?",
     "task:healthfile"),
    ("en", "task", "I want to do medical insurance related work online only, no going to office. "
     "Which card or certificate is needed for the same?", "task:online"),
    ("en", "task", "medical insurance business handle on phone online, what I need", "task:online"),
    ("en", "task", "Good morning. My father-in-law is retiring next year, which card will he need "
     "to collect his pension?", "task:pension"),
    ("en", "task", "my tita is retired na, paano po niya makukuha yung pension? what card",
     "task:pension"),
    ("en", "task", "My company has terminated my services. For applying unemployment benefits "
     "which card is to be used?", "task:unemployment"),
    ("en", "task", "I don lose my work o. Wetin I need to claim the unemployment money?",
     "task:unemployment"),
    ("en", "task", "I hurt my hand in factory, work injury benefit need which card",
     "task:injury"),
    ("en", "task", "got injured at work last week (fell from ladder) which card for the work "
     "injury claim po?", "task:injury"),
    ("en", "task", "How to check whether my employer has deposited my social insurance "
     "contributions every month?", "task:contributions"),
    ("en", "task", "abeg how I go take confirm say my oga dey pay my social insurance every "
     "month", "task:contributions"),
    ("en", "task", "take subway and bus can use which card", "task:transport"),
    ("en", "task", "can i use any of these cards for the metro or bus here? para di na ako bibili "
     "ng ticket everyday", "task:transport"),
    ("en", "task", "Is there any card with which I can enter public reading room and avail the "
     "local public services?", "task:services"),
    ("en", "task", "library reading room and other city service, use which card can",
     "task:services"),
    ("en", "task", "Which one of these cards I fit use prove say na me? like for ID",
     "task:identity"),
    ("en", "task", "For identity proof purpose which card is valid here apart from passport?",
     "task:identity"),
    ("en", "task", "how do i get a social security card? my employer just hired me last month po",
     "task:getsocial"),
    ("en", "task", "Good day. Please what is the procedure to obtain the social security card? "
     "I just started work with a company in Guangzhou.", "task:getsocial"),
    ("en", "task", "I already have physical social card, how to open the electronic one",
     "task:getesocial"),
    ("en", "task", "How to activate e-social security card in my mobile? I am already having "
     "the physical card.", "task:getesocial"),
    ("en", "task", "who can get the electronic medical insurance certificate? am i qualified if i "
     "have medical insurance thru my work", "task:getemedical"),
    ("en", "task", "How I fit get citizen card for this city? Who dey qualify?", "task:getcitizen"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "hospita", "task:hospital"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e social", "card:esocial"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "e-medical", "card:emedical"),
    ("en", "short", "laws", "law"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "metro", "task:transport"),
    ("en", "short", "ss number", "faq:10"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "I lost my social security card in a taxi yesterday, what is the process for "
     "getting a duplicate?", "none"),
    ("en", "oos", "make social card need how many days", "none"),
    ("en", "oos", "magkano po ang bayad for the citizen card? how much", "none"),
    ("en", "oos", "My social security card don expire, how I go renew am?", "none"),
    ("en", "oos", "I have forgotten the PIN of my social security card. How to reset the same?",
     "none"),
    ("en", "oos", "pension insurance rate is how many percent of salary", "none"),
    ("en", "oos", "what are the rules in Shenzhen for social security card po? is it different "
     "from Beijing", "none"),
    ("en", "oos", "As a foreigner, am I entitled to collect my social insurance money back when "
     "I finally leave China?", "none"),
    ("en", "oos", "How to withdraw from housing provident fund? Is it linked to social security "
     "card?", "none"),
    ("en", "oos", "maternity insurance can get how much money", "none"),
    ("en", "oos", "can i add my wife as dependent under my medical insurance? she is not "
     "working po", "none"),
    ("en", "oos", "Please which bank is the best one to open account and link am to social "
     "security card?", "none"),
    ("en", "oos", "What is the minimum contribution base for social insurance in Shanghai for "
     "this year?", "none"),
    ("en", "oos", "change my phone number on electronic social card how", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "What exactly is the citizen card? Please explain in detail.", "card:citizen"),
    ("en", "card", "who manages the health card po? the hospital or the government?",
     "card:health:manager"),
    ("en", "card", "Na who dey issue the electronic social security card?",
     "card:esocial:issuer"),
    ("en", "card", "old medical insurance card safe or not? I hear it not safe",
     "card:medical:security"),
    ("en", "card", "Which law is governing the social security card?", "card:social:legal"),
    ("en", "card", "is the e medical insurance certificate a physical card or only in the phone?",
     "card:emedical:form"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "whats the difference between health card and citizen card",
     "cmp:health:citizen"),
    ("en", "compare", "Kindly explain the difference between social security card and electronic "
     "social security card.", "cmp:social:esocial"),
    ("en", "compare", "Abeg the old medical insurance card and the electronic medical insurance "
     "certificate, how dem take differ?", "cmp:medical:emedical"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "health card is social security card? same thing?",
     ("cmp:social:health", "faq:1")),
    ("en", "faq", "What are the various types of social insurance available?", "faq:6"),
    ("en", "faq", "when should my employer register me sa social insurance? newly hired po ako",
     "faq:9"),
    ("en", "faq", "How many types of social security card dey?", "faq:8"),
    ("en", "faq", "Is human resources and social security card also one social security card "
     "only?", "faq:4"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "What does Article 58 of the Social Insurance Law say?", "law:sil-58"),
    ("en", "law", "social security card administrative measures article 3 content",
     "law:ssc-3"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hello po good evening", "greeting"),
    ("en", "greeting", "Thank you so much sir, very helpful", "greeting"),
    ("en", "greeting", "ok bye, una do well", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "Oye, mañana tengo cita en el hospital y no sé qué tarjeta llevar, ¿cuál es?",
     "task:hospital"),
    ("es", "task", "que tarjeta ocupo para sacar ficha en el hospital?? ando con gripa",
     "task:hospital"),
    ("es", "task", "che, para comprar remedios en la farmacia qué tarjeta tengo que usar?",
     "task:pharmacy"),
    ("es", "task", "Buenas, qué pena molestarlo, ¿con cuál tarjeta puedo comprar los medicamentos "
     "en la droguería?", "task:pharmacy"),
    ("es", "task", "pagué la consulta de mi bolsillo, con qué tarjeta puedo pedir el reembolso po?",
     "task:reimburse"),
    ("es", "task", "Buenas, me gustaría saber qué tarjeta necesito para que me reembolsen los "
     "gastos médicos del mes pasado.", "task:reimburse"),
    ("es", "task", "como le hago para checar mi historial médico? que tarjeta necesito",
     "task:healthfile"),
    ("es", "task", "Quiero ver mi historia clínica, ¿me sirve alguna de estas tarjetas?",
     "task:healthfile"),
    ("es", "task", "¿Qué necesito para hacer los trámites del seguro médico por internet sin "
     "tener que ir a ninguna oficina?", "task:online"),
    ("es", "task", "se pueden hacer los trámites del seguro médico online? con qué tarjeta o "
     "certificado?", "task:online"),
    ("es", "task", "Mi suegro se jubila el año que viene, ¿qué tarjeta le hace falta para cobrar "
     "la pensión?", "task:pension"),
    ("es", "task", "pa cobrar la pensión de mi jefa que tarjeta se usa", "task:pension"),
    ("es", "task", "Me quedé sin laburo, ¿con qué tarjeta pido el seguro de desempleo?",
     "task:unemployment"),
    ("es", "task", "me echaron de la pega, qué tarjeta necesito pa cobrar el seguro de cesantía",
     "task:unemployment"),
    ("es", "task", "Me accidenté en el trabajo y me dijeron que tengo derecho a las prestaciones "
     "por accidente laboral, ¿qué tarjeta debo presentar?", "task:injury"),
    ("es", "task", "Me he lesionado currando en la fábrica, ¿qué tarjeta tengo que usar para lo "
     "del accidente laboral?", "task:injury"),
    ("es", "task", "quiero checar si mi patrón sí está pagando mis cuotas del seguro, cómo le "
     "hago?", "task:contributions"),
    ("es", "task", "¿Cómo hago para ver cuánto me vienen aportando a la seguridad social? ¿Con qué "
     "tarjeta?", "task:contributions"),
    ("es", "task", "hay alguna tarjeta pa andar en micro y en metro?", "task:transport"),
    ("es", "task", "¿Con cuál de las tarjetas puedo pagar el metro y el autobús?",
     "task:transport"),
    ("es", "task", "¿Alguna tarjeta me sirve para entrar a la sala de lectura pública o usar los "
     "servicios de la ciudad?", "task:services"),
    ("es", "task", "para la biblioteca pública y esos servicios del municipio que tarjeta sirve",
     "task:services"),
    ("es", "task", "Necesito acreditar identidad y no quiero andar con el pasaporte a todos "
     "lados, ¿qué tarjeta me sirve?", "task:identity"),
    ("es", "task", "¿Cuál tarjeta sirve como documento para demostrar quién soy?",
     "task:identity"),
    ("es", "task", "Acabo de empezar a trabajar en una empresa en Shanghái, ¿cómo me saco la "
     "tarjeta de la Seguridad Social?", "task:getsocial"),
    ("es", "task", "cómo se saca la tarjeta de seguridad social? quién la puede pedir?",
     "task:getsocial"),
    ("es", "task", "ya tengo mi tarjeta física del seguro social, como activo la electrónica en "
     "el cel?", "task:getesocial"),
    ("es", "task", "¿Cómo consigo la tarjeta electrónica de seguridad social? ¿Necesito tener la "
     "física sí o sí?", "task:getesocial"),
    ("es", "task", "¿Quiénes pueden obtener el certificado electrónico del seguro médico y cómo "
     "lo tramito?", "task:getemedical"),
    ("es", "task", "¿Qué hace falta para sacarse la tarjeta ciudadana? ¿Quién puede pedirla?",
     "task:getcitizen"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "tarjeta seguridad", "card:social"),
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "jubilacion", "task:pension"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "ley", "law"),
    ("es", "short", "nss", "faq:10"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "accidente laboral", "task:injury"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "Se me ha perdido la tarjeta de la Seguridad Social, ¿qué hago para que me den "
     "otra?", "none"),
    ("es", "oos", "cuanto tarda en llegar la tarjeta del seguro social? ya llevo 3 semanas "
     "esperando", "none"),
    ("es", "oos", "¿Cuánto sale hacer la tarjeta ciudadana?", "none"),
    ("es", "oos", "Buenas tardes, mi tarjeta de seguridad social está por vencerse, ¿cómo la "
     "renuevo?", "none"),
    ("es", "oos", "se me olvidó la clave de la tarjeta de seguridad social, cómo la cambio?",
     "none"),
    ("es", "oos", "¿Qué porcentaje del sueldo se va en cotizaciones a la seguridad social aquí "
     "en China?", "none"),
    ("es", "oos", "en Cantón como funciona lo de la tarjeta ciudadana? las reglas son diferentes "
     "que en Pekín?", "none"),
    ("es", "oos", "Soy extranjero, ¿puedo recuperar lo que aporté al seguro social cuando me "
     "vuelva a Argentina?", "none"),
    ("es", "oos", "¿Cómo retiro la plata del fondo de vivienda? ¿Va con la misma tarjeta?",
     "none"),
    ("es", "oos", "cuánta plata te dan por el seguro de maternidad?", "none"),
    ("es", "oos", "¿Puedo meter a mi mujer como beneficiaria en mi seguro médico?", "none"),
    ("es", "oos", "cual banco me conviene pa vincular la tarjeta del seguro social?", "none"),
    ("es", "oos", "¿Cómo cambio el número de teléfono asociado a la tarjeta electrónica de "
     "seguridad social?", "none"),
    ("es", "oos", "Disculpe, ¿cuál es el horario de atención de la oficina de seguridad social?",
     "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿Qué es la tarjeta de salud? Nunca la escuché nombrar", "card:health"),
    ("es", "card", "quien emite la tarjeta ciudadana?", "card:citizen:issuer"),
    ("es", "card", "¿Quién gestiona la tarjeta de la Seguridad Social a nivel nacional?",
     "card:social:manager"),
    ("es", "card", "¿Para qué sirve exactamente el certificado electrónico de seguro médico?",
     "card:emedical:function"),
    ("es", "card", "la tarjeta electrónica de seguridad social es una tarjeta de verdad o es puro "
     "digital?", "card:esocial:form"),
    ("es", "card", "¿Quién emitía la antigua tarjeta del seguro médico?", "card:medical:issuer"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "en qué se diferencia la tarjeta de salud del certificado electrónico del "
     "seguro médico?", "cmp:emedical:health"),
    ("es", "compare", "¿Me comparas la tarjeta ciudadana con la tarjeta electrónica de seguridad "
     "social?", "cmp:esocial:citizen"),
    ("es", "compare", "¿El certificado electrónico de seguro médico reemplaza a la tarjeta de "
     "seguridad social? ¿En qué se diferencian?", "cmp:social:emedical"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿La tarjeta de seguridad social y la del seguro médico son lo mismo o son dos "
     "cosas distintas?", ("cmp:social:medical", "faq:2")),
    ("es", "faq", "oigan la tarjeta ciudadana y la del seguro social es la misma o no?",
     ("cmp:social:citizen", "faq:3")),
    ("es", "faq", "¿El certificado electrónico de seguro médico es lo mismo que la tarjeta "
     "electrónica de seguridad social?", ("cmp:esocial:emedical", "faq:5")),
    ("es", "faq", "¿Qué datos guarda la tarjeta de la Seguridad Social y qué trámites puedo "
     "hacer con ella?", "faq:7"),
    ("es", "faq", "cuál vendría siendo mi número de seguridad social? es el mismo que el del "
     "carnet?", "faq:10"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "que articulo de la ley dice q el seguro social debe tener amplia cobertura y "
     "ser sostenible?", "law:sil-3"),
    ("es", "law", "¿Qué establece el artículo 4 de las Medidas Administrativas de las tarjetas de "
     "seguridad social?", "law:ssc-4"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "Hola, buenas! ¿todo bien?", "greeting"),
    ("es", "greeting", "Muchísimas gracias, muy amable, que Dios le pague", "greeting"),
    ("es", "greeting", "ya, chao, gracias po", "greeting"),
)
