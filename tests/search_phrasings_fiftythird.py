"""Fifty-third phrasing set (domestic workers, nannies, caregivers and the families who employ
them), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

FIFTYTHIRD: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task",
     "im a live in nanny and need to see a doctor on my day off, what card do i show when i "
     "register at the hospital", "task:hospital"),
    ("en", "task", "our housekeeper needs to pick up her blood pressure pills, what card can she "
     "use at the pharmacy", "task:pharmacy"),
    ("en", "task", "caregiver here. paid for my own checkup out of pocket last week. how do i get "
     "the medical costs reimbursed and with which card", "task:reimburse"),
    ("en", "task", "the elderly gentleman i look after wants to read his own medical records. "
     "which card lets him look up his health file?", "task:healthfile"),
    ("en", "task", "how do i do my medical insurance business online from my phone? i work 6 "
     "days a week as an ayi and can never get to the office", "task:online"),
    ("en", "task", "I have been a domestic helper for over twenty years and I stop working next "
     "spring. Which card will I need in order to draw my pension?", "task:pension"),
    ("en", "task", "the family i worked for moved back to germany and let me go... what card do "
     "i need to claim unemployment benefit", "task:unemployment"),
    ("en", "task", "our nanny slipped on the wet kitchen floor while mopping and hurt her back, "
     "which card does she use for work injury benefits", "task:injury"),
    ("en", "task", "how can i check if the family i work for is really paying my social "
     "insurance or just saying it", "task:contributions"),
    ("en", "task", "Good afternoon. As the employer of a full-time domestic helper, I would like "
     "to verify that her social insurance contributions have actually been paid in. Which card "
     "would allow her to see this?", "task:contributions"),
    ("en", "task", "i take the two kids to school on the subway every morning, is there a card "
     "i can use for metro and bus", "task:transport"),
    ("en", "task", "the granny i care for loves going to the public reading room, which card "
     "gets her in there", "task:services"),
    ("en", "task", "new family wants me to prove who i am before i move in with them, can one "
     "of these cards do that", "task:identity"),
    ("en", "task", "how does a nanny get a social security card", "task:getsocial"),
    ("en", "task", "we just hired a caregiver for my mum, how can she apply for a social "
     "security card? she has never had one", "task:getsocial"),
    ("en", "task", "i already have the plastic social security card, how do i get the "
     "electronic one on my phone", "task:getesocial"),
    ("en", "task", "my boss says i should set up the electronic medical insurance certificate, "
     "how do i get it??", "task:getemedical"),
    ("en", "task", "can a domestic worker get a citizen card? how do i go about it",
     "task:getcitizen"),
    ("en", "task", "im a housekeeper with a bad cold, want to buy medicine at the drugstore on "
     "my insurance, what do i hand them", "task:pharmacy"),
    ("en", "task", "what do i give the cashier when paying at the hospital? i'm a caregiver "
     "with basic medical insurance", "task:hospital"),
    ("en", "task", "the old lady i look after spent a week in hospital and we paid a lot up "
     "front. how do we get her expenses reimbursed", "task:reimburse"),
    ("en", "task", "strained my back lifting grandpa out of bed at work. how do i claim "
     "industrial injury benefits, which card", "task:injury"),
    ("en", "task", "show me the money side for a nanny: pension, unemployment, checking what "
     "was paid in", "tasks:money"),
    ("en", "task", "i need a doctor and meds for my back, i clean houses for a living. what "
     "cards do i use for health care stuff", "tasks:care"),
    ("en", "task", "show me all the ways to get a card, our new ayi doesnt have any",
     "tasks:getcard"),
    ("en", "task", "what can these cards do in everyday life? buses, library, proving who i "
     "am, that kind of thing", "tasks:life"),
    ("en", "task", "I'm a caregiver and honestly lost. Can you list everything I might need a "
     "card for?", "tasks"),
    ("en", "task", "nanny here, pregnant, need to register at the hospital for my prenatal "
     "check. which card", "task:hospital"),
    ("en", "task", "the nanny we employ would rather do her medical insurance paperwork online "
     "than queue for hours. what does she need", "task:online"),
    ("en", "task", "once i stop working as an ayi how do i get my old age pension paid out, "
     "what card do they want", "task:pension"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "ayi hospital", "task:hospital"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "esocial card", "card:esocial"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "employer duty", ("faq:9", "law:sil-58")),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "security number", "faq:10"),
    ("en", "short", "subway card", "task:transport"),
    ("en", "short", "contribut", "task:contributions"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "how much social insurance do we have to pay each month for our ayi", "none"),
    ("en", "oos", "my nanny lost her social security card on the bus, how does she get a new "
     "one", "none"),
    ("en", "oos", "do we have to pay into the housing fund for a cleaner who comes twice a "
     "week", "none"),
    ("en", "oos", "I'm a Filipino helper working in Shanghai. Can foreigners like me join "
     "Chinese social insurance at all?", "none"),
    ("en", "oos", "how long does it take for the social security card to come after i apply",
     "none"),
    ("en", "oos", "forgot the pin on my social security card, what now", "none"),
    ("en", "oos", "can i sign something with my employer saying i dont want social insurance "
     "and get the money as cash instead", "none"),
    ("en", "oos", "what is the minimum wage for domestic workers in beijing", "none"),
    ("en", "oos", "our nanny's health card expired, how do we renew it", "none"),
    ("en", "oos", "how much does it cost to make a citizen card in hangzhou", "none"),
    ("en", "oos", "the agency keeps 30% of my salary every month, is that allowed", "none"),
    ("en", "oos", "can my employer take my part of the social insurance out of my wages",
     "none"),
    ("en", "oos", "how many days off a week does a live-in nanny get by law", "none"),
    ("en", "oos", "what percentage will our caregiver get back for an outpatient visit in "
     "shenzhen", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what exactly is a health card? the agency keeps mentioning it",
     "card:health"),
    ("en", "card", "who issues the electronic medical insurance certificate",
     "card:emedical:issuer"),
    ("en", "card", "how safe is the social security card? worried someone could misuse my "
     "nanny's card", "card:social:security"),
    ("en", "card", "tell me about the old medical insurance card, our caregiver still carries "
     "one from years ago", "card:medical"),
    ("en", "card", "where can you use the citizen card", "card:citizen:scope"),
    ("en", "card", "is the electronic social security card a real card or only on the phone",
     "card:esocial:form"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "electronic social security card vs citizen card, which one matters "
     "more for our helper", "cmp:esocial:citizen"),
    ("en", "compare", "how is the citizen card different from the electronic medical insurance "
     "certificate", "cmp:emedical:citizen"),
    ("en", "compare", "old medical insurance card and health card, whats the difference",
     "cmp:medical:health"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "when does a family have to register a newly hired domestic worker for "
     "social insurance", "faq:9"),
    ("en", "faq", "what is my social security number? the family needs it for the paperwork",
     "faq:10"),
    ("en", "faq", "what kinds of social insurance are there, which ones should a nanny have",
     "faq:6"),
    ("en", "faq", "is the social security card the same thing as the medical insurance card? "
     "got handed one and im confused", "faq:2"),
    ("en", "faq", "are there different types of social security card, like one for the people "
     "who employ me?", "faq:8"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 58 of the social insurance law say employers must do",
     "law:sil-58"),
    ("en", "law", "is there a law article saying i can check my contribution records for free",
     "law:sil-74"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi", "greeting"),
    ("en", "greeting", "thank you so much, that helped me and our ayi a lot", "greeting"),
    ("en", "greeting", "ok bye gotta pick up the kids", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "soy niñera y tengo que ir al medico, que tarjeta llevo al hospital",
     "task:hospital"),
    ("es", "task", "nuestra ayi necesita comprar sus medicinas en la farmacia, con qué tarjeta "
     "paga", "task:pharmacy"),
    ("es", "task", "trabajo cuidando a una señora mayor y pagué una consulta de mi bolsillo, "
     "como me reembolsan los gastos medicos", "task:reimburse"),
    ("es", "task", "quiero ver mi historial médico, qué tarjeta necesito para consultar mi "
     "expediente de salud", "task:healthfile"),
    ("es", "task", "Buenas tardes. Somos una familia española en Pekín y nuestra empleada de "
     "hogar quiere hacer los trámites del seguro médico por internet. ¿Qué necesita?",
     "task:online"),
    ("es", "task", "llevo 15 años de empleada domestica, para cobrar la jubilacion que tarjeta "
     "me van a pedir", "task:pension"),
    ("es", "task", "la familia con la que trabajaba se fue de china y me quede sin trabajo, con "
     "que tarjeta pido el subsidio de desempleo", "task:unemployment"),
    ("es", "task", "nuestra cuidadora se quemó con aceite cocinando en casa, qué tarjeta usa "
     "para las prestaciones por accidente de trabajo", "task:injury"),
    ("es", "task", "cómo compruebo si la familia me está pagando de verdad las cotizaciones",
     "task:contributions"),
    ("es", "task", "como empleadores queremos comprobar que las cotizaciones de nuestra niñera "
     "están pagadas, hay alguna tarjeta para consultarlo?", "task:contributions"),
    ("es", "task", "llevo a los niños al cole en metro todos los dias, que tarjeta sirve para "
     "bus y metro", "task:transport"),
    ("es", "task", "al abuelo que cuido le encanta la sala de lectura pública, con qué tarjeta "
     "puede entrar", "task:services"),
    ("es", "task", "la agencia me pide demostrar mi identidad antes de mandarme a una casa, "
     "que tarjeta me vale", "task:identity"),
    ("es", "task", "cómo saca una empleada del hogar la tarjeta de seguridad social",
     "task:getsocial"),
    ("es", "task", "acabamos de contratar a una ayi que nunca ha tenido tarjeta de seguridad "
     "social, como la consigue?", "task:getsocial"),
    ("es", "task", "ya tengo la tarjeta fisica de seguridad social, como saco la electronica en "
     "el movil", "task:getesocial"),
    ("es", "task", "como obtengo el certificado electronico del seguro medico? soy cuidadora",
     "task:getemedical"),
    ("es", "task", "puedo sacar la tarjeta ciudadana siendo niñera? como se hace",
     "task:getcitizen"),
    ("es", "task", "necesito comprar jarabe para la tos con el seguro en la farmacia, que uso",
     "task:pharmacy"),
    ("es", "task", "en la caja del hospital que tarjeta doy para pagar, soy interna en una casa",
     "task:hospital"),
    ("es", "task", "la señora que cuido estuvo ingresada una semana y pagamos muchísimo, cómo "
     "pedimos el reembolso de los gastos", "task:reimburse"),
    ("es", "task", "me lastimé la espalda levantando al abuelo que cuido, como reclamo las "
     "prestaciones por accidente laboral", "task:injury"),
    ("es", "task", "enséñame todo lo de dinero: pensión, paro, ver lo cotizado",
     "tasks:money"),
    ("es", "task", "todo lo de salud, médico, farmacia, reembolsos, que tarjeta para cada cosa",
     "tasks:care"),
    ("es", "task", "queremos ver todas las opciones para que nuestra interna consiga una "
     "tarjeta", "tasks:getcard"),
    ("es", "task", "para la vida diaria, transporte, biblioteca, identificarme... que tarjetas "
     "sirven", "tasks:life"),
    ("es", "task", "soy cuidadora y no sé ni por dónde empezar, muéstrame la guía de todo lo que "
     "puedo hacer con estas tarjetas", "tasks"),
    ("es", "task", "tengo cita en el hospital con el ginecólogo y tengo que registrarme, qué "
     "tarjeta llevo", "task:hospital"),
    ("es", "task", "quiero hacer los tramites del seguro medico online porque trabajo de interna "
     "y no tengo tiempo libre", "task:online"),
    ("es", "task", "cuando deje de trabajar de niñera cómo cobro mi pensión, con qué tarjeta",
     "task:pension"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "tarjeta ciudad", "card:citizen"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "jubilac", "task:pension"),
    ("es", "short", "metro bus", "task:transport"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "obligaciones empleador", ("faq:9", "law:sil-58")),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "leyes", "law"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "cuánto tenemos que pagar al mes de seguro social por nuestra ayi", "none"),
    ("es", "oos", "mi niñera perdió la tarjeta de seguridad social, qué tiene que hacer",
     "none"),
    ("es", "oos", "tenemos que pagar el fondo de vivienda a la empleada de hogar?", "none"),
    ("es", "oos", "Soy colombiana y trabajo de niñera en Shanghái. ¿Tengo derecho a la "
     "seguridad social china siendo extranjera?", "none"),
    ("es", "oos", "cuanto tarda en llegar la tarjeta de seguridad social despues de pedirla",
     "none"),
    ("es", "oos", "olvide el pin de mi tarjeta de seguridad social", "none"),
    ("es", "oos", "cuánto cuesta hacerse la tarjeta ciudadana en Suzhou", "none"),
    ("es", "oos", "cada cuánto hay que renovar la tarjeta de salud de la niñera", "none"),
    ("es", "oos", "cual es el salario minimo de una empleada domestica en Cantón", "none"),
    ("es", "oos", "puede la familia descontarme del sueldo mi parte de la seguridad social",
     "none"),
    ("es", "oos", "cuántos días libres a la semana le tocan a una interna", "none"),
    ("es", "oos", "con visado de estudiante puedo trabajar de niñera legalmente en china",
     "none"),
    ("es", "oos", "qué porcentaje me devuelven de una consulta externa en Chengdu", "none"),
    ("es", "oos", "si despedimos a la cuidadora tenemos que pagarle indemnización?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "qué es la tarjeta ciudadana? la mencionó la agencia y no sé qué es",
     "card:citizen"),
    ("es", "card", "quién emite la tarjeta electrónica de seguridad social",
     "card:esocial:issuer"),
    ("es", "card", "para qué sirve el certificado electrónico del seguro médico",
     "card:emedical:function"),
    ("es", "card", "que datos guarda la tarjeta de salud", "card:health:records"),
    ("es", "card", "es segura la tarjeta vieja del seguro medico? la señora que cuido aun la "
     "usa", "card:medical:security"),
    ("es", "card", "quién gestiona la tarjeta de seguridad social", "card:social:manager"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "diferencias entre la tarjeta de salud y la tarjeta ciudadana",
     "cmp:health:citizen"),
    ("es", "compare", "en qué se diferencian la tarjeta antigua del seguro médico y el "
     "certificado electrónico del seguro médico", "cmp:medical:emedical"),
    ("es", "compare", "tarjeta de seguridad social vs tarjeta electronica de seguridad social, "
     "compáramelas", "cmp:social:esocial"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "la tarjeta de salud cuenta como tarjeta de seguridad social?", "faq:1"),
    ("es", "faq", "la tarjeta ciudadana y la de seguridad social son la misma tarjeta o no",
     "faq:3"),
    ("es", "faq", "las tarjetas de recursos humanos y seguridad social son tarjetas de "
     "seguridad social?", "faq:4"),
    ("es", "faq", "mi jefa dice que el certificado medico electronico es igual que la tarjeta "
     "electronica de seguridad social, es verdad?", "faq:5"),
    ("es", "faq", "qué queda registrado en la tarjeta de seguridad social y qué puedo hacer "
     "con ella", "faq:7"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice el artículo 3 de la ley del seguro social", "law:sil-3"),
    ("es", "law", "qué artículo del reglamento dice que la tarjeta de seguridad social tiene "
     "que servir en todo el país", "law:ssc-4"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "muchas gracias, me ha servido mucho", "greeting"),
    ("es", "greeting", "chao, hasta luego", "greeting"),
)
