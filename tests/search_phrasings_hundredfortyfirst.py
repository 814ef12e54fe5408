"""Hundred-and-forty-first phrasing set (chatty pals), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDFORTYFIRST: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "hey you 👋 so I've got a doctor's appt tmrw at the big hospital, which card do I bring??",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "lol so I finally caught the office flu 🤧 what card do I use to register and pay "
            "at the hospital?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "hiii, need to grab some cough syrup at the pharmacy, which of my cards actually "
            "works there? 💊"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "my mom's visiting and needs her blood pressure meds refilled 😅 what card lets us"
            " buy medicine?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "ok so story time: broke my toe playing frisbee 🥏 paid the hospital bill myself, "
            "how do I get that money reimbursed?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "quick one from a broke grad student 😂 which card do I need to get my medical "
            "costs paid back?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "hey! my new doc wants to see my old medical records, is there a card to look up "
            "my health file? 📁"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "morning ☕ how can I check my personal health records? like which card keeps all that?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "yo 😎 I wanna do my medical insurance stuff on my phone instead of queueing for "
            "hours, what do I need?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "teacher here, zero free time lol 📱 can I handle medical insurance things online,"
            " and with which card?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "haha ok so I'm 59 and already dreaming of the beach 🏖️ which card do I use to "
            "draw my pension?"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        "asking for my dad who just retired 👴 what card does he need to collect his pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "welp, got laid off today 🙃 trying to stay positive! which card do I use to claim"
            " unemployment benefits?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "hiya, my contract ended and I'm between jobs rn 😬 how do I apply for "
            "unemployment money, what card?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "so uh, I hurt my back lifting boxes at the warehouse 😖 which card do I need for "
            "work injury benefits?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "hey friend, my coworker slipped at the factory and got hurt, what card handles "
            "work-related injury claims?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "ok kinda paranoid moment 🕵️ how do I check whether my company has really been "
            "paying my social insurance?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "hello hello! wanna see how much has gone into my pension and medical accounts so"
            " far, how do I look? 💰"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        "hey!! can any of these cards be used on the bus? so tired of fumbling for coins 🚌",
        "task:transport",
    ),
    (
        "en",
        "task",
        "lol my metro ticket game is weak 🚇 is there a card I can just tap on the subway?",
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "bookworm here 📚 is there a card that gets me into the public reading room and "
            "library stuff?"
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "hey so random, I need to prove who I am at some government counter, which of "
            "these cards works as ID? 🪪"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "just started my first real job in Shanghai 🎉 how do I get a social security "
            "card, who applies for it?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "hihi, how do I get the electronic social security card on my phone? do I need "
            "the plastic one first?"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "heyy 🙌 who's allowed to get the electronic medical insurance certificate? could "
            "I get one?"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "new in town and loving the dumplings 🥟 how do I get a citizen card, who gives them out?",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "ok so health stuff in general 🩺 doctor, meds, getting money back… which cards "
            "cover all of that?"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "money talk 💸 pension, unemployment, checking what I've paid in… what cards "
            "handle the money side?"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "hey there! total newbie, no clue where to start 😅 what kinds of things can you "
            "help me get done?"
        ),
        "tasks",
    ),
    (
        "en",
        "task",
        (
            "heyy ok, I basically want to get one of these cards but idk which one or how 🤷 "
            "where do I start?"
        ),
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "social security card", "card:social"),
    ("en", "short", "e social card", "card:esocial"),
    ("en", "short", "elect", ("card:esocial", "card:emedical")),
    ("en", "short", "health card 🏥", "card:health"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "human resources card", "card:social"),
    ("en", "short", "subway 🚇", "task:transport"),
    ("en", "short", "pharma", "task:pharmacy"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "cards??", "cards"),
    ("en", "short", "med insurance cert", "card:emedical"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "ugh I think I left my social security card in a taxi 😩 how do I report it lost?",
        "none",
    ),
    (
        "en",
        "oos",
        "does it cost money to get a citizen card? asking for my very thin wallet lol 💸",
        "none",
    ),
    (
        "en",
        "oos",
        "hey so how long does it usually take for a new social security card to be ready? ⏰",
        "none",
    ),
    (
        "en",
        "oos",
        "where's the social security office in Chengdu? my map app is betraying me 😂",
        "none",
    ),
    (
        "en",
        "oos",
        "as a foreigner am I even allowed to get a citizen card? 🙈 asking as a Brit",
        "none",
    ),
    ("en", "oos", "oops forgot the PIN for my social security card 😅 how do I reset it?", "none"),
    ("en", "oos", "my social security card just expired, how do I renew it? 🗓️", "none"),
    (
        "en",
        "oos",
        "how much of my salary goes to social insurance every month, like what percent? 🧮",
        "none",
    ),
    (
        "en",
        "oos",
        "moving from Shenzhen to Beijing next month 🚚 does my social insurance transfer over?",
        "none",
    ),
    (
        "en",
        "oos",
        "can I link my social security card to WeChat Pay? would make life sooo easy 🙏",
        "none",
    ),
    ("en", "oos", "in Hangzhou does the citizen card also work as a social security card?", "none"),
    (
        "en",
        "oos",
        "pregnant and super excited 🤰 how many days of maternity leave do I get?",
        "none",
    ),
    (
        "en",
        "oos",
        "the chip on my card got scratched and won't read anymore 😭 can I get a replacement?",
        "none",
    ),
    ("en", "oos", "if I leave China for good can I take my pension money with me? ✈️", "none"),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "hey! so tell me about the social security card, like the basics 😄",
        "card:social",
    ),
    (
        "en",
        "card",
        "ok random q, who actually issues the electronic medical insurance certificate?",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "is the old medical insurance card safe? my grandpa still carries one around lol",
        "card:medical:security",
    ),
    (
        "en",
        "card",
        "who's in charge of health cards, like which office manages them? 🤔",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "so what's the deal with the citizen card, what's it actually for?",
        "card:citizen:function",
    ),
    (
        "en",
        "card",
        "what's this electronic social security card thing my coworker keeps going on about? 😂",
        ("card:esocial", "card:esocial:what"),
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "ok so what's the actual difference between the social security card and the "
            "citizen card? 🤔"
        ),
        "cmp:social:citizen",
    ),
    (
        "en",
        "compare",
        (
            "hey! electronic social security card vs electronic medical insurance "
            "certificate, how do they differ?"
        ),
        "cmp:esocial:emedical",
    ),
    (
        "en",
        "compare",
        (
            "my landlord says the social security card and the medical insurance card aren't "
            "alike, what's different? 😅"
        ),
        "cmp:social:medical",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "hehe maybe a dumb q, but is a health card a kind of social security card?",
        "faq:1",
    ),
    (
        "en",
        "faq",
        (
            "saw 'human resources and social security card' on a form 🧐 is that just a social"
            " security card?"
        ),
        "faq:4",
    ),
    ("en", "faq", "ok nerd question 🤓 what types of social insurance are there?", "faq:6"),
    (
        "en",
        "faq",
        (
            "started a new job 2 weeks ago and I'm still not registered for social insurance,"
            " how long does my employer have? ⏳"
        ),
        "faq:9",
    ),
    (
        "en",
        "faq",
        "what's my social security number? is it some new number I gotta memorize? 😬",
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "my lawyer friend bet me a beer 🍺 what does article 58 of the social insurance law say?",
        "law:sil-58",
    ),
    (
        "en",
        "law",
        "hey, what's in article 4 of the administrative measures on social security cards?",
        "law:ssc-4",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "heyyy 👋 good morning!!", "greeting"),
    ("en", "greeting", "thanks a ton, you're a lifesaver 🙏", "greeting"),
    ("en", "greeting", "ok gotta run, bye bye! 😘", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "holaa 😊 oye, mañana tengo cita en el hospital, ¿qué tarjeta tengo que llevar?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "jaja ay, me torcí el tobillo bailando salsa 💃 ¿con qué tarjeta me registro y "
            "pago en el hospital?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "buenas buenas! necesito comprar paracetamol en la farmacia, ¿cuál de las "
            "tarjetas me sirve? 💊"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "hola, soy enfermera y siempre me preguntan esto jaja: ¿con qué tarjeta se "
            "compran medicamentos?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "oye, pagué de mi bolsillo una consulta carísima 😩 ¿cómo hago para que me "
            "reembolsen los gastos médicos?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "holi! ¿qué tarjeta necesito para que me devuelvan lo que gasté en el médico? 🧾",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "holaa, mi médico quiere ver mi historial, ¿con qué tarjeta consulto mi "
            "expediente de salud? 📋"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "¡hey! soy súper vaga para hacer filas jaja 🙈 ¿puedo hacer trámites del seguro "
            "médico por el móvil?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "una preguntita rápida desde el tren 🚄: ¿qué necesito para gestionar el seguro "
            "médico en línea?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        "hola cariño, tengo 63 años y ya me toca jubilarme 👵 ¿con qué tarjeta cobro la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "oye, mi suegro se jubila el mes que viene jeje, ¿qué tarjeta necesita para "
            "cobrar su pensión?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "uff, se acabó mi contrato y estoy en paro 😅 ¿qué tarjeta uso para pedir la "
            "prestación por desempleo?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "holaa, pregunta medio triste jaja: me despidieron, ¿cómo me registro como "
            "desempleado y con qué tarjeta?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "hola! me corté la mano en la cocina del restaurante donde curro 🔪 ¿qué tarjeta "
            "es para el seguro de accidentes laborales?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "buenas, un compa se cayó del andamio en la obra 😟 ¿con qué tarjeta se tramitan "
            "las prestaciones por lesión laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "oye una cosita, ¿cómo reviso si mi empresa me está pagando de verdad la "
            "seguridad social? 🤨"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "holaaa, quiero ver cuánto llevo cotizado para la pensión y el seguro médico, "
            "¿cómo lo consulto? 📊"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "jeje hola, ¿hay alguna tarjeta que sirva para el autobús? siempre se me olvidan "
            "las monedas 🚌"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "holi 🚇 estudiante de intercambio aquí, ¿puedo usar alguna de estas tarjetas para"
            " el metro?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "hola! soy profe y me encanta leer 📖 ¿qué tarjeta me deja usar la sala de lectura "
            "pública?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "buenas tardes ☀️ ¿qué tarjeta me sirve para los servicios públicos del barrio y "
            "la ciudad?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "oye, necesito demostrar quién soy en un trámite, ¿alguna de estas tarjetas vale "
            "como identificación? 🪪"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "¡hola! empecé a trabajar la semana pasada 🎉 ¿cómo consigo la tarjeta de seguridad "
            "social?"
        ),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "holaa, ¿cómo activo la tarjeta electrónica de seguridad social? ¿hace falta "
            "tener la física? 📲"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "buenas! ¿quién puede sacar el certificado electrónico de seguro médico? ¿yo podría? 🤔",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "hola hola, acabo de mudarme a la ciudad y estoy feliz 🏙️ ¿cómo saco la tarjeta ciudadana?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "holaa, cosas del día a día: transporte, biblioteca, identificarme… ¿qué tarjetas"
            " me ayudan? 😄"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        (
            "hablemos de dinero 💶 jaja: pensión, paro, lo que llevo pagado… ¿qué tarjetas "
            "sirven para eso?"
        ),
        "tasks:money",
    ),
    (
        "es",
        "task",
        "oye, ¿qué necesito para conseguir alguna de estas tarjetas? tipo requisitos y eso 🙏",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "holaa 👋 soy nueva en China y estoy perdidísima jaja, ¿qué cosas puedo resolver "
            "con tu ayuda?"
        ),
        "tasks",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "seguro médico elec", "card:emedical"),
    ("es", "short", "tarj seguridad soc", "card:social"),
    ("es", "short", "tarjeta de salud 😷", "card:health"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "tarjeta médica vieja", "card:medical"),
    ("es", "short", "seg social electrónica", "card:esocial"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "ayyy perdí mi tarjeta ciudadana en el metro 😭 ¿qué hago ahora?", "none"),
    ("es", "oos", "¿cuánto cuesta sacar la tarjeta de seguridad social? ¿es gratis? 🤞", "none"),
    (
        "es",
        "oos",
        "holaa, ¿cuánto tarda en llegar la tarjeta de seguridad social después de pedirla?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿dónde queda la oficina de seguridad social en Guangzhou? estoy dando vueltas jaja 🌀",
        "none",
    ),
    (
        "es",
        "oos",
        "pregunta de extranjera 🙋‍♀️: ¿los extranjeros tenemos derecho a cobrar el paro en China?",
        "none",
    ),
    (
        "es",
        "oos",
        "se me olvidó la contraseña de la tarjeta de seguridad social 🤦 ¿cómo la recupero?",
        "none",
    ),
    (
        "es",
        "oos",
        "oye, ¿cuánto me van a dar de pensión cuando me jubile? jeje soñar es gratis",
        "none",
    ),
    (
        "es",
        "oos",
        "¿puedo cambiar la cuenta bancaria vinculada a mi tarjeta de seguridad social?",
        "none",
    ),
    (
        "es",
        "oos",
        "me mudo de Pekín a Chengdu 📦 ¿pierdo lo que he cotizado si cambio de ciudad?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿en Shanghái la tarjeta ciudadana también funciona como tarjeta de seguridad social?",
        "none",
    ),
    (
        "es",
        "oos",
        "me voy de vacaciones a España 🇪🇸 ¿me sirve allí el seguro médico chino?",
        "none",
    ),
    ("es", "oos", "¿a qué edad se jubila uno en China? mi papá pregunta jaja", "none"),
    ("es", "oos", "¿el seguro médico cubre el dentista? me duele una muela 🦷😫", "none"),
    ("es", "oos", "se me mojó la tarjeta en la lavadora 🫠 y ya no lee, ¿me dan otra?", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "oye, ¿qué norma regula la tarjeta de seguridad social? mi jefe dice que hay una ley 🤓",
        "card:social:legal",
    ),
    (
        "es",
        "card",
        (
            "holaa ¿quién administra la tarjeta electrónica de seguridad social? ¿una "
            "plataforma del gobierno o qué?"
        ),
        "card:esocial:manager",
    ),
    (
        "es",
        "card",
        (
            "jaja mi abuela todavía guarda su tarjeta de seguro médico antigua, ¿qué era "
            "exactamente esa tarjeta?"
        ),
        ("card:medical", "card:medical:what"),
    ),
    (
        "es",
        "card",
        "¿para qué sirve el certificado electrónico de seguro médico? me lo recomendó una amiga 😊",
        "card:emedical:function",
    ),
    (
        "es",
        "card",
        "¿qué info guarda la tarjeta de salud? curiosidad nomás 🤔",
        "card:health:records",
    ),
    (
        "es",
        "card",
        "buenas! ¿quién entrega la tarjeta ciudadana? ¿el gobierno local?",
        "card:citizen:issuer",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "oye, ¿qué diferencia hay entre la tarjeta de seguridad social física y la "
            "electrónica? 📱💳"
        ),
        "cmp:social:esocial",
    ),
    (
        "es",
        "compare",
        (
            "holaa, tarjeta de seguro médico de antes vs certificado electrónico de seguro "
            "médico, ¿qué cambia?"
        ),
        "cmp:medical:emedical",
    ),
    (
        "es",
        "compare",
        (
            "jeje tengo un lío: tarjeta de salud vs tarjeta de seguridad social, ¿en qué se "
            "diferencian?"
        ),
        "cmp:social:health",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "holaa, duda existencial jaja: ¿la tarjeta de seguridad social y la del seguro "
            "médico son la misma?"
        ),
        "faq:2",
    ),
    (
        "es",
        "faq",
        (
            "¿la tarjeta ciudadana y la de seguridad social son la misma tarjeta? mi vecina "
            "dice que sí 🤷‍♀️"
        ),
        "faq:3",
    ),
    (
        "es",
        "faq",
        (
            "¿el certificado electrónico de seguro médico es lo mismo que la tarjeta "
            "electrónica de seguridad social?"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        "oye, ¿qué información registra la tarjeta de seguridad social y para qué la puedo usar?",
        "faq:7",
    ),
    (
        "es",
        "faq",
        "¿cuántos tipos de tarjeta de seguridad social hay? ¿hay una para empresas? 🏢",
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        (
            "holaa, modo abogada on 👩‍⚖️ ¿qué dice la ley sobre los principios del sistema de"
            " seguro social?"
        ),
        "law:sil-3",
    ),
    ("es", "law", "¿en qué leyes te basas para todo esto? pásame la lista porfa 📜", "law"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "holaaa ¿qué tal? 😊", "greeting"),
    ("es", "greeting", "mil gracias, eres un sol ☀️", "greeting"),
    ("es", "greeting", "chao chao, que tengas buen día 👋", "greeting"),
)
