"""Hundred-and-forty-sixth phrasing set (with numbers), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDFORTYSIXTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "I paid 350 yuan at the clinic on May 3rd, which card do I use to claim that money back?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "my 3 kids all have to see the pediatrician this week, what card do i show when "
            "registering at the hospital"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "I'm 34 and buy 2 boxes of blood pressure pills every month, which card works at the "
            "pharmacy?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "turned 60 in March!! which card do I use to collect my pension",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "got laid off after 18 months at the factory, what card do i need to claim "
            "unemployment benefits"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "broke 2 fingers on the assembly line last week, which card handles the work injury "
            "benefits?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        "been paying in for 4 years now, which card lets me check how much has actually been paid",
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "I ride subway line 2 twice a day, is there a card I can just tap instead of buying "
            "tickets"
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        "want to borrow 5 books at the city library every month, which card gets me in there",
        "task:services",
    ),
    (
        "en",
        "task",
        "need to look at my medical records from my 2 hospital stays in 2022, which card has them",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "I want to do all my medical insurance business on my phone, 100% online. what do I "
            "need for that"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        "started my new job 10 days ago, how do I get a social security card",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "I've had the plastic social security card for 2 years, how do I get the electronic "
            "one on my phone?"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "joined medical insurance 6 months ago, am I able to get the electronic medical "
            "insurance certificate?"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "moved to this city 3 years ago, can I get a citizen card and who hands them out",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "landlord wants proof of who I am before signing a 12 month lease, which card proves "
            "my identity"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        "my mom is 72, what health care things can she do with her cards? give me the whole list",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "money stuff: pension, unemployment, checking my payments. 3 topics, which cards do what?",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "been in China 2 weeks and have no clue, what do I need to do with all these cards",
        "tasks",
    ),
    (
        "en",
        "task",
        "I'm 25, what everyday life stuff can these cards do, like buses, libraries etc",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "me, my husband and our 2 kids all need cards. how does getting a card work in general?",
        "tasks:getcard",
    ),
    (
        "en",
        "task",
        (
            "pharmacy charged me 86 yuan for cough syrup, can a card pay that from my medical "
            "insurance personal account?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "appointment at 9am tomorrow at a designated hospital, which card should I bring to pay",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "my daughter is 19 and rents cars on weekends, is there a card that pays for car rental",
        "task:transport",
    ),
    (
        "en",
        "task",
        "worked 7 years, lost the job in January, want to register as a job seeker. which card?",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "after 15 years of paying in I want to see the total in my pension and medical "
            "accounts, which card shows it"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "I'm 45, hurt my back at work 2 months ago and need a labor capacity appraisal, what "
            "card do I use"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "spent 1200 yuan on a 3 night hospital stay, which card do I use to get my expenses "
            "reimbursed"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "my 2 year old has had 4 checkups so far, where can I look up his health file?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "I log into the medical insurance app like 3 times a month for my dad, what do I use "
            "to identify myself online"
        ),
        "task:online",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "6 cards", "cards"),
    ("en", "short", "elect soc", "card:esocial"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "art 58", "law:sil-58"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "pensio", "task:pension"),
    ("en", "short", "metro", "task:transport"),
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "e medical cert", "card:emedical"),
    ("en", "short", "hr and social security card", "card:social"),
    ("en", "short", "reimburse", "task:reimburse"),
    ("en", "short", "pharmac", "task:pharmacy"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "I lost my social security card on June 12, how much is the replacement fee?",
        "none",
    ),
    ("en", "oos", "I'm 58, at what age can I retire and start drawing my pension in China", "none"),
    (
        "en",
        "oos",
        "how many years do I have to pay in before I get a pension? I've only got 9",
        "none",
    ),
    ("en", "oos", "applied for my card 3 weeks ago, how many more days until it's ready?", "none"),
    (
        "en",
        "oos",
        "my clinic bill was 350 yuan, what percentage will medical insurance pay back",
        "none",
    ),
    (
        "en",
        "oos",
        "I'm a foreigner on a 2 year work visa, am I allowed to get the citizen card in Shanghai?",
        "none",
    ),
    (
        "en",
        "oos",
        "where is the social security office in Chaoyang district and does it open at 8:30?",
        "none",
    ),
    ("en", "oos", "my card says it expires in 2026, how do I renew it", "none"),
    (
        "en",
        "oos",
        "how much gets deducted from my 8000 yuan salary every month for social insurance?",
        "none",
    ),
    (
        "en",
        "oos",
        "having my 2nd baby in October, how many weeks of maternity leave will insurance pay for",
        "none",
    ),
    ("en", "oos", "if I worked 3 years, how much unemployment money do I get per month", "none"),
    (
        "en",
        "oos",
        "leaving China after 5 years, can I withdraw my pension contributions in one lump sum?",
        "none",
    ),
    ("en", "oos", "typed the wrong PIN 3 times and now my card is locked, what do I do", "none"),
    (
        "en",
        "oos",
        "can I move 6 years of social insurance from Guangzhou to Chengdu when I relocate?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "my 2 coworkers keep mentioning the health card, what is it exactly?",
        "card:health",
    ),
    (
        "en",
        "card",
        (
            "who issues the electronic medical insurance certificate? got mine in 2023 and have no "
            "idea"
        ),
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "how secure is the social security card? had mine 6 years and never thought about it",
        "card:social:security",
    ),
    (
        "en",
        "card",
        (
            "my 20 year old son asked me what the electronic social security card is, can you "
            "explain it"
        ),
        "card:esocial",
    ),
    (
        "en",
        "card",
        "I'll be in the city for 4 months, where exactly can a citizen card be used?",
        "card:citizen:scope",
    ),
    (
        "en",
        "card",
        "was the old medical insurance card a physical card or electronic? I had one back in 2009",
        "card:medical:form",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "I carry 2 cards, the social security card and the citizen card. what's the difference?",
        "cmp:social:citizen",
    ),
    (
        "en",
        "compare",
        (
            "my 4 year old has a health card and an electronic medical insurance certificate, how "
            "are they different"
        ),
        "cmp:emedical:health",
    ),
    (
        "en",
        "compare",
        (
            "plastic social security card vs the electronic one, I have both since 2021, how do "
            "they compare?"
        ),
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "is the health card a social security card? the hospital gave me one for 10 yuan",
        "faq:1",
    ),
    (
        "en",
        "faq",
        (
            "my employer hired me on March 1st, by when do they have to register me for social "
            "insurance?"
        ),
        "faq:9",
    ),
    ("en", "faq", "what's my social security number? is it just my 18 digit ID number?", "faq:10"),
    ("en", "faq", "how many kinds of social insurance are there, is it 5?", "faq:6"),
    (
        "en",
        "faq",
        (
            "are human resources and social security cards social security cards? mine from 2019 "
            "says that on it"
        ),
        "faq:4",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "what does article 58 of the social insurance law say, the one about 30 days",
        "law:sil-58",
    ),
    (
        "en",
        "law",
        "article 2 of the measures on social security cards, what does it define?",
        "law:ssc-2",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hello! 1st time here", "greeting"),
    ("en", "greeting", "thanks, that saved me 3 trips to the office", "greeting"),
    ("en", "greeting", "ok bye, it's 2am here, going to sleep", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "llevo 2 años cotizando en Shenzhen, ¿con qué tarjeta consulto lo que se ha pagado?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "pagué 480 yuanes en urgencias el 12 de enero, ¿qué tarjeta uso para que me lo reembolsen?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "tengo 3 hijos y el pequeño tiene fiebre, ¿qué tarjeta llevo para registrarlo en el "
            "hospital?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        "compro 2 cajas de insulina al mes, ¿con qué tarjeta pago en la farmacia?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "cumplo 60 en agosto, ¿qué tarjeta necesito para cobrar la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "me despidieron después de 14 meses, ¿qué tarjeta uso para pedir el paro?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "me corté 3 dedos en la cocina del restaurante donde trabajo, ¿qué tarjeta sirve para "
            "el accidente laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "cojo el autobús 4 veces al día, ¿hay alguna tarjeta para pagar el transporte?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "quiero ir a la sala de lectura pública 2 horas cada sábado, ¿qué tarjeta me sirve?",
        "task:services",
    ),
    (
        "es",
        "task",
        "mi padre tiene 75 años y quiere ver su historial médico, ¿con qué tarjeta lo consulta?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "quiero hacer los trámites del seguro médico por internet desde el móvil, ¿qué necesito?",
        "task:online",
    ),
    (
        "es",
        "task",
        "empecé a trabajar hace 15 días, ¿cómo consigo la tarjeta de seguridad social?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "tengo la tarjeta física desde 2021, ¿cómo activo la tarjeta electrónica de seguridad "
            "social?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "me afilié al seguro médico hace 3 meses, ¿puedo sacar ya el certificado electrónico?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "vivo aquí desde hace 5 años, ¿quién da la tarjeta ciudadana y cómo la consigo?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "para abrir una cuenta con 1000 yuanes me piden demostrar quién soy, ¿qué tarjeta me "
            "identifica?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        "tengo 41 años y estoy perdida con tantas tarjetas, ¿qué trámites tengo que hacer?",
        "tasks",
    ),
    (
        "es",
        "task",
        "somos 4 en casa, ¿qué podemos hacer con las tarjetas en temas de salud?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "tengo 52 años: pensión, paro, cotizaciones... ¿qué tarjeta para cada tema de dinero?",
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "llevo 6 meses en la ciudad, ¿qué tarjetas me sirven para la vida diaria, bus, "
            "biblioteca y eso?"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        "quiero sacar tarjetas para mí y mis 2 hijos, ¿cómo va lo de conseguir una tarjeta?",
        "tasks:getcard",
    ),
    (
        "es",
        "task",
        (
            "el médico me recetó antibióticos de 65 yuanes, ¿los pago con la cuenta personal del "
            "seguro en la farmacia designada?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "tengo cita a las 10 en el hospital designado, ¿qué tarjeta uso para pagar la consulta?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "mi hija de 22 quiere alquilar un coche este finde, ¿hay alguna tarjeta que sirva para "
            "pagarlo?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "estuve 9 años en la fábrica y ahora quiero inscribirme como demandante de empleo, "
            "¿qué tarjeta?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "quiero saber el total acumulado de mi seguro de vejez tras 11 años, ¿con qué tarjeta "
            "lo miro?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "hace 2 meses me lesioné la espalda en la obra y necesito la evaluación de capacidad "
            "laboral, ¿qué tarjeta?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "mi mujer estuvo 5 días ingresada, ¿con qué tarjeta pedimos el reembolso de los gastos "
            "médicos?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "mi bebé de 8 meses ha ido 6 veces al pediatra, ¿dónde consulto su expediente de salud?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "tengo 30 años y quiero ver en el móvil mis 4 reembolsos del seguro médico de este "
            "año, ¿con qué entro online?"
        ),
        "task:online",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "art 74", "law:sil-74"),
    ("es", "short", "cert elect seguro médico", "card:emedical"),
    ("es", "short", "tarj sanitaria", "card:health"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "las 6 tarjetas", "cards"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "tarjeta seg social electr", "card:esocial"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "autobús", "task:transport"),
    ("es", "short", "tarjeta seguro médico antigua", "card:medical"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta el 3 de mayo, ¿cuánto cuesta sacar otra?", "none"),
    ("es", "oos", "tengo 57 años, ¿a qué edad me puedo jubilar en China?", "none"),
    (
        "es",
        "oos",
        "llevo 2 años cotizando, ¿cuántos años necesito en total para cobrar pensión?",
        "none",
    ),
    ("es", "oos", "la pedí hace 20 días, ¿cuántos días tarda en estar lista la tarjeta?", "none"),
    (
        "es",
        "oos",
        "gasté 350 yuanes en la clínica, ¿qué porcentaje me devuelve el seguro médico?",
        "none",
    ),
    (
        "es",
        "oos",
        "soy extranjera con visado de 1 año, ¿tengo derecho a la tarjeta ciudadana en Hangzhou?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿a qué hora abre la oficina de seguridad social del distrito 3? ¿a las 9?",
        "none",
    ),
    ("es", "oos", "cobro 9000 yuanes al mes, ¿cuánto me descuentan de seguridad social?", "none"),
    ("es", "oos", "trabajé 4 años, ¿cuánto cobraría de paro al mes?", "none"),
    (
        "es",
        "oos",
        "tendré mi 2º hijo en octubre, ¿cuántos días de baja por maternidad me tocan?",
        "none",
    ),
    ("es", "oos", "me voy de China después de 7 años, ¿puedo sacar todo lo que coticé?", "none"),
    ("es", "oos", "metí mal el PIN 3 veces y se bloqueó la tarjeta, ¿qué hago ahora?", "none"),
    ("es", "oos", "mi tarjeta caduca en 2027, ¿cómo se renueva?", "none"),
    (
        "es",
        "oos",
        "me mudo de Pekín a Chengdu tras 5 años, ¿cómo traslado mi seguro social?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿para qué sirve la tarjeta ciudadana? llevo 1 año aquí y no la tengo",
        "card:citizen:function",
    ),
    (
        "es",
        "card",
        "¿quién emite la tarjeta de seguridad social? la tengo desde 2018",
        "card:social:issuer",
    ),
    (
        "es",
        "card",
        "¿qué registra la tarjeta sanitaria? mi hijo de 7 años tiene una",
        "card:health:records",
    ),
    (
        "es",
        "card",
        "¿qué tan segura era la antigua tarjeta del seguro médico? la usé de 2005 a 2015",
        "card:medical:security",
    ),
    (
        "es",
        "card",
        "mi madre tiene 68 años, ¿quién puede obtener el certificado electrónico de seguro médico?",
        ("card:emedical:eligibility", "task:getemedical"),
    ),
    (
        "es",
        "card",
        (
            "tengo 63 años y no me aclaro: ¿la tarjeta electrónica de seguridad social es física o "
            "solo digital?"
        ),
        "card:esocial:form",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "tengo 2 tarjetas, la de seguridad social y la sanitaria, ¿en qué se diferencian?",
        "cmp:social:health",
    ),
    (
        "es",
        "compare",
        "tarjeta ciudadana vs tarjeta del seguro médico, tengo las dos desde 2015, ¿qué cambia?",
        "cmp:medical:citizen",
    ),
    (
        "es",
        "compare",
        (
            "tengo 29 años y uso las 2: compárame la tarjeta de seguridad social con el "
            "certificado electrónico de seguro médico"
        ),
        "cmp:social:emedical",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "¿la tarjeta de seguridad social es la misma que la del seguro médico? tengo las 2 "
            "desde 2010"
        ),
        "faq:2",
    ),
    (
        "es",
        "faq",
        (
            "¿la tarjeta ciudadana y la de seguridad social son la misma tarjeta? me dieron una en "
            "2020"
        ),
        "faq:3",
    ),
    (
        "es",
        "faq",
        (
            "tengo 2 cosas en el móvil: ¿el certificado electrónico de seguro médico y la tarjeta "
            "electrónica de seguridad social son lo mismo?"
        ),
        "faq:5",
    ),
    ("es", "faq", "¿qué tipos de tarjeta de seguridad social hay? en mi empresa somos 40", "faq:8"),
    (
        "es",
        "faq",
        (
            "¿qué registra la tarjeta de seguridad social y qué puedo hacer con ella? la tengo "
            "hace 6 años"
        ),
        "faq:7",
    ),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "¿qué dice el artículo 3 de la ley de seguro social?", "law:sil-3"),
    (
        "es",
        "law",
        "artículo 4 de las medidas sobre tarjetas de seguridad social, ¿qué establece?",
        "law:ssc-4",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, buenas, son las 3 y tengo una duda", "greeting"),
    ("es", "greeting", "¡mil gracias! me has ahorrado 2 horas de cola", "greeting"),
    ("es", "greeting", "adiós, hasta dentro de 1 semana", "greeting"),
)
