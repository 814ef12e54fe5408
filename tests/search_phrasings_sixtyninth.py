"""Sixty-ninth phrasing set (long, chatty messages with thanks and apologies around the
real question), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

SIXTYNINTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "Hi there, sorry to bother you, I just moved to Hangzhou for work last month and I've got "
        "a pretty bad cough that won't go away. My colleague said I should go see a doctor but I "
        "have like three different cards in my wallet now and honestly no clue which one the "
        "hospital actually wants. Which one do I bring? Thanks so much in advance!!",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "hello! first of all thank you for making this bot, it's been a lifesaver. so my daughter "
        "has a fever and I need to pick up some medicine at the pharmacy down the street, and I'm "
        "wondering which card I can pay with there? sorry if this is a dumb question lol",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "Good evening. I apologise in advance for the long message. I had a small operation in "
        "March and paid everything out of pocket because I didn't know how the system worked. My "
        "HR lady says I can get some of it back. Which card do I need to use to get my medical "
        "costs reimbursed? Many thanks.",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "hey so weird question maybe. my doctor back home wants to see my records from the clinic "
        "here, like my past visits and test stuff. is there some card that lets me look up my "
        "health file? i'm sorry, my chinese is terrible and the nurse couldn't explain. thx",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "Hi, thanks for your help last time! Today I'm trying to sort out my medical insurance "
        "stuff on my phone instead of queuing at the office (I hate queues, sorry haha). What do I "
        "need to do medical insurance business online? Which card or certificate works for that?",
        "task:online",
    ),
    (
        "en",
        "task",
        "Hello, my father-in-law is retiring soon and he asked me to find out, since I'm the one "
        "who is always on the phone, what card he uses to actually receive his pension money. "
        "Sorry for asking on his behalf, he doesn't use Telegram. Thank you kindly.",
        "task:pension",
    ),
    (
        "en",
        "task",
        "ugh so my company just closed down, found out on friday, super stressful week. sorry for "
        "venting. anyway I heard I can claim unemployment benefits but what card do I need for "
        "that? thanks for listening",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "Hi, I hurt my back at the warehouse where I work, lifting boxes, it's been two weeks now. "
        "My manager is being kind of vague. Which card do I use to apply for work injury benefits? "
        "Appreciate any help, and sorry for the rambling.",
        "task:injury",
    ),
    (
        "en",
        "task",
        "Hello! I've been working here for almost two years and I'm honestly not sure my employer "
        "has been paying my social insurance at all, my payslip is confusing. How can I check "
        "what's actually been paid in? Which card do I use? Sorry and thank you!",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "hi hi, I take the subway every day to work and I keep buying single tickets like a "
        "tourist, my friend laughed at me lol. is there one of these cards I can use for the bus "
        "and metro? thanks a lot, sorry if it's off topic",
        "task:transport",
    ),
    (
        "en",
        "task",
        "Hello, I love reading and I found out there's a public reading room near my apartment. "
        "The librarian mentioned some kind of card for local public services. Which card is that? "
        "Thank you and sorry my question is a bit random.",
        "task:services",
    ),
    (
        "en",
        "task",
        "Hi, quick background: my passport is at the embassy for a visa thing and tomorrow I need "
        "to show something that proves who I am at a government office. Is any of these cards good "
        "for proving my identity? Sorry, I'm stressed, thanks!",
        "task:identity",
    ),
    (
        "en",
        "task",
        "Hey, I just started a new job two weeks ago and everyone keeps asking if I have my social "
        "security card yet. I don't. How do I get one, and who's supposed to apply for it? "
        "Apologies for being clueless, thank you!",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "Hi there, so I finally got my physical social security card (yay!) but my colleagues all "
        "use some electronic version on their phones. How do I get the electronic one from it? "
        "Thanks, and sorry for asking so many questions this week.",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "Good morning! Sorry to bother you on a Sunday. My wife has medical insurance through her "
        "job and someone told her she should get the electronic medical insurance certificate. Who "
        "can get it and how? Thank you so much.",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "hey there, I've lived in this city for about a year now and my neighbour keeps telling me "
        "to get the citizen card because it's super handy. how does one get it? sorry if that's "
        "obvious, and thanks!",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "Hello, sorry, me again. I wanted to ask more generally: what cards do I need for anything "
        "health related, like doctors, medicine, reimbursement, that sort of thing? Just want the "
        "overview. Thanks a million.",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "Hi! Thank you for being patient with all of us confused foreigners. Could you show me "
        "everything related to money stuff, like pension, unemployment, injury benefits and "
        "checking contributions? I'd like to see all of it together. Cheers",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "hey, so I'm trying to figure out the everyday life stuff, buses, libraries, proving who I "
        "am, that kind of thing. Which cards cover all those? sorry for the broad question, "
        "thanks!!",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "Hello, I'm kind of overwhelmed to be honest. I don't have any of these cards yet and I "
        "want to know how to get each of them. Can you show me how to get the cards? Apologies and "
        "thanks in advance.",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        "Hi there, I'm new here and I don't even know what to ask, sorry lol. Can you just show me "
        "a guide of what I can do with all these cards, depending on what I need? Thank you very "
        "much!",
        "tasks",
    ),
    (
        "en",
        "task",
        "Hello again, thanks for yesterday's answer about the doctor. Follow-up: I got a "
        "prescription and now need to actually buy the pills. Can I use my social security card at "
        "a designated pharmacy or do I need something else? Sorry!",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "so sorry for the long message but here goes. i went to the hospital and at the "
        "registration window they asked for a card, i handed over my bank card, wrong, then my "
        "citizen card, and then they asked for a health card?? which card is actually for "
        "registering and paying at the hospital? thanks",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "Hey, sorry, typing on the bus so excuse the typos. I want to see the total accumulated "
        "amount in my pension and medical insurance accounts, which card lets me query that? ty",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "Hi! Thanks for all the help. I'm about to retire after 15 years working in Shenzhen (time "
        "flies!). What do I need to do to start drawing my pension, card-wise? Sorry if it's a "
        "silly question.",
        "task:pension",
    ),
    (
        "en",
        "task",
        "Hello, sorry to disturb. I used to have an old medical insurance card from the bank but "
        "HR says it's been replaced. Anyway, what I actually need: my son has to see a doctor "
        "tomorrow, which card do we take? Thanks!",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "Hi, hope you're doing well. So my contract ended and I'm between jobs. I'd like to "
        "register as unemployed and maybe sign up for vocational training. Which card handles "
        "that? Thank you and sorry for the trouble.",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "hey, apologies in advance, I'm a bit lost. I'd like to get the electronic social security "
        "card on my phone but I'm not sure if I need the physical one first or not?? how does "
        "getting it work? thanks heaps",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "Good afternoon, and thank you for the service. I got some stitches at a clinic after "
        "cutting my hand at the factory where I work. Besides the doctor part, I want to claim "
        "work-related injury benefits. Which card do I need? Sorry for the long story.",
        "task:injury",
    ),
    (
        "en",
        "task",
        "Hi again, my employer enrolled me in medical insurance last month, finally. Can I now get "
        "the electronic medical insurance certificate, and how do I do it? Sorry for pestering "
        "you, thanks!",
        "task:getemedical",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "hospital", "task:hospital"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e medical", "card:emedical"),
    ("en", "short", "health car", "card:health"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "law", "law"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "social security", "card:social"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "Hi, so sorry, this is embarrassing but I think I left my social security card in a taxi "
        "last night. What do I do to report it lost or get a new one? Thanks so much for any help.",
        "none",
    ),
    (
        "en",
        "oos",
        "Hello! My employer applied for my social security card three weeks ago. How long does it "
        "usually take before it arrives? Sorry for being impatient haha, thank you.",
        "none",
    ),
    (
        "en",
        "oos",
        "hey, thanks for the earlier help. does getting a citizen card cost anything? like is "
        "there a fee? sorry I'm on a tight budget this month",
        "none",
    ),
    (
        "en",
        "oos",
        "Hi, I tried to use my social security card at the pharmacy and it asked for a PIN, which "
        "I don't remember ever setting. What's the default PIN or how do I reset it? Apologies, "
        "bit panicked.",
        "none",
    ),
    (
        "en",
        "oos",
        "Hello, I'm trying to budget. What percentage of my salary goes to pension insurance each "
        "month, and how much does my employer pay? Sorry if this isn't your area, thanks!",
        "none",
    ),
    (
        "en",
        "oos",
        "Hi, I'm moving from Shanghai to Chengdu next month (exciting!). Do I need to transfer my "
        "social insurance to Chengdu and what are Chengdu's specific rules? Sorry for the long "
        "message, thank you.",
        "none",
    ),
    (
        "en",
        "oos",
        "Hello, thank you for this bot. As a foreigner, am I actually obliged to pay into Chinese "
        "social insurance, or can I opt out since I'll leave in two years? Sorry if it's a "
        "sensitive topic.",
        "none",
    ),
    (
        "en",
        "oos",
        "hey, sorry, different thing: my payslip has a deduction for the housing provident fund. "
        "how can I withdraw that money when I buy an apartment? thanks!!",
        "none",
    ),
    (
        "en",
        "oos",
        "Hi, my social security card expires next year according to the date printed on it. How do "
        "I renew it? Thanks and sorry for the bother.",
        "none",
    ),
    (
        "en",
        "oos",
        "Good morning, sorry for the long question. If I leave China for good, can I get a refund "
        "of the pension contributions I've paid in? Thanks so much.",
        "none",
    ),
    (
        "en",
        "oos",
        "Hello, I recently got married and changed my surname. How do I update the name on my "
        "social security card? Sorry, and thanks in advance!",
        "none",
    ),
    (
        "en",
        "oos",
        "Hi there, the bank linked to my social security card is really inconvenient for me. Can I "
        "switch the financial function to a different bank? Apologies for all the questions.",
        "none",
    ),
    (
        "en",
        "oos",
        "hello, I'm pregnant (yay!) and wondering how much maternity allowance I'll get and for "
        "how many days. sorry if you can't answer, thanks anyway",
        "none",
    ),
    (
        "en",
        "oos",
        "Hi, thanks a lot. Which hospital in Beijing is the best for English-speaking patients and "
        "takes medical insurance directly? Sorry, I know it's a lot to ask.",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "Hello, thanks for your patience. Who actually issues the old medical insurance card? I "
        "remember mine came from a bank but that seems weird. Sorry!",
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        "hey so I keep hearing about the citizen card, sorry if everyone knows already, but what "
        "is it exactly? thanks",
        "card:citizen",
    ),
    (
        "en",
        "card",
        "Hi, apologies for the random question. What information does the health card record? My "
        "friend said it keeps track of my medical stuff and I'm curious. Thank you!",
        "card:health:records",
    ),
    (
        "en",
        "card",
        "Hello, I'm a bit paranoid about data security, sorry. How safe is the social security "
        "card? Is there some protection on it? Thanks!",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "Hi there, thanks again. Is the electronic medical insurance certificate an actual card I "
        "get in the mail, or is it just on my phone? Sorry if I'm confused.",
        "card:emedical:form",
    ),
    (
        "en",
        "card",
        "Good evening, sorry to bother. Who manages the health card, is it the hospital or some "
        "government department? Thank you.",
        "card:health:manager",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "Hi, sorry for the long message, I have both a social security card and a citizen card and "
        "I honestly can't tell what the difference is. Could you compare them for me? Thanks!",
        ("cmp:social:citizen", "faq:3"),
    ),
    (
        "en",
        "compare",
        "hello, thanks for the bot! what's the difference between the health card and the "
        "electronic medical insurance certificate? they both sound medical to me, sorry lol",
        "cmp:emedical:health",
    ),
    (
        "en",
        "compare",
        "Hello, apologies, me again. Could you compare the old medical insurance card and the "
        "electronic medical insurance certificate? I have the old one and wonder what changed.",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "Hi, thanks in advance. My clinic gave me a health card and my coworker insists that's "
        "basically my social security card. Is the health card a social security card or not? "
        "Sorry for the silly debate.",
        "faq:1",
    ),
    (
        "en",
        "faq",
        "Hello, sorry, kind of a basic thing: what types of social insurance exist in China? I "
        "only know about pension. Thank you!",
        "faq:6",
    ),
    (
        "en",
        "faq",
        "Hi there, I started my job six weeks ago and I'm not sure I'm registered for social "
        "insurance yet. When does my employer have to register me? Sorry and thanks!",
        ("faq:9", "law:sil-58"),
    ),
    (
        "en",
        "faq",
        "hey, sorry if this is silly, but what's my social security number? is it some new number "
        "I need to memorise? thanks",
        "faq:10",
    ),
    (
        "en",
        "faq",
        "Hello, thanks! Are there different types of social security cards, like ones for "
        "individuals and ones for companies? Sorry for asking.",
        "faq:8",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "Hi, sorry, I'm writing a report for my Chinese class. What does Article 74 of the Social "
        "Insurance Law say? Thanks so much!",
        "law:sil-74",
    ),
    (
        "en",
        "law",
        "Hello, apologies for the nerdy question, but what does article 3 of the Administrative "
        "Measures on Social Security Cards say about who manages them? Thank you!",
        "law:ssc-3",
    ),
    # ---------------- English: greeting (3) ----------------
    (
        "en",
        "greeting",
        "Hi! Just wanted to say hello, I'm new in China and a friend recommended this bot. Nice to "
        "meet you!",
        "greeting",
    ),
    (
        "en",
        "greeting",
        "Thank you so so much for all the help today, you saved me hours at the office. Sorry for "
        "spamming you with questions. Have a great evening!",
        "greeting",
    ),
    (
        "en",
        "greeting",
        "ok that's all for now, sorry for keeping you busy, bye bye and thanks again!",
        "greeting",
    ),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "Hola, perdón por molestar tan tarde. Llevo dos meses en Cantón y hace días que tengo "
        "fiebre, creo que mañana tengo que ir al médico, pero tengo varias tarjetas y no sé cuál "
        "hay que llevar al hospital. ¿Cuál es? ¡Mil gracias!",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "Buenas! Gracias por este bot, de verdad. Mi hijo está resfriado y necesito comprar "
        "medicinas en la farmacia de abajo, ¿con qué tarjeta puedo pagar allí? Perdona si es obvio "
        "jaja",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "Hola, disculpa el mensaje tan largo. El mes pasado me operaron de apendicitis y lo pagué "
        "todo yo. Mi jefa dice que me pueden devolver parte de los gastos médicos. ¿Qué tarjeta "
        "necesito para el reembolso? Muchas gracias de antemano.",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "hola q tal, perdona, una duda: quiero consultar mi historial de las visitas al hospital "
        "aquí, mi médica de España me lo pide. ¿hay alguna tarjeta para ver mi expediente de "
        "salud? gracias!!",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "Hola de nuevo, gracias por la respuesta de ayer. Ahora quiero hacer los trámites del "
        "seguro médico por internet desde el móvil porque no tengo tiempo de ir a la oficina. ¿Qué "
        "necesito para eso? Perdón por tanta pregunta.",
        "task:online",
    ),
    (
        "es",
        "task",
        "Buenos días. Le escribo porque mi suegro se jubila este año y me pidió que averiguara con "
        "qué tarjeta va a cobrar su pensión. Disculpe que pregunte por él, no usa Telegram. Muchas "
        "gracias.",
        "task:pension",
    ),
    (
        "es",
        "task",
        "uf, perdón por el rollo pero me acaban de despedir y estoy un poco agobiada. Me dijeron "
        "que puedo pedir la prestación por desempleo, ¿qué tarjeta hace falta para eso? gracias "
        "por escucharme",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "Hola, me caí de una escalera en la obra donde trabajo y me rompí la muñeca. Ya estoy "
        "mejor, gracias a Dios. ¿Con qué tarjeta solicito las prestaciones por accidente laboral? "
        "Perdón y gracias.",
        "task:injury",
    ),
    (
        "es",
        "task",
        "Hola! Llevo un año y medio trabajando y no tengo nada claro si la empresa está pagando mi "
        "seguro social. ¿Cómo puedo consultar lo que se ha cotizado? ¿Con qué tarjeta? Disculpa y "
        "gracias mil.",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "holaa, cada día voy al trabajo en metro y siempre compro billete sencillo, mi compañero "
        "se ríe de mí jaja. ¿hay alguna de estas tarjetas que sirva para el autobús y el metro? "
        "gracias, perdón si no es el tema",
        "task:transport",
    ),
    (
        "es",
        "task",
        "Hola, buenas tardes. Me encanta leer y hay una sala de lectura pública cerca de casa. "
        "¿Con qué tarjeta puedo usar ese tipo de servicios públicos locales? Perdona la pregunta "
        "rara y gracias.",
        "task:services",
    ),
    (
        "es",
        "task",
        "Buenas, disculpa. Tengo el pasaporte en la oficina de inmigración por la renovación del "
        "visado y necesito demostrar quién soy para un trámite. ¿Alguna de estas tarjetas sirve "
        "para acreditar mi identidad? Gracias de corazón.",
        "task:identity",
    ),
    (
        "es",
        "task",
        "Hola, empecé a trabajar hace tres semanas en una empresa de Suzhou y todos me preguntan "
        "si ya tengo la tarjeta de seguridad social. No la tengo. ¿Cómo se consigue y quién la "
        "tramita? Perdón por ser tan despistado, gracias.",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "Hola!! Por fin me llegó la tarjeta de seguridad social física, qué ilusión. Pero mis "
        "compañeros usan una versión electrónica en el móvil. ¿Cómo saco la electrónica a partir "
        "de la física? Gracias y perdón por molestar otra vez.",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "Buenos días, disculpe la molestia. Mi marido tiene seguro médico por su empresa y le "
        "dijeron que saque el certificado electrónico de seguro médico. ¿Quién puede obtenerlo y "
        "cómo? Muchísimas gracias.",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "Hola, llevo ya un año viviendo en esta ciudad y mi vecina insiste en que me saque la "
        "tarjeta ciudadana porque es muy práctica. ¿Cómo se obtiene? Perdón si es evidente, "
        "¡gracias!",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "Hola, perdona, otra vez yo. Quería preguntar en general: ¿qué tarjetas necesito para todo "
        "lo relacionado con la salud, médico, medicinas, reembolsos y eso? Solo quiero una visión "
        "general. Mil gracias.",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "¡Hola! Gracias por la paciencia con los extranjeros despistados como yo. ¿Me puedes "
        "enseñar todo lo relacionado con el dinero: pensión, paro, accidentes de trabajo, "
        "cotizaciones? Quiero verlo todo junto. Saludos",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "hola, estoy intentando entender lo del día a día: autobuses, bibliotecas, demostrar mi "
        "identidad, esas cosas. ¿Qué tarjetas sirven para todo eso? perdón por la pregunta tan "
        "amplia, gracias!!",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "Hola, la verdad es que estoy un poco abrumado. No tengo ninguna de estas tarjetas todavía "
        "y quiero saber cómo conseguir cada una. ¿Me enseñas cómo se obtienen las tarjetas? Perdón "
        "y gracias de antemano.",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        "Hola, soy nuevo aquí y ni sé qué preguntar, perdón jaja. ¿Me puedes mostrar una guía de "
        "lo que puedo hacer con estas tarjetas según lo que necesite? ¡Muchas gracias!",
        "tasks",
    ),
    (
        "es",
        "task",
        "Hola otra vez, gracias por lo del médico. Me han dado una receta y ahora tengo que "
        "comprar las pastillas. ¿Me sirve la tarjeta ciudadana en la farmacia o necesito otra? "
        "Disculpa!",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "perdón por el mensaje largo pero ahí va. fui al hospital y en la ventanilla de registro "
        "me pidieron una tarjeta, di la del banco, mal, luego la ciudadana y después me pidieron "
        "la tarjeta de salud?? ¿cuál es la tarjeta para registrarse y pagar en el hospital? "
        "gracias",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "Hola, disculpa, escribo rápido desde el trabajo. Quiero consultar el importe total "
        "acumulado de mi seguro de pensiones y de mi seguro médico. ¿Qué tarjeta me deja "
        "consultarlo? Gracias!",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "Hola! Gracias por toda la ayuda. Después de veinte años trabajando aquí me toca jubilarme "
        "(¡qué rápido pasa el tiempo!). ¿Qué necesito para empezar a cobrar la pensión, en cuanto "
        "a tarjetas? Perdón si es una tontería.",
        "task:pension",
    ),
    (
        "es",
        "task",
        "Hola, perdón por molestar. Antes tenía la tarjeta de seguro médico antigua del banco pero "
        "dicen que ya la reemplazaron. Bueno, lo que necesito de verdad: mi hija tiene que ir al "
        "médico mañana, ¿qué tarjeta llevamos? Gracias!",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "Hola, espero que estés bien. Se me terminó el contrato y estoy entre trabajos. Me "
        "gustaría inscribirme como desempleado y quizá apuntarme a formación profesional. ¿Qué "
        "tarjeta se usa para eso? Gracias y perdona las molestias.",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "hola, perdón de antemano, estoy un poco perdida. Quiero tener la tarjeta electrónica de "
        "seguridad social en el móvil, pero ¿necesito primero la física o no?? ¿cómo funciona para "
        "sacarla? gracias mil",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "Buenas tardes y gracias por el servicio. Me corté la mano en la fábrica y me dieron "
        "puntos. Aparte del médico, quiero reclamar las prestaciones por lesión laboral. ¿Qué "
        "tarjeta necesito? Perdón por contar toda la historia.",
        "task:injury",
    ),
    (
        "es",
        "task",
        "Hola, mi empresa me dio de alta en el seguro médico el mes pasado, por fin. ¿Ya puedo "
        "sacar el certificado electrónico de seguro médico? ¿Cómo lo hago? Perdón por la "
        "insistencia y gracias.",
        "task:getemedical",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "seguridad social", "card:social"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "leyes", "law"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "accidente laboral", "task:injury"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "Hola, qué vergüenza, creo que perdí la tarjeta de seguridad social en el mercado ayer. "
        "¿Qué tengo que hacer para darla de baja y pedir otra? Muchas gracias, perdón por el lío.",
        "none",
    ),
    (
        "es",
        "oos",
        "Buenas, mi empresa solicitó mi tarjeta de seguridad social hace un mes. ¿Cuánto tarda "
        "normalmente en llegar? Perdón por la impaciencia jaja, gracias.",
        "none",
    ),
    (
        "es",
        "oos",
        "hola, gracias por lo de antes. ¿cuánto cuesta sacar la tarjeta ciudadana? ¿hay que pagar "
        "alguna tasa? perdona, ando justo de dinero este mes",
        "none",
    ),
    (
        "es",
        "oos",
        "Hola, intenté pagar en la farmacia con la tarjeta de seguridad social y me pidió un PIN "
        "que no recuerdo haber puesto nunca. ¿Cuál es la contraseña inicial o cómo la cambio? "
        "Disculpa, estoy algo nervioso.",
        "none",
    ),
    (
        "es",
        "oos",
        "Hola, estoy haciendo mi presupuesto. ¿Qué porcentaje del sueldo se va al seguro de "
        "pensiones cada mes y cuánto pone la empresa? Perdón si no es lo tuyo, gracias!",
        "none",
    ),
    (
        "es",
        "oos",
        "Hola, me mudo de Pekín a Shenzhen el mes que viene (¡qué nervios!). ¿Tengo que trasladar "
        "mi seguro social y qué normas específicas tiene Shenzhen? Perdón por el mensaje tan "
        "largo, gracias.",
        "none",
    ),
    (
        "es",
        "oos",
        "Hola, gracias por el bot. Como extranjera, ¿estoy obligada de verdad a cotizar a la "
        "seguridad social china o puedo renunciar porque me voy dentro de dos años? Disculpa si es "
        "un tema delicado.",
        "none",
    ),
    (
        "es",
        "oos",
        "oye perdona, otra cosa: en la nómina me descuentan el fondo de vivienda. ¿cómo puedo "
        "sacar ese dinero para comprarme un piso? gracias!!",
        "none",
    ),
    (
        "es",
        "oos",
        "Hola, según la fecha impresa mi tarjeta de seguridad social caduca el año que viene. "
        "¿Cómo la renuevo? Gracias y perdón por la molestia.",
        "none",
    ),
    (
        "es",
        "oos",
        "Buenos días, perdón por la pregunta tan larga. Si me voy de China para siempre, ¿me "
        "devuelven lo que he cotizado para la pensión? Muchísimas gracias.",
        "none",
    ),
    (
        "es",
        "oos",
        "Hola, me he casado hace poco y he cambiado de apellido. ¿Cómo actualizo el nombre en la "
        "tarjeta de seguridad social? Perdona y gracias de antemano!",
        "none",
    ),
    (
        "es",
        "oos",
        "Hola, el banco vinculado a mi tarjeta de seguridad social me queda muy lejos. ¿Puedo "
        "cambiar la función financiera a otro banco? Disculpa tantas preguntas.",
        "none",
    ),
    (
        "es",
        "oos",
        "hola, estoy embarazada (¡bien!) y quería saber cuánto me van a pagar de baja por "
        "maternidad y cuántos días son. perdona si no lo sabes, gracias igual",
        "none",
    ),
    (
        "es",
        "oos",
        "Hola, muchas gracias por todo. En verano voy a España de vacaciones: si me pongo enfermo "
        "allí, ¿me cubre mi seguro médico chino? Perdón, ya sé que es mucho preguntar.",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "Hola, perdona si es muy básico, pero ¿qué es exactamente la tarjeta electrónica de "
        "seguridad social? La mencionan en el grupo de WeChat y no me entero. ¡Gracias!",
        "card:esocial",
    ),
    (
        "es",
        "card",
        "Buenas, gracias por la paciencia. ¿Quién expide el certificado electrónico de seguro "
        "médico? ¿Es el banco, el hospital...? Perdón por la confusión.",
        "card:emedical:issuer",
    ),
    (
        "es",
        "card",
        "Hola, disculpa la pregunta. ¿Para qué sirve la tarjeta ciudadana? O sea, ¿qué puedo hacer "
        "con ella? Mil gracias.",
        "card:citizen:function",
    ),
    (
        "es",
        "card",
        "Hola, soy un poco paranoico con los datos, perdón. ¿Qué tan segura es la antigua tarjeta "
        "de seguro médico? Gracias!",
        "card:medical:security",
    ),
    (
        "es",
        "card",
        "Hola, gracias de nuevo. ¿Dónde se puede usar la tarjeta de salud? ¿Solo en hospitales o "
        "también en otros sitios? Perdona la pregunta.",
        "card:health:scope",
    ),
    (
        "es",
        "card",
        "Buenas noches, perdón por molestar a estas horas. ¿Qué organismo gestiona la tarjeta de "
        "seguridad social? Es para un formulario. Gracias.",
        "card:social:manager",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "Hola, perdón por el rollo: tengo la tarjeta de seguridad social y también la tarjeta de "
        "salud del hospital, y no sé en qué se diferencian. ¿Me las comparas? Gracias!",
        ("cmp:social:health", "faq:1"),
    ),
    (
        "es",
        "compare",
        "hola, gracias por el bot! ¿cuál es la diferencia entre la tarjeta electrónica de "
        "seguridad social y la tarjeta ciudadana? perdón si es obvio",
        "cmp:esocial:citizen",
    ),
    (
        "es",
        "compare",
        "Hola, disculpa, ¿me comparas la tarjeta de seguro médico antigua con la tarjeta de salud? "
        "Tengo las dos y no sé cuál usar para qué. Gracias.",
        "cmp:medical:health",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "Hola, perdón, mi compañera dice que la tarjeta de seguridad social y la tarjeta del "
        "seguro médico son la misma cosa. ¿Es verdad? Gracias por resolver la discusión jaja",
        "faq:2",
    ),
    (
        "es",
        "faq",
        "Hola, disculpa. ¿El certificado electrónico de seguro médico y la tarjeta electrónica de "
        "seguridad social son lo mismo? Tengo los dos en el móvil y me lío. Gracias!",
        "faq:5",
    ),
    (
        "es",
        "faq",
        "Buenas, perdón por la pregunta. La tarjeta de recursos humanos y seguridad social, ¿es "
        "una tarjeta de seguridad social o es otra cosa? Muchas gracias.",
        "faq:4",
    ),
    (
        "es",
        "faq",
        "Hola, gracias! ¿Qué registra la tarjeta de seguridad social y qué puedo hacer con ella? "
        "Perdona que lo pregunte todo junto.",
        "faq:7",
    ),
    (
        "es",
        "faq",
        "Hola, perdón por molestar. En mi ciudad me dieron una tarjeta ciudadana; ¿es la misma "
        "tarjeta que la de seguridad social o son distintas? Gracias!",
        "faq:3",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "Hola, disculpa, estoy preparando una presentación. ¿Qué dice el artículo 2 de la Ley de "
        "Seguro Social? Mil gracias!",
        "law:sil-2",
    ),
    (
        "es",
        "law",
        "Buenas, perdón por la pregunta tan técnica. ¿Qué establece el artículo 4 de las Medidas "
        "Administrativas sobre las tarjetas de seguridad social? Gracias de antemano.",
        "law:ssc-4",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    (
        "es",
        "greeting",
        "¡Hola! Solo quería saludar, soy nueva en China y una amiga me recomendó este bot. "
        "¡Encantada!",
        "greeting",
    ),
    (
        "es",
        "greeting",
        "Muchísimas gracias por toda la ayuda de hoy, me has ahorrado horas de cola. Perdón por "
        "bombardearte a preguntas. ¡Que tengas buena noche!",
        "greeting",
    ),
    (
        "es",
        "greeting",
        "vale, eso es todo por ahora, perdona por darte tanto trabajo, chao y gracias otra vez!",
        "greeting",
    ),
)
