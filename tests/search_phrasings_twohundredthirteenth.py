"""Two-hundred-and-thirteenth phrasing set (home-country equivalents, German/Dutch English,
Uruguayan Spanish), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

TWOHUNDREDTHIRTEENTH: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en", "task",
        "In Germany I just show my Krankenkassenkarte at the Arztpraxis. Which card do I show "
        "here when I go to the doctor?",
        "task:hospital",
    ),
    (
        "en", "task",
        "in holland the apotheek just scans my zorgpas. what card i must give at the chinese "
        "pharmacy for medicine?",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "Back home the Krankenkasse pays the doctor directly. Here I paid myself in the "
        "hospital, with which card I get my money back?",
        "task:reimburse",
    ),
    (
        "en", "task",
        "In NL I see my medical dossier in an app. How do I look at my health file here, which "
        "card is it?",
        "task:healthfile",
    ),
    (
        "en", "task",
        "Is there something like DigiD here for doing the medical insurance things online? What"
        " do I need for that?",
        "task:online",
    ),
    (
        "en", "task",
        "I am 63 and will eventually retire here. In Germany the Rentenversicherung pays, which"
        " card do I need to receive my pension in China?",
        "task:pension",
    ),
    (
        "en", "task",
        "My contract was ended. In Holland I would go to the UWV for WW, here which card for "
        "the unemployment money?",
        "task:unemployment",
    ),
    (
        "en", "task",
        "I had an Arbeitsunfall in the factory, at home the Berufsgenossenschaft handles it. "
        "Which card do I need for work injury benefits?",
        "task:injury",
    ),
    (
        "en", "task",
        "how can I control if my employer really pays in for me? in germany I get every year a "
        "letter from the Rentenversicherung",
        "task:contributions",
    ),
    (
        "en", "task",
        "For the bus in Rotterdam I have the OV-chipkaart. What is the equivalent here for the "
        "metro, is it the citizen card?",
        "task:transport",
    ),
    (
        "en", "task",
        "what is here the equivalent of going to the Bürgeramt? I mean which card for local "
        "public services of the city",
        "task:services",
    ),
    (
        "en", "task",
        "In Germany I have the Personalausweis to prove who I am. As a foreigner, which of "
        "these cards can show my identity?",
        "task:identity",
    ),
    (
        "en", "task",
        "In NL my werkgever arranged everything automatically. Here how do I get the social "
        "security card, must I do it myself?",
        "task:getsocial",
    ),
    (
        "en", "task",
        "how do I become the electronic social security card on my phone? I have already the "
        "plastic one",
        "task:getesocial",
    ),
    (
        "en", "task",
        "I want the 医保电子凭证 that my colleagues have in Alipay, how do I get it? I am insured "
        "through work",
        "task:getemedical",
    ),
    (
        "en", "task",
        "Can I as foreigner apply for the citizen card? In Amsterdam I had the Stadspas from "
        "the gemeente",
        "task:getcitizen",
    ),
    (
        "en", "task",
        "I need to register at the hospital and pay there, in germany is only one card for "
        "this, which one is it here?",
        "task:hospital",
    ),
    (
        "en", "task",
        "which card I must use in the Apotheke, the social one or the 医保 one?? in Germany there"
        " is just one card for everything",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "I start monday at a Chinese company, in Holland I never had to apply for anything. How"
        " to get this social security card?",
        "task:getsocial",
    ),
    (
        "en", "task",
        "to do my medical insurance stuff in the app instead of going to the office, which card"
        " or certificate do I need?",
        "task:online",
    ),
    # ---------------- English: short (18) ----------------
    ("en", "short", "krankenkassenkarte", "card:medical"),
    ("en", "short", "BSN nummer", "faq:10"),
    ("en", "short", "OV chip", "task:transport"),
    ("en", "short", "apotheek", "task:pharmacy"),
    ("en", "short", "Rente", "task:pension"),
    ("en", "short", "e-social card", "card:esocial"),
    ("en", "short", "health crd", "card:health"),
    ("en", "short", "citizen ca", "card:citizen"),
    ("en", "short", "e-med certif", "card:emedical"),
    ("en", "short", "WW uitkering", "task:unemployment"),
    ("en", "short", "hospit", "task:hospital"),
    ("en", "short", "Arbeitsunfall", "task:injury"),
    ("en", "short", "art 58", "law:sil-58"),
    ("en", "short", "lost card", "none"),
    ("en", "short", "kosten", "none"),
    ("en", "short", "contribut", "task:contributions"),
    ("en", "short", "buergeramt", "task:services"),
    ("en", "short", "socsec kaart", "card:social"),
    # ---------------- English: oos (18) ----------------
    (
        "en", "oos",
        "In Germany I can choose my Krankenkasse myself (TK, AOK and so on). Can I choose my "
        "insurer here also?",
        "none",
    ),
    (
        "en", "oos",
        "I lost my social security card in the metro, in NL you just block it online, how does "
        "it go here?",
        "none",
    ),
    (
        "en", "oos",
        "How long does it take until the card is ready? In Germany the new card comes in two "
        "weeks by post",
        "none",
    ),
    (
        "en", "oos",
        "What does the social security card cost? In Holland the zorgpas is for free",
        "none",
    ),
    (
        "en", "oos",
        "Is there a Familienversicherung? My wife does not work, can she be co-insured on my card?",
        "none",
    ),
    (
        "en", "oos",
        "Can I take my Chinese pension contributions with me when I go back to Germany, is "
        "there an agreement?",
        "none",
    ),
    ("en", "oos", "What are the opening hours of the social security office on saturday?", "none"),
    (
        "en", "oos",
        "In NL we pay an eigen risico of 385 euro per year, how high is the deductible here?",
        "none",
    ),
    (
        "en", "oos",
        "I forgot the password of the electronic certificate app, how do I reset it?",
        "none",
    ),
    (
        "en", "oos",
        "Which hospital in Shanghai has English speaking doctors, like a normal huisarts?",
        "none",
    ),
    (
        "en", "oos",
        "Does the Chinese insurance also pay when I am on holiday in Europe, like the EHIC card"
        " does?",
        "none",
    ),
    (
        "en", "oos",
        "Is there something like zorgtoeslag here, an allowance for health insurance when the "
        "income is low?",
        "none",
    ),
    ("en", "oos", "The chip of my card is broken, where do I get quickly a new one?", "none"),
    (
        "en", "oos",
        "In Germany the Krankschreibung goes to my employer. How does the sick note work here?",
        "none",
    ),
    ("en", "oos", "how is the weather in Beijing in april, we want to visit", "none"),
    (
        "en", "oos",
        "How much is taken from my salary for social insurance? In Germany it is around 20 percent",
        "none",
    ),
    ("en", "oos", "Is the tandarts covered? In Holland dental is an extra insurance", "none"),
    ("en", "oos", "Can I log in to the Chinese apps with my Dutch DigiD?", "none"),
    # ---------------- English: card (12) ----------------
    (
        "en", "card",
        "What is this 医保电子凭证 exactly? We have nothing like it in Holland",
        "card:emedical",
    ),
    (
        "en", "card",
        "Who gives out the citizen card? At home the gemeente makes these things",
        "card:citizen:issuer",
    ),
    (
        "en", "card",
        "The health card, what is recorded on it? In Germany the chip on my card has almost "
        "nothing",
        "card:health:records",
    ),
    (
        "en", "card",
        "Is the social security card a real plastic card or only in an app? My "
        "Sozialversicherungsausweis in Germany is just paper",
        "card:social:form",
    ),
    (
        "en", "card",
        "how is the security of the social security card, has it a chip and a key system like a"
        " bank card?",
        "card:social:security",
    ),
    (
        "en", "card",
        "Who manages the health card here, is it like the GGD in NL, the local health service?",
        "card:health:manager",
    ),
    (
        "en", "card",
        "the card which the city gives to residents for the bus and the library, like my "
        "Stadspas, what is it exactly?",
        "card:citizen",
    ),
    ("en", "card", "define the electronic social security card please", "card:esocial:what"),
    (
        "en", "card",
        "the old medical insurance card, who can get it? My colleague still has one",
        "card:medical:eligibility",
    ),
    (
        "en", "card",
        "what can the electronic social security card do? Is it good for anything or only a "
        "copy of the plastic one?",
        "card:esocial:function",
    ),
    (
        "en", "card",
        "Where is the health card accepted? Only in hospitals or also somewhere else?",
        "card:health:scope",
    ),
    (
        "en", "card",
        "Tell me about the medical insurance card, the old one. In Germany we called it "
        "Versichertenkarte",
        "card:medical",
    ),
    # ---------------- English: compare (3) ----------------
    (
        "en", "compare",
        "Old medical insurance card vs the electronic medical insurance certificate, in Germany"
        " the new card replaced the old one, is it similar?",
        "cmp:medical:emedical",
    ),
    (
        "en", "compare",
        "difference between health card and citizen card? back home both would be the same "
        "gemeente thing",
        "cmp:health:citizen",
    ),
    (
        "en", "compare",
        "social security card and electronic social security card, what is the difference "
        "besides that one is in the phone?",
        "cmp:social:esocial",
    ),
    # ---------------- English: faq (3) ----------------
    (
        "en", "faq",
        "In Holland my BSN is also my social security number. What is my social security number"
        " here in China?",
        "faq:10",
    ),
    (
        "en", "faq",
        "What kinds of social insurance are there in China? In Germany we have Renten-, "
        "Kranken-, Pflege-, Arbeitslosen- and Unfallversicherung",
        "faq:6",
    ),
    (
        "en", "faq",
        "My company wants to wait two months before registering me for social insurance. When "
        "must they do it actually?",
        "faq:9",
    ),
    # ---------------- English: law (2) ----------------
    (
        "en", "law",
        "Can you show me all the law articles this is based on? I like to read the original, I "
        "am German ;)",
        "law",
    ),
    ("en", "law", "What says article 75 of the Social Insurance Law?", "law:sil-75"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "Hello together, nice that this bot exists!", "greeting"),
    ("en", "greeting", "Thanks, that was very helpful. Have a nice evening, doei!", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    (
        "es", "task",
        "En Uruguay voy a la mutualista con la cédula y listo. Acá para ir al médico ¿qué "
        "tarjeta tengo que llevar?",
        "task:hospital",
    ),
    (
        "es", "task",
        "che, para comprar remedios en la farmacia aca cual tarjeta uso? alla en Montevideo con"
        " la cedula te dan todo",
        "task:pharmacy",
    ),
    (
        "es", "task",
        "Pagué la consulta de mi bolsillo en el hospital. ¿Con qué tarjeta pido el reintegro? "
        "En Uruguay eso lo hace la mutualista",
        "task:reimburse",
    ),
    (
        "es", "task",
        "quiero ver mi historia clinica como en la app de ASSE, aca con que tarjeta la consulto?",
        "task:healthfile",
    ),
    (
        "es", "task",
        "hay algo tipo el usuario de gub.uy para hacer los tramites del seguro medico online? "
        "que uso?",
        "task:online",
    ),
    (
        "es", "task",
        "Tengo 61, en Uruguay la jubilación la paga el BPS. ¿Acá qué tarjeta necesito para "
        "cobrar la jubilación?",
        "task:pension",
    ),
    (
        "es", "task",
        "me quede sin laburo, alla pediria el seguro de paro en el BPS, aca que tarjeta "
        "necesito para el subsidio de desempleo?",
        "task:unemployment",
    ),
    (
        "es", "task",
        "Tuve un accidente laboral en la fábrica. Allá lo cubre el BSE. ¿Acá con qué tarjeta "
        "reclamo las prestaciones por accidente de trabajo?",
        "task:injury",
    ),
    (
        "es", "task",
        "cómo controlo si la empresa me está haciendo los aportes? en Uruguay veo mi historia "
        "laboral en la web del BPS",
        "task:contributions",
    ),
    (
        "es", "task",
        "Allá tengo la tarjeta STM para el ómnibus. ¿Cuál es el equivalente acá para el bus y "
        "el metro? ¿la tarjeta ciudadana?",
        "task:transport",
    ),
    (
        "es", "task",
        "Para los trámites de la intendencia, digo, los servicios públicos locales de la "
        "ciudad, ¿qué tarjeta me sirve?",
        "task:services",
    ),
    (
        "es", "task",
        "En Uruguay me identifico con la cédula. Acá siendo extranjero, ¿qué tarjeta sirve para"
        " demostrar quién soy?",
        "task:identity",
    ),
    (
        "es", "task",
        "Empiezo a laburar el lunes. ¿Cómo saco la tarjeta de seguridad social? ¿la tramito yo "
        "o la empresa?",
        "task:getsocial",
    ),
    (
        "es", "task",
        "tengo la tarjeta de seguridad social fisica, como hago para tener la version "
        "electronica en el celu?",
        "task:getesocial",
    ),
    (
        "es", "task",
        "Quiero el certificado electrónico de seguro médico que mis compañeros tienen en el "
        "celular, ¿cómo lo obtengo?",
        "task:getemedical",
    ),
    (
        "es", "task",
        "¿Puedo sacar la tarjeta ciudadana siendo uruguayo? ¿o es solo para los chinos?",
        "task:getcitizen",
    ),
    (
        "es", "task",
        "bo, para sacar numero en el hospital y pagar, que tarjeta uso, la de salud o la de "
        "seguridad social?",
        "task:hospital",
    ),
    (
        "es", "task",
        "quiero saber cuanto llevo acumulado para la jubilacion, en el BPS lo veo online, aca "
        "con que tarjeta lo consulto?",
        "task:contributions",
    ),
    (
        "es", "task",
        "Me tengo que anotar como desempleado y buscar trabajo, como en la bolsa de trabajo de "
        "allá. ¿Con cuál tarjeta hago el registro?",
        "task:unemployment",
    ),
    (
        "es", "task",
        "mi señora no trabaja pero tiene seguro medico, puede sacar el certificado electronico "
        "ella tambien?",
        "task:getemedical",
    ),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "tarjeta ciudadan", "card:citizen"),
    ("es", "short", "seg social", "card:social"),
    ("es", "short", "carne salud", "card:health"),
    ("es", "short", "tarjeta STM", "task:transport"),
    ("es", "short", "jubilacion", "task:pension"),
    ("es", "short", "seguro paro", "task:unemployment"),
    ("es", "short", "farmacia", "task:pharmacy"),
    ("es", "short", "aportes", "task:contributions"),
    ("es", "short", "historia clinica", "task:healthfile"),
    ("es", "short", "nro segsocial", "faq:10"),
    ("es", "short", "certificado electr", "card:emedical"),
    ("es", "short", "segsocial electronica", "card:esocial"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "art 74", "law:sil-74"),
    ("es", "short", "reintegro", "task:reimburse"),
    ("es", "short", "perdi tarjeta", "none"),
    ("es", "short", "cuanto sale", "none"),
    ("es", "short", "horarios", "none"),
    # ---------------- Spanish: oos (18) ----------------
    (
        "es", "oos",
        "En Uruguay elijo la mutualista con el FONASA. ¿Acá puedo elegir a qué hospital afiliarme?",
        "none",
    ),
    (
        "es", "oos",
        "Perdí la tarjeta de seguridad social en el ómnibus, ¿qué hago? ¿la doy de baja como "
        "una de crédito?",
        "none",
    ),
    (
        "es", "oos",
        "¿Cuánto demora en salir la tarjeta ciudadana? Allá la cédula te la dan enseguida",
        "none",
    ),
    (
        "es", "oos",
        "cuanto me descuentan del sueldo por seguridad social? en uruguay son como 15 y pico % "
        "de aportes",
        "none",
    ),
    (
        "es", "oos",
        "¿Hay convenio de seguridad social entre Uruguay y China para sumar los años de aportes?",
        "none",
    ),
    ("es", "oos", "¿A qué hora abre la oficina de seguridad social los sábados?", "none"),
    (
        "es", "oos",
        "¿Existe algo como la emergencia móvil acá? ¿Llamo a la ambulancia con la tarjeta?",
        "none",
    ),
    (
        "es", "oos",
        "me olvide la contraseña de la app del certificado electronico, como la recupero?",
        "none",
    ),
    (
        "es", "oos",
        "¿Mi señora puede quedar como beneficiaria en mi seguro, como los gurises en el FONASA?",
        "none",
    ),
    ("es", "oos", "¿La tarjeta me sirve si me enfermo estando de vacaciones en Uruguay?", "none"),
    ("es", "oos", "¿Qué hospital de Shenzhen tiene médicos que hablen español?", "none"),
    ("es", "oos", "¿El dentista entra en la cobertura o es aparte como en la mutualista?", "none"),
    ("es", "oos", "la tarjeta se me partio al medio, me hacen otra gratis?", "none"),
    (
        "es", "oos",
        "¿La foto para la tarjeta tiene que ser con fondo blanco como la de la cédula?",
        "none",
    ),
    ("es", "oos", "quien gano el clasico ayer, Peñarol o Nacional?", "none"),
    (
        "es", "oos",
        "¿Acá hay asignaciones familiares por los gurises como las que paga el BPS?",
        "none",
    ),
    (
        "es", "oos",
        "¿Cuántos días de licencia por enfermedad me pagan? En Uruguay el BPS paga desde el "
        "cuarto día",
        "none",
    ),
    ("es", "oos", "¿Puedo tramitar todo esto desde Montevideo antes de viajar?", "none"),
    # ---------------- Spanish: card (12) ----------------
    (
        "es", "card",
        "¿En qué lugares se puede usar la tarjeta ciudadana? Allá la STM es solo para el ómnibus",
        "card:citizen:scope",
    ),
    (
        "es", "card",
        "¿Quién emite el certificado electrónico de seguro médico? ¿el ministerio de salud como"
        " el MSP de allá?",
        "card:emedical:issuer",
    ),
    (
        "es", "card",
        "la tarjeta de salud que registra? alla la historia clinica la tiene la mutualista",
        "card:health:records",
    ),
    (
        "es", "card",
        "¿La tarjeta de seguridad social es de plástico o es todo digital? En Uruguay el BPS no"
        " te da tarjeta",
        "card:social:form",
    ),
    (
        "es", "card",
        "¿Quién gestiona la tarjeta de seguridad social? ¿Es un organismo nacional como el BPS?",
        "card:social:manager",
    ),
    (
        "es", "card",
        "¿Para qué sirve la tarjeta de salud? ¿Es como el carné de salud que te piden para "
        "laburar?",
        "card:health:function",
    ),
    (
        "es", "card",
        "la tarjeta vieja del seguro medico que seguridad tiene? escuche que era re facil de "
        "copiar",
        "card:medical:security",
    ),
    ("es", "card", "definición de certificado electrónico de seguro médico", "card:emedical:what"),
    (
        "es", "card",
        "¿Dónde se puede usar el certificado electrónico de seguro médico? ¿para todos los "
        "trámites del seguro?",
        "card:emedical:scope",
    ),
    (
        "es", "card",
        "quien emite la tarjeta electronica de seguridad social?",
        "card:esocial:issuer",
    ),
    (
        "es", "card",
        "contame de la tarjeta esa que da el gobierno local a los vecinos para el bondi y la "
        "biblioteca",
        "card:citizen",
    ),
    (
        "es", "card",
        "explicame la tarjeta de seguridad social, es como una segunda cédula o qué?",
        "card:social",
    ),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es", "compare",
        "certificado electrónico de seguro médico vs tarjeta de salud, ¿en qué se diferencian? "
        "allá todo es la mutualista",
        "cmp:emedical:health",
    ),
    (
        "es", "compare",
        "tarjeta ciudadana y tarjeta electronica de seguridad social, cual es la diferencia?",
        "cmp:esocial:citizen",
    ),
    (
        "es", "compare",
        "Diferencias entre la tarjeta de seguro médico vieja y la tarjeta de salud, que me mareo",
        "cmp:medical:health",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es", "faq",
        "¿El certificado electrónico de seguro médico y la tarjeta electrónica de seguridad "
        "social son lo mismo? Me tienen loco",
        "faq:5",
    ),
    (
        "es", "faq",
        "¿La tarjeta ciudadana y la de seguridad social son la misma tarjeta? Un compañero dice"
        " que sí",
        "faq:3",
    ),
    (
        "es", "faq",
        "¿Qué tipos de tarjeta de seguridad social hay? ¿Hay una para las empresas también, "
        "como en el BPS?",
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es", "law",
        "¿Qué dice el artículo 3 de la ley de seguro social, lo de los principios?",
        "law:sil-3",
    ),
    ("es", "law", "pasame la lista de artículos de ley en los que te basás", "law"),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "Buenas! todo bien? soy uruguayo, recién llegado a Cantón", "greeting"),
    ("es", "greeting", "Bárbaro, mil gracias bo, nos vemos!", "greeting"),
)
