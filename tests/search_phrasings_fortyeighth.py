"""Forty-eighth phrasing set (manual and gig workers: factory line, construction, delivery riders,
cleaners, cooks, asking between shifts), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

FORTYEIGHTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    ("en", "task", "got my hand caught in the press on the line today. which card for the injury "
     "money", "task:injury"),
    ("en", "task", "fell off the scaffolding last week, foreman says go claim work injury "
     "benefits. what card do they want", "task:injury"),
    ("en", "task", "rider here crashed the scooter mid delivery, can i use one of these cards "
     "to get work injury benefit", "task:injury"),
    ("en", "task", "im a cook, burned my arm on the fryer during my shift. how do i claim the "
     "industrial injury insurance", "task:injury"),
    ("en", "task", "factory shut down and i lost my job, which card do i use to apply for "
     "unemployment benefits", "task:unemployment"),
    ("en", "task", "laid off from the site yesterday how do i claim unemployment, what card",
     "task:unemployment"),
    ("en", "task", "paid the hospital bill myself when i had the flu, how do i get that money back "
     "from medical insurance", "task:reimburse"),
    ("en", "task", "want my doctor costs reimbursed which card do i hand over", "task:reimburse"),
    ("en", "task", "back is killing me from lifting boxes all week, what card do i bring to the "
     "hospital", "task:hospital"),
    ("en", "task", "going to register at the hospital before night shift, which card do i pay "
     "with there", "task:hospital"),
    ("en", "task", "which card works at the pharmacy, need painkillers", "task:pharmacy"),
    ("en", "task", "can i buy medicine at the drugstore w my card or do i need a different one",
     "task:pharmacy"),
    ("en", "task", "how do i check my boss actually paid my social insurance, i think he skipped "
     "some months", "task:contributions"),
    ("en", "task", "want to see what has been paid in for me since i started at the warehouse",
     "task:contributions"),
    ("en", "task", "which card can i use on the bus to get to the building site", "task:transport"),
    ("en", "task", "do any of these cards pay for the subway? i ride 2 hrs a day to the factory",
     "task:transport"),
    ("en", "task", "my dad did construction 30 years, what card does he need to draw his pension",
     "task:pension"),
    ("en", "task", "when i retire which card do i use to collect the pension", "task:pension"),
    ("en", "task", "just started at a new factory, how do i get a social security card",
     "task:getsocial"),
    ("en", "task", "cleaning agency says i need a social security card before i start, how do i "
     "apply for one", "task:getsocial"),
    ("en", "task", "how do i get the electronic social security card on my phone, the plastic one "
     "always ends up in my work pants", "task:getesocial"),
    ("en", "task", "how to get the medical insurance e certificate on my phone",
     "task:getemedical"),
    ("en", "task", "how do i get a citizen card, want it for the bus", "task:getcitizen"),
    ("en", "task", "need to look up my medical records from when i got stitches last year, which "
     "card lets me do that", "task:healthfile"),
    ("en", "task", "where can i see my health file? doc asked about my old injuries and i forgot",
     "task:healthfile"),
    ("en", "task", "no time to queue between shifts, can i do my medical insurance stuff "
     "online and with what card", "task:online"),
    ("en", "task", "new boss wants me to prove who i am, can one of these cards do that",
     "task:identity"),
    ("en", "task", "which card gets me into the public reading room, want somewhere quiet on my "
     "day off", "task:services"),
    ("en", "task", "all the money stuff in one place pls: pension, unemployment, injury pay, "
     "contributions", "tasks:money"),
    ("en", "task", "everyday stuff like bus, proving id, city services, what can the cards do",
     "tasks:life"),
    # ---------------- English: short (12) ----------------
    ("en", "short", "injury", "task:injury"),
    ("en", "short", "unemploy", "task:unemployment"),
    ("en", "short", "pharm", "task:pharmacy"),
    ("en", "short", "bus card", "task:transport"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "reimburs", "task:reimburse"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "e social", "card:esocial"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "hospital", "task:hospital"),
    ("en", "short", "social secur", "card:social"),
    ("en", "short", "laws", "law"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "lost my social security card somewhere on site, how do i get a new one", "none"),
    ("en", "oos", "how long does it take to get the card made, i start monday", "none"),
    ("en", "oos", "how much does it cost to make the social card", "none"),
    ("en", "oos", "how much unemployment money do i get a month", "none"),
    ("en", "oos", "what percent of my wage goes to social insurance", "none"),
    ("en", "oos", "forgot the pin for my social security card, what now", "none"),
    ("en", "oos", "my card expired how do i renew it", "none"),
    ("en", "oos", "can i take out my housing fund money when i quit", "none"),
    ("en", "oos", "boss hasnt paid my wages in 2 months, where do i complain", "none"),
    ("en", "oos", "im a foreigner working in a kitchen in shanghai, do i get the same social "
     "insurance rights as locals", "none"),
    ("en", "oos", "what are shenzhen's rules on social insurance for delivery riders", "none"),
    ("en", "oos", "can the platform fire me for getting hurt on a delivery", "none"),
    ("en", "oos", "does injury insurance pay my salary while im off work and how much", "none"),
    ("en", "oos", "can i move my pension when i go work in another province", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what can the citizen card actually be used for", "card:citizen:function"),
    ("en", "card", "who runs the health card, the hospital or some govt office",
     "card:health:manager"),
    ("en", "card", "is the social security card safe? dont want anyone at the dorm stealing my "
     "info", "card:social:security"),
    ("en", "card", "what does the social card keep on record about me, like does it show work "
     "injuries", "card:social:records"),
    ("en", "card", "is the e social security card a real card or just on the phone",
     "card:esocial:form"),
    ("en", "card", "the old medical insurance card, who issued that one", "card:medical:issuer"),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "whats the difference between the old medical insurance card and the e "
     "medical certificate", "cmp:medical:emedical"),
    ("en", "compare", "citizen card vs health card, which does what", "cmp:health:citizen"),
    ("en", "compare", "social card or e social card whats the diff", "cmp:social:esocial"),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "clinic gave me a health card, is that the same thing as a social security card",
     ("faq:1", "cmp:social:health")),
    ("en", "faq", "what kinds of social insurance are there, which ones should my boss be paying",
     "faq:6"),
    ("en", "faq", "how soon after i start does the employer have to sign me up for social "
     "insurance? been 2 months already", "faq:9"),
    ("en", "faq", "whats my social security number", "faq:10"),
    ("en", "faq", "how many types of social security card are there", "faq:8"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "which law says the employer has to register me for social insurance",
     "law:sil-58"),
    ("en", "law", "is there a law saying i can check my contribution records for free",
     "law:sil-74"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi", "greeting"),
    ("en", "greeting", "thanks man that helped", "greeting"),
    ("en", "greeting", "ok break's over, bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    ("es", "task", "me lastimé la mano en la fábrica, qué tarjeta uso para cobrar lo del accidente "
     "laboral", "task:injury"),
    ("es", "task", "me caí de la moto repartiendo pedidos, quiero el beneficio por lesión en el "
     "trabajo, q tarjeta necesito", "task:injury"),
    ("es", "task", "en la obra se me cayó una viga en el pie, cómo pido las prestaciones por "
     "accidente de trabajo", "task:injury"),
    ("es", "task", "me echaron de la cocina del restaurante, con qué tarjeta pido el subsidio de "
     "desempleo", "task:unemployment"),
    ("es", "task", "cerró la fábrica y me quedé sin chamba como cobro el paro",
     "task:unemployment"),
    ("es", "task", "pagué yo la consulta y las medicinas, cómo hago para que el seguro médico me "
     "devuelva la plata", "task:reimburse"),
    ("es", "task", "reembolso de gastos medicos que tarjeta hace falta", "task:reimburse"),
    ("es", "task", "tengo fiebre y mañana trabajo temprano, qué tarjeta llevo al hospital para "
     "registrarme", "task:hospital"),
    ("es", "task", "para pagar en el hospital sirve la tarjeta del seguro o cual",
     "task:hospital"),
    ("es", "task", "qué tarjeta uso en la farmacia para comprar medicina", "task:pharmacy"),
    ("es", "task", "necesito pomada para una quemadura, cuál tarjeta me aceptan en la farmacia",
     "task:pharmacy"),
    ("es", "task", "cómo veo si mi patrón de verdad está pagando mi seguro social, no me fío",
     "task:contributions"),
    ("es", "task", "quiero revisar las cotizaciones que me ha pagado la constructora",
     "task:contributions"),
    ("es", "task", "qué tarjeta sirve para el metro, voy al turno de noche en metro",
     "task:transport"),
    ("es", "task", "puedo pagar el autobus con alguna de estas tarjetas?", "task:transport"),
    ("es", "task", "mi mamá limpió casas toda la vida, con qué tarjeta cobra la pensión",
     "task:pension"),
    ("es", "task", "para cobrar la jubilacion que tarjeta necesito", "task:pension"),
    ("es", "task", "empecé en una fábrica nueva, cómo saco la tarjeta de seguridad social",
     "task:getsocial"),
    ("es", "task", "dónde tramito la tarjeta del seguro social si trabajo de repartidor por mi "
     "cuenta", "task:getsocial"),
    ("es", "task", "cómo activo la tarjeta electrónica de seguridad social en el celular",
     "task:getesocial"),
    ("es", "task", "cómo consigo el certificado electrónico del seguro médico", "task:getemedical"),
    ("es", "task", "quiero la tarjeta ciudadana, cómo se saca", "task:getcitizen"),
    ("es", "task", "me piden los registros médicos de mi última lesión, cómo los consulto",
     "task:healthfile"),
    ("es", "task", "donde veo mi expediente de salud", "task:healthfile"),
    ("es", "task", "quiero hacer los trámites del seguro médico por internet, no me da el tiempo "
     "para ir a la oficina", "task:online"),
    ("es", "task", "con qué tarjeta puedo demostrar quién soy", "task:identity"),
    ("es", "task", "hay alguna tarjeta para entrar a la sala de lectura pública o usar servicios "
     "del barrio", "task:services"),
    ("es", "task", "qué puedo hacer con las tarjetas en cosas de plata: pensión, paro, accidentes",
     "tasks:money"),
    ("es", "task", "qué tengo que hacer para sacar una tarjeta, la que sea", "tasks:getcard"),
    ("es", "task", "todo lo de salud junto: hospital, farmacia, reembolsos, dónde está",
     "tasks:care"),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "lesion laboral", "task:injury"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "jubilacion", "task:pension"),
    ("es", "short", "reembol", "task:reimburse"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta seguridad", "card:social"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "leyes", "law"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdí la tarjeta del seguro en la obra, cómo saco otra", "none"),
    ("es", "oos", "cuánto tarda en llegar la tarjeta", "none"),
    ("es", "oos", "cuanto cuesta sacar la tarjeta ciudadana", "none"),
    ("es", "oos", "cuánto me van a pagar de desempleo al mes", "none"),
    ("es", "oos", "qué porcentaje del sueldo me descuentan para el seguro social", "none"),
    ("es", "oos", "se me olvidó la clave de 6 dígitos de la tarjeta", "none"),
    ("es", "oos", "la tarjeta está vencida, cómo la renuevo", "none"),
    ("es", "oos", "puedo sacar el fondo de vivienda si me voy de china", "none"),
    ("es", "oos", "soy extranjero y trabajo de cocinero, tengo derecho al seguro de desempleo "
     "igual que los chinos?", "none"),
    ("es", "oos", "en guangzhou los repartidores de apps tienen seguro? cuáles son las reglas allá",
     "none"),
    ("es", "oos", "la empresa no me paga las horas extra, a dónde denuncio", "none"),
    ("es", "oos", "me pueden despedir por estar de baja por la lesión?", "none"),
    ("es", "oos", "cuántos días de baja me dan por un accidente laboral", "none"),
    ("es", "oos", "el seguro también cubre a mi esposa y a mis hijos?", "none"),
    # ---------------- Spanish: card (6) ----------------
    ("es", "card", "qué es el certificado electrónico de seguro médico", "card:emedical"),
    ("es", "card", "qué ley regula la tarjeta de seguridad social", "card:social:legal"),
    ("es", "card", "la tarjeta ciudadana dónde se puede usar", "card:citizen:scope"),
    ("es", "card", "para qué sirve la tarjeta de salud", "card:health:function"),
    ("es", "card", "quién emite la tarjeta electrónica de seguridad social", "card:esocial:issuer"),
    ("es", "card", "la tarjeta médica vieja era segura? o se podía clonar fácil",
     "card:medical:security"),
    # ---------------- Spanish: compare (3) ----------------
    ("es", "compare", "en qué se diferencian la tarjeta de salud y el certificado electrónico del "
     "seguro médico", "cmp:emedical:health"),
    ("es", "compare", "tarjeta electrónica de seguridad social vs tarjeta ciudadana",
     "cmp:esocial:citizen"),
    ("es", "compare", "la tarjeta médica vieja y la tarjeta de salud, cuál es cuál",
     "cmp:medical:health"),
    # ---------------- Spanish: faq (5) ----------------
    ("es", "faq", "la tarjeta de seguridad social es lo mismo que la tarjeta del seguro médico?",
     ("faq:2", "cmp:social:medical")),
    ("es", "faq", "la tarjeta ciudadana y la de seguridad social son la misma tarjeta?",
     ("faq:3", "cmp:social:citizen")),
    ("es", "faq", "la tarjeta de recursos humanos y seguridad social cuenta como tarjeta de "
     "seguridad social?", "faq:4"),
    ("es", "faq", "el certificado electrónico del seguro médico y la tarjeta electrónica de "
     "seguridad social son lo mismo?", ("faq:5", "cmp:esocial:emedical")),
    ("es", "faq", "qué guarda la tarjeta de seguridad social y qué puedo hacer con ella", "faq:7"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "la ley dice que el seguro social tiene que ser de amplia cobertura? qué "
     "principios sigue", "law:sil-3"),
    ("es", "law", "hay algún artículo que diga que la tarjeta tiene que servir en todo el país",
     "law:ssc-4"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola buenas", "greeting"),
    ("es", "greeting", "gracias hermano", "greeting"),
    ("es", "greeting", "chao, me toca turno", "greeting"),
)
