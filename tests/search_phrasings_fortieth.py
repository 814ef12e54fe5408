"""Fortieth phrasing set (everyday people of all ages), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

FORTIETH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task",
     "my daughter has a fever and were heading to the clinic now. which of my cards do they "
     "want at the registration desk??", "task:hospital"),
    ("en", "task",
     "can i buy cough syrup at the chemist with one of these cards or is it cash only",
     "task:pharmacy"),
    ("en", "task",
     "Good morning. I had a minor operation last month and paid the whole bill myself. Which "
     "card do I use to get those medical expenses reimbursed?", "task:reimburse"),
    ("en", "task", "where do i look up my old checkups and vaccination history",
     "task:healthfile"),
    ("en", "task",
     "want to sort out my medical insurance stuff on my phone instead of queueing for 2 hours. "
     "what do i need", "task:online"),
    ("en", "task",
     "My father retires in March after 30 years at the steel plant. Which card will he need "
     "to collect his pension?", "task:pension"),
    ("en", "task", "got laid off yesterday 😞 how do i claim unemployment money, what card",
     "task:unemployment"),
    ("en", "task",
     "hurt my hand on the press at the factory, foreman says i can get work injury "
     "compensation. which card is that done with", "task:injury"),
    ("en", "task", "how can i check if my boss is actually paying my social insurance every month",
     "task:contributions"),
    ("en", "task",
     "do any of these cards work on the metro? sick of scanning QR codes every morning",
     "task:transport"),
    ("en", "task", "is there a card that gets me into the public reading room in my district",
     "task:services"),
    ("en", "task",
     "my passport is stuck at the visa office for 2 weeks and I need something to prove who I "
     "am. would any of these cards count as ID?", "task:identity"),
    ("en", "task", "just started my first job in shenzhen, how do i get a social security card",
     "task:getsocial"),
    ("en", "task", "how do u get the electronic social security card on ur phone",
     "task:getesocial"),
    ("en", "task",
     "I joined medical insurance through work last year. Am I able to get the electronic "
     "medical insurance voucher thing?", "task:getemedical"),
    ("en", "task", "How does one go about applying for a citizen card?", "task:getcitizen"),
    ("en", "task",
     "Dear Sir or Madam, I have an appointment at a designated hospital next Tuesday. Kindly "
     "advise which card I should present when paying. Yours faithfully, R. Patel",
     "task:hospital"),
    ("en", "task", "grandma needs her blood pressure pills refilled which card do we take to the "
     "drugstore", "task:pharmacy"),
    ("en", "task",
     "is there any way to see how much has gone into my pension account in total so far",
     "task:contributions"),
    ("en", "task",
     "i want to pay bus fares with a card instead of coins. which of the six does that",
     "task:transport"),
    ("en", "task",
     "My contract wasn't renewed and I'm between jobs now. I need to register as unemployed "
     "and apply for benefits - which card handles that?", "task:unemployment"),
    ("en", "task",
     "im 59 and planning ahead... when the old age pension starts which card do i use "
     "to draw it", "task:pension"),
    ("en", "task", "which certificate lets me log in to handle medical insurance business online",
     "task:online"),
    ("en", "task",
     "new doctor asked for my medical records from the last hospital. is there a card that "
     "keeps those?", "task:healthfile"),
    ("en", "task", "what cards do i need for all the medical side of things - doctor, meds, "
     "getting money back", "tasks:care"),
    ("en", "task", "which cards matter for money stuff like pension, dole and injury payouts",
     "tasks:money"),
    ("en", "task", "I already have the plastic social security card. how do I activate the "
     "electronic one?", "task:getesocial"),
    ("en", "task",
     "my coworker fell off the scaffolding on site last week, broke his leg. what card does "
     "he need to claim work-related injury benefits", "task:injury"),
    ("en", "task", "after my stay in hospital can the social card get me reimbursed or do i need "
     "some other card", "task:reimburse"),
    ("en", "task", "I have none of these cards yet lol. how do I get one?", "tasks:getcard"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "doctor", "task:hospital"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e-social", "card:esocial"),
    ("en", "short", "healthcard", "card:health"),
    ("en", "short", "pensio", "task:pension"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "med card", "card:medical"),
    ("en", "short", "unemploym", "task:unemployment"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "all cards", "cards"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "I left my social security card in a taxi. How do I get a replacement?", "none"),
    ("en", "oos", "how long does it take for the citizen card to be ready after you apply", "none"),
    ("en", "oos", "how much do they charge to make a new social security card", "none"),
    ("en", "oos", "forgot the PIN on my social card and now its locked, help", "none"),
    ("en", "oos", "what percentage of my salary gets taken for pension insurance?", "none"),
    ("en", "oos",
     "what are guangzhou's own rules for getting a citizen card for a newborn", "none"),
    ("en", "oos",
     "I'm a foreigner on a work visa. If I leave China for good, can I take my pension "
     "contributions with me?", "none"),
    ("en", "oos", "how do i withdraw money from my housing provident fund", "none"),
    ("en", "oos", "my social security card expires next month, how do i renew it", "none"),
    ("en", "oos", "whats the weather like in hangzhou tomorrow", "none"),
    ("en", "oos", "how much is the monthly unemployment benefit in Chengdu roughly?", "none"),
    ("en", "oos",
     "my wife doesn't work. can she be put on my medical insurance as a dependant?", "none"),
    ("en", "oos", "is it worth buying private health insurance on top of the social one", "none"),
    ("en", "oos",
     "the self-service machine at the hospital keeps saying 'chip error' when I insert my "
     "card. what do I do?", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what exactly is the electronic social security card?", "card:esocial"),
    ("en", "card",
     "who issues the electronic medical insurance certificate", "card:emedical:issuer"),
    ("en", "card", "is the health card run by the hospital itself or by some government office?",
     "card:health:manager"),
    ("en", "card",
     "what info is actually stored on the social security card", "card:social:records"),
    ("en", "card",
     "a guy at work says the old medical insurance card is easy to copy. how safe is it "
     "really?", "card:medical:security"),
    ("en", "card", "where can you use a citizen card", "card:citizen:scope"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare",
     "whats the difference between the old medical insurance card and the new electronic "
     "medical insurance thing", "cmp:medical:emedical"),
    ("en", "compare",
     "citizen card vs health card - how are they different?", "cmp:health:citizen"),
    ("en", "compare", "the e social card and the physical social card, what's different about them",
     "cmp:social:esocial"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is a health card a kind of social security card or not", "faq:1"),
    ("en", "faq", "so the citizen card and the social security card are one and the same??",
     ("faq:3", "cmp:social:citizen")),
    ("en", "faq",
     "I started 3 weeks ago and HR still hasn't signed me up for social insurance. When are "
     "they supposed to do it by?", ("faq:9", "law:sil-58")),
    ("en", "faq", "what's my social security number? is it not just my ID number?", "faq:10"),
    ("en", "faq", "how many different types of social security card are there", "faq:8"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what does article 74 of the social insurance law say", "law:sil-74"),
    ("en", "law",
     "is there actually a legal rule saying the social security card has to work anywhere in "
     "the country?", "law:ssc-4"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there", "greeting"),
    ("en", "greeting", "thanks a lot that really helped!!", "greeting"),
    ("en", "greeting", "ok bye 👋", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "mi hijo tiene fiebre y vamos a urgencias, ¿qué tarjeta llevo para registrarlo?",
     "task:hospital"),
    ("es", "task", "¿con cuál tarjeta puedo comprar medicinas en la farmacia?", "task:pharmacy"),
    ("es", "task",
     "pagué de mi bolsillo una consulta en el hospital, cómo hago para que me reembolsen los "
     "gastos médicos", "task:reimburse"),
    ("es", "task", "quiero consultar mi historial médico, ¿hay alguna tarjeta para eso?",
     "task:healthfile"),
    ("es", "task", "necesito hacer trámites del seguro médico por internet, qué me hace falta",
     "task:online"),
    ("es", "task",
     "Buenas tardes. Mi madre se jubila este año y quisiera saber con qué tarjeta cobrará "
     "la pensión. Muchas gracias de antemano.", "task:pension"),
    ("es", "task", "me quedé sin chamba, cómo pido el seguro de desempleo??", "task:unemployment"),
    ("es", "task",
     "tuve un accidente en la obra, ¿qué tarjeta necesito para las prestaciones por accidente "
     "laboral?", "task:injury"),
    ("es", "task", "como veo si la empresa me esta pagando las cotizaciones", "task:contributions"),
    ("es", "task", "hay alguna de estas tarjetas que sirva para el metro y el bus?",
     "task:transport"),
    ("es", "task",
     "¿se puede usar alguna tarjeta para entrar a la sala de lectura pública del barrio?",
     "task:services"),
    ("es", "task",
     "necesito demostrar quién soy en una oficina y no traigo el pasaporte, ¿me sirve alguna "
     "de estas tarjetas?", "task:identity"),
    ("es", "task", "¿Cómo se saca la tarjeta de seguridad social? Empiezo a trabajar el lunes",
     "task:getsocial"),
    ("es", "task", "cómo activo la tarjeta electrónica de seguridad social en el móvil",
     "task:getesocial"),
    ("es", "task", "¿quién puede obtener el certificado electrónico del seguro médico y cómo?",
     "task:getemedical"),
    ("es", "task", "como consigo la tarjeta ciudadana, vivo en hangzhou hace 2 años",
     "task:getcitizen"),
    ("es", "task",
     "Estimados señores: tengo cita en un hospital designado la semana próxima. ¿Podrían "
     "indicarme con qué tarjeta debo pagar? Atentamente, Lucía Fernández", "task:hospital"),
    ("es", "task",
     "mi abuelo necesita sus pastillas de la presión, q tarjeta llevamos a la farmacia",
     "task:pharmacy"),
    ("es", "task", "quiero saber cuánto llevo acumulado en el seguro de pensiones",
     "task:contributions"),
    ("es", "task", "che, para pagar el subte y el colectivo acá en China qué tarjeta uso",
     "task:transport"),
    ("es", "task",
     "Me despidieron y tengo que inscribirme como desempleado. ¿Cuál de las tarjetas se usa "
     "para ese trámite?", "task:unemployment"),
    ("es", "task", "tengo 63 años, ¿qué tarjeta necesito para cobrar mi jubilación?",
     "task:pension"),
    ("es", "task",
     "el médico nuevo quiere ver mis registros médicos anteriores, ¿dónde están guardados "
     "esos datos?", "task:healthfile"),
    ("es", "task", "¿qué tarjetas necesito para todo lo de salud: médico, farmacia, reembolsos?",
     "tasks:care"),
    ("es", "task", "para el día a día, transporte, identificarme, bibliotecas... ¿qué tarjeta "
     "conviene?", "tasks:life"),
    ("es", "task",
     "ya tengo la tarjeta física de seguridad social, ¿cómo obtengo la versión electrónica?",
     "task:getesocial"),
    ("es", "task",
     "mi marido se lastimó la espalda en el trabajo, ¿qué tarjeta necesita para cobrar lo del "
     "accidente laboral?", "task:injury"),
    ("es", "task",
     "¿con la tarjeta de seguridad social me devuelven los gastos médicos o hace falta "
     "otra?", "task:reimburse"),
    ("es", "task", "no tengo ninguna tarjeta todavía, ¿cómo consigo alguna?", "tasks:getcard"),
    ("es", "task",
     "muéstrame todo lo que puedo hacer y con qué tarjeta se hace cada cosa", "tasks"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "urgencias", "task:hospital"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "certificado médi", "card:emedical"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "historial", "task:healthfile"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "accidente lab", "task:injury"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí mi tarjeta de seguridad social en el taxi, ¿cómo pido otra?", "none"),
    ("es", "oos", "¿cuánto tarda en llegar la tarjeta ciudadana?", "none"),
    ("es", "oos", "cuanto cuesta reponer la tarjeta", "none"),
    ("es", "oos", "olvidé la contraseña de mi tarjeta y no me deja pagar", "none"),
    ("es", "oos", "¿qué porcentaje del sueldo me descuentan para la seguridad social?", "none"),
    ("es", "oos",
     "Soy extranjera. ¿Tengo derecho a cobrar la pensión china si regreso a Colombia?", "none"),
    ("es", "oos", "¿cómo saco dinero del fondo de vivienda (公积金)?", "none"),
    ("es", "oos", "en Shanghái cuáles son los requisitos para la tarjeta ciudadana de un menor",
     "none"),
    ("es", "oos", "mi tarjeta está vencida, cómo la renuevo", "none"),
    ("es", "oos", "¿me recomendás un buen hospital en Pekín donde hablen español?", "none"),
    ("es", "oos", "cuánto me van a dar de paro al mes", "none"),
    ("es", "oos", "¿puedo meter a mis hijos en mi seguro médico?", "none"),
    ("es", "oos", "¿qué pasa con mis cotizaciones si me mudo a otra ciudad?", "none"),
    ("es", "oos", "oye, ¿el seguro médico cubre los empastes del dentista?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "¿qué era la antigua tarjeta del seguro médico?", "card:medical"),
    ("es", "card", "¿quién emite la tarjeta de seguridad social?", "card:social:issuer"),
    ("es", "card", "para qué sirve la tarjeta ciudadana", "card:citizen:function"),
    ("es", "card",
     "¿el certificado electrónico de seguro médico es una tarjeta de plástico o es solo "
     "digital?", "card:emedical:form"),
    ("es", "card", "quién puede tener la tarjeta electrónica de seguridad social",
     ("card:esocial:eligibility", "task:getesocial")),
    ("es", "card", "¿qué datos guarda la tarjeta de salud?", "card:health:records"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "diferencias entre la vieja tarjeta del seguro médico y la tarjeta de salud",
     "cmp:medical:health"),
    ("es", "compare", "tarjeta ciudadana vs tarjeta electrónica de seguridad social, compáralas",
     "cmp:esocial:citizen"),
    ("es", "compare",
     "compárame la tarjeta de seguridad social con el certificado electrónico de seguro "
     "médico", "cmp:social:emedical"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "¿la tarjeta de seguridad social y la del seguro médico son lo mismo?",
     ("faq:2", "cmp:social:medical")),
    ("es", "faq",
     "la tarjeta de recursos humanos y seguridad social, ¿es una tarjeta de seguridad "
     "social?", "faq:4"),
    ("es", "faq",
     "el certificado electrónico del seguro médico y la tarjeta electrónica de seguridad "
     "social... ¿son lo mismo o no?", ("faq:5", "cmp:esocial:emedical")),
    ("es", "faq", "¿qué tipos de seguro social existen?", "faq:6"),
    ("es", "faq", "qué registra la tarjeta de seguridad social y qué trámites puedo hacer con ella",
     "faq:7"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 3 de la ley de seguro social?", "law:sil-3"),
    ("es", "law",
     "¿cómo define el artículo 2 de las medidas administrativas la tarjeta de seguridad "
     "social?", "law:ssc-2"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "muchísimas gracias, muy amable", "greeting"),
    ("es", "greeting", "chao, hasta luego", "greeting"),
)
