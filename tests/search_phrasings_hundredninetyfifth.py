"""Hundred-and-ninety-fifth phrasing set (people who write long messages: two or three
sentences of background, then the question; English: Americans, Spanish: Puerto Rico),
written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDNINETYFIFTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en",
        "task",
        "I just moved to Hangzhou from Ohio for a teaching job and I already caught a nasty "
        "cold. My school handed me a stack of cards and honestly I can't tell them apart. Which"
        " one do I bring when I go to register at the hospital?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "My wife needs allergy meds and the pharmacy down the street looked at me funny when I "
        "tried to pay with my passport. We're both on my company's insurance here. Which card "
        "should she bring to the pharmacy so the medicine is covered?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "I had an ER visit last month and paid for everything out of pocket because I had no "
        "clue how things work here. A coworker said I could get some of that money back. Which "
        "card do I use to get my medical expenses reimbursed?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "My doctor back home in Texas wants copies of my records from the clinic I've been "
        "going to in Shenzhen. Someone told me there's a card that keeps your medical history. "
        "How can I look up my own health file?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "I'd rather not stand in line at a government office if I can avoid it. My HR person "
        "mentioned I can take care of medical insurance stuff on my phone. What do I need to "
        "handle medical insurance business online?",
        "task:online",
    ),
    (
        "en",
        "task",
        "I've been working in Beijing for almost twenty years and I'm starting to think about "
        "retiring here. I've been paying into the pension the whole time through my employer. "
        "When the time comes, which card do I use to actually collect my pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "My contract ended in March and the company decided not to renew it. I paid social "
        "insurance the entire time I was there. Which card do I need to apply for unemployment "
        "benefits?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "I slipped on a wet floor at the factory and fractured my wrist. My supervisor says it "
        "counts as a work injury but nobody told me what to do next. Which card do i use to "
        "claim work related injury benifits?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "My employer says they pay my social insurance every month but I've never seen any "
        "proof. I'd like to check it myself without bugging HR. Which card lets me see what's "
        "actually been paid in?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "I commute across town every day on the metro and fumbling with my phone at the gate is"
        " getting old. My neighbor just taps a card and walks through. Which of these cards "
        "works on the bus and subway?",
        "task:transport",
    ),
    (
        "en",
        "task",
        "We're settling in Suzhou long term and I'd like to use the public library and other "
        "city stuff. The locals seem to have one card for everything. Which card gets me access"
        " to local public services?",
        "task:services",
    ),
    (
        "en",
        "task",
        "The bank clerk wanted a second form of ID besides my passport and I didn't have one on"
        " me. I've got a few Chinese cards in my wallet now. Which one can I use to prove who I"
        " am?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "I started at a new company two weeks ago and nobody has mentioned a social security "
        "card yet. I'm a foreigner on a work permit, if that matters. Who can get one and how "
        "do I go about it?",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "I already have the plastic social security card with the chip on it. My friend has an "
        "electronic version on her phone and it looks way more convenient. How do I get the "
        "electronic one?",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "I've been enrolled in medical insurance through my job since last year. The clinic "
        "keeps asking me for my electronic medical insurance certificate and I don't have one. "
        "How do I get it?",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "We just bought an apartment in Ningbo and we're planning to stay for good. My Chinese "
        "in-laws all have citizen cards. Can I apply for one too, and how does that work?",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "My daughter is running a fever and we're heading to the children's hospital tonight. I"
        " have no idea what to grab from the drawer where we keep all the cards. What card do I"
        " need to pay at the hospital?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "I got laid off and I want to take a vocational training course while I look for work. "
        "The job center told me to bring a card but didn't say which. Which card do I use to "
        "register for job seeking and training?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "I'm an American engineer and I've been in Shanghai for five years now. I'm curious how"
        " much has built up in my pension and medical accounts. Is there a card I can use to "
        "check the total accumulated amount?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "I ran out of my blood pressure pills and the designated pharmacy near me takes "
        "insurance cards. I have a social security card and also a city card my landlord helped"
        " me get. Which one do I use to buy my medicine?",
        "task:pharmacy",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "medicne", "task:pharmacy"),
    ("en", "short", "subwy", "task:transport"),
    ("en", "short", "e-med", "card:emedical"),
    ("en", "short", "hr card", "card:social"),
    ("en", "short", "citizn card", "card:citizen"),
    ("en", "short", "health rec", "task:healthfile"),
    ("en", "short", "laid off", "task:unemployment"),
    ("en", "short", "work injry", "task:injury"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "med insur card", "card:medical"),
    ("en", "short", "esoc", "card:esocial"),
    ("en", "short", "chip card", "card:social"),
    ("en", "short", "doctor visit", "task:hospital"),
    ("en", "short", "insurance types", "faq:6"),
    ("en", "short", "id proof", "task:identity"),
    ("en", "short", "get citizen", "task:getcitizen"),
    ("en", "short", "retirement pay", "task:pension"),
    # ---------------- English: oos (18) ----------------
    (
        "en",
        "oos",
        "I left my wallet in a DiDi last night and my social security card was in it. I already"
        " called the driver but no luck. How do I report it lost and get a replacement?",
        "none",
    ),
    (
        "en",
        "oos",
        "My social security card has an expiration date printed on it and it's coming up next "
        "year. I don't want to get caught without one. How do I renew it?",
        "none",
    ),
    (
        "en",
        "oos",
        "I'm going to apply for the citizen card in Hangzhou next week. I work long hours so I "
        "need to plan ahead. How long does it usually take to get the card after applying?",
        "none",
    ),
    (
        "en",
        "oos",
        "I tried to log into the social security app and it's asking for a password I never "
        "set. HR has no idea either. How do I reset it?",
        "none",
    ),
    (
        "en",
        "oos",
        "My dad is 58 and lives with us here in China. He's thinking about retiring but heard "
        "the rules changed recently. What's the retirement age for men now?",
        "none",
    ),
    (
        "en",
        "oos",
        "I need to go to the social security office in Pudong next week and I've never been "
        "there. I don't want to show up when it's closed. What's the address and what are their"
        " hours?",
        "none",
    ),
    (
        "en",
        "oos",
        "My employer deducts a big chunk of my salary every month for social insurance. It "
        "feels like way more than FICA back home. What percentage am I supposed to be paying?",
        "none",
    ),
    (
        "en",
        "oos",
        "I'm moving back to the States for good next summer. I've paid into Chinese social "
        "insurance for six years. Can I get my pension contributions refunded when I leave?",
        "none",
    ),
    (
        "en",
        "oos",
        "I'm an American contractor here and apparently I'm paying into both systems. A friend "
        "mentioned some kind of treaty. Is there a US-China agreement so I don't pay social "
        "security twice?",
        "none",
    ),
    (
        "en",
        "oos",
        "I have private insurance through my company's international plan on top of the local "
        "one. Some hospitals seem to take only one or the other. Can I use my private insurance"
        " at public hospitals?",
        "none",
    ),
    (
        "en",
        "oos",
        "I got a health card at a clinic in Guangzhou but I just moved to Chengdu for work. I'm"
        " guessing it's a local thing. Can I transfer my health card to the new city?",
        "none",
    ),
    (
        "en",
        "oos",
        "I'm having gallbladder surgery in May and trying to budget for it. My insurance is "
        "through work. What percentage of a hospital stay does the medical insurance cover?",
        "none",
    ),
    (
        "en",
        "oos",
        "My Chinese is pretty terrible and everything on the card is in characters. I'd love to"
        " have something I can actually read. Can I get a social security card printed in "
        "English?",
        "none",
    ),
    (
        "en",
        "oos",
        "We just had a baby here in Shenzhen, our first! I'm on medical insurance through my "
        "job. Can I add our newborn to my medical insurance?",
        "none",
    ),
    (
        "en",
        "oos",
        "I've been on hold forver with the wrong department. I just need to talk to a real "
        "person. What's the customer service phone number for the medical insurance bureau in "
        "Beijing?",
        "none",
    ),
    (
        "en",
        "oos",
        "I'm new in Chengdu and I'm dying for a decent burger. Everything around my apartment "
        "is hot pot. Any good American restaurants near Chunxi Road?",
        "none",
    ),
    (
        "en",
        "oos",
        "I'm flying into Guangzhou next week for the trade fair and I've never been there. I'm "
        "trying to figure out what to pack. What's the weather like there in April?",
        "none",
    ),
    (
        "en",
        "oos",
        "This is my first year doing US taxes from China and I'm kinda lost. I have a Chinese "
        "bank account for my salary. Do I need to file an FBAR for it?",
        "none",
    ),
    # ---------------- English: card (12) ----------------
    (
        "en",
        "card",
        "My company's HR gave me a blue card with my photo, my ID number and an expiration date"
        " printed on it. They called it the 'human resources card' or something like that. What"
        " exactly is this card?",
        "card:social:what",
    ),
    (
        "en",
        "card",
        "I keep hearing about the electronic social security card. I only have the physical one"
        " and I'm trying to figure out who's behind the digital version. Who actually issues "
        "it?",
        "card:esocial:issuer",
    ),
    (
        "en",
        "card",
        "I found an old card in my drawer from when I first came here in 2009, it says medical "
        "insurance on it. My coworker said banks used to hand those out. Who issued the old "
        "medical insurance cards?",
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        "I'm kinda paranoid about identity theft after what happened to me back home. I still "
        "have the old medical insurance card along with the newer social security card. How "
        "secure is the old medical card?",
        "card:medical:security",
    ),
    (
        "en",
        "card",
        "My wife got something called a health card at the maternity hospital. She's not sure "
        "if it's a government thing or just the hospital's. Who manages the health card?",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "The clinic gave me a card when I registered and the nurse said it keeps track of my "
        "visits. I'm curious about what's stored on it. What does that card record?",
        "card:health:records",
    ),
    (
        "en",
        "card",
        "A friend from Portland told me the citizen card is great for getting around. I live in"
        " Xiamen and wonder how useful it'd be. Where can the citizen card be used?",
        "card:citizen:scope",
    ),
    (
        "en",
        "card",
        "My landlord helped me get a card from the city that I mostly use on the bus. It "
        "doesn't look like the insurance ones at all. Who actually issues that card?",
        "card:citizen:issuer",
    ),
    (
        "en",
        "card",
        "I see people at the pharmacy pulling up something on their phones that comes from the "
        "National Healthcare Security Administration. I'm guessing it's insurance related. What"
        " is that thing and what's it for?",
        "card:emedical",
    ),
    (
        "en",
        "card",
        "My social security card has a little gold chip on it like a credit card. A friend said"
        " there's also an app version. Is the social security card itself a physical card or an"
        " electronic one?",
        "card:social:form",
    ),
    (
        "en",
        "card",
        "I'm a paralegal so I always want to see the actual rules behind things. My social "
        "security card has to be governed by something. What's the legal basis for the social "
        "security card?",
        "card:social:legal",
    ),
    (
        "en",
        "card",
        "I read that the social security card records way more than just my name. I'm a little "
        "worried about privacy. What kind of information does it keep on me?",
        "card:social:records",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "My clinic gave me a health card and my employer gave me a medical insurance card a few"
        " years back. They both seem medical related and I keep mixing them up. What's the "
        "difference between the two?",
        "cmp:medical:health",
    ),
    (
        "en",
        "compare",
        "I have the physical social security card and now an app wants me to activate an "
        "electronic one. I don't see why I'd need both. What's actually different between them?",
        "cmp:social:esocial",
    ),
    (
        "en",
        "compare",
        "In my city both the citizen card and the electronic medical insurance certificate seem"
        " to work at the hospital. I only want to carry one thing. How do those two differ?",
        "cmp:emedical:citizen",
    ),
    # ---------------- English: faq (3) ----------------
    (
        "en",
        "faq",
        "My Chinese coworker said the health card is basically my social security card. That "
        "didn't sound right to me. Is the health card a kind of social security card or not?",
        "faq:1",
    ),
    (
        "en",
        "faq",
        "My offer letter says my employer will take care of social insurance, but I started "
        "three weeks ago and nothing has happened. I don't want to make a fuss too early. How "
        "soon is my employer required to register me?",
        "faq:9",
    ),
    (
        "en",
        "faq",
        "My boss has a social security card that looks different from mine and says employer on"
        " it. I didn't know there was more than one kind. What types of social security cards "
        "are there?",
        "faq:8",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "I'm writing a short explainer for the expats in our WeChat group. I'd like to quote "
        "the actual regulation. Which article says the social security card is 'one card, "
        "multiple uses' and works nationwide?",
        "law:ssc-4",
    ),
    (
        "en",
        "law",
        "My HR manager claims they can't show me my contribution records. I'm pretty sure "
        "that's not right. What does the law say about my right to check my social insurance "
        "records?",
        "law:sil-74",
    ),
    # ---------------- English: greeting (2) ----------------
    (
        "en",
        "greeting",
        "Hey there! A friend in our expat group told me about this bot, so I figured I'd stop "
        "by and say hi.",
        "greeting",
    ),
    (
        "en",
        "greeting",
        "Okay, that actually clears up a lot. I've been confused about these cards for months. "
        "Thanks a bunch!",
        "greeting",
    ),
    # ---------------- Spanish: task (20) ----------------
    (
        "es",
        "task",
        "Llegué a Guangzhou hace un mes a trabajar en una escuela bilingüe y ya me enfermé. En "
        "el trabajo me dieron como tres tarjetas y no sé cuál es cuál. ¿Cuál tengo que llevar "
        "para registrarme en el hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "Mi nene tiene tos desde el lunes y quiero comprarle un jarabe. Estamos en el seguro "
        "médico de mi esposo aquí en Shanghái. ¿Con qué tarjeta compro medicinas en la "
        "farmacia?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "Tuve que pagar una cirugía menor de mi bolsillo porque no sabía cómo funcionaba el "
        "seguro. Una compañera me dijo que me pueden devolver parte de los chavos. ¿Qué tarjeta"
        " uso para que me reembolsen los gastos médicos?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "Mi médico en San Juan quiere ver lo que me han hecho aquí en China. Me dijeron que hay"
        " una tarjeta que guarda el historial. ¿Cómo consulto mi expediente de salud?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "No tengo tiempo de ir a ninguna oficina porque trabajo hasta tarde. Mi jefa me dijo "
        "que lo del seguro médico se puede bregar por internet. ¿Qué necesito para hacer "
        "trámites del seguro médico en línea?",
        "task:online",
    ),
    (
        "es",
        "task",
        "Llevo quince años trabajando en Pekín y pienso quedarme hasta retirarme. He pagado el "
        "seguro de pensiones todo este tiempo. ¿Con cuál tarjeta se cobra la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "La compañía cerró la oficina de Shenzhen y me quedé sin trabajo. Siempre me "
        "descontaron el seguro social del cheque. ¿Qué tarjeta necesito para pedir los "
        "beneficios de desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "Me caí de una escalera en la obra y me lastimé la espalda. El supervisor dice que es "
        "accidente laboral pero no me explicó nada más. ¿Qué tarjeta uso para reclamar los "
        "beneficios por lesión en el trabajo?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "Mi patrono dice que paga mi seguro social todos los meses, pero yo nunca he visto "
        "nada. Quiero verificarlo yo mismo sin tener que preguntarle a Recursos Humanos. ¿Cómo "
        "reviso cuánto se ha pagado?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "Todos los días cojo la guagua y el metro para llegar al trabajo. Veo que la gente aquí"
        " pasa una tarjeta y ya. ¿Cuál de estas tarjetas sirve para la guagua y el metro?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "Nos mudamos a Hangzhou con toda la familia para quedarnos un buen tiempo. Quiero usar "
        "la biblioteca pública y otros servicios de la ciudad. ¿Qué tarjeta me da acceso a los "
        "servicios públicos locales?",
        "task:services",
    ),
    (
        "es",
        "task",
        "En el banco me pidieron otra identificación además del pasaporte y no tenía nada. "
        "Ahora tengo varias tarjetas chinas en la cartera. ¿Cuál me sirve para demostrar quién "
        "soy?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "Empecé en una empresa nueva hace dos semanas y nadie me ha hablado de la tarjeta de "
        "seguridad social. Soy extranjera con permiso de trabajo. ¿Quién puede sacarla y cómo "
        "se consigue?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "Ya tengo la tarjeta de seguridad social física, la del chip. Mi pana tiene una versión"
        " electrónica en el celular y se ve bien práctica. ¿Cómo saco la electrónica yo "
        "también?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "Estoy asegurado en el seguro médico por mi trabajo desde el año pasado. En la clínica "
        "me piden el certificado electrónico del seguro médico y no lo tengo. ¿Cómo lo obtengo?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "Compramos un apartamento en Ningbo y la idea es quedarnos. Mis suegros chinos tienen "
        "todos la tarjeta ciudadana. ¿Quién la puede sacar y cómo se solicita?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "Mi esposa está embarazada y tenemos cita en el hospital mañana temprano. Siempre se me"
        " olvida qué tarjeta llevar. ¿Con cuál se paga en el hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "Me despidieron y quiero aprovechar para tomar un curso de formación profesional. En la"
        " oficina de empleo me dijeron que llevara una tarjeta. ¿Cuál uso para registrarme como"
        " buscador de empleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "Llevo seis años aquí como ingeniero y tengo curiosidad de cuánto se ha acumulado en mi"
        " cuenta de pensión y de seguro médico. No sé ni por dónde empezar. ¿Con qué tarjeta "
        "puedo consultar el total acumulado?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "Se me acabaron las pastillas de la presión. Tengo la tarjeta de seguridad social y "
        "tambien una tarjeta de la ciudad que me ayudó a sacar el casero. ¿Con cual de las dos "
        "compro en la farmacia designada?",
        "task:pharmacy",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "reembol", "task:reimburse"),
    ("es", "short", "guagua", "task:transport"),
    ("es", "short", "medisinas", "task:pharmacy"),
    ("es", "short", "desempleao", "task:unemployment"),
    ("es", "short", "retiro", "task:pension"),
    ("es", "short", "certif elec", "card:emedical"),
    ("es", "short", "tarj ciudadana", "card:citizen"),
    ("es", "short", "tarjeta sanit", "card:health"),
    ("es", "short", "expediente", "task:healthfile"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "aportaciones", "task:contributions"),
    ("es", "short", "num seguro social", "faq:10"),
    ("es", "short", "tarjeta vieja seguro", "card:medical"),
    ("es", "short", "seg social electr", "card:esocial"),
    ("es", "short", "tipos de seguro", "faq:6"),
    ("es", "short", "identificasion", "task:identity"),
    ("es", "short", "citas medicas", "task:hospital"),
    ("es", "short", "sacar tarjeta", "tasks:getcard"),
    # ---------------- Spanish: oos (18) ----------------
    (
        "es",
        "oos",
        "Se me perdió la cartera en un taxi con la tarjeta de seguridad social adentro. Ya "
        "llamé a la compañía de taxis y nada. ¿Cómo la reporto y saco una nueva?",
        "none",
    ),
    (
        "es",
        "oos",
        "Mi tarjeta de seguridad social vence el año que viene, según la fecha que tiene "
        "impresa. No quiero quedarme sin ella. ¿Cómo se renueva?",
        "none",
    ),
    (
        "es",
        "oos",
        "Voy a solicitar la tarjeta ciudadana en Xiamen la semana que viene. Trabajo mucho y "
        "necesito planificar. ¿Cuánto tiempo se tarda en salir?",
        "none",
    ),
    (
        "es",
        "oos",
        "Me pidieron el certificado electrónico del seguro médico en la clínica. Leí que es "
        "gratis pero no estoy segura. ¿Cuánto cuesta sacarlo?",
        "none",
    ),
    (
        "es",
        "oos",
        "Se me olvidó la contraseña de la app del seguro médico y no me deja entrar. Ya intenté"
        " varias veces. ¿Cómo la recupero?",
        "none",
    ),
    (
        "es",
        "oos",
        "Mi papá tiene 59 años y vive con nosotros en Shanghái. Está pensando en retirarse "
        "aquí. ¿A qué edad se jubilan los hombres en China?",
        "none",
    ),
    (
        "es",
        "oos",
        "Necesito ir a la oficina de seguridad social de Pudong y nunca he ido. No quiero "
        "llegar y encontrarla cerrada. ¿Cuál es la dirección y el horario?",
        "none",
    ),
    (
        "es",
        "oos",
        "Me descuentan bastantes chavos del sueldo para el seguro social. En Puerto Rico no era"
        " tanto. ¿Qué porcentaje me toca pagar a mí?",
        "none",
    ),
    (
        "es",
        "oos",
        "Me voy de regreso a la isla el año que viene. Llevo siete años cotizando en China. ¿Me"
        " devuelven lo que pagué al seguro de pensiones?",
        "none",
    ),
    (
        "es",
        "oos",
        "Tengo un plan médico privado con una aseguradora americana además del seguro local. "
        "Algunos hospitales parece que solo aceptan uno. ¿Puedo usar el plan privado en "
        "hospitales públicos?",
        "none",
    ),
    (
        "es",
        "oos",
        "Me mudé de Cantón a Chengdú por trabajo. Tengo la tarjeta de salud de allá. ¿Se puede "
        "transferir la tarjeta de salud a otra ciudad?",
        "none",
    ),
    (
        "es",
        "oos",
        "Me van a operar de la vesícula en mayo y quiero saber cuánto voy a tener que pagar. "
        "Tengo seguro por el trabajo. ¿Qué porcentaje cubre el seguro médico de una "
        "hospitalización?",
        "none",
    ),
    (
        "es",
        "oos",
        "Acabo de dar a luz aquí en Shenzhen, ¡es una nena! Yo tengo seguro médico por mi "
        "trabajo. ¿Puedo añadir a la bebé a mi seguro médico?",
        "none",
    ),
    (
        "es",
        "oos",
        "Mi permiso de residencia vence en junio y en la empresa nadie sabe nada. Me da miedo "
        "quedarme ilegal. ¿Cómo renuevo el permiso de residencia?",
        "none",
    ),
    (
        "es",
        "oos",
        "Llevo una hora tratando de comunicarme y nadie contesta. Necesito hablar con una "
        "persona. ¿Cuál es el teléfono de servicio al cliente del seguro médico de Pekín?",
        "none",
    ),
    (
        "es",
        "oos",
        "Llevo un mes en Chengdú y extraño la comida boricua. Todo por aquí es hot pot. ¿Sabes "
        "de algún restaurante latino por la zona de Chunxi Road?",
        "none",
    ),
    (
        "es",
        "oos",
        "Tengo un vuelo a Cantón la semana que viene para una feria. Nunca he ido y no sé qué "
        "empacar. ¿Qué tiempo hace allí en abril?",
        "none",
    ),
    (
        "es",
        "oos",
        "Tengo que hacer la planilla de Hacienda de Puerto Rico desde China. Me pagan en una "
        "cuenta de banco china. ¿Tengo que reportar esa cuenta?",
        "none",
    ),
    # ---------------- Spanish: card (12) ----------------
    (
        "es",
        "card",
        "Me dieron una tarjeta con chip cuando empecé a trabajar y arriba dice República "
        "Popular China. Mis compañeros dicen que es como un segundo carné de identidad. ¿Para "
        "qué sirve?",
        "card:social:function",
    ),
    (
        "es",
        "card",
        "Tengo la tarjeta electrónica de seguridad social en el celular. Me pregunto quién está"
        " detrás de eso, si es el gobierno o una compañía. ¿Quién la gestiona?",
        "card:esocial:manager",
    ),
    (
        "es",
        "card",
        "Mi esposo dice que la tarjeta electrónica de seguridad social es una tarjeta aparte y "
        "yo digo que es la misma física pero en digital. Llevamos días discutiendo. ¿Qué es "
        "exactamente?",
        "card:esocial:what",
    ),
    (
        "es",
        "card",
        "Todavía guardo una tarjeta de seguro médico vieja de cuando llegué en 2010. Nunca la "
        "usé mucho. ¿Qué se podía hacer con esa tarjeta?",
        "card:medical:function",
    ),
    (
        "es",
        "card",
        "Mi suegra dice que su tarjeta de seguro médico ya no se usa porque la reemplazaron. Yo"
        " llegué hace poco y nunca tuve una. ¿Qué era esa tarjeta?",
        "card:medical:what",
    ),
    (
        "es",
        "card",
        "Hace poco activé el certificado electrónico del seguro médico. Quiero saber si es cosa"
        " del gobierno central o de la provincia. ¿Quién lo emite?",
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        "Ya tengo el certificado electrónico del seguro médico en el celular. No sé si sirve "
        "para todo o solo para algunas cosas. ¿Para qué trámites del seguro médico se puede "
        "usar?",
        "card:emedical:scope",
    ),
    (
        "es",
        "card",
        "En el hospital le dieron a la nena una tarjeta que según ellos ayuda a los médicos a "
        "conocer su estado de salud. No entendí mucho. ¿Para qué sirve exactamente?",
        "card:health:function",
    ),
    (
        "es",
        "card",
        "Tengo una tarjeta de salud que me dieron en el hospital pero la tengo guardada. No sé "
        "ni dónde se usa. ¿Dónde puedo usar la tarjeta de salud?",
        "card:health:scope",
    ),
    (
        "es",
        "card",
        "Mi casero me ayudó a sacar una tarjeta del gobierno local que funciona como monedero "
        "electrónico. Hasta ahora solo la uso para pagar. ¿Qué más puedo hacer con ella?",
        "card:citizen:function",
    ),
    (
        "es",
        "card",
        "Veo la tarjeta ciudadana mencionada en todas partes aquí en Suzhou. Mis compañeros "
        "chinos la tienen todos. ¿Qué es la tarjeta ciudadana?",
        "card:citizen:what",
    ),
    (
        "es",
        "card",
        "Quiero entender quién manda en el tema de la tarjeta de seguridad social. No sé si es "
        "el ministerio o cada provincia. ¿Quién la gestiona?",
        "card:social:manager",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "Tengo la tarjeta de seguridad social física y también el certificado electrónico del "
        "seguro médico en el celular. Siempre me confundo en la clínica. ¿En qué se "
        "diferencian?",
        "cmp:social:emedical",
    ),
    (
        "es",
        "compare",
        "Mi vecina todavía usa su tarjeta de seguro médico vieja y yo solo tengo el certificado"
        " electrónico del seguro médico. Las dos son del seguro. ¿Cuál es la diferencia entre "
        "ellas?",
        "cmp:medical:emedical",
    ),
    (
        "es",
        "compare",
        "En mi ciudad la tarjeta de salud y la tarjeta ciudadana parecen servir en el hospital."
        " No quiero cargar con las dos. ¿Qué diferencia hay entre una y otra?",
        "cmp:health:citizen",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es",
        "faq",
        "Tengo el certificado electrónico del seguro médico y la tarjeta electrónica de "
        "seguridad social en apps diferentes. A mí me parecen iguales. ¿Son lo mismo o no?",
        "faq:5",
    ),
    (
        "es",
        "faq",
        "Mi cuñado insiste en que la tarjeta ciudadana y la de seguridad social son la misma "
        "cosa. Yo no estoy tan segura. ¿Es verdad que son iguales?",
        "faq:3",
    ),
    (
        "es",
        "faq",
        "Me piden mi número de seguridad social en un formulario y no sé cuál poner. En Puerto "
        "Rico uno tiene el número del Seguro Social federal. ¿Cuál es mi número de seguridad "
        "social aquí en China?",
        "faq:10",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "Estoy escribiendo un resumen para el grupo de latinos en WeChat. Quiero citar las "
        "leyes como debe ser. ¿Qué artículos legales regulan estas tarjetas?",
        "law",
    ),
    (
        "es",
        "law",
        "Leí en algún sitio que la ley dice que el seguro social debe tener amplia cobertura y "
        "ser sostenible. Quiero citarlo bien. ¿Qué artículo es ese?",
        "law:sil-3",
    ),
    # ---------------- Spanish: greeting (2) ----------------
    (
        "es",
        "greeting",
        "¡Saludos desde Shenzhen! Una amiga me recomendó este bot y quería pasar a saludar. "
        "¡Hola!",
        "greeting",
    ),
    (
        "es",
        "greeting",
        "Perfecto, ahora sí entendí. Llevaba meses confundida con esto. ¡Mil gracias y "
        "bendiciones!",
        "greeting",
    ),
)
