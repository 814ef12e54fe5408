"""Fifty-eighth phrasing set (askers after life events), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

FIFTYEIGHTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "just got back from the ER w my kid, next time which card do i hand over at "
     "registration??", "task:hospital"),
    ("en", "task", "sprained my ankle hiking, standing at the clinic front desk now and they want "
     "a card. which one", "task:hospital"),
    ("en", "task", "doc just gave me a prescription, walking to the pharmacy now. what card do i "
     "pay with", "task:pharmacy"),
    ("en", "task", "discharged this morning and paid everything out of pocket. how do i get some "
     "of that money back", "task:reimburse"),
    ("en", "task", "I kept all the receipts from my surgery last week. Which card do I use to "
     "claim reimbursement of the medical expenses?", "task:reimburse"),
    ("en", "task", "new doctor wants my old checkup results, where can i look up my health file",
     "task:healthfile"),
    ("en", "task", "had blood tests done yesterday and i want to see my own medical records, which "
     "card gets me in", "task:healthfile"),
    ("en", "task", "Started a new job on Monday. HR told me to sort out my medical insurance "
     "business online, what do I need for that?", "task:online"),
    ("en", "task", "home sick w flu and not going to queue at the insurance office, can i do the "
     "medical insurance stuff from my phone", "task:online"),
    ("en", "task", "My father-in-law retired last Friday. Which card does he need to start drawing "
     "his pension?", "task:pension"),
    ("en", "task", "mum just retired after 30 yrs at the factory, how does she actually collect "
     "the pension, what card", "task:pension"),
    ("en", "task", "got laid off this morning. what card do i need to claim unemployment benefits",
     "task:unemployment"),
    ("en", "task", "The company shut down today and everyone was let go. Which of the cards do I "
     "show when I apply for unemployment insurance benefits?", "task:unemployment"),
    ("en", "task", "fell off a ladder at the warehouse yesterday and broke my wrist. how do i "
     "claim work injury benefits", "task:injury"),
    ("en", "task", "Cut my hand badly on a press at work today. Which card do I need for the "
     "work-related injury insurance?", "task:injury"),
    ("en", "task", "my new boss swears he pays my social insurance. how can i check what's "
     "actually been paid in", "task:contributions"),
    ("en", "task", "Just lost my job and I want to see how many months of contributions are on "
     "record for me. Where do I check that?", "task:contributions"),
    ("en", "task", "just moved to a new city and ride the subway every day, which of these cards "
     "works on buses and metro", "task:transport"),
    ("en", "task", "arrived in town yesterday, is there a card i can tap on the bus instead of "
     "fumbling for coins", "task:transport"),
    ("en", "task", "Moved here last week and found a lovely public reading room round the corner. "
     "Which card lets me use local public services like that?", "task:services"),
    ("en", "task", "at the bank opening an account after my move and they asked what proves who i "
     "am, which card can serve as ID", "task:identity"),
    ("en", "task", "my passport is stuck at the visa office this week, which of the cards can i "
     "use to prove my identity meanwhile", "task:identity"),
    ("en", "task", "first day at new job today and HR asked if i have a social security card. how "
     "do i get one", "task:getsocial"),
    ("en", "task", "Dear bot, I have just been hired by a company here. Could you please explain "
     "who is eligible for a social security card and how it is obtained?", "task:getsocial"),
    ("en", "task", "my physical social security card came in the mail today!! how do i get the "
     "electronic one on my phone from it", "task:getesocial"),
    ("en", "task", "Just got enrolled in medical insurance through my new employer. How do I get "
     "the electronic medical insurance certificate?", "task:getemedical"),
    ("en", "task", "nurse said show the e medical insurance code next time, how do i even get that "
     "thing", "task:getemedical"),
    ("en", "task", "just registered my residence in the new city. how do i apply for the citizen "
     "card here", "task:getcitizen"),
    ("en", "task", "lost my job an hour ago. what can these cards do for me money-wise, pension, "
     "unemployment, that kind of thing", "tasks:money"),
    ("en", "task", "we've only been in this city 3 days, what everyday life stuff can the cards "
     "help with? bus, library, ID...", "tasks:life"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e-medical", "card:emedical"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "laws", "law"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "ss number", "faq:10"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "left my social security card in the taxi back from the hospital, how do i get "
     "a replacement", "none"),
    ("en", "oos", "applied for the social security card through my new job today, how many days "
     "until it arrives?", "none"),
    ("en", "oos", "How much does the citizen card cost? Just moved and want one.", "none"),
    ("en", "oos", "the hospital machine just spat out my social security card, says expired?? how "
     "do i renew it", "none"),
    ("en", "oos", "forgot the PIN for my social security card at the pharmacy counter, what now",
     "none"),
    ("en", "oos", "I was laid off today. How much unemployment benefit will I get per month?",
     "none"),
    ("en", "oos", "dad retired last week, how much pension is he going to get each month", "none"),
    ("en", "oos", "just moved from shanghai to chengdu, are chengdu's citizen card rules "
     "different?", "none"),
    ("en", "oos", "As a foreigner who was just hired, am I legally entitled to Chinese social "
     "insurance at all?", "none"),
    ("en", "oos", "new job also offers the housing provident fund, how does the housing fund work",
     "none"),
    ("en", "oos", "first payslip today and the deduction looks huge. what percentage of salary "
     "goes to social insurance", "none"),
    ("en", "oos", "I quit and I'm moving to another province next week, how do I transfer my "
     "social insurance over there?", "none"),
    ("en", "oos", "my employer now says my injury didnt happen at work, can i sue them", "none"),
    ("en", "oos", "wife just gave birth this morning!! how long is maternity leave here", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "the clinic just handed me a health card, what even is this thing",
     "card:health"),
    ("en", "card", "found my old medical insurance card while unpacking after the move, who issued "
     "that one?", "card:medical:issuer"),
    ("en", "card", "Started work today and HR mentioned the electronic social security card. Is it "
     "an actual card or only on the phone?", "card:esocial:form"),
    ("en", "card", "got pickpocketed on the metro earlier and now im worried, how secure is the "
     "social security card", "card:social:security"),
    ("en", "card", "picked up my citizen card at the district office just now, what is it actually "
     "for", "card:citizen:function"),
    ("en", "card", "the hospital made me scan the electronic medical insurance certificate, where "
     "else is it accepted?", "card:emedical:scope"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "got laid off and sorting papers, i have the old medical insurance card AND "
     "the e-medical certificate, whats the difference", "cmp:medical:emedical"),
    ("en", "compare", "Just moved here. What is the difference between the health card and the "
     "citizen card? Both sound like hospital cards to me.", "cmp:health:citizen"),
    ("en", "compare", "physical social security card vs the electronic one, how do they differ? "
     "onboarding tomorrow", "cmp:social:esocial"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "the hospital gave me a health card today, is that my social security card now??",
     ("cmp:social:health", "faq:1")),
    ("en", "faq", "Just started at a new company. By when is my employer required to register me "
     "for social insurance?", ("faq:9", "law:sil-58")),
    ("en", "faq", "filling in forms after my accident and it asks for my social security number, "
     "what is that", "faq:10"),
    ("en", "faq", "HR at my new job handed me a 'human resources and social security card', is "
     "that a social security card or something else", "faq:4"),
    ("en", "faq", "new contract lists pension, medical, injury and more... what kinds of social "
     "insurance are there?", "faq:6"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "employer says my records arent their problem. what does article 74 of the "
     "social insurance law say", "law:sil-74"),
    ("en", "law", "Which article of the social security card measures says who manages issuing the "
     "cards? I need it for a complaint.", "law:ssc-3"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi, just got out of hospital", "greeting"),
    ("en", "greeting", "thanks!! heading to the pharmacy now", "greeting"),
    ("en", "greeting", "ok bye, they're calling my number", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "acabo de salir de urgencias con mi hijo, la próxima vez qué tarjeta llevo al "
     "hospital", "task:hospital"),
    ("es", "task", "estoy en la ventanilla de registro del hospital y me piden una tarjeta para "
     "pagar, cuál es?", "task:hospital"),
    ("es", "task", "me acaban de recetar antibióticos, con qué tarjeta compro en la farmacia",
     "task:pharmacy"),
    ("es", "task", "me dieron el alta ayer y pagué todo de mi bolsillo, cómo pido el reembolso de "
     "los gastos médicos", "task:reimburse"),
    ("es", "task", "Estimados: tras mi operación de la semana pasada conservo todas las facturas. "
     "¿Qué tarjeta necesito para el reembolso?", "task:reimburse"),
    ("es", "task", "el médico nuevo quiere ver mi historial, dónde consulto mi expediente de salud",
     "task:healthfile"),
    ("es", "task", "quiero ver los resultados de mis análisis de ayer y mi historial médico, qué "
     "tarjeta sirve", "task:healthfile"),
    ("es", "task", "empecé trabajo nuevo y me dicen que haga los trámites del seguro médico por "
     "internet, qué necesito", "task:online"),
    ("es", "task", "mi suegro se jubiló el viernes, qué tarjeta necesita para cobrar la pensión",
     "task:pension"),
    ("es", "task", "mi mamá se acaba de jubilar, cómo cobra la jubilación, con cuál tarjeta",
     "task:pension"),
    ("es", "task", "me despidieron hoy, con qué tarjeta pido el subsidio de desempleo",
     "task:unemployment"),
    ("es", "task", "me quedé sin chamba esta mañana, que tarjeta ocupo pa cobrar el seguro de "
     "desempleo", "task:unemployment"),
    ("es", "task", "me caí de un andamio en la obra ayer, cómo reclamo las prestaciones por "
     "accidente laboral", "task:injury"),
    ("es", "task", "Me corté con una máquina en la fábrica. ¿Qué tarjeta necesito para el seguro "
     "de lesiones de trabajo?", "task:injury"),
    ("es", "task", "mi jefe nuevo dice que ya me paga el seguro social, cómo compruebo lo que se "
     "ha cotizado", "task:contributions"),
    ("es", "task", "me acaban de despedir y quiero saber cuántos meses tengo cotizados, dónde lo "
     "consulto", "task:contributions"),
    ("es", "task", "acabo de mudarme y tomo el metro todos los días, qué tarjeta sirve para bus y "
     "metro", "task:transport"),
    ("es", "task", "llegué ayer a la ciudad, hay alguna tarjeta para pagar el autobús sin "
     "efectivo?", "task:transport"),
    ("es", "task", "me mudé hace una semana y hay una sala de lectura pública cerca, con qué "
     "tarjeta puedo usarla", "task:services"),
    ("es", "task", "mi pasaporte está en trámite de visado esta semana, qué tarjeta me sirve para "
     "demostrar quién soy", "task:identity"),
    ("es", "task", "cuál de las tarjetas vale como identificación? me la pidieron en la oficina "
     "del trabajo nuevo", "task:identity"),
    ("es", "task", "primer día en el trabajo nuevo y RRHH me preguntó por la tarjeta de seguridad "
     "social. cómo la saco", "task:getsocial"),
    ("es", "task", "Buenas tardes. Me acaban de contratar. ¿Quién puede obtener la tarjeta de "
     "seguridad social y cómo se tramita?", "task:getsocial"),
    ("es", "task", "hoy me llegó la tarjeta física de seguridad social, cómo saco la electrónica "
     "en el móvil", "task:getesocial"),
    ("es", "task", "me acabo de afiliar al seguro médico con la empresa, cómo consigo el "
     "certificado electrónico de seguro médico", "task:getemedical"),
    ("es", "task", "acabo de empadronarme en la nueva ciudad, cómo pido la tarjeta ciudadana",
     "task:getcitizen"),
    ("es", "task", "me quedé sin trabajo hoy, qué temas de dinero (pensión, paro, etc) puedo "
     "resolver con las tarjetas", "tasks:money"),
    ("es", "task", "acabo de salir del hospital, qué tarjetas sirven para todo lo de salud y "
     "atención médica", "tasks:care"),
    ("es", "task", "me acaban de contratar y quiero sacar todas las tarjetas que me tocan, cómo se "
     "consigue cada una", "tasks:getcard"),
    ("es", "task", "recién me mudé a china, muéstrame todo lo que puedo hacer con cada tarjeta",
     "tasks"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjeta seguridad", "card:social"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "cotizaciones", "task:contributions"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta de seguridad social en el hospital, cómo saco otra", "none"),
    ("es", "oos", "cuánto tarda en llegar la tarjeta de seguridad social? la pedí hoy en el "
     "trabajo nuevo", "none"),
    ("es", "oos", "cuánto cuesta sacar la tarjeta ciudadana?", "none"),
    ("es", "oos", "se me venció la tarjeta del seguro y no pasó en la caja del hospital, cómo la "
     "renuevo", "none"),
    ("es", "oos", "olvidé el PIN de la tarjeta justo en la caja de la farmacia", "none"),
    ("es", "oos", "me despidieron, cuánto me van a pagar de desempleo al mes", "none"),
    ("es", "oos", "mi padre se jubiló, cuánto le toca de pensión", "none"),
    ("es", "oos", "acabo de mudarme a Cantón, cómo funciona la tarjeta ciudadana en esa ciudad en "
     "concreto", "none"),
    ("es", "oos", "Como extranjero recién contratado, ¿tengo derecho legal a la seguridad social "
     "en China?", "none"),
    ("es", "oos", "en el trabajo nuevo me hablan del fondo de vivienda, qué es eso y cómo funciona",
     "none"),
    ("es", "oos", "me llegó la primera nómina, qué porcentaje del sueldo se va en seguro social?",
     "none"),
    ("es", "oos", "me mudo a otra provincia, cómo traspaso mis cotizaciones", "none"),
    ("es", "oos", "mi jefe dice que el accidente no fue en horario laboral, puedo demandarlo?",
     "none"),
    ("es", "oos", "acabo de tener un bebé, cuántas semanas de baja por maternidad me tocan",
     "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "qué ley regula la tarjeta de seguridad social? me la dieron hoy en la empresa",
     "card:social:legal"),
    ("es", "card", "acabo de mudarme, en qué sitios se puede usar la tarjeta ciudadana",
     "card:citizen:scope"),
    ("es", "card", "quién gestiona la tarjeta de salud? me la hicieron hoy en la clínica",
     "card:health:manager"),
    ("es", "card", "qué es la tarjeta electrónica de seguridad social", "card:esocial"),
    ("es", "card", "encontré la vieja tarjeta del seguro médico en la mudanza, para qué sirve?",
     "card:medical:function"),
    ("es", "card", "el certificado electrónico de seguro médico es una tarjeta física o solo "
     "digital?", "card:emedical:form"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "diferencia entre la tarjeta de salud y la vieja tarjeta de seguro médico",
     "cmp:medical:health"),
    ("es", "compare", "tarjeta ciudadana vs tarjeta electrónica de seguridad social, en qué se "
     "diferencian? me acabo de mudar", "cmp:esocial:citizen"),
    ("es", "compare", "en qué se diferencian la tarjeta de seguridad social y el certificado "
     "electrónico de seguro médico", "cmp:social:emedical"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "el certificado electrónico de seguro médico y la tarjeta electrónica de "
     "seguridad social son lo mismo?", ("cmp:esocial:emedical", "faq:5")),
    ("es", "faq", "la tarjeta ciudadana y la de seguridad social son la misma tarjeta? me dieron "
     "una al mudarme", ("cmp:social:citizen", "faq:3")),
    ("es", "faq", "me acaban de dar la tarjeta de seguridad social: qué información guarda y qué "
     "puedo hacer con ella?", "faq:7"),
    ("es", "faq", "mi papá se jubiló y le dieron otra tarjeta de seguridad social, qué tipos de "
     "tarjeta hay?", "faq:8"),
    ("es", "faq", "la tarjeta de seguridad social es igual que la del seguro médico? tengo las dos "
     "en la cartera", ("cmp:social:medical", "faq:2")),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "qué dice el artículo 3 de la ley de seguro social? lo vi en un papel del "
     "hospital", "law:sil-3"),
    ("es", "law", "según el reglamento de tarjetas, por qué mi tarjeta de seguridad social tendría "
     "que servir en todo el país? cambié de provincia", "law:ssc-4"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, acabo de llegar de urgencias", "greeting"),
    ("es", "greeting", "muchas gracias, ya me voy a la farmacia", "greeting"),
    ("es", "greeting", "listo, chao", "greeting"),
)
