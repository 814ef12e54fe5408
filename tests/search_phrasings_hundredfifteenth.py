"""Hundred-and-fifteenth phrasing set (rambling askers), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDFIFTEENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "I teach English at a primary school in Chengdu and woke up with a fever this morning. "
            "My colleague Mr. Li says I should bring some card when I register at the hospital but "
            "he was vague about which one. Which card do I actually need to register and pay at a "
            "hospital?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "ok so long story, my wife is 7 months pregnant and we've been going to a public "
            "hospital in Nanjing paying cash every time like idiots. the lady at the counter "
            "pointed at my wallet and said 'card, card' - which card are we supposed to use to see "
            "a doctor there?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "Retired engineer here, 68, living with my daughter in Qingdao. I take blood pressure "
            "pills every day and the pharmacy downstairs asked if I had a card to pay with. Which "
            "card works for buying medicine at a pharmacy?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "my roommate from Kenya buys his allergy meds at the drugstore near campus and just "
            "taps some card, meanwhile I've been paying full price like a fool lol. what card lets "
            "you buy medicine at the pharmacy on insurance?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "Last month I spent almost 4000 yuan on a knee MRI and physio in Guangzhou. HR at my "
            "logistics company says I can get part of it back but only told me to 'use the card'. "
            "Which card do I use to get medical expenses reimbursed?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "So my son broke his wrist playing football and the hospital bill was brutal. Our "
            "Chinese neighbour says you claim some of it back through insurance somehow. Which "
            "card is the one for getting those medical costs reimbursed?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "I'm a nurse from the Philippines working at a private clinic in Shenzhen, and a "
            "patient asked me today how she could see her own past medical records. Honestly I "
            "didn't know. Which card lets you look up your personal health file?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "Moving from Xi'an to Dalian next month and the new doctor will want my history, I had "
            "surgery here two years ago. Is there a card I can use to pull up my health records?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "I'm a freelance designer in Hangzhou and I hate queues with a passion. My friend Wei "
            "handles all her medical insurance stuff from her phone and never goes to an office. "
            "What do I need to do medical insurance business online?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "night shift at the factory means every office is closed when I'm awake. can i sort "
            "out my medical insurance things on my phone instead, and what do i need for that?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "I'm 59, been at a joint venture in Tianjin for twelve years, and retirement is "
            "getting close. A coworker said I'll need some card when it's time to collect my "
            "pension. Which card is used for drawing a pension?"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "My father-in-law just retired from the steel plant and he's asking me (the foreign "
            "son-in-law who supposedly 'knows computers') how his old-age pension gets paid out. "
            "which card does he need for that?"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "Got laid off from a tech startup in Beijing on Friday, 30 of us gone in one meeting. "
            "Still processing it honestly. Which card do I need to claim unemployment benefits?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "My husband lost his job at the port in Ningbo and we're trying to figure out what "
            "he's entitled to. A lady at the community office mentioned registering as unemployed. "
            "What card does he use to apply for unemployment insurance benefits?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "I'm a site supervisor on a construction project in Wuhan and one of my guys cut his "
            "hand badly on rebar yesterday. The foreman says he can get work injury benefits. "
            "Which card is used for work-related injury claims?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "I've been at three different companies in Shanghai over five years and I have zero "
            "idea if they all paid my social insurance properly, my old boss was kind of shady. "
            "How can I check what's actually been paid in, and with which card?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "my accountant friend told me over hotpot that I should check my contribution history "
            "every year 'just in case'. which card lets me see how much has gone into my pension "
            "and medical insurance?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "Just moved to Suzhou for a teaching job and I'm still buying single metro tickets "
            "every day like a tourist. My colleague has a card she taps on the bus and the metro. "
            "Which card is that?"
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "Is there a card that works on both the bus and the subway? I'm a 22 year old exchange "
            "student in Xiamen and all the local students seem to have one."
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "I'm a total bookworm and just found out the city library in Hangzhou has a decent "
            "English section, plus there are public reading rooms near my flat. The librarian said "
            "something about a card for residents. Which card gets you into local public services "
            "like that?"
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "The clerk at a bank in Shenyang wanted extra proof of who I am and apparently my "
            "passport copy wasn't enough. My Chinese friend said locals use a card for that. Which "
            "of these cards can prove your identity?"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "Started a new job at a hotel in Sanya two weeks ago. Nobody has mentioned a social "
            "security card and I'm too shy to ask HR. How do you get a social security card, and "
            "who can have one?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "I finally have the physical social security card after months of waiting. Now my "
            "colleague says I should get the electronic version on my phone as well. How do I get "
            "the electronic social security card?"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "My sister-in-law keeps flashing a QR code at the clinic and calls it her 'electronic "
            "medical insurance certificate'. I'm in the medical insurance too, through my job at a "
            "bakery. Can I get one, and what's required?"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        (
            "Been living in Wuxi for three years now and I see locals using their citizen card for "
            "everything. Who can actually get a citizen card, and how?"
        ),
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "I'm 45, diabetic, and just relocated to Chongqing with my company. Everything medical "
            "is new to me here: doctors, medicine, getting money back, records. What can these "
            "cards do for my health care?"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "Money stuff is what stresses me out most. I'm an accountant, ironically, at a German "
            "firm in Dalian, and I want to understand pension, unemployment and what's been paid "
            "in. Which money matters can these cards help me with?"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "My partner and I just moved to Shenzhen and we're sorting out everyday life: getting "
            "around, the library, proving who we are at offices. Which cards help with daily life "
            "stuff?"
        ),
        "tasks:life",
    ),
    (
        "en",
        "task",
        (
            "Honestly I don't have ANY of these cards yet, I've only been in Kunming two months "
            "doing my master's. What are the ways to get each of the different cards?"
        ),
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        (
            "My mum is visiting and asking me a million questions about Chinese cards, and I keep "
            "saying 'no idea'. Where do I even start, what are the things people use these cards "
            "for?"
        ),
        "tasks",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "elect", ("card:esocial", "card:emedical")),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "hr and social security card", "card:social"),
    ("en", "short", "e medical cert", "card:emedical"),
    ("en", "short", "pharm", "task:pharmacy"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        (
            "I left my wallet in a Didi in Chengdu last night with my social security card inside, "
            "and the driver isn't answering. How do I report the card lost and get a replacement?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "How much does it cost to get a social security card made? The HR lady at my company "
            "in Guiyang said there might be a fee but she wasn't sure."
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I applied for the social security card through my company in Zhuhai about three weeks "
            "ago. How long does it usually take before the card is ready?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "where is the social security office in Chaoyang district? I'm in Beijing and the maps "
            "app keeps sending me to a closed building"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I'm an American teacher leaving China for good in June after six years. Can I "
            "withdraw my pension contributions when I leave the country?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "The chip on my card seems to have died, the pharmacy machine won't read it anymore. "
            "I'm a grumpy 70 year old and tired of this nonsense. How do I get a new one?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "What percentage of my salary goes to social insurance each month? My payslip in "
            "Shenzhen shows deductions and I'm trying to check the math."
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Does Shanghai have special rules for foreigners paying into social insurance? A "
            "friend at the consulate party said foreigners can opt out there."
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I forgot the PIN for my social security card and the bank teller just shrugged at me. "
            "How do I reset the password?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "My wife doesn't work, she stays home with our twins in Xiamen. Can she be added to my "
            "medical insurance as a dependant?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Is there an English version of the social security app? My Chinese is terrible and my "
            "colleague is tired of translating every screen for me."
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "My company in Dongguan went bankrupt and still owes three months of social insurance. "
            "Can I take them to court over it?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "Does the medical insurance cover dental work? I cracked a molar on a peach pit in "
            "Wuhan, don't ask."
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "I'm moving from Hangzhou to Chengdu for a new job in September. How do I transfer my "
            "social insurance to the new city?"
        ),
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        (
            "My daughter's kindergarten in Harbin asked whether she has a health card. I'm a "
            "software tester and I like to understand things properly before filling in forms. "
            "Tell me about the health card."
        ),
        "card:health",
    ),
    (
        "en",
        "card",
        (
            "Who issues the electronic medical insurance certificate? It popped up in WeChat and "
            "I'm paranoid about scams, got burned once in Guangzhou."
        ),
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        (
            "I'm a 30 year old chef in Xiamen and my first boss gave me a medical insurance card "
            "years ago. How secure is that card? People say it's easy to mess with."
        ),
        "card:medical:security",
    ),
    (
        "en",
        "card",
        (
            "What information does the social security card actually record about me? My "
            "girlfriend is a privacy nerd and now she's got me worried."
        ),
        "card:social:records",
    ),
    (
        "en",
        "card",
        (
            "Is the electronic social security card only a phone thing, or is there something "
            "physical too? My brother in Foshan has one and I honestly can't tell."
        ),
        "card:esocial:form",
    ),
    (
        "en",
        "card",
        (
            "Who issues the citizen card? My landlord in Changsha says it's the city, my coworker "
            "says it's the bank, and they've been arguing for ten minutes."
        ),
        "card:citizen:issuer",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "My old company gave me a medical insurance card back in 2012 and my new one gave me a "
            "social security card. I'm 50 and my memory isn't great. What's actually the "
            "difference between them?"
        ),
        ("cmp:social:medical", "faq:2"),
    ),
    (
        "en",
        "compare",
        (
            "electronic social security card vs electronic medical insurance certificate, my phone "
            "has both, which one does what?"
        ),
        ("cmp:esocial:emedical", "faq:5"),
    ),
    (
        "en",
        "compare",
        (
            "A receptionist at a clinic in Zhuhai asked for my health card and I handed her my "
            "social security card, she looked at me funny. How do the health card and the social "
            "security card differ?"
        ),
        ("cmp:social:health", "faq:1"),
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        (
            "My contract in Zhengzhou says I'll get a 'human resources and social security card', "
            "but everyone just says social security card. Is that the same thing?"
        ),
        "faq:4",
    ),
    (
        "en",
        "faq",
        (
            "I'm writing a blog post for new expats in Chengdu and I want to get this right: what "
            "kinds of social insurance are there in China?"
        ),
        "faq:6",
    ),
    (
        "en",
        "faq",
        (
            "Started at a trading company three weeks ago and HR says they'll 'do the social "
            "insurance later'. Sounds dodgy to me. When does my employer actually have to register "
            "me?"
        ),
        "faq:9",
    ),
    (
        "en",
        "faq",
        (
            "A bank form asked for my social security number and I just froze. I'm a 28 year old "
            "research assistant and apparently can't fill in a form. What is my social security "
            "number?"
        ),
        "faq:10",
    ),
    (
        "en",
        "faq",
        (
            "Are there different types of social security card? My landlord runs a little shop and "
            "says he has an 'employer' one, which confused me."
        ),
        "faq:8",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "My Chinese teacher made us read Article 58 of the Social Insurance Law as reading "
            "practice and I got lost halfway through. What does it say?"
        ),
        "law:sil-58",
    ),
    (
        "en",
        "law",
        (
            "I'm drafting an onboarding doc for our HR team in Suzhou. What does article 3 of the "
            "Administrative Measures on Social Security Cards say?"
        ),
        "law:ssc-3",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi there! first time using this, I'm a nurse in Tianjin", "greeting"),
    (
        "en",
        "greeting",
        "thanks so much, that cleared up a lot, my wife can stop rolling her eyes at me now haha",
        "greeting",
    ),
    ("en", "greeting", "ok that's all for now, bye! off to the pharmacy", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "Soy profesora de español en una universidad de Tianjin y mañana tengo cita con el "
            "dermatólogo. Una compañera me dijo que lleve 'la tarjeta' pero no me dijo cuál. ¿Qué "
            "tarjeta sirve para registrarme y pagar en el hospital?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "mi hijo de 4 años tiene fiebre desde anoche, estamos en Shenzhen y mi esposo trabaja "
            "en una fábrica de electrónica. en la ventanilla del hospital nos pidieron una tarjeta "
            "y no supimos cuál dar. ¿cuál hay que llevar para ver al médico?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "Vivo en Yiwu, compro ropa al por mayor para mi tienda en Guayaquil. Siempre pago el "
            "ibuprofeno en efectivo en la farmacia y un proveedor chino me dijo que con una "
            "tarjeta me sale mejor. ¿Con qué tarjeta se compran medicamentos en la farmacia?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "tengo asma y cada mes compro inhaladores en una farmacia de Chengdu, siempre a precio "
            "completo. ¿hay alguna de estas tarjetas que pueda usar ahí?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "Me operaron de apendicitis en Hangzhou hace un mes y lo pagué todo de mi bolsillo, "
            "casi 15.000 yuanes. Mi jefe, que es de Valencia como yo, dice que me pueden devolver "
            "una parte. ¿Qué tarjeta necesito para el reembolso de gastos médicos?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "Mi mujer dio a luz en Pekín en marzo y guardamos todas las facturas del hospital. Una "
            "amiga colombiana dice que con la tarjeta correcta te reembolsan parte. ¿Cuál es esa "
            "tarjeta?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "Trabajo de traductor en Shanghái y el médico nuevo me pidió mi historial. No tengo ni "
            "idea de dónde están los registros de mis consultas anteriores. ¿Hay alguna tarjeta "
            "para consultar mi expediente de salud?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "Soy diseñador gráfico, trabajo desde casa en Xiamen y odio hacer filas. ¿Puedo hacer "
            "los trámites del seguro médico por internet desde el móvil? ¿Qué necesito para eso?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "Mi cuñado chino lo gestiona todo del seguro médico desde el celular y yo sigo yendo a "
            "la oficina como en los noventa. ¿Qué certificado hace falta para hacer el seguro "
            "médico en línea?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "Tengo 61 años, soy ingeniero chileno y llevo 15 años en una minera de Mongolia "
            "Interior. Me jubilo el año que viene. ¿Qué tarjeta uso para cobrar la pensión?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "mi suegra se acaba de jubilar y quiere saber con qué tarjeta recibe la pensión. me lo "
            "pregunta a mí porque según ella 'los extranjeros saben de papeles' jaja"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "Me despidieron de la academia de inglés en Wuhan porque cerraron la sede y estoy "
            "bastante agobiada. ¿Con qué tarjeta pido la prestación por desempleo?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "Un compañero peruano se quedó sin trabajo en una fábrica de Dongguan y me pidió ayuda "
            "porque yo hablo algo de chino. ¿Qué tarjeta necesita para registrarse como "
            "desempleado y cobrar el subsidio?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "Soy cocinero en un restaurante de Chongqing y el sábado me quemé el brazo con aceite "
            "hirviendo. El dueño dice que cuenta como accidente laboral. ¿Qué tarjeta sirve para "
            "tramitar las prestaciones por lesión en el trabajo?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "Mi marido se cayó de un andamio en la obra, en Zhengzhou. Está bien, gracias a Dios, "
            "pero con la pierna rota. ¿Con qué tarjeta se piden los beneficios por accidente de "
            "trabajo?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "Llevo cuatro años en Guangzhou y he cambiado de empresa dos veces. Sospecho que la "
            "segunda no pagó bien las cotizaciones. ¿Cómo consulto lo que se ha pagado y con qué "
            "tarjeta?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "Soy contadora, mexicana, y me gusta tener todo cuadrado al centavo. ¿Con qué tarjeta "
            "puedo ver el total acumulado de mi seguro de pensiones y del médico?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "Acabo de llegar a Hangzhou para un doctorado y estoy pagando cada viaje de metro con "
            "el móvil de mi compañera de piso. ¿Hay alguna tarjeta para el autobús y el metro?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "En Madrid tenía el abono transporte y aquí en Ningbo me siento perdidísimo. Una "
            "vecina me dijo que ella usa una tarjeta para el bus. ¿Cuál es?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "Me encanta leer y quiero usar las salas de lectura públicas de Suzhou. La "
            "bibliotecaria me habló de una tarjeta para residentes. ¿Qué tarjeta sirve para los "
            "servicios públicos locales?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "En una oficina de Kunming me pidieron un documento para acreditar mi identidad además "
            "del pasaporte y me puse nerviosísima. ¿Cuál de estas tarjetas sirve para demostrar "
            "quién soy?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "Empecé en una empresa de comercio exterior en Shenzhen hace un mes. Mi compañero "
            "argentino ya tiene su tarjeta de seguridad social y yo nada. ¿Cómo se consigue y "
            "quién puede tenerla?"
        ),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "Por fin tengo la tarjeta física de la seguridad social, tardé siglos. Ahora me dicen "
            "que también hay una versión electrónica en el móvil. ¿Cómo se obtiene la tarjeta "
            "electrónica de seguridad social?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "Trabajo en una panadería en Qingdao y pago el seguro médico. Mi amiga me enseñó un "
            "código QR del 'certificado electrónico de seguro médico'. ¿Quién puede sacarlo y cómo?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        (
            "Llevo tres años en Hangzhou con mi novio chino y todos sus amigos tienen la tarjeta "
            "ciudadana. ¿Quién puede obtener la tarjeta de ciudadano?"
        ),
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "Tengo 52 años, soy diabético y acabo de mudarme a Chengdu por trabajo. Médicos, "
            "medicinas, reembolsos... todo me suena a chino, literal. ¿Qué me resuelven estas "
            "tarjetas en temas de salud?"
        ),
        "tasks:care",
    ),
    (
        "es",
        "task",
        (
            "Lo que más me preocupa es la plata: la pensión, el desempleo, lo que llevo cotizado. "
            "Trabajo en una importadora de vinos en Shanghái. ¿En qué asuntos de dinero me ayudan "
            "estas tarjetas?"
        ),
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "Mi esposa y yo somos venezolanos y vivimos en Foshan desde enero. Queremos organizar "
            "la vida diaria: transporte, biblioteca, identificarnos en trámites. ¿Qué tarjetas "
            "sirven para el día a día?"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        (
            "No tengo ninguna tarjeta todavía, llegué a Pekín hace seis semanas a estudiar chino. "
            "¿Cómo se consigue cada una de las tarjetas?"
        ),
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "Mi mamá me llama desde Bogotá preocupada porque no entiendo nada del sistema de aquí. "
            "¿Por dónde empiezo, qué cosas se pueden hacer con estas tarjetas?"
        ),
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seguro médico electrónico", "card:emedical"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "electróni", ("card:esocial", "card:emedical")),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "ley de seguro social", "law"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "tarjeta seguridad social", "card:social"),
    ("es", "short", "reembol", "task:reimburse"),
    ("es", "short", "tarjeta del seguro médico", "card:medical"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        (
            "Se me cayó la cartera en el metro de Shanghái con la tarjeta de seguridad social "
            "dentro. Ya fui a objetos perdidos y nada. ¿Qué hago para reponerla?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿Cuánto cuesta sacar la tarjeta de seguridad social? En mi empresa de Cantón nadie lo "
            "sabe y mi jefa dice que 'depende'."
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Entregué los papeles hace un mes en Xi'an y sigo esperando. ¿Cuánto se tarda "
            "normalmente en recibir la tarjeta?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿Dónde queda la oficina de la seguridad social en el distrito de Tianhe? Vivo en "
            "Guangzhou y no encuentro la dirección por ningún lado."
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Soy español y me vuelvo a Sevilla el año que viene después de ocho años en Pekín. "
            "¿Puedo recuperar lo que cotice para la pensión al irme de China?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿Los extranjeros estamos obligados a pagar el seguro social en China? Mi jefe dice "
            "que sí, mi amigo dice que no y yo ya no sé a quién creer."
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Olvidé la contraseña de la tarjeta y el cajero del banco me la bloqueó. ¿Cómo la "
            "desbloqueo?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Estoy embarazada de cinco meses y vivo en Shenzhen. ¿El seguro médico cubre el parto "
            "en un hospital privado?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Me mudo de Chengdu a Shanghái por trabajo en octubre. ¿Cómo traslado mi seguro social "
            "a la nueva ciudad?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿Qué porcentaje del sueldo se descuenta para la seguridad social? Mi nómina de "
            "Hangzhou tiene un montón de descuentos que no entiendo."
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿Existe una versión en español o en inglés de la app de la seguridad social? Mi chino "
            "da pena, sinceramente."
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "Mi esposa no trabaja, se queda en casa con los niños en Dalian. ¿Puede entrar en mi "
            "seguro médico como beneficiaria?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "El chip de mi tarjeta ya no funciona, en la farmacia no la leen. Tengo 67 años y poca "
            "paciencia. ¿Cómo pido una nueva?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "¿En Cantón la tarjeta ciudadana tiene reglas propias, distintas a las de otras "
            "ciudades? Me mudo allí desde Nankín."
        ),
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        (
            "Mi jefe en Dalian insiste en que la tarjeta de seguridad social es 'como un segundo "
            "DNI'. Soy de Bilbao y aquí todo es nuevo para mí. Háblame de la tarjeta de seguridad "
            "social."
        ),
        "card:social",
    ),
    (
        "es",
        "card",
        (
            "¿Quién emite la tarjeta electrónica de seguridad social? Me llegó un aviso al móvil y "
            "no me fío, ya me estafaron una vez."
        ),
        "card:esocial:issuer",
    ),
    (
        "es",
        "card",
        (
            "Tengo el certificado electrónico de seguro médico en el teléfono porque la empresa me "
            "lo pidió, pero nunca lo he usado. ¿Para qué sirve exactamente?"
        ),
        "card:emedical:function",
    ),
    (
        "es",
        "card",
        (
            "En la clínica de mi barrio, en Nanning, me hablaron de la tarjeta de salud. ¿Quién la "
            "gestiona, el hospital o el gobierno?"
        ),
        "card:health:manager",
    ),
    (
        "es",
        "card",
        (
            "¿Dónde se puede usar la tarjeta ciudadana? Mi compañera de piso la usa para todo y yo "
            "no sé si me conviene sacarla."
        ),
        "card:citizen:scope",
    ),
    (
        "es",
        "card",
        (
            "Ordenando un cajón encontré una tarjeta vieja del seguro médico de cuando llegué a "
            "China en 2009. ¿Qué era esa tarjeta exactamente?"
        ),
        ("card:medical:what", "card:medical"),
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "Tengo en la cartera la tarjeta ciudadana y la de seguridad social y siempre las "
            "confundo en la caja. ¿En qué se diferencian?"
        ),
        ("cmp:social:citizen", "faq:3"),
    ),
    (
        "es",
        "compare",
        (
            "¿Qué diferencia hay entre la tarjeta de seguridad social física y la electrónica? Mi "
            "hermano dice que es lo mismo y yo que no, y hay una cena en juego."
        ),
        "cmp:social:esocial",
    ),
    (
        "es",
        "compare",
        (
            "Mi empresa anterior me dio la tarjeta del seguro médico y la actual la de seguridad "
            "social. ¿Qué diferencia hay entre las dos?"
        ),
        ("cmp:social:medical", "faq:2"),
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "La recepcionista del hospital de Harbin me preguntó si tenía tarjeta de salud y yo le "
            "di la de seguridad social. ¿La tarjeta de salud es una tarjeta de seguridad social?"
        ),
        ("faq:1", "cmp:social:health"),
    ),
    (
        "es",
        "faq",
        (
            "En el móvil me salen el certificado electrónico de seguro médico y la tarjeta "
            "electrónica de seguridad social, y me lío. ¿Son lo mismo?"
        ),
        ("faq:5", "cmp:esocial:emedical"),
    ),
    (
        "es",
        "faq",
        (
            "Soy profe de salsa en Shanghái y me acaban de dar mi tarjeta de seguridad social. "
            "¿Qué registra y qué puedo hacer con ella?"
        ),
        "faq:7",
    ),
    (
        "es",
        "faq",
        (
            "Llevo mes y medio en una fábrica de muebles en Foshan y todavía no me han dado de "
            "alta en el seguro social. ¿En qué plazo tiene que registrarme la empresa?"
        ),
        "faq:9",
    ),
    (
        "es",
        "faq",
        (
            "En un formulario del banco me piden el número de seguridad social y me quedé en "
            "blanco. ¿Cuál es mi número de seguridad social?"
        ),
        "faq:10",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        (
            "Soy abogada en Lima y estoy estudiando derecho laboral chino por mi cuenta, por "
            "curiosidad. ¿Qué dice el artículo 2 de la Ley de Seguro Social?"
        ),
        "law:sil-2",
    ),
    (
        "es",
        "law",
        (
            "Lo vi citado en un documento interno de mi empresa en Tianjin: ¿qué establece el "
            "artículo 4 de las Medidas Administrativas sobre Tarjetas de Seguridad Social?"
        ),
        "law:ssc-4",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola! soy Lucía, de Rosario, vivo en Shenzhen 👋", "greeting"),
    (
        "es",
        "greeting",
        "muchas gracias, me salvaste la tarde, ya puedo ir tranquila al hospital",
        "greeting",
    ),
    ("es", "greeting", "listo, eso era todo. chao y buen finde", "greeting"),
)
