"""Hundred-and-fifty-second phrasing set (people asking hypotheticals), written blind from
the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDFIFTYSECOND: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        (
            "if I caught the flu and went to a hospital in Beijing, which card would I need "
            "to show at registration?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "suppose I had to pay my hospital bill, could I just use my citizen card for "
            "that?"
        ),
        "task:hospital",
    ),
    (
        "en",
        "task",
        (
            "if i needed antibiotics from a pharmacy would my social security card work there"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "Suppose I run out of my blood pressure pills, could I buy more with the card at "
            "a designated pharmacy?"
        ),
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        (
            "If I paid for a surgery out of pocket, would I be able to get the money back "
            "with my social security card?"
        ),
        "task:reimburse",
    ),
    (
        "en",
        "task",
        (
            "if a new doctor wanted to see my previous medical records, which card would let "
            "them look them up?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "suppose I wanted to check my own health file, what would I use?"
        ),
        "task:healthfile",
    ),
    (
        "en",
        "task",
        (
            "If I wanted to handle my medical insurance stuff online instead of queueing, "
            "what would I need?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "would i need some kind of e-certificate if i did all my medical insurance "
            "business on my phone?"
        ),
        "task:online",
    ),
    (
        "en",
        "task",
        (
            "if I retire here one day, which card would I use to collect my pension?"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "suppose my father-in-law reaches retirement age next year, how would he draw his"
            " pension?"
        ),
        "task:pension",
    ),
    (
        "en",
        "task",
        (
            "If I lost my job next month, would the social security card help me claim "
            "unemployment benefits?"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "what if my company lays me off, what would I use to sign up for unemployment "
            "benefits"
        ),
        "task:unemployment",
    ),
    (
        "en",
        "task",
        (
            "if I hurt my back at the factory, would the card matter for getting injury "
            "benefits?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "suppose I got an occupational disease from work, which card would I need for the"
            " work injury insurance?"
        ),
        "task:injury",
    ),
    (
        "en",
        "task",
        (
            "If I wanted to make sure my employer really pays my contributions, how would I "
            "check?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "say I've been working here 3 years, could I see how much has gone into my "
            "pension insurance so far?"
        ),
        "task:contributions",
    ),
    (
        "en",
        "task",
        (
            "if I moved to Hangzhou, could I take the bus and metro with one of these cards "
            "instead of cash?"
        ),
        "task:transport",
    ),
    (
        "en",
        "task",
        (
            "if I wanted to use the public reading room or other city services, would I need "
            "some card for it?"
        ),
        "task:services",
    ),
    (
        "en",
        "task",
        (
            "If a clerk asked me to prove who I am, would the social security card count as "
            "ID?"
        ),
        "task:identity",
    ),
    (
        "en",
        "task",
        (
            "If I just started working for a company in Shenzhen, how would I get a social "
            "security card?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "suppose I'm a freelancer with no employer, would I still be able to get a social"
            " security card?"
        ),
        "task:getsocial",
    ),
    (
        "en",
        "task",
        (
            "if I only have the physical social security card, could I activate the "
            "electronic one too?"
        ),
        "task:getesocial",
    ),
    (
        "en",
        "task",
        (
            "suppose I joined the medical insurance, would I then be able to get the "
            "electronic medical insurance certificate?"
        ),
        "task:getemedical",
    ),
    (
        "en",
        "task",
        (
            "if I became a local resident of my city, would I be able to apply for a citizen "
            "card?"
        ),
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        (
            "suppose I had these cards, what kind of things could I actually do with them?"
        ),
        "tasks",
    ),
    (
        "en",
        "task",
        (
            "if I got sick, what are all the healthcare things the cards would help me with?"
        ),
        "tasks:care",
    ),
    (
        "en",
        "task",
        (
            "suppose I wanted to sort out the money side, pension, benefits, that kind of "
            "thing, what could I do?"
        ),
        "tasks:money",
    ),
    (
        "en",
        "task",
        (
            "if I settled down in a Chinese city for good, what would the cards help me with "
            "in everyday life?"
        ),
        "tasks:life",
    ),
    (
        "en",
        "task",
        (
            "suppose I wanted to get one of these cards, where would I even start?"
        ),
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "citizen ca", "card:citizen"),
    ("en", "short", "if injured", "task:injury"),
    ("en", "short", "e-medical cert", "card:emedical"),
    ("en", "short", "subway card", "task:transport"),
    ("en", "short", "health fil", "task:healthfile"),
    ("en", "short", "card", "cards"),
    ("en", "short", "reimburse", "task:reimburse"),
    ("en", "short", "social security numb", "faq:10"),
    ("en", "short", "if unemployed", "task:unemployment"),
    ("en", "short", "elec social", "card:esocial"),
    ("en", "short", "medicine", "task:pharmacy"),
    # ---------------- English: oos (14) ----------------
    ("en", "oos", "if I lost my social security card, how would I get a replacement?", "none"),
    (
        "en",
        "oos",
        (
            "suppose I leave China for good, could I cash out my pension contributions?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "if I applied today, how many days would it take for the card to arrive?"
        ),
        "none",
    ),
    ("en", "oos", "would I have to pay a fee if I asked for a new citizen card?", "none"),
    ("en", "oos", "if I needed to call the social security hotline, what's the number?", "none"),
    (
        "en",
        "oos",
        (
            "suppose I went to the social security office on a Saturday, would it be open?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "as a foreigner on a work visa, would I be legally entitled to the same benefits "
            "as Chinese citizens?"
        ),
        "none",
    ),
    ("en", "oos", "If I forgot my card PIN, how would I reset it?", "none"),
    (
        "en",
        "oos",
        (
            "if I changed jobs to another province, would my contributions transfer over?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "if I needed a root canal, what percentage would the medical insurance cover?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "suppose I wanted private health insurance on top, which company would you "
            "recommend?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "if I paid into social insurance for 15 years, how much pension would I get a "
            "month?"
        ),
        "none",
    ),
    (
        "en",
        "oos",
        (
            "would my wife be covered under my medical insurance if she doesn't work here?"
        ),
        "none",
    ),
    ("en", "oos", "if it rains tomorrow in Shanghai, should I bring an umbrella?", "none"),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        (
            "if someone gave me a health card at the clinic, what exactly would that be?"
        ),
        "card:health",
    ),
    (
        "en",
        "card",
        (
            "suppose I still had one of those old medical insurance cards, who would have "
            "issued it?"
        ),
        "card:medical:issuer",
    ),
    (
        "en",
        "card",
        (
            "If I only had the electronic social security card, is it a real card or just "
            "something on my phone?"
        ),
        "card:esocial:form",
    ),
    (
        "en",
        "card",
        (
            "if I got a social security card, what info would actually be stored on it?"
        ),
        ("card:social:records", "faq:7"),
    ),
    (
        "en",
        "card",
        (
            "if someone tried to copy my social security card, would the chip be secure "
            "enough?"
        ),
        "card:social:security",
    ),
    (
        "en",
        "card",
        (
            "suppose I had a citizen card in my wallet, which authority would have issued it?"
        ),
        "card:citizen:issuer",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        (
            "if I already had a social security card, how would a citizen card be any "
            "different?"
        ),
        "cmp:social:citizen",
    ),
    (
        "en",
        "compare",
        (
            "suppose I've got the old medical insurance card and the newer social security "
            "card, what's the actual difference?"
        ),
        ("cmp:social:medical", "faq:2"),
    ),
    (
        "en",
        "compare",
        (
            "if my clinic gave me a health card, how would that differ from the electronic "
            "medical insurance certificate?"
        ),
        "cmp:emedical:health",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        (
            "if I've got a health card, would that count as a social security card?"
        ),
        "faq:1",
    ),
    (
        "en",
        "faq",
        (
            "suppose I had a citizen card, would it be the same card as the social security "
            "one?"
        ),
        "faq:3",
    ),
    (
        "en",
        "faq",
        (
            "if my employer signs me up for social insurance, what kinds of insurance would "
            "that include?"
        ),
        "faq:6",
    ),
    (
        "en",
        "faq",
        (
            "if I started a new job on Monday, how long would my boss have to register me for"
            " social insurance?"
        ),
        ("faq:9", "law:sil-58"),
    ),
    (
        "en",
        "faq",
        (
            "if a form asked for my social security number, what would I put there?"
        ),
        "faq:10",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        (
            "if I wanted to read the actual laws behind these cards, which ones would they "
            "be?"
        ),
        "law",
    ),
    (
        "en",
        "law",
        (
            "suppose my company never registered me, which article of the Social Insurance "
            "Law covers that?"
        ),
        "law:sil-58",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi! got a hypothetical for you", "greeting"),
    ("en", "greeting", "thanks, that clears up my what-if", "greeting"),
    ("en", "greeting", "ok cool, bye for now", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        (
            "si me enfermo y voy al hospital, ¿qué tarjeta tendría que llevar para "
            "registrarme?"
        ),
        "task:hospital",
    ),
    (
        "es",
        "task",
        (
            "si necesitara comprar medicinas en una farmacia designada, ¿me serviría la "
            "tarjeta de seguridad social?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "supongamos que se me acaba el ibuprofeno, podria comprarlo con la tarjeta del "
            "seguro?"
        ),
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        (
            "si pagara de mi bolsillo una operación, ¿tendría que usar la tarjeta de "
            "seguridad social para el reembolso?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "supongamos que tuve gastos médicos el mes pasado, como haria para que me los "
            "reembolsen?"
        ),
        "task:reimburse",
    ),
    (
        "es",
        "task",
        (
            "si un médico nuevo quisiera ver mi historial clínico, ¿con qué tarjeta lo "
            "consultaría?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "si yo quisiera revisar mi expediente de salud, ¿qué necesitaría?"
        ),
        "task:healthfile",
    ),
    (
        "es",
        "task",
        (
            "si quisiera hacer los trámites del seguro médico por internet, ¿tendría que "
            "sacar algo especial?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "supongamos que quiero gestionar el seguro médico desde el móvil sin ir a ninguna"
            " oficina, ¿se puede?"
        ),
        "task:online",
    ),
    (
        "es",
        "task",
        (
            "si algún día me jubilo en China, ¿con qué tarjeta cobraría la pensión?"
        ),
        "task:pension",
    ),
    (
        "es",
        "task",
        (
            "si me despiden, ¿tendría que usar la tarjeta de seguridad social para pedir el "
            "subsidio de desempleo?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "supongamos que me quedo sin trabajo, ¿cómo me registraría como desempleado?"
        ),
        "task:unemployment",
    ),
    (
        "es",
        "task",
        (
            "si me lastimo en la obra, ¿qué tarjeta necesitaría para las prestaciones por "
            "accidente laboral?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "si me diera una enfermedad profesional, ¿podría pedir la evaluación de capacidad"
            " laboral con la tarjeta?"
        ),
        "task:injury",
    ),
    (
        "es",
        "task",
        (
            "si sospecho que mi empresa no está pagando mis cotizaciones, ¿cómo lo podría "
            "comprobar?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "supongamos que quiero saber cuánto llevo acumulado en el seguro de pensiones, "
            "¿dónde lo miraría?"
        ),
        "task:contributions",
    ),
    (
        "es",
        "task",
        (
            "supongamos que quiero pagar el bus o alquilar un coche, ¿me serviría la tarjeta "
            "ciudadana?"
        ),
        "task:transport",
    ),
    (
        "es",
        "task",
        (
            "si quisiera aprovechar los servicios públicos de mi ciudad, ¿qué tarjeta me "
            "convendría tener?"
        ),
        "task:services",
    ),
    (
        "es",
        "task",
        (
            "si en un trámite me pidieran demostrar quién soy, ¿valdría la tarjeta ciudadana?"
        ),
        "task:identity",
    ),
    (
        "es",
        "task",
        (
            "si empiezo a trabajar en una empresa en Cantón, ¿cómo conseguiría la tarjeta de "
            "seguridad social?"
        ),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "supongamos que soy autónomo, ¿podría sacar la tarjeta de seguridad social igual?"
        ),
        "task:getsocial",
    ),
    (
        "es",
        "task",
        (
            "si ya tengo la tarjeta física, ¿tendría que activar aparte la tarjeta "
            "electrónica de seguridad social?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "si todavía no tuviera la tarjeta física, ¿podría sacar la tarjeta electrónica de"
            " seguridad social?"
        ),
        "task:getesocial",
    ),
    (
        "es",
        "task",
        (
            "si me afilio al seguro médico, ¿podría obtener el certificado electrónico de "
            "seguro médico?"
        ),
        "task:getemedical",
    ),
    (
        "es",
        "task",
        (
            "si me empadrono como residente local, ¿podría pedir la tarjeta ciudadana?"
        ),
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        (
            "supongamos que tengo todas las tarjetas, ¿qué cosas podría hacer con ellas?"
        ),
        "tasks",
    ),
    (
        "es",
        "task",
        (
            "si me pongo malo, ¿en qué me ayudarían estas tarjetas con el tema de la salud?"
        ),
        "tasks:care",
    ),
    (
        "es",
        "task",
        (
            "si quisiera ocuparme del tema del dinero, pensión, subsidios y eso, ¿qué "
            "opciones tendría?"
        ),
        "tasks:money",
    ),
    (
        "es",
        "task",
        (
            "si me instalo en una ciudad china, ¿para qué me servirían las tarjetas en el día"
            " a día?"
        ),
        "tasks:life",
    ),
    (
        "es",
        "task",
        (
            "supongamos que quiero sacar alguna de estas tarjetas, ¿por dónde empiezo?"
        ),
        "tasks:getcard",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "jubilacion", "task:pension"),
    ("es", "short", "tarjeta ciuda", "card:citizen"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "metro", "task:transport"),
    ("es", "short", "historial médico", "task:healthfile"),
    ("es", "short", "reembolso", "task:reimburse"),
    ("es", "short", "numero de seguridad so", "faq:10"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "tarjeta sanitaria", "card:health"),
    ("es", "short", "cotizaciones", "task:contributions"),
    ("es", "short", "tarjetas", "cards"),
    # ---------------- Spanish: oos (14) ----------------
    (
        "es",
        "oos",
        (
            "si se me pierde la tarjeta de seguridad social, ¿cómo pido un duplicado?"
        ),
        "none",
    ),
    (
        "es",
        "oos",
        (
            "supongamos que me vuelvo a mi país, ¿me devolverían lo que coticé para la "
            "pensión?"
        ),
        "none",
    ),
    ("es", "oos", "si la solicitara mañana, ¿cuánto tardaría en llegarme la tarjeta?", "none"),
    ("es", "oos", "si tuviera que cambiar la foto de la tarjeta, ¿cuánto me costaría?", "none"),
    (
        "es",
        "oos",
        (
            "si quisiera llamar a la oficina de seguridad social, ¿qué teléfono tienen?"
        ),
        "none",
    ),
    ("es", "oos", "supongamos que voy un domingo a la oficina, ¿estaría abierta?", "none"),
    (
        "es",
        "oos",
        (
            "si soy extranjero con permiso de residencia, ¿tendría los mismos derechos que un"
            " ciudadano chino?"
        ),
        "none",
    ),
    ("es", "oos", "si olvidara la contraseña de la tarjeta, ¿cómo la cambiaría?", "none"),
    ("es", "oos", "si me mudo de Pekín a Chengdu, ¿se trasladarían mis cotizaciones?", "none"),
    (
        "es",
        "oos",
        (
            "supongamos que necesito un empaste, ¿qué porcentaje cubriría el seguro?"
        ),
        "none",
    ),
    ("es", "oos", "si mis hijos no trabajan, ¿estarían cubiertos por mi seguro médico?", "none"),
    ("es", "oos", "si quisiera contratar un seguro privado además, ¿cuál me recomiendas?", "none"),
    ("es", "oos", "si cotizo 10 años, ¿cuánto cobraría de pensión al mes?", "none"),
    ("es", "oos", "supongamos que quiero aprender chino, ¿qué app me recomiendas?", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        (
            "si alguien me hablara de la tarjeta electrónica de seguridad social, ¿qué es eso"
            " exactamente?"
        ),
        "card:esocial",
    ),
    (
        "es",
        "card",
        (
            "supongamos que tengo la tarjeta sanitaria, ¿quién la gestiona, el hospital o el "
            "gobierno?"
        ),
        "card:health:manager",
    ),
    (
        "es",
        "card",
        (
            "si tuviera que citar la base legal de la tarjeta de seguridad social, ¿cuál "
            "sería?"
        ),
        "card:social:legal",
    ),
    (
        "es",
        "card",
        (
            "si yo tuviera la vieja tarjeta del seguro médico, ¿para qué me serviría?"
        ),
        "card:medical:function",
    ),
    (
        "es",
        "card",
        (
            "si usara la tarjeta de seguridad social en otra provincia, ¿funcionaría igual?"
        ),
        "card:social:scope",
    ),
    (
        "es",
        "card",
        (
            "supongamos que tengo el certificado electrónico de seguro médico en el móvil, "
            "¿qué organismo lo emite?"
        ),
        "card:emedical:issuer",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        (
            "si ya tengo la tarjeta sanitaria, ¿en qué se diferenciaría de la tarjeta de "
            "seguridad social?"
        ),
        ("cmp:social:health", "faq:1"),
    ),
    (
        "es",
        "compare",
        (
            "supongamos que tengo la tarjeta ciudadana y la tarjeta sanitaria, ¿qué "
            "diferencias hay entre ellas?"
        ),
        "cmp:health:citizen",
    ),
    (
        "es",
        "compare",
        (
            "si tuviera la tarjeta electrónica de seguridad social, ¿en qué se diferenciaría "
            "del certificado electrónico del seguro médico?"
        ),
        ("cmp:esocial:emedical", "faq:5"),
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        (
            "si tengo la tarjeta de seguridad social, ¿sería lo mismo que la tarjeta del "
            "seguro médico?"
        ),
        "faq:2",
    ),
    (
        "es",
        "faq",
        (
            "si me dan una tarjeta de recursos humanos y seguridad social, ¿eso cuenta como "
            "tarjeta de seguridad social?"
        ),
        "faq:4",
    ),
    (
        "es",
        "faq",
        (
            "supongamos que tengo el certificado electrónico de seguro médico, ¿es lo mismo "
            "que la tarjeta electrónica de seguridad social?"
        ),
        "faq:5",
    ),
    (
        "es",
        "faq",
        (
            "si tuviera la tarjeta de seguridad social, ¿qué datos guardaría y qué podría "
            "hacer con ella?"
        ),
        "faq:7",
    ),
    (
        "es",
        "faq",
        (
            "supongamos que mi empresa también tiene tarjeta, ¿qué tipos de tarjeta de "
            "seguridad social existen?"
        ),
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        (
            "si quisiera leer el artículo que dice qué seguros sociales establece el Estado, "
            "¿cuál sería?"
        ),
        "law:sil-2",
    ),
    (
        "es",
        "law",
        (
            "supongamos que quiero revisar gratis mis registros de cotización, ¿qué artículo "
            "de la ley me ampara?"
        ),
        "law:sil-74",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, tengo una pregunta hipotética", "greeting"),
    ("es", "greeting", "vale, gracias por la ayuda", "greeting"),
    ("es", "greeting", "hasta luego!", "greeting"),
)
