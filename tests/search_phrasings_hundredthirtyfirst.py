"""Hundred-and-thirty-first phrasing set (domestic helpers, nannies and drivers), written
blind from the seeds (issue 15).
"""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDTHIRTYFIRST: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "good morning po, which card i bring when i take the baby to hospital for her check up?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "my madam ask me buy medicine for lola at the pharmacy, what card can pay with her "
            "insurance"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "ahma had operation last week, how we claim back the hospital money? which card for "
            "reimbursement"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "sir's father want to look at his old health records from before, what card he need",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "can i do the medical insurance business just on my phone? sunday is my only day off",
        "task:online",
    ),
    (
        "en",
        "task",
        "my employer's mother is retired already, she wants get her pension, which card she use",
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "the family i work for moved abroad and now i lost my job, which card for unemployment "
            "benefit"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "our driver fell from the ladder while washing the car, what card for work injury benefit",
        "task:injury",
    ),
    (
        "en",
        "task",
        "how can i check if my boss really pay my social insurance every month or not",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "which card i can tap on bus and subway? i bring the kids to school everyday",
        "task:transport",
    ),
    (
        "en",
        "task",
        "the kids love the public reading room, is there a card to use it?",
        "task:services",
    ),
    ("en", "task", "agency is holding my passport, which card can prove who i am", "task:identity"),
    ("en", "task", "how to get social security card, who is allowed to apply", "task:getsocial"),
    ("en", "task", "how i get the electronic social security card on my phone", "task:getesocial"),
    (
        "en",
        "task",
        "who can get the electronic medical insurance certificate? me also can?",
        "task:getemedical",
    ),
    ("en", "task", "madam's son want to apply for citizen card, how he get it", "task:getcitizen"),
    (
        "en",
        "task",
        "i need pay the doctor bill at the hospital counter, which card to swipe",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "for health things like doctor, medicine, records, what i can do with these cards",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "what about money things, pension and benefits, which card is for what",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "for daily life stuff like bus, id, city services, which card i use",
        "tasks:life",
    ),
    ("en", "task", "i want to get all the cards i need, where do i start", "tasks:getcard"),
    (
        "en",
        "task",
        "im new here in china working as yaya, what i need to do with these cards?",
        "tasks",
    ),
    (
        "en",
        "task",
        "to register at the hospital before seeing the doctor, what card they ask",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "bu, how to see the total amount in my pension insurance account",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "the designated drugstore near our house ask for a card, which one?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "new employer want to know my health history, which card show my medical records",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "i want to do medical insurance stuff online, what i use as my identity",
        "task:online",
    ),
    ("en", "task", "can we rent a car or pay transport using one of the cards?", "task:transport"),
    (
        "en",
        "task",
        "i dont want carry my passport everyday, which card work like a second id",
        "task:identity",
    ),
    (
        "en",
        "task",
        "the kid has fever, we go clinic now, bring health card or social security card??",
        ("task:hospital", "cmp:social:health"),
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "medical card", "card:medical"),
    ("en", "short", "hlth card", "card:health"),
    ("en", "short", "e medic", "card:emedical"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "subway card", "task:transport"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "ss number", "faq:10"),
    ("en", "short", "buy medicine", "task:pharmacy"),
    ("en", "short", "cards", "cards"),
    ("en", "short", "HR card", "card:social"),
    ("en", "short", "citizn", "card:citizen"),
    ("en", "short", "reimburs", "task:reimburse"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "i lost my social security card in the taxi, what to do now", "none"),
    ("en", "oos", "how much is the fee to make a new social card", "none"),
    ("en", "oos", "how many days before the card is ready? madam need it fast", "none"),
    ("en", "oos", "where is the social security office near chaoyang", "none"),
    (
        "en",
        "oos",
        "im filipino helper with work visa, am i allowed to join china social insurance?",
        "none",
    ),
    ("en", "oos", "if i go home to indonesia for good, can i withdraw my pension money", "none"),
    ("en", "oos", "forgot the pin of my card, how to reset", "none"),
    ("en", "oos", "shanghai have special rule for domestic helper insurance?", "none"),
    ("en", "oos", "can i use my card when we go vacation in hong kong", "none"),
    ("en", "oos", "my employer didnt pay my salary 2 months, where i can complain", "none"),
    (
        "en",
        "oos",
        "can my children in the philippines be covered by my medical insurance here",
        "none",
    ),
    ("en", "oos", "my name spelling is wrong on the card, how to correct", "none"),
    ("en", "oos", "can i renew my visa using the social security card", "none"),
    ("en", "oos", "how much percent of my salary goes to social insurance", "none"),
    # ---------------- English: card (6) ----------------
    ("en", "card", "what is health card exactly? my madam keep saying it", "card:health"),
    (
        "en",
        "card",
        "who manage the health card, the hospital or government?",
        "card:health:manager",
    ),
    (
        "en",
        "card",
        "the old medical insurance card is issued by who? the bank?",
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        "what info is saved inside the social security card",
        ("card:social:records", "faq:7"),
    ),
    (
        "en",
        "card",
        "electronic social security card is a real card or only in the phone?",
        "card:esocial:form",
    ),
    (
        "en",
        "card",
        "is the old medical card safe? somebody can steal my money?",
        "card:medical:security",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "social card vs medical card what is different, my amo also confused",
        "cmp:social:medical",
    ),
    ("en", "compare", "health card and citizen card, whats the difference", "cmp:health:citizen"),
    (
        "en",
        "compare",
        "e-medical certificate vs electronic social card, what is the difference",
        "cmp:esocial:emedical",
    ),
    # ---------------- English: faq (5) ----------------
    ("en", "faq", "is health card same as social security card?", "faq:1"),
    ("en", "faq", "citizen card and social card, one card or two different?", "faq:3"),
    (
        "en",
        "faq",
        "how many kind of social insurance in china? pension, medical, what else",
        "faq:6",
    ),
    (
        "en",
        "faq",
        "when my employer have to register me for social insurance after i start work",
        "faq:9",
    ),
    ("en", "faq", "what is my social security number, is it same as my id number?", "faq:10"),
    # ---------------- English: law (2) ----------------
    ("en", "law", "what social insurance law article 58 say", "law:sil-58"),
    ("en", "law", "social security card measures article 3, who is responsible there", "law:ssc-3"),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hello po good evening", "greeting"),
    ("en", "greeting", "thank you so much ma'am, very helpful", "greeting"),
    ("en", "greeting", "ok bye, the kids waking up already", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "hola, que tarjeta llevo al hospital para la consulta del niño de la señora",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "donde compro los remedios de la abuela con el seguro, que tarjeta sirve en la farmacia",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "como hago para que me devuelvan lo que pague en la clinica? reembolso de gastos medicos",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "quiero ver mi historial medico, con que tarjeta lo consulto",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "se pueden hacer tramites del seguro medico desde el celular? trabajo todo el dia",
        "task:online",
    ),
    (
        "es",
        "task",
        "el papa de mi patron ya se jubilo, con cual tarjeta cobra la pension",
        "task:pension",
    ),
    (
        "es",
        "task",
        "me quede sin chamba, que tarjeta necesito para pedir el subsidio de desempleo",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "me cai trapeando en la casa y me lastime la espalda, que tarjeta para el beneficio de "
            "accidente laboral"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        "como reviso si mi jefe esta pagando mis aportes al seguro social",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "con que tarjeta pago el metro y el bus cuando llevo a los niños al colegio",
        "task:transport",
    ),
    (
        "es",
        "task",
        "hay alguna tarjeta para usar la biblioteca o la sala de lectura publica?",
        "task:services",
    ),
    (
        "es",
        "task",
        "que tarjeta me sirve para demostrar mi identidad aca en china",
        "task:identity",
    ),
    (
        "es",
        "task",
        "como saco la tarjeta de seguridad social? quien la puede pedir",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "como activo la tarjeta electronica de seguridad social en el telefono",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "quien puede tener el certificado electronico del seguro medico",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "la hija de la señora quiere la tarjeta ciudadana, como se obtiene",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "para sacar turno con el doctor en el hospital cual tarjeta uso",
        "task:hospital",
    ),
    ("es", "task", "todo lo de salud, medicos, farmacia, que tarjetas me sirven", "tasks:care"),
    (
        "es",
        "task",
        "lo de la plata: pension, desempleo, aportes, que tarjeta es para que",
        "tasks:money",
    ),
    ("es", "task", "para el dia a dia, transporte, identificarme, que tarjeta uso", "tasks:life"),
    ("es", "task", "quiero sacar mis tarjetas, por donde empiezo", "tasks:getcard"),
    ("es", "task", "acabo de llegar a china a trabajar de niñera, que tengo que hacer?", "tasks"),
    (
        "es",
        "task",
        "cuanto llevo acumulado en el seguro de vejez, donde lo consulto",
        "task:contributions",
    ),
    ("es", "task", "puedo alquilar un carro con alguna de estas tarjetas?", "task:transport"),
    (
        "es",
        "task",
        "quiero hacer los tramites del seguro medico en linea, que uso como identificacion",
        "task:online",
    ),
    (
        "es",
        "task",
        "con que tarjeta pago en la farmacia designada la medicina del bebe",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "tengo que registrarme como desempleada, que tarjeta llevo",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "con que tarjeta hago tramites de servicios publicos de la ciudad",
        "task:services",
    ),
    (
        "es",
        "task",
        "no quiero andar con el pasaporte todo el tiempo, cual tarjeta sirve como identificacion",
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "el niño tiene fiebre, vamos a la clinica, llevo la tarjeta de salud o la de seguridad "
            "social?"
        ),
        ("task:hospital", "cmp:social:health"),
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "seguro medico elec", "card:emedical"),
    ("es", "short", "jubilacion", "task:pension"),
    ("es", "short", "desempleo", "task:unemployment"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "tarjetas", "cards"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "accidente trabajo", "task:injury"),
    ("es", "short", "segur soc", "card:social"),
    ("es", "short", "hospit", "task:hospital"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "perdi mi tarjeta del seguro social en el metro, que hago", "none"),
    ("es", "oos", "cuanto cuesta sacar la tarjeta ciudadana", "none"),
    ("es", "oos", "cuanto tarda en llegar la tarjeta de seguridad social", "none"),
    ("es", "oos", "donde queda la oficina del seguro social en guangzhou", "none"),
    (
        "es",
        "oos",
        "soy extranjera con visa de trabajo, tengo derecho al seguro social chino?",
        "none",
    ),
    ("es", "oos", "si me regreso a colombia, me devuelven lo que aporte para la pension?", "none"),
    ("es", "oos", "se me olvido la contraseña de la tarjeta, como la cambio", "none"),
    (
        "es",
        "oos",
        "en shenzhen las empleadas domesticas tienen reglas distintas para el seguro?",
        "none",
    ),
    ("es", "oos", "mi seguro medico de aca cubre a mis hijos que estan en peru?", "none"),
    ("es", "oos", "mi patrona me guarda el pasaporte y no me lo devuelve, eso es legal?", "none"),
    ("es", "oos", "la tarjeta se me quebro, me dan otra gratis?", "none"),
    ("es", "oos", "cuanto me descuentan del sueldo cada mes para el seguro social", "none"),
    ("es", "oos", "puedo usar la tarjeta del seguro medico cuando viaje a macao", "none"),
    (
        "es",
        "oos",
        "el hospital me pide deposito en efectivo aunque tengo seguro, es normal?",
        "none",
    ),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "que es la tarjeta de seguridad social? expliqueme facil por favor",
        "card:social",
    ),
    (
        "es",
        "card",
        "quien emite el certificado electronico de seguro medico",
        "card:emedical:issuer",
    ),
    ("es", "card", "para que sirve la tarjeta ciudadana", "card:citizen:function"),
    ("es", "card", "la tarjeta de salud donde se usa? solo en hospitales?", "card:health:scope"),
    ("es", "card", "que ley regula la tarjeta de seguridad social", "card:social:legal"),
    (
        "es",
        "card",
        "la tarjeta electronica de seguridad social quien la administra",
        "card:esocial:manager",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "diferencia entre la tarjeta de seguridad social y la tarjeta ciudadana",
        "cmp:social:citizen",
    ),
    (
        "es",
        "compare",
        "en que se diferencian la tarjeta de salud y la de seguridad social",
        "cmp:social:health",
    ),
    (
        "es",
        "compare",
        "tarjeta medica vieja vs certificado electronico de seguro medico, cual es la diferencia",
        "cmp:medical:emedical",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "la tarjeta de seguridad social es lo mismo que la tarjeta del seguro medico?",
        "faq:2",
    ),
    (
        "es",
        "faq",
        "la tarjeta de recursos humanos y seguridad social es una tarjeta de seguridad social?",
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "el certificado electronico del seguro medico y la tarjeta electronica de seguridad "
            "social son lo mismo?"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        "que registra la tarjeta de seguridad social y que puedo hacer con ella",
        "faq:7",
    ),
    ("es", "faq", "cuantos tipos de tarjeta de seguridad social hay?", "faq:8"),
    # ---------------- Spanish: law (2) ----------------
    ("es", "law", "que dice el articulo 2 de la ley de seguro social", "law:sil-2"),
    ("es", "law", "el articulo 74 de la ley de seguro social de que trata", "law:sil-74"),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "buenas tardes, disculpe la molestia", "greeting"),
    ("es", "greeting", "muchas gracias, Dios le bendiga", "greeting"),
    ("es", "greeting", "listo, chao, me voy a recoger al niño", "greeting"),
)
