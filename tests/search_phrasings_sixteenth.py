"""Sixteenth phrasing set (chatty, emotional askers), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

SIXTEENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task",
     "Ugh, my daughter has had a fever since last night and I'm freaking out a bit 😟 We're "
     "going to the hospital this morning, which card do I bring to register her and pay?",
     "task:hospital"),
    ("en", "task",
     "Hi! My tooth has been killing me for three days and I finally booked a clinic visit. "
     "What do I hand over at the counter when I pay the fees?",
     "task:hospital"),
    ("en", "task",
     "first time seeing a doctor in china and honestly kind of nervous. how do i pay at the "
     "hospital with my insurance?",
     "task:hospital"),
    ("en", "task",
     "My husband caught a terrible cold and I'm running down to the pharmacy. Can he pay for"
     " his meds with some card instead of cash?",
     "task:pharmacy"),
    ("en", "task",
     "need allergy pills from the drugstore, which card lets me use my insurance account "
     "there??",
     "task:pharmacy"),
    ("en", "task",
     "Thanks so much for the help yesterday! Quick one: can I use my insurance at a pharmacy"
     " to buy medicine?",
     "task:pharmacy"),
    ("en", "task",
     "I paid a huge bill out of pocket after my surgery last month and I'm still stressed "
     "about the money 😩 How do I get those medical expenses reimbursed?",
     "task:reimburse"),
    ("en", "task",
     "got a pile of hospital receipts from my mom's stay, how do i claim that money back",
     "task:reimburse"),
    ("en", "task",
     "My doctor asked about my past illnesses and I couldn't remember a thing, so "
     "embarrassing. Where can I look up my own health records?",
     "task:healthfile"),
    ("en", "task",
     "want to check my personal health file and old medical records, what do i use",
     "task:healthfile"),
    ("en", "task",
     "I really hate queueing at government offices 🙄 Can I handle my medical insurance stuff"
     " online from my phone?",
     "task:online"),
    ("en", "task",
     "Is there a way to do medical insurance business over the internet instead of going in "
     "person?",
     "task:online"),
    ("en", "task",
     "My father-in-law just retired and the whole family is confused about how he actually "
     "gets his pension paid. What does he need?",
     "task:pension"),
    ("en", "task",
     "turning 60 soon (yay?) and I want to know how to start collecting my retirement money",
     "task:pension"),
    ("en", "task",
     "I got laid off last week and I'm honestly devastated 😢 What do I need to apply for "
     "unemployment benefits?",
     "task:unemployment"),
    ("en", "task",
     "lost my job, want to register as a job seeker and maybe get some vocational training. "
     "which card do i use for that?",
     "task:unemployment"),
    ("en", "task",
     "My coworker fell off a ladder at the warehouse and broke his arm. How does he claim "
     "work injury benefits?",
     "task:injury"),
    ("en", "task",
     "hurt my back on the job... is there some benefit for workplace accidents and what do I"
     " need to get it",
     "task:injury"),
    ("en", "task",
     "I'm not sure my boss is actually paying my social insurance and it's making me "
     "anxious. How can I check what has been paid in?",
     "task:contributions"),
    ("en", "task", "how do i see my payment record for pension and medical insurance",
     "task:contributions"),
    ("en", "task",
     "So tired of buying single tickets every morning 😅 Is there a card I can just tap on "
     "the bus and the subway?",
     "task:transport"),
    ("en", "task", "which card works on the metro?", "task:transport"),
    ("en", "task",
     "My kids love the public library here! Is there a card that lets us use libraries and "
     "other local public services?",
     "task:services"),
    ("en", "task", "is there some card to get into the public reading room?",
     "task:services"),
    ("en", "task",
     "The front desk asked me to prove my identity and I only had my phone, awkward! Which "
     "card can I use to show who I am?",
     "task:identity"),
    ("en", "task",
     "Just started a new job 🎉 and HR said I have to apply for the social insurance card "
     "when I'm hired. How do I get one?",
     "task:getsocial"),
    ("en", "task",
     "I already have the plastic social security card but everyone keeps telling me to get "
     "the electronic version on my phone. How do I get that one?",
     "task:getesocial"),
    ("en", "task",
     "My wife is covered by medical insurance but she has no digital insurance certificate "
     "on her phone yet. How does she get it?",
     "task:getemedical"),
    ("en", "task",
     "We just moved to this city and the neighbours use a local resident card for "
     "everything. How do we get one too?",
     "task:getcitizen"),
    ("en", "task",
     "my elderly mum needs her blood pressure checked at the hospital tomorrow, what should "
     "she bring to pay?",
     "task:hospital"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "metro", "task:transport"),
    ("en", "short", "pensi", "task:pension"),
    ("en", "short", "law", "law"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "reimb", "task:reimburse"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e-medical", "card:emedical"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "contrib", "task:contributions"),
    ("en", "short", "social sec", "card:social"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos",
     "I left my social security card in a taxi last night and I'm panicking 😰 What do I do "
     "now that it's lost?",
     "none"),
    ("en", "oos",
     "How long does it take to receive the social security card after applying? I've been "
     "waiting forever",
     "none"),
    ("en", "oos", "is there a fee to get a citizen card?", "none"),
    ("en", "oos", "can I use my citizen card abroad, like when I travel to Japan next month?",
     "none"),
    ("en", "oos",
     "I'm a foreigner on a work visa, am I even allowed to get a social security card?",
     "none"),
    ("en", "oos", "My social security card expires next month, how do I renew it?", "none"),
    ("en", "oos",
     "I'm leaving China for good next year. Can I get my pension contributions refunded "
     "before I go? 🙏",
     "none"),
    ("en", "oos", "what percentage of a hospital bill gets reimbursed in Shanghai?", "none"),
    ("en", "oos", "Forgot my card PIN and now it's locked, help!!", "none"),
    ("en", "oos", "How much is the monthly medical insurance contribution rate, in percent?",
     "none"),
    ("en", "oos",
     "does medical insurance cover dental implants? my dentist quoted a crazy price",
     "none"),
    ("en", "oos", "Can I add my wife, who doesn't work, to my medical insurance?", "none"),
    ("en", "oos", "How many years do I have to pay in before I can get a pension?", "none"),
    ("en", "oos",
     "my health card went through the washing machine 🤦 can I get a replacement?",
     "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card",
     "who actually issues the social security card? the bank or the government?",
     "card:social:issuer"),
    ("en", "card",
     "What is the electronic medical insurance certificate exactly? My colleague keeps "
     "mentioning it",
     "card:emedical:what"),
    ("en", "card", "helth card who manages it", "card:health:manager"),
    ("en", "card", "how safe is the social securty card, can someone copy it?",
     "card:social:security"),
    ("en", "card", "what info does the social security card record about me?",
     ("card:social:records", "faq:7")),
    ("en", "card", "tell me about the citizen card please", "card:citizen"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare",
     "I'm so confused between the citizen card and the social security card 😵 what's the "
     "difference?",
     ("cmp:social:citizen", "faq:3")),
    ("en", "compare", "health card vs citizen card, how do they differ?",
     "cmp:health:citizen"),
    ("en", "compare",
     "old medical insurance card versus the electronic medical insurance certificate, what "
     "changed?",
     "cmp:medical:emedical"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq",
     "Is the health card a social security card? My landlord says yes but I doubt it",
     ("faq:1", "cmp:social:health")),
    ("en", "faq", "what kinds of social insurance exist here? pension, medical... what else?",
     "faq:6"),
    ("en", "faq",
     "When does my employer have to register me for social insurance? I started 5 weeks ago "
     "and nothing yet 😤",
     ("faq:9", "law:sil-58")),
    ("en", "faq",
     "what's my social security number? is it some separate number I need to memorize?",
     "faq:10"),
    ("en", "faq", "are there different types of social security card?", "faq:8"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 58 of the social insurance law say", "law:sil-58"),
    ("en", "law",
     "Which article of the Administrative Measures on Social Security Cards says who manages"
     " card issuance?",
     "law:ssc-3"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hey there 👋", "greeting"),
    ("en", "greeting", "thank you sooo much, you really helped me out!", "greeting"),
    ("en", "greeting", "ok bye, have a good one", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task",
     "Hola! Mi hijo se cayó en el parque y le sangra la frente 😰 vamos al hospital ahorita, "
     "¿qué tarjeta llevo para registrarlo y pagar?",
     "task:hospital"),
    ("es", "task",
     "tengo cita con el médico mañana y no tengo idea de cómo se paga acá con el seguro, me "
     "ayudan?",
     "task:hospital"),
    ("es", "task", "q necesito para sacar numero en el hospital", "task:hospital"),
    ("es", "task",
     "Estoy con una gripe horrible 🤧 y quiero comprar remedios en la farmacia usando mi "
     "seguro, ¿con qué tarjeta pago?",
     "task:pharmacy"),
    ("es", "task",
     "se puede comprar medicina en la farmacia con la cuenta del seguro medico?",
     "task:pharmacy"),
    ("es", "task",
     "gracias por lo de antes! otra cosa: mi papá necesita sus pastillas de la presión, "
     "puede comprarlas en la farmacia con el seguro?",
     "task:pharmacy"),
    ("es", "task",
     "Mi mamá estuvo internada una semana y pagamos todo de nuestro bolsillo, fue un golpe "
     "duro 💸 ¿cómo hago para que me reembolsen los gastos médicos?",
     "task:reimburse"),
    ("es", "task", "como recupero la plata que gaste en el hospital", "task:reimburse"),
    ("es", "task",
     "Perdí los papeles de mis análisis anteriores y el doctor me los pide. ¿Dónde puedo "
     "consultar mi historial de salud?",
     "task:healthfile"),
    ("es", "task", "quiero ver mi expediente medico personal, con q se consulta?",
     "task:healthfile"),
    ("es", "task",
     "Uf, odio hacer filas en las oficinas 😩 ¿Puedo hacer los trámites del seguro médico por"
     " internet desde el celu?",
     "task:online"),
    ("es", "task", "tramites de seguro medico en linea, como?", "task:online"),
    ("es", "task",
     "Mi abuelo trabajó aquí muchos años y ya se jubiló, pero no sabemos cómo cobrar su "
     "pensión. ¿Qué necesita?",
     "task:pension"),
    ("es", "task", "cómo cobro la jubilación? ya me toca 🙏", "task:pension"),
    ("es", "task",
     "Me despidieron el viernes y estoy súper preocupado, tengo alquiler que pagar 😟 ¿Cómo "
     "pido el seguro de desempleo?",
     "task:unemployment"),
    ("es", "task",
     "quiero inscribirme en capacitacion laboral ahora q estoy sin chamba, que tarjeta uso?",
     "task:unemployment"),
    ("es", "task",
     "Mi esposo se lastimó la mano con una máquina en la fábrica. ¿Cómo reclama los "
     "beneficios por accidente de trabajo?",
     "task:injury"),
    ("es", "task", "me accidente en el trabajo, hay alguna ayuda del seguro?", "task:injury"),
    ("es", "task",
     "Sospecho que mi empresa no está pagando mis aportes y me da mucha bronca 😠 ¿Cómo "
     "reviso lo que se ha pagado?",
     "task:contributions"),
    ("es", "task", "como consulto mis cotizaciones de pension y seguro medico",
     "task:contributions"),
    ("es", "task",
     "Todos los días tomo el metro y el bus para ir al trabajo y pagar cada viaje es un lío."
     " ¿Hay alguna tarjeta para el transporte?",
     "task:transport"),
    ("es", "task", "con q tarjeta me subo al bus?", "task:transport"),
    ("es", "task",
     "A mis hijas les encanta leer 📚 ¿Hay alguna tarjeta para usar la biblioteca y otros "
     "servicios públicos de la ciudad?",
     "task:services"),
    ("es", "task", "hay algo para entrar a las salas de lectura publicas y eso?",
     "task:services"),
    ("es", "task",
     "En la oficina me pidieron que demostrara quién soy y el pasaporte estaba en casa 🤦‍♀️ "
     "¿Cuál de estas tarjetas sirve para identificarme?",
     "task:identity"),
    ("es", "task", "q tarjeta sirve como identificacion", "task:identity"),
    ("es", "task",
     "Empecé a trabajar en una empresa nueva y en RR.HH. me hablaron de sacar la tarjeta del"
     " seguro social. ¿Cómo la consigo?",
     "task:getsocial"),
    ("es", "task",
     "Ya tengo la tarjeta física del seguro social, ¿cómo activo la versión electrónica en "
     "el celular?",
     "task:getesocial"),
    ("es", "task",
     "Mi esposa tiene seguro médico pero todavía no tiene el certificado electrónico en el "
     "teléfono, ¿cómo lo saca?",
     "task:getemedical"),
    ("es", "task",
     "¿cómo saco la tarjeta ciudadana? me dijeron que la da el gobierno local a los "
     "residentes",
     "task:getcitizen"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "transp", "task:transport"),
    ("es", "short", "jubilac", "task:pension"),
    ("es", "short", "ley", "law"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "reembol", "task:reimburse"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "historial medico", "task:healthfile"),
    ("es", "short", "aportes", "task:contributions"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos",
     "Se me perdió la tarjeta del seguro social en el metro y estoy desesperada 😭 ¿Qué hago?",
     "none"),
    ("es", "oos", "cuanto tarda en llegar la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿Cuánto cuesta sacar el certificado electrónico de seguro médico?",
     "none"),
    ("es", "oos", "Soy extranjero con visa de trabajo, ¿puedo tener tarjeta ciudadana?",
     "none"),
    ("es", "oos", "cada cuanto hay que renovar la tarjeta del seguro social y donde se hace?",
     "none"),
    ("es", "oos",
     "Me voy de China el año que viene 😢 ¿me devuelven lo que aporté al seguro de pensión?",
     "none"),
    ("es", "oos",
     "en Guangzhou el seguro médico cubre el 80% o menos? porfa alguien que sepa",
     "none"),
    ("es", "oos", "Olvidé la contraseña de mi tarjeta y se bloqueó, qué hago? 😫", "none"),
    ("es", "oos",
     "¿El seguro médico cubre la ortodoncia de mi hija? Los brackets están carísimos",
     "none"),
    ("es", "oos", "puedo usar la tarjeta del seguro social cuando viaje a mi país?", "none"),
    ("es", "oos", "Cuantos dias de licencia por maternidad me tocan?", "none"),
    ("es", "oos", "¿Cuánto me van a pagar de pensión al mes? Gano 8000 yuanes", "none"),
    ("es", "oos", "se me mojo la tarjeta de salud y ya no lee, me dan otra?", "none"),
    ("es", "oos", "qué hospitales privados de Beijing aceptan el seguro médico?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿Quién emite la tarjeta electrónica de seguro social?",
     "card:esocial:issuer"),
    ("es", "card", "la tarjeta de seguro social es fisica o electronica?",
     "card:social:form"),
    ("es", "card", "para que sirve la tarjeta de salud?", "card:health:function"),
    ("es", "card", "q es la tarjeta ciudadana jaja nunca la vi", "card:citizen:what"),
    ("es", "card", "quien puede sacar el certificado electronico de seguro medico",
     ("card:emedical:eligibility", "task:getemedical")),
    ("es", "card", "la tarjetita vieja del seguro medico, quien la emitia?",
     "card:medical:issuer"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare",
     "¿Cuál es la diferencia entre la tarjeta de seguro social física y la electrónica? 🤔",
     "cmp:social:esocial"),
    ("es", "compare", "tarjeta de salud vs tarjeta del seguro social, en que se diferencian?",
     ("cmp:social:health", "faq:1")),
    ("es", "compare",
     "Diferencias entre el certificado electrónico de seguro médico y la tarjeta de salud?",
     "cmp:emedical:health"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq",
     "¿La tarjeta de seguro social es lo mismo que la tarjeta de seguro médico? Tengo las "
     "dos y no entiendo nada 😅",
     ("faq:2", "cmp:social:medical")),
    ("es", "faq",
     "son lo mismo el certificado electronico de seguro medico y la tarjeta electronica de "
     "seguro social?",
     ("faq:5", "cmp:esocial:emedical")),
    ("es", "faq",
     "¿La tarjeta de recursos humanos y seguridad social es una tarjeta del seguro social?",
     "faq:4"),
    ("es", "faq", "qué registra la tarjeta del seguro social y qué puedo hacer con ella?",
     "faq:7"),
    ("es", "faq",
     "Mi jefe dice que me va a inscribir en el seguro 'más adelante' 🙄 ¿cuánto tiempo tiene "
     "para hacerlo?",
     ("faq:9", "law:sil-58")),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice el artículo 2 de la ley de seguro social?", "law:sil-2"),
    ("es", "law",
     "que articulo dice que el seguro social tiene que tener amplia cobertura y ser "
     "sostenible?",
     "law:sil-3"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "holaaa 😊", "greeting"),
    ("es", "greeting", "muchísimas gracias, me salvaste la vida!! 🙏", "greeting"),
    ("es", "greeting", "bueno chau, cuidate", "greeting"),
)
