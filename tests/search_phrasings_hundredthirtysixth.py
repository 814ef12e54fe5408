"""Hundred-and-thirty-sixth phrasing set (complainers), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDTHIRTYSIXTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "I've been in this hospital queue for 2 hours and nobody can tell me which card I need to "
        "see a doctor. WHICH ONE??",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "the pharmacist just stared at me when I handed her my card. what card do I actually use "
        "to buy medicine?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "hospital made me pay everything out of pocket and now I want that money back. which card "
        "gets medical expenses reimbursed",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "My mother-in-law's clinic lost her paper records AGAIN. Which card lets you look up your "
        "own health file?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "the app keeps crashing and the hotline just tells me to use the app. what do I need to "
        "handle medical insurance stuff online from my phone",
        "task:online",
    ),
    (
        "en",
        "task",
        "retired teacher here. three windows, three different answers! which card do I need to "
        "collect my pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "Got laid off last week, window 7 sent me to window 2 and window 2 sent me right back. "
        "Which card do I need to claim unemployment benefits?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "broke my wrist on the construction site and HR is useless. what card is for work injury "
        "benefits",
        "task:injury",
    ),
    (
        "en",
        "task",
        "my boss SWEARS he pays my social insurance but I don't buy it. how do I check what's "
        "actually been paid in?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "sick of digging for coins every morning on the bus lol. is there a card that works on "
        "buses and the subway?",
        "task:transport",
    ),
    (
        "en",
        "task",
        "The library desk refused my passport and said I need some local card. Which card do you "
        "use for libraries and other public services?",
        "task:services",
    ),
    (
        "en",
        "task",
        "every single office wants a different document to prove who I am!! which of these cards "
        "can actually prove my identity",
        "task:identity",
    ),
    (
        "en",
        "task",
        "HR says go to the bank, the bank says go to HR. who can actually get a social security "
        "card and how???",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "the stupid QR code won't activate no matter what I do. how do you get the electronic "
        "social security card?",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "my coworker has the electronic medical insurance certificate on her phone and I don't. "
        "who is allowed to get it?",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "Everyone in this city seems to have a citizen card except me. How does one get it??",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "honestly I'm completely lost with all these cards. what am I supposed to do, where do I "
        "even start",
        "tasks",
    ),
    (
        "en",
        "task",
        "forget the details, I just want to see everything about using these cards for health care",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "all I care about is the money side: pension, benefits, refunds. show me what I can do",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "what about ordinary daily life stuff like getting around and proving who I am? what can "
        "the cards do there",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "I've been trying to GET a card for a month now. what are all the ways to get one of "
        "these?",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        "third time at the registration desk this month and the guy yelled at me. which card do I "
        "register with at the hospital?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "Paid 800 yuan for my meds out of pocket because they wouldn't take my card. Which card "
        "works at designated pharmacies?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "I'm a nurse and even I don't know this one: how do patients pull up their own medical "
        "records with a card?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "The lady at the counter said 'do it online' and slammed the shutter. What do I use to do "
        "my medical insurance business online?",
        "task:online",
    ),
    (
        "en",
        "task",
        "seriously, my pension account is a black box. how do I check how much has gone into my "
        "old-age insurance so far",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "delivery rider here, got hit by a car during a shift. which card do I use to apply for "
        "work-related injury benefits?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "Why does NOBODY explain anything?! My dad wants to start receiving his old-age pension, "
        "what card does he need?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "they told me to 'go register as unemployed' and gave me zero forms. which card do I "
        "bring for unemployment registration",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "hospital receipts are piling up on my desk and no one tells me how to claim them. what "
        "card do I need for reimbursement?",
        "task:reimburse",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "social security crd", "card:social"),
    ("en", "short", "e social card", "card:esocial"),
    ("en", "short", "old medical card", "card:medical"),
    ("en", "short", "e-medical", "card:emedical"),
    ("en", "short", "health card!!", "card:health"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "subway", "task:transport"),
    ("en", "short", "refund??", "task:reimburse"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "cards!!", "cards"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "Lost my social security card on the metro, of course. How do I get a replacement?",
        "none",
    ),
    (
        "en",
        "oos",
        "how much does it cost to get a citizen card? nobody posts the fee anywhere",
        "none",
    ),
    (
        "en",
        "oos",
        "how long does it take to get the social security card?? it's been 6 weeks",
        "none",
    ),
    (
        "en",
        "oos",
        "where is the social security office in Chaoyang? the map app sent me to a parking lot",
        "none",
    ),
    (
        "en",
        "oos",
        "as a foreigner, do I even have a right to a pension after I leave China?",
        "none",
    ),
    (
        "en",
        "oos",
        "Does Shenzhen have its own rules for the health card? every city does things differently",
        "none",
    ),
    (
        "en",
        "oos",
        "forgot my social security card PIN. bank says go to the bureau, bureau says go to the "
        "bank. how do I reset it",
        "none",
    ),
    ("en", "oos", "they misspelled my name on the card!!! how do I get it corrected?", "none"),
    (
        "en",
        "oos",
        "can I cash out my pension contributions when I leave the country for good?",
        "none",
    ),
    (
        "en",
        "oos",
        "what are the opening hours of the social insurance bureau? they shut at 11:30 right in "
        "my face",
        "none",
    ),
    (
        "en",
        "oos",
        "can my wife use my medical insurance account at the pharmacy? the clerk said no, I think "
        "she's wrong",
        "none",
    ),
    (
        "en",
        "oos",
        "Does the electronic social security card work in WeChat or only in Alipay? so confusing",
        "none",
    ),
    (
        "en",
        "oos",
        "how much gets deducted from my salary every month for social insurance? payslip makes no "
        "sense",
        "none",
    ),
    (
        "en",
        "oos",
        "changing jobs from Shanghai to Guangzhou, can I transfer my social insurance or do I "
        "start over?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "Nobody at the counter could explain it: what even IS the electronic medical insurance "
        "certificate?",
        "card:emedical:what",
    ),
    (
        "en",
        "card",
        "ok tell me about the citizen card, because the clerk just shrugged at me",
        "card:citizen",
    ),
    (
        "en",
        "card",
        "who issues the social security card? the bank says it's not them",
        "card:social:issuer",
    ),
    (
        "en",
        "card",
        "is the health card run by the hospital or the health department? been bounced between "
        "both",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "how safe is the old medical insurance card really? I don't trust it one bit",
        "card:medical:security",
    ),
    (
        "en",
        "card",
        "Is the electronic social security card a real card or just something on my phone??",
        "card:esocial:form",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "the clerk acted like I was stupid. what's the actual difference between the social "
        "security card and the citizen card?",
        "cmp:social:citizen",
    ),
    (
        "en",
        "compare",
        "health card vs medical insurance card, I keep mixing them up and the nurse is losing "
        "patience",
        "cmp:medical:health",
    ),
    (
        "en",
        "compare",
        "plastic social security card vs the electronic one, how are they different? my son says "
        "the app is enough",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "My coworker insists the health card counts as a social security card. Is she right?",
        "faq:1",
    ),
    (
        "en",
        "faq",
        "ARE human resources and social security cards social security cards or not? the naming "
        "is driving me insane",
        "faq:4",
    ),
    (
        "en",
        "faq",
        "the HR lady rattled off five insurance names in ten seconds. what kinds of social "
        "insurance are there?",
        "faq:6",
    ),
    (
        "en",
        "faq",
        "started this job 2 months ago and I'm STILL not registered. when does my employer have "
        "to register me for social insurance?",
        ("faq:9", "law:sil-58"),
    ),
    (
        "en",
        "faq",
        "every form asks for my 'social security number' and nobody explains. what is it?",
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "what does Article 58 of the Social Insurance Law actually say? I want to show it to my "
        "boss",
        "law:sil-58",
    ),
    (
        "en",
        "law",
        "the clerk quoted 'Article 3 of the Administrative Measures on Social Security Cards' at "
        "me and walked off. what's in it?",
        "law:ssc-3",
    ),
    # ---------------- English: greeting (3) ----------------
    (
        "en",
        "greeting",
        "hello. please tell me you're more helpful than the clerk at window 5",
        "greeting",
    ),
    ("en", "greeting", "thanks, you just saved me another trip to that office", "greeting"),
    ("en", "greeting", "ok bye, back to the queue I go 😩", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "Llevo toda la mañana en la cola del hospital y nadie me dice qué tarjeta uso para ver al "
        "médico. ¿Cuál es?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "¡En la farmacia me rechazaron la tarjeta delante de todos! ¿Con cuál se compran "
        "medicamentos?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "pagué todo de mi bolsillo en la clínica... ¿qué tarjeta sirve para que me reembolsen los "
        "gastos médicos?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "Soy profesora y el médico no encuentra mi historial, me manda a otra ventanilla. ¿Con "
        "qué tarjeta consulto mi expediente de salud?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "la app del seguro médico es un laberinto. ¿qué necesito para hacer trámites del seguro "
        "médico por internet desde el móvil?",
        "task:online",
    ),
    (
        "es",
        "task",
        "Mi padre jubilado lleva tres semanas de oficina en oficina. ¿Qué tarjeta necesita para "
        "cobrar la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "Me despidieron y encima el funcionario me gritó. ¿Qué tarjeta hace falta para pedir el "
        "subsidio de desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "me caí de un andamio en la obra y la empresa se lava las manos. ¿con qué tarjeta reclamo "
        "las prestaciones por accidente laboral?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "No me fío NADA de mi jefe. ¿Cómo compruebo cuánto se ha pagado de verdad a mi seguro "
        "social?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "¡Harta de pagar el metro con el móvil, que siempre falla! ¿Hay alguna tarjeta para bus y "
        "metro?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "en la biblioteca municipal no me dejaron usar la sala de lectura. ¿qué tarjeta se usa "
        "para los servicios públicos de la ciudad?",
        "task:services",
    ),
    (
        "es",
        "task",
        "Cada oficina me pide un papel distinto para demostrar quién soy. ¿Cuál de estas tarjetas "
        "sirve para identificarme?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "recursos humanos dice que vaya al banco y el banco que vaya a recursos humanos. ¿quién "
        "puede sacar la tarjeta de seguridad social y cómo?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "¡No hay manera de activar la tarjeta electrónica de seguridad social en la app! ¿Cómo se "
        "consigue?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "todos mis compañeros tienen el certificado electrónico del seguro médico menos yo. "
        "¿quién puede obtenerlo?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "Llevo dos años viviendo aquí y sigo sin tarjeta ciudadana. ¿Cómo se saca?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "Estoy perdidísimo con tantas tarjetas. ¿Qué tengo que hacer, por dónde empiezo?",
        "tasks",
    ),
    (
        "es",
        "task",
        "solo quiero lo de salud: médico, farmacia, historial. ¿qué opciones tengo?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "Lo único que me importa es el dinero: pensión, paro, reembolsos. ¿Qué puedo hacer con "
        "las tarjetas?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "para el día a día, transporte, bibliotecas, identificarme... ¿qué me sirve de todo esto?",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "¡Quiero SACARME una tarjeta, la que sea, y nadie me explica nada! ¿Cómo se obtienen?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        "Tres horas esperando en admisión. ¿Con qué tarjeta se paga en el hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "la farmacéutica me dijo que mi tarjeta no vale ahí. ¿cuál funciona en las farmacias "
        "designadas?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "Tengo una montaña de recibos médicos y nadie me dice cómo recuperar el dinero. ¿Qué "
        "tarjeta uso para el reembolso?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "¡Qué desastre de atención telefónica! ¿Cómo gestiono el seguro médico desde el teléfono "
        "sin pisar la oficina?",
        "task:online",
    ),
    (
        "es",
        "task",
        "Mi abuela quiere ver su historial médico y en el centro de salud la mandan a casa. ¿Qué "
        "tarjeta se lo permite?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "soy repartidor y no sé si la empresa cotiza por mí. ¿dónde veo cuánto llevo acumulado en "
        "pensión y seguro médico?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "Me lesioné la espalda en la fábrica y me marean con papeles. ¿Qué tarjeta me sirve para "
        "la evaluación de capacidad laboral y las prestaciones?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "¡Otra vez de la ventanilla 3 a la 8! Me quedé sin trabajo, ¿con qué tarjeta hago el "
        "registro de desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "mi madre se jubila el mes que viene y no entiende nada. ¿qué tarjeta usa para tramitar "
        "la pensión de vejez?",
        "task:pension",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta social", "card:social"),
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana!!", "card:citizen"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "certif. electrónico", "card:emedical"),
    ("es", "short", "social electrónica", "card:esocial"),
    ("es", "short", "tarjeta médica", "card:medical"),
    ("es", "short", "pensión", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "tarjetas???", "cards"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        "Perdí la tarjeta de seguridad social en un taxi. ¿Cómo pido un duplicado?",
        "none",
    ),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta ciudadana? nadie me da un precio", "none"),
    (
        "es",
        "oos",
        "¿Cuánto tarda en llegar la tarjeta de seguridad social? ¡Llevo un mes esperando!",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Dónde está la oficina de seguridad social en Pudong? Ya fui a dos direcciones "
        "equivocadas",
        "none",
    ),
    (
        "es",
        "oos",
        "soy extranjero, ¿me devuelven lo cotizado para la pensión si me voy de China?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿En Hangzhou la tarjeta ciudadana tiene normas propias? cada ciudad es un mundo",
        "none",
    ),
    (
        "es",
        "oos",
        "Olvidé la contraseña de la tarjeta y el banco me manda a la oficina. ¿Cómo la cambio?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Qué porcentaje del sueldo me descuentan para el seguro social? la nómina es un "
        "jeroglífico",
        "none",
    ),
    ("es", "oos", "¿puedo usar mi seguro médico chino en un hospital de Hong Kong?", "none"),
    (
        "es",
        "oos",
        "¿A qué hora abre la oficina de seguridad social? ¡Me cerraron a mediodía en la cara!",
        "none",
    ),
    (
        "es",
        "oos",
        "Si cambio de trabajo de Pekín a Cantón, ¿cómo traslado mi seguro social?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿el seguro médico cubre el dentista? el de la clínica dice que no y no le creo",
        "none",
    ),
    (
        "es",
        "oos",
        "¿Se puede vincular la tarjeta de seguridad social a Alipay? No encuentro la opción",
        "none",
    ),
    (
        "es",
        "oos",
        "Mi nombre sale mal escrito en la tarjeta, con letras rarísimas. ¿Cómo lo corrijo?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "Nadie en la ventanilla sabe explicarlo: ¿para qué sirve el certificado electrónico del "
        "seguro médico?",
        "card:emedical:function",
    ),
    (
        "es",
        "card",
        "¿quién emite la tarjeta ciudadana? ¿el ayuntamiento, el banco, quién?",
        "card:citizen:issuer",
    ),
    (
        "es",
        "card",
        "¿Quién expide la tarjeta electrónica de seguridad social? ¡En el banco no saben nada!",
        "card:esocial:issuer",
    ),
    (
        "es",
        "card",
        "háblame de la tarjeta sanitaria, que el del hospital me la nombró y se fue",
        "card:health",
    ),
    (
        "es",
        "card",
        "¿La tarjeta de seguridad social es física o solo digital? Me están volviendo loca",
        "card:social:form",
    ),
    (
        "es",
        "card",
        "¿qué era la antigua tarjeta del seguro médico? mi suegro todavía la guarda como un tesoro",
        "card:medical:what",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "Tarjeta de seguridad social vs tarjeta sanitaria, ¿en qué se diferencian? Estoy hasta "
        "las narices",
        "cmp:social:health",
    ),
    (
        "es",
        "compare",
        "compárame la tarjeta médica antigua con el certificado electrónico del seguro médico, "
        "que mi madre no entiende el cambio",
        "cmp:medical:emedical",
    ),
    (
        "es",
        "compare",
        "¿Qué diferencia hay entre la tarjeta sanitaria y la ciudadana? ¡Me dicen que las dos "
        "valen en el hospital!",
        "cmp:health:citizen",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "¡Mi jefe dice que la tarjeta de seguridad social y la del seguro médico son la misma! "
        "¿Es verdad?",
        "faq:2",
    ),
    (
        "es",
        "faq",
        "¿la tarjeta ciudadana y la de seguridad social son la misma tarjeta o no? cada "
        "funcionario dice una cosa",
        "faq:3",
    ),
    (
        "es",
        "faq",
        "¿Son lo mismo el certificado electrónico del seguro médico y la tarjeta electrónica de "
        "seguridad social? ¡Aclárenlo ya!",
        "faq:5",
    ),
    (
        "es",
        "faq",
        "¿Qué registra la tarjeta de seguridad social y qué puedo hacer con ella? Quiero saber "
        "qué guardan de mí",
        "faq:7",
    ),
    (
        "es",
        "faq",
        "a ver, ¿qué tipos de tarjeta de seguridad social existen? en la oficina me hablaron de "
        "'personal' y no sé qué más",
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "El funcionario me soltó 'artículo 3 de la Ley de Seguro Social' y se fue. ¿Qué dice ese "
        "artículo?",
        "law:sil-3",
    ),
    (
        "es",
        "law",
        "¡Quiero ver las leyes con mis propios ojos! ¿Qué artículos legales hay detrás de todo "
        "esto?",
        "law",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "Hola... a ver si tú me atiendes mejor que la de la ventanilla", "greeting"),
    ("es", "greeting", "¡Gracias! Por fin alguien me lo explica claro", "greeting"),
    ("es", "greeting", "adiós, vuelvo a la cola 😤", "greeting"),
)
