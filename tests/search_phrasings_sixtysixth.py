"""Sixty-sixth phrasing set (people in a hurry at a counter or in a queue: hospital, pharmacy,
metro gate, government office, HR desk), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

SIXTYSIXTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "at the hospital registration window rn, which card do they want from me",
     "task:hospital"),
    ("en", "task", "queue at the hospital cashier moving fast, can i pay with one of these cards "
     "or what", "task:hospital"),
    ("en", "task", "pharmacy counter, guy wants a card to use my medical insurance. which one??",
     "task:pharmacy"),
    ("en", "task", "buying cold medicine at the pharmacy, what card do i hand over",
     "task:pharmacy"),
    ("en", "task", "hospital billing told me go get my expenses reimbursed, which card do i need "
     "for that", "task:reimburse"),
    ("en", "task", "got receipts from last weeks surgery, window 4 says reimbursement needs a card."
     " which", "task:reimburse"),
    ("en", "task", "doctor wants my old medical records, which card pulls up my health file",
     "task:healthfile"),
    ("en", "task", "just show me what card is for what, i have two minutes before my number is "
     "called", "tasks"),
    ("en", "task", "HR says do the medical insurance stuff online instead of queuing, what do i "
     "use to log in", "task:online"),
    ("en", "task", "the medical insurance counter says handle it online, which card or "
     "certificate works for that", "task:online"),
    ("en", "task", "at the social security office with my dad, he wants to start getting his "
     "pension, what card", "task:pension"),
    ("en", "task", "retiring next month, HR desk asks which card ill collect my pension with",
     "task:pension"),
    ("en", "task", "just got laid off, standing at the labor bureau window. what card to claim "
     "unemployment benefits", "task:unemployment"),
    ("en", "task", "out of work since friday, which card do they need at the counter for "
     "unemployment registration", "task:unemployment"),
    ("en", "task", "hurt my hand at the factory, HR wants to know what card for the work injury "
     "claim", "task:injury"),
    ("en", "task", "applying for work related injury benefits, which card should i bring to the "
     "office", "task:injury"),
    ("en", "task", "at the HR desk, how do i check if my company actually paid my social "
     "insurance", "task:contributions"),
    ("en", "task", "want to see how much has been paid into my pension so far, which card do i "
     "use to check", "task:contributions"),
    ("en", "task", "stuck at the metro gate with a line behind me, which card can i tap",
     "task:transport"),
    ("en", "task", "which card works on the bus? driver is waiting", "task:transport"),
    ("en", "task", "public reading room lady asks for a card to get in, which one is that",
     "task:services"),
    ("en", "task", "government office wants proof of who i am, which of these cards counts as ID",
     "task:identity"),
    ("en", "task", "new job, HR desk says i need a social security card, how do i get it",
     "task:getsocial"),
    ("en", "task", "hospital screen says scan your electronic social security card, how do i get "
     "one on my phone", "task:getesocial"),
    ("en", "task", "pharmacist wants the electronic medical insurance certificate, how do i get "
     "it quick", "task:getemedical"),
    ("en", "task", "at the citizen service hall, who can apply for a citizen card and how",
     "task:getcitizen"),
    ("en", "task", "quick, everything medical i can do with these cards (doctor, meds, refunds)",
     "tasks:care"),
    ("en", "task", "money stuff: pension, unemployment, checking contributions. which card for "
     "each", "tasks:money"),
    ("en", "task", "everyday stuff like bus, library, proving ID, which cards do what",
     "tasks:life"),
    ("en", "task", "in the queue at the admin office, how do i get each of these cards? just the "
     "list", "tasks:getcard"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "hospital", "task:hospital"),
    ("en", "short", "metro", "task:transport"),
    ("en", "short", "pensi", "task:pension"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "e-medical", "card:emedical"),
    ("en", "short", "reimburse", "task:reimburse"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "law", "law"),
    ("en", "short", "e-social card", "card:esocial"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "lost my social security card somewhere in the metro, how do i get a new one",
     "none"),
    ("en", "oos", "how long till the citizen card is ready? lady at the counter didnt say", "none"),
    ("en", "oos", "how much does it cost to replace a damaged social security card", "none"),
    ("en", "oos", "forgot my ssc pin and the pharmacy machine locked it, what now", "none"),
    ("en", "oos", "what percentage of an outpatient bill gets reimbursed", "none"),
    ("en", "oos", "does a shanghai citizen card work on the beijing subway", "none"),
    ("en", "oos", "im a foreigner on a work visa, am i even allowed a citizen card", "none"),
    ("en", "oos", "can i pay this hospital bill with my housing fund", "none"),
    ("en", "oos", "my social security card expired, how do i renew it", "none"),
    ("en", "oos", "what time does the social security office close today, still in line", "none"),
    ("en", "oos", "HR wants to link my ssc to a bank, which banks are allowed", "none"),
    ("en", "oos", "how much pension will i get each month", "none"),
    ("en", "oos", "can my wife use my medical insurance card at the pharmacy while im at work",
     "none"),
    ("en", "oos", "metro gate keeps beeping card invalid, why", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "bank teller here: who actually issues the old medical insurance card",
     "card:medical:issuer"),
    ("en", "card", "is the electronic social security card a real card or just on the phone",
     "card:esocial:form"),
    ("en", "card", "how safe is the social security card, clerk says it has a chip",
     "card:social:security"),
    ("en", "card", "nurse keeps saying health card, what even is it", "card:health"),
    ("en", "card", "what can the electronic medical insurance certificate be used for",
     "card:emedical:function"),
    ("en", "card", "who issues the citizen card, the city or the social security people",
     "card:citizen:issuer"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "citizen card vs health card, whats the diff, quick", "cmp:health:citizen"),
    ("en", "compare", "old medical insurance card vs the electronic medical insurance certificate,"
     " difference?", "cmp:medical:emedical"),
    ("en", "compare", "social security card vs electronic social security card, how are they "
     "different", "cmp:social:esocial"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "nurse said health card, is that the same as my social security card?",
     "faq:1"),
    ("en", "faq", "HR desk gave me a human resources and social security card, is that a social "
     "security card", "faq:4"),
    ("en", "faq", "what kinds of social insurance are there, form has checkboxes", "faq:6"),
    ("en", "faq", "what types of social security cards exist", "faq:8"),
    ("en", "faq", "form asks for my social security number, what is that", "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which article says the social security card has to work everywhere in the "
     "country", "law:ssc-4"),
    ("en", "law", "what does article 75 of the social insurance law say", "law:sil-75"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi", "greeting"),
    ("en", "greeting", "thanks that helped, my numbers up", "greeting"),
    ("en", "greeting", "ok bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "estoy en la ventanilla de registro del hospital, ¿qué tarjeta me piden?",
     "task:hospital"),
    ("es", "task", "en la caja del hospital con prisa, ¿con qué tarjeta pago la consulta?",
     "task:hospital"),
    ("es", "task", "en la cola de la farmacia, ¿qué tarjeta uso para pagar con el seguro médico?",
     "task:pharmacy"),
    ("es", "task", "quiero comprar medicinas ya, ¿cuál de las tarjetas sirve en la farmacia?",
     "task:pharmacy"),
    ("es", "task", "me dijeron en el hospital que pida el reembolso de los gastos, ¿qué tarjeta "
     "necesito?", "task:reimburse"),
    ("es", "task", "tengo las facturas del médico aquí, ¿con qué tarjeta tramito el reembolso?",
     "task:reimburse"),
    ("es", "task", "el doctor quiere ver mi historial médico, ¿qué tarjeta me deja consultar mi "
     "expediente de salud?", "task:healthfile"),
    ("es", "task", "en RRHH me dicen que haga lo del seguro médico por internet, ¿qué uso?",
     "task:online"),
    ("es", "task", "para hacer trámites del seguro médico en línea, ¿qué certificado necesito?",
     "task:online"),
    ("es", "task", "estoy en la oficina de seguridad social, quiero cobrar mi pensión, ¿qué "
     "tarjeta traigo?", "task:pension"),
    ("es", "task", "me jubilo pronto, ¿con qué tarjeta se cobra la pensión?", "task:pension"),
    ("es", "task", "me despidieron, estoy en la ventanilla, ¿qué tarjeta para pedir el subsidio "
     "de desempleo?", "task:unemployment"),
    ("es", "task", "para registrarme como desempleado, ¿qué tarjeta llevo a la oficina?",
     "task:unemployment"),
    ("es", "task", "me lastimé en el trabajo, RRHH pregunta qué tarjeta para las prestaciones por "
     "accidente laboral", "task:injury"),
    ("es", "task", "tuve un accidente en la obra, ¿con qué tarjeta pido las prestaciones?",
     "task:injury"),
    ("es", "task", "en RRHH, ¿cómo compruebo si la empresa pagó mis cotizaciones?",
     "task:contributions"),
    ("es", "task", "quiero ver cuánto llevo cotizado, ¿qué tarjeta uso para consultarlo?",
     "task:contributions"),
    ("es", "task", "delante del torniquete del metro, ¿cuál de las tarjetas sirve para entrar?",
     "task:transport"),
    ("es", "task", "¿qué tarjeta vale para el autobús? el conductor me está mirando",
     "task:transport"),
    ("es", "task", "en la sala de lectura pública piden una tarjeta, ¿cuál es?", "task:services"),
    ("es", "task", "en la oficina del gobierno me piden demostrar quién soy, ¿qué tarjeta sirve "
     "como identificación?", "task:identity"),
    ("es", "task", "empecé a trabajar, RRHH dice que necesito la tarjeta de seguridad social, "
     "¿cómo la saco?", "task:getsocial"),
    ("es", "task", "¿cómo consigo la tarjeta electrónica de seguridad social en el móvil? la piden "
     "en la ventanilla", "task:getesocial"),
    ("es", "task", "la farmacia pide el certificado electrónico de seguro médico, ¿cómo lo obtengo "
     "rápido?", "task:getemedical"),
    ("es", "task", "en el centro de atención al ciudadano, ¿quién puede sacar la tarjeta "
     "ciudadana y cómo?", "task:getcitizen"),
    ("es", "task", "rápido, todo lo de salud: médico, medicinas, reembolsos, ¿qué tarjeta para "
     "cada cosa?", "tasks:care"),
    ("es", "task", "lo de dinero: pensión, paro, cotizaciones, ¿con qué tarjeta?", "tasks:money"),
    ("es", "task", "cosas del día a día como bus, biblioteca, identificarme, ¿qué tarjetas?",
     "tasks:life"),
    ("es", "task", "¿cómo se saca cada una de estas tarjetas? dame la lista", "tasks:getcard"),
    ("es", "task", "tengo dos minutos, ¿qué tarjeta sirve para qué?", "tasks"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "médico", "task:hospital"),
    ("es", "short", "autobús", "task:transport"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta sanita", "card:health"),
    ("es", "short", "seguridad socia", "card:social"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "historial médico", "task:healthfile"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta de seguridad social en el metro, ¿cómo saco otra?", "none"),
    ("es", "oos", "¿cuánto tarda en estar lista la tarjeta ciudadana?", "none"),
    ("es", "oos", "¿cuánto cuesta la tarjeta sanitaria? estoy en la cola", "none"),
    ("es", "oos", "olvidé el PIN de la tarjeta y la máquina de la farmacia la bloqueó", "none"),
    ("es", "oos", "¿qué porcentaje me devuelven de una consulta externa?", "none"),
    ("es", "oos", "¿la tarjeta ciudadana de Hangzhou sirve en el metro de Shanghái?", "none"),
    ("es", "oos", "soy extranjera, si me voy de China ¿pierdo mi pensión?", "none"),
    ("es", "oos", "¿puedo pagar el hospital con el fondo de vivienda?", "none"),
    ("es", "oos", "se me venció la tarjeta de seguridad social, ¿cómo la renuevo?", "none"),
    ("es", "oos", "¿a qué hora cierra hoy la oficina de seguridad social?", "none"),
    ("es", "oos", "¿puede mi marido usar mi tarjeta de seguro médico en la farmacia?", "none"),
    ("es", "oos", "¿cuánto me descuentan del sueldo para la seguridad social?", "none"),
    ("es", "oos", "¿cuánto se cobra de paro al mes?", "none"),
    ("es", "oos", "¿necesito cita previa para la ventanilla de la tarjeta?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "rápido: ¿qué es la tarjeta electrónica de seguridad social?", "card:esocial"),
    ("es", "card", "¿qué información guarda la tarjeta sanitaria?", "card:health:records"),
    ("es", "card", "¿quién gestiona la tarjeta de seguridad social?", "card:social:manager"),
    ("es", "card", "¿dónde se puede usar la tarjeta ciudadana?", "card:citizen:scope"),
    ("es", "card", "la tarjeta vieja del seguro médico, ¿para qué sirve?",
     "card:medical:function"),
    ("es", "card", "¿quién emite el certificado electrónico de seguro médico?",
     "card:emedical:issuer"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "diferencias entre la tarjeta sanitaria y la tarjeta de seguridad social, "
     "rápido", ("cmp:social:health", "faq:1")),
    ("es", "compare", "tarjeta de seguro médico vieja vs tarjeta ciudadana, ¿en qué se "
     "diferencian?", "cmp:medical:citizen"),
    ("es", "compare", "¿en qué se diferencian el certificado electrónico de seguro médico y la "
     "tarjeta sanitaria?", "cmp:emedical:health"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta de seguridad social es la misma que la del seguro médico?",
     "faq:2"),
    ("es", "faq", "¿la tarjeta ciudadana y la de seguridad social son la misma tarjeta?",
     "faq:3"),
    ("es", "faq", "¿el certificado electrónico de seguro médico y la tarjeta electrónica de "
     "seguridad social son lo mismo?", "faq:5"),
    ("es", "faq", "¿qué registra la tarjeta de seguridad social y qué puedo hacer con ella?",
     "faq:7"),
    ("es", "faq", "¿en cuánto tiempo tiene que darme de alta mi empresa en la seguridad social?",
     "faq:9"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 3 de la ley de seguro social?", "law:sil-3"),
    ("es", "law", "¿qué artículo dice quién administra la emisión de las tarjetas de seguridad "
     "social?", "law:ssc-3"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "gracias, ya me toca", "greeting"),
    ("es", "greeting", "chao", "greeting"),
)
