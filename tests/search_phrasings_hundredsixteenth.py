"""Hundred-and-sixteenth phrasing set (home comparers), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

HUNDREDSIXTEENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (30) ----------------
    (
        "en",
        "task",
        "back home in Ohio I just flash my insurance card at the ER front desk. which card do i "
        "show to register at a hospital here?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "in Mexico I'd bring my IMSS carnet to the clinic. what's the equivalent here when I need "
        "to see a doctor and pay at the counter?",
        "task:hospital",
    ),
    (
        "en",
        "task",
        "US pharmacies just want my insurance card. what do I hand over at a chinese pharmacy to "
        "buy meds on my insurance?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "in the UK prescriptions are a flat fee so I never think about it... which card lets me "
        "buy medicine here using my medical insurance account?",
        "task:pharmacy",
    ),
    (
        "en",
        "task",
        "with my obra social in Rosario I'd pay and then ask for a refund. what do I use here to "
        "get medical bills reimbursed?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "stateside I'd file a claim with Aetna to get money back for a doctor visit. which card "
        "handles reimbursement of medical expenses in China?",
        "task:reimburse",
    ),
    (
        "en",
        "task",
        "the NHS app shows me my medical records. is there a card here that lets me look up my "
        "own health file?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "back home my GP has my whole history on file. what card do hospitals here use to pull up "
        "my medical records?",
        "task:healthfile",
    ),
    (
        "en",
        "task",
        "in Spain I do all my health insurance paperwork on an app with the digital tarjeta. "
        "what's the thing here for doing medical insurance stuff online?",
        "task:online",
    ),
    (
        "en",
        "task",
        "my EPS in Colombia has an app for literally everything. which one do I use here for "
        "medical insurance business on my phone?",
        "task:online",
    ),
    (
        "en",
        "task",
        "my dad collects his Social Security check in Dayton. when I retire here after 20 years "
        "teaching, which card do I need to draw a pension?",
        "task:pension",
    ),
    (
        "en",
        "task",
        "got laid off from the factory today. back home I'd file for unemployment with my SSN, "
        "which card do I use to claim unemployment benefits here??",
        "task:unemployment",
    ),
    (
        "en",
        "task",
        "in the US workers comp goes through the employer's insurer. if I get hurt on the job "
        "here, which card deals with work-injury benefits?",
        "task:injury",
    ),
    (
        "en",
        "task",
        "hurt my back lifting crates at the warehouse. in Mexico IMSS covers riesgo de trabajo, "
        "what card do i need here for the work injury insurance",
        "task:injury",
    ),
    (
        "en",
        "task",
        "back home I can log in and see my Social Security earnings record. how do I check what's "
        "actually been paid into my social insurance here?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "my boss swears they pay my social insurance every month. in the UK I'd check my NI "
        "record, how do I verify my contributions here?",
        "task:contributions",
    ),
    (
        "en",
        "task",
        "in London my Oyster does the tube and buses. is there one of these cards that works on "
        "the subway and bus here?",
        "task:transport",
    ),
    (
        "en",
        "task",
        "in Bogotá I top up my TuLlave for TransMilenio. which chinese card can I tap on the bus?",
        "task:transport",
    ),
    (
        "en",
        "task",
        "my library card back in Toronto is its own separate thing. can a card here get me into "
        "public reading rooms and other local services?",
        "task:services",
    ),
    (
        "en",
        "task",
        "in the US my driver's license is basically my ID. which card here can I use to prove who "
        "I am?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "back in Spain the DNI is how you prove your identity. what card here works as "
        "identification?",
        "task:identity",
    ),
    (
        "en",
        "task",
        "in the States you get your SSN card pretty much automatically. who can get the social "
        "security card here and how do I apply?",
        "task:getsocial",
    ),
    (
        "en",
        "task",
        "back home the digital version of my card just shows up in an app. how do I get the "
        "electronic social security card?",
        "task:getesocial",
    ),
    (
        "en",
        "task",
        "in Madrid I downloaded the tarjeta sanitaria virtual in two minutes. how do I get the "
        "electronic medical insurance certificate here?",
        "task:getemedical",
    ),
    (
        "en",
        "task",
        "my town back home gives residents an ID card for discounts. how do I get a citizen card "
        "here, and am I eligible?",
        "task:getcitizen",
    ),
    (
        "en",
        "task",
        "ok I'm used to one SSN for everything. give me the overview: what can I actually do with "
        "these cards here?",
        "tasks",
    ),
    (
        "en",
        "task",
        "in the UK it's all just the NHS. what can these cards do for me on the health care side?",
        "tasks:care",
    ),
    (
        "en",
        "task",
        "in the US money stuff like pension and unemployment all hangs off the SSN. which cards "
        "handle the money side of things here?",
        "tasks:money",
    ),
    (
        "en",
        "task",
        "in Berlin I carry a different card for the bus, the library, everything. which of these "
        "help with everyday life here?",
        "tasks:life",
    ),
    (
        "en",
        "task",
        "retired nurse from Manchester here. getting my NHS card sorted was one form, what do I "
        "need to know about getting any of these cards?",
        "tasks:getcard",
    ),
    # ---------------- English: short (12) ----------------
    ("en", "short", "ss card", "card:social"),
    ("en", "short", "ssn china", "faq:10"),
    ("en", "short", "citizen card", "card:citizen"),
    ("en", "short", "health card", "card:health"),
    ("en", "short", "medical insurance card", "card:medical"),
    ("en", "short", "electronic medical insur", "card:emedical"),
    ("en", "short", "e-social sec", "card:esocial"),
    ("en", "short", "oyster equivalent", "task:transport"),
    ("en", "short", "pharmacy", "task:pharmacy"),
    ("en", "short", "pension", "task:pension"),
    ("en", "short", "social insurance law", "law"),
    ("en", "short", "reimburs", "task:reimburse"),
    # ---------------- English: oos (14) ----------------
    (
        "en",
        "oos",
        "how long does it take to get the social security card here? my SSN card came in like two "
        "weeks",
        "none",
    ),
    (
        "en",
        "oos",
        "lost my social security card on the metro. back home I'd order a replacement online, "
        "what do I do here?",
        "none",
    ),
    ("en", "oos", "is there a fee for the citizen card? my city ID in Chicago was free", "none"),
    (
        "en",
        "oos",
        "can I transfer my US Social Security credits into China's pension system?",
        "none",
    ),
    (
        "en",
        "oos",
        "will the UK count the years I paid into Chinese social insurance toward my state pension?",
        "none",
    ),
    (
        "en",
        "oos",
        "where's the office to apply for the card in Shanghai? back home I'd just go to the post "
        "office",
        "none",
    ),
    (
        "en",
        "oos",
        "as a foreigner do I actually have to pay into chinese social insurance? in Spain expats "
        "have to",
        "none",
    ),
    (
        "en",
        "oos",
        "when I leave China for good can I cash out my pension contributions like a 401k?",
        "none",
    ),
    ("en", "oos", "is my NHS number still valid after five years living abroad?", "none"),
    (
        "en",
        "oos",
        "does my IMSS coverage from Mexico pay for treatment if I get sick in China?",
        "none",
    ),
    (
        "en",
        "oos",
        "how much gets taken out of my salary each month for social insurance? in the US FICA is "
        "7.65%",
        "none",
    ),
    (
        "en",
        "oos",
        "can my wife be added to my medical insurance here like a family plan in the US?",
        "none",
    ),
    ("en", "oos", "do Beijing and Shenzhen have different rules for the citizen card?", "none"),
    (
        "en",
        "oos",
        "forgot the PIN on my social security card, back home I'd reset it at the bank. how do I "
        "reset it here?",
        "none",
    ),
    # ---------------- English: card (6) ----------------
    (
        "en",
        "card",
        "what actually is the health card here? closest thing back home would be my NHS summary "
        "record",
        "card:health:what",
    ),
    (
        "en",
        "card",
        "who issues the electronic medical insurance certificate? in Spain the tarjeta sanitaria "
        "comes from the regional health service",
        "card:emedical:issuer",
    ),
    (
        "en",
        "card",
        "is the social security card here a physical card like my blue US one, or just digital?",
        "card:social:form",
    ),
    (
        "en",
        "card",
        "my US social security card is flimsy paper anyone could fake. is the one here any more "
        "secure?",
        "card:social:security",
    ),
    (
        "en",
        "card",
        "who gives out the citizen card here? back home our municipal ID comes from city hall",
        "card:citizen:issuer",
    ),
    (
        "en",
        "card",
        "tell me about the old medical insurance card. in Colombia we just had the EPS card, same "
        "idea?",
        "card:medical",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en",
        "compare",
        "back home one card does it all. what's the difference between the social security card "
        "and the citizen card here?",
        "cmp:social:citizen",
    ),
    (
        "en",
        "compare",
        "in the UK there's just the NHS number. how does the health card compare with the medical "
        "insurance card?",
        "cmp:medical:health",
    ),
    (
        "en",
        "compare",
        "social security card vs the electronic social security card, is it like my paper SSN "
        "card vs my online my Social Security account?",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (5) ----------------
    (
        "en",
        "faq",
        "is the health card basically a social security card? in Spain the tarjeta sanitaria kind "
        "of covers both",
        "faq:1",
    ),
    (
        "en",
        "faq",
        "what kinds of social insurance are there here? in the US it's basically Social Security "
        "and Medicare",
        "faq:6",
    ),
    ("en", "faq", "what's the chinese equivalent of my social security number?", "faq:10"),
    (
        "en",
        "faq",
        "in the US HR signs you up on day one. how soon does an employer here have to register me "
        "for social insurance?",
        "faq:9",
    ),
    (
        "en",
        "faq",
        "are the electronic medical insurance certificate and the electronic social security card "
        "the same thing? in Spain I only have one app",
        "faq:5",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en",
        "law",
        "what does article 58 of the social insurance law say? is it like the US rule that "
        "employers have to withhold FICA?",
        "law:sil-58",
    ),
    (
        "en",
        "law",
        "back home I'd look up the Social Security Act. which law articles is all this based on "
        "here?",
        "law",
    ),
    # ---------------- English: greeting (3) ----------------
    ("en", "greeting", "hi! just moved here from Texas, total newbie", "greeting"),
    ("en", "greeting", "thanks, way clearer than the NHS website lol", "greeting"),
    ("en", "greeting", "cheers, bye", "greeting"),
    # ---------------- Spanish: task (30) ----------------
    (
        "es",
        "task",
        "En México llevo mi carnet del IMSS a la clínica. ¿Aquí qué tarjeta presento para "
        "registrarme en el hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "allá en Colombia con la EPS pagas la cuota moderadora y listo. aquí con qué tarjeta pago "
        "la consulta en el hospital?",
        "task:hospital",
    ),
    (
        "es",
        "task",
        "en España con la tarjeta sanitaria recojo las medicinas en la farmacia. ¿cuál es el "
        "equivalente aquí para comprar medicamentos?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "en Argentina mostraba el carnet de la obra social en la farmacia. ¿aquí qué tarjeta uso "
        "para pagar con la cuenta personal del seguro médico?",
        "task:pharmacy",
    ),
    (
        "es",
        "task",
        "con mi prepaga en Buenos Aires pedía el reintegro de los gastos médicos. ¿acá con qué "
        "tarjeta se reembolsan?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "en Chile Fonasa me devolvía parte de la consulta. ¿aquí qué tarjeta necesito para que me "
        "reembolsen lo que pagué en el médico?",
        "task:reimburse",
    ),
    (
        "es",
        "task",
        "en España veo mi historia clínica en la app del servicio de salud. ¿aquí con qué tarjeta "
        "consulto mi expediente de salud?",
        "task:healthfile",
    ),
    (
        "es",
        "task",
        "en Colombia hago todo con la app de la EPS. ¿aquí qué uso para hacer trámites del seguro "
        "médico por internet?",
        "task:online",
    ),
    (
        "es",
        "task",
        "mi mamá en Guadalajara hace sus trámites del IMSS desde el celular. ¿cuál es el "
        "equivalente aquí para gestionar el seguro médico en línea?",
        "task:online",
    ),
    (
        "es",
        "task",
        "en Argentina la jubilación se cobra por ANSES. aquí, ¿qué tarjeta hace falta para cobrar "
        "la pensión?",
        "task:pension",
    ),
    (
        "es",
        "task",
        "me despidieron ayer 😩 en España iría al SEPE a pedir el paro. ¿aquí con qué tarjeta pido "
        "las prestaciones por desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "en Colombia uno va a la caja de compensación cuando queda cesante. aquí ¿con qué tarjeta "
        "solicito el seguro de desempleo?",
        "task:unemployment",
    ),
    (
        "es",
        "task",
        "en México si te accidentas en la chamba lo cubre el IMSS por riesgo de trabajo. ¿aquí "
        "qué tarjeta uso para las prestaciones por accidente laboral?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "me corté la mano en la fábrica. en Colombia esto lo ve la ARL, ¿aquí qué tarjeta me "
        "sirve para el seguro de lesiones laborales?",
        "task:injury",
    ),
    (
        "es",
        "task",
        "en España pido mi informe de vida laboral para ver lo cotizado. ¿cómo consulto aquí lo "
        "que se ha pagado a mi seguro social?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "en México reviso mis semanas cotizadas en el portal del IMSS. ¿aquí con qué tarjeta "
        "consulto mis aportes?",
        "task:contributions",
    ),
    (
        "es",
        "task",
        "en Madrid uso el abono transporte para el metro. ¿cuál de estas tarjetas sirve para el "
        "bus y el metro?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "en Buenos Aires tengo la SUBE para el colectivo y el subte. ¿hay algo igual aquí entre "
        "estas tarjetas?",
        "task:transport",
    ),
    (
        "es",
        "task",
        "en Monterrey la credencial de la biblioteca es aparte. ¿aquí hay una tarjeta para "
        "servicios públicos locales como las salas de lectura?",
        "task:services",
    ),
    (
        "es",
        "task",
        "en España el DNI demuestra quién soy. ¿qué tarjeta de aquí me sirve para acreditar mi "
        "identidad?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "en Colombia la cédula sirve para todo. ¿aquí qué tarjeta puedo usar como identificación?",
        "task:identity",
    ),
    (
        "es",
        "task",
        "en España te dan el número de afiliación cuando empiezas a trabajar. ¿quién puede tener "
        "aquí la tarjeta de seguridad social y cómo la consigo?",
        "task:getsocial",
    ),
    (
        "es",
        "task",
        "en México bajé la app IMSS Digital y ya. ¿cómo obtengo aquí la tarjeta electrónica de "
        "seguridad social?",
        "task:getesocial",
    ),
    (
        "es",
        "task",
        "en España tengo la tarjeta sanitaria virtual en el móvil. ¿cómo saco aquí el certificado "
        "electrónico del seguro médico?",
        "task:getemedical",
    ),
    (
        "es",
        "task",
        "en Bogotá no existe una tarjeta ciudadana como tal. ¿cómo se obtiene aquí y quién la "
        "puede pedir?",
        "task:getcitizen",
    ),
    (
        "es",
        "task",
        "allá en Argentina tengo un carnet para cada cosa. en resumen, ¿qué puedo hacer aquí con "
        "estas tarjetas?",
        "tasks",
    ),
    (
        "es",
        "task",
        "en España todo lo de salud va con la tarjeta sanitaria. ¿qué me permiten hacer estas "
        "tarjetas en temas de atención médica?",
        "tasks:care",
    ),
    (
        "es",
        "task",
        "¿qué tarjetas sirven aquí para temas de dinero, tipo pensión o desempleo? en México todo "
        "eso es el IMSS y la Afore",
        "tasks:money",
    ),
    (
        "es",
        "task",
        "en Santiago uso tarjetas distintas para el día a día. ¿cuáles de estas me sirven para la "
        "vida cotidiana aquí?",
        "tasks:life",
    ),
    (
        "es",
        "task",
        "soy peruana, tengo 67 años y en Lima sacar un carnet era un solo trámite. ¿qué tengo que "
        "saber para conseguir cualquiera de estas tarjetas?",
        "tasks:getcard",
    ),
    # ---------------- Spanish: short (12) ----------------
    ("es", "short", "tarjeta ciudadana", "card:citizen"),
    ("es", "short", "tarjeta de salud", "card:health"),
    ("es", "short", "tarjeta del seguro médico", "card:medical"),
    ("es", "short", "certif electrónico seguro méd", "card:emedical"),
    ("es", "short", "tarjeta electrónica seg social", "card:esocial"),
    ("es", "short", "tarjeta seg social", "card:social"),
    ("es", "short", "farma", "task:pharmacy"),
    ("es", "short", "jubilación", "task:pension"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "equivalente sube", "task:transport"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "reembolso", "task:reimburse"),
    # ---------------- Spanish: oos (14) ----------------
    ("es", "oos", "¿puedo pasar mis semanas cotizadas del IMSS al sistema chino?", "none"),
    (
        "es",
        "oos",
        "¿lo que cotice aquí cuenta para mi jubilación en España? ¿hay convenio entre los dos "
        "países?",
        "none",
    ),
    (
        "es",
        "oos",
        "perdí la tarjeta de seguridad social. en México repones la credencial en el módulo, "
        "¿aquí cómo la repongo?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿cuánto cuesta sacar la tarjeta ciudadana? en mi país el DNI sale baratísimo",
        "none",
    ),
    (
        "es",
        "oos",
        "¿cuánto tarda en llegar la tarjeta de seguridad social? en Colombia la EPS te afilia en "
        "un día",
        "none",
    ),
    ("es", "oos", "¿dónde queda la oficina para tramitar la tarjeta en Guangzhou?", "none"),
    ("es", "oos", "¿los extranjeros estamos obligados a cotizar al seguro social chino?", "none"),
    (
        "es",
        "oos",
        "si me voy de China, ¿me devuelven lo aportado, como el retiro de cesantías en Colombia?",
        "none",
    ),
    ("es", "oos", "¿mi obra social de Argentina me cubre si me enfermo acá en China?", "none"),
    ("es", "oos", "¿cómo renuevo mi tarjeta sanitaria europea estando en China?", "none"),
    (
        "es",
        "oos",
        "¿qué porcentaje del sueldo se descuenta aquí para el seguro social? en España es un 6,35 "
        "%",
        "none",
    ),
    (
        "es",
        "oos",
        "¿puedo poner a mi esposa como beneficiaria de mi seguro médico, como en el IMSS?",
        "none",
    ),
    (
        "es",
        "oos",
        "¿la tarjeta ciudadana tiene las mismas reglas en Pekín que en Shanghái?",
        "none",
    ),
    ("es", "oos", "olvidé el PIN de la tarjeta de seguridad social, ¿cómo lo cambio?", "none"),
    # ---------------- Spanish: card (6) ----------------
    (
        "es",
        "card",
        "¿qué es exactamente la tarjeta ciudadana? en mi país no hay nada parecido",
        "card:citizen:what",
    ),
    (
        "es",
        "card",
        "cuéntame de la vieja tarjeta del seguro médico, me suena al carnet de la obra social",
        "card:medical",
    ),
    (
        "es",
        "card",
        "¿para qué sirve la tarjeta electrónica de seguridad social? en México tengo el IMSS "
        "Digital y no sé si es igual",
        "card:esocial:function",
    ),
    (
        "es",
        "card",
        "¿quién administra la tarjeta de salud? en Colombia la EPS lo maneja todo",
        "card:health:manager",
    ),
    (
        "es",
        "card",
        "¿el certificado electrónico del seguro médico es solo digital o hay tarjeta física? la "
        "sanitaria de España es de plástico",
        "card:emedical:form",
    ),
    (
        "es",
        "card",
        "¿dónde se puede usar la tarjeta de seguridad social, en todo el país o solo en mi "
        "provincia, como la tarjeta sanitaria en España?",
        "card:social:scope",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es",
        "compare",
        "¿qué diferencia hay entre la vieja tarjeta del seguro médico y el certificado "
        "electrónico del seguro médico? en México solo tengo la credencial",
        "cmp:medical:emedical",
    ),
    (
        "es",
        "compare",
        "¿diferencias entre la tarjeta de salud y la tarjeta ciudadana? en España ninguna de las "
        "dos existe así",
        "cmp:health:citizen",
    ),
    (
        "es",
        "compare",
        "tarjeta de seguridad social vs certificado electrónico del seguro médico, ¿cuál es cuál? "
        "en Colombia todo es la EPS",
        "cmp:social:emedical",
    ),
    # ---------------- Spanish: faq (5) ----------------
    (
        "es",
        "faq",
        "¿la tarjeta ciudadana y la de seguridad social son la misma tarjeta? en Argentina el DNI "
        "sirve para todo",
        "faq:3",
    ),
    (
        "es",
        "faq",
        "¿las tarjetas de recursos humanos y seguridad social son tarjetas de seguridad social? "
        "me confunde el nombre",
        "faq:4",
    ),
    (
        "es",
        "faq",
        "¿qué tipos de tarjeta de seguridad social existen? en España solo conozco una",
        "faq:8",
    ),
    (
        "es",
        "faq",
        "¿qué registra la tarjeta de seguridad social y qué puedo hacer con ella? la credencial "
        "del IMSS casi no trae datos",
        "faq:7",
    ),
    (
        "es",
        "faq",
        "¿la tarjeta de seguridad social es lo mismo que la del seguro médico? en México es una "
        "sola credencial",
        "faq:2",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es",
        "law",
        "¿qué dice el artículo 3 de la ley de seguro social? en España la Constitución habla de "
        "principios parecidos",
        "law:sil-3",
    ),
    (
        "es",
        "law",
        "¿cómo define a la tarjeta de seguridad social el artículo 2 de las Medidas "
        "Administrativas? en México eso lo dice la ley del IMSS",
        "law:ssc-2",
    ),
    # ---------------- Spanish: greeting (3) ----------------
    ("es", "greeting", "hola, soy colombiana y recién llegué a Chengdu", "greeting"),
    ("es", "greeting", "¡mil gracias! mucho más claro que la página del IMSS jaja", "greeting"),
    ("es", "greeting", "chao, que estés bien", "greeting"),
)
