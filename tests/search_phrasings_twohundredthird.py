"""Two-hundred-and-third phrasing set (terse IT folk), written blind from the seeds (issue 15)."""

from __future__ import annotations

Expected = str | tuple[str, ...]

TWOHUNDREDTHIRD: tuple[tuple[str, str, str, Expected], ...] = (
    # ---------------- English: task (20) ----------------
    (
        "en", "task",
        "new joinee, fever since 2 days. which card to carry to hospital for registration+payment?",
        "task:hospital",
    ),
    ("en", "task", "need to buy meds from chemist. which card to swipe?", "task:pharmacy"),
    (
        "en", "task",
        "OPD bills from last month - want reimbursement. which card handles the claim?",
        "task:reimburse",
    ),
    (
        "en", "task",
        "want to look up my health file / past medical records. which card gives access?",
        "task:healthfile",
    ),
    (
        "en", "task",
        "medical insurance work online via app - what card/cert do i need to login?",
        "task:online",
    ),
    (
        "en", "task",
        "retiring next yr after long stint here. pension drawing - which card needed?",
        "task:pension",
    ),
    (
        "en", "task",
        "contract terminated, no new client yet. unemployment benefits - which card?",
        "task:unemployment",
    ),
    (
        "en", "task",
        "got injured at client site, workplace accident. for work injury benefits which card?",
        "task:injury",
    ),
    (
        "en", "task",
        "want to verify if employer is actually paying my social insurance. how to check?",
        "task:contributions",
    ),
    (
        "en", "task",
        "daily metro commute - is it citizen card or something else? kindly advise",
        "task:transport",
    ),
    (
        "en", "task",
        "public services like city library / reading room - which card works?",
        "task:services",
    ),
    (
        "en", "task",
        "need to prove my identity at a govt counter, which card serves as ID proof?",
        "task:identity",
    ),
    (
        "en", "task",
        "how to get social security card? foreign national, employer already registered me",
        "task:getsocial",
    ),
    (
        "en", "task",
        "have physical SSC. how to get the electronic one on phone?",
        "task:getesocial",
    ),
    ("en", "task", "how do i get 医保电子凭证 - pls share steps", "task:getemedical"),
    ("en", "task", "can expat on work permit apply for citizen card?", "task:getcitizen"),
    (
        "en", "task",
        "doc appointment tmrw, which card do they ask at hospital counter?",
        "task:hospital",
    ),
    (
        "en", "task",
        "pharmacy near office, paying for medicines using insurance - which card pls",
        "task:pharmacy",
    ),
    (
        "en", "task",
        "want to see total accumulated pension + medical insurance amount, where/how?",
        "task:contributions",
    ),
    ("en", "task", "what all can i do with these cards? show options", "tasks"),
    # ---------------- English: short (18) ----------------
    ("en", "short", "hosp", "task:hospital"),
    ("en", "short", "pensn", "task:pension"),
    ("en", "short", "shebao ka", "card:social"),
    ("en", "short", "医保卡", "card:medical"),
    ("en", "short", "mediclaim", "task:reimburse"),
    ("en", "short", "metro card", "task:transport"),
    ("en", "short", "unemp benefit", "task:unemployment"),
    ("en", "short", "ss no", "faq:10"),
    ("en", "short", "sil art 58", "law:sil-58"),
    ("en", "short", "laws", "law"),
    ("en", "short", "esocial", "card:esocial"),
    ("en", "short", "health crd", "card:health"),
    ("en", "short", "citizen crd", "card:citizen"),
    ("en", "short", "e medical cert", "card:emedical"),
    ("en", "short", "work injury", "task:injury"),
    ("en", "short", "all cards", "cards"),
    ("en", "short", "card fee", "none"),
    ("en", "short", "pwd reset", "none"),
    # ---------------- English: oos (18) ----------------
    ("en", "oos", "lost my SSC in a didi cab. how to get replacement card?", "none"),
    ("en", "oos", "TAT for SSC issuance? need it before onboarding date", "none"),
    ("en", "oos", "any charges for citizen card? fees pls", "none"),
    ("en", "oos", "social security bureau timings on saturday?", "none"),
    ("en", "oos", "forgot PIN of SSC, entered wrong 3 times, card locked. fix?", "none"),
    (
        "en", "oos",
        "can i transfer my china pension contributions to EPFO when i move back to india?",
        "none",
    ),
    (
        "en", "oos",
        "which hospital in pudong has english speaking doctors + direct billing?",
        "none",
    ),
    (
        "en", "oos",
        "india-china social security agreement? exemption for deputed staff?",
        "none",
    ),
    ("en", "oos", "which vpn works best in china for office github access", "none"),
    ("en", "oos", "shenzhen min contribution base for contractors 2024?", "none"),
    ("en", "oos", "what % of CTC is deducted for social insurance monthly?", "none"),
    ("en", "oos", "card chip not reading at hospital counter, damaged. what to do?", "none"),
    ("en", "oos", "address of HR & SS bureau in chaoyang district?", "none"),
    ("en", "oos", "IIT filing for foreigners - deadline?", "none"),
    (
        "en", "oos",
        "does my spouse on dependent visa get covered under my medical insurance?",
        "none",
    ),
    ("en", "oos", "how many days for e-card activation to reflect?", "none"),
    ("en", "oos", "outpatient reimbursement ratio in beijing - what %?", "none"),
    ("en", "oos", "name spelled wrong on card (pinyin issue), how to correct?", "none"),
    # ---------------- English: card (12) ----------------
    ("en", "card", "what is health card exactly? used in hospitals here", "card:health"),
    ("en", "card", "define electronic social security card", "card:esocial:what"),
    ("en", "card", "who issues 医保电子凭证? which dept", "card:emedical:issuer"),
    (
        "en", "card",
        "health card - managed by whom? hospital or health dept?",
        "card:health:manager",
    ),
    (
        "en", "card",
        "health card stores what data? medical records, expenses?",
        "card:health:records",
    ),
    (
        "en", "card",
        "old medical insurance card - security? any key mgmt system?",
        "card:medical:security",
    ),
    ("en", "card", "SSC is physical IC card or electronic only?", "card:social:form"),
    (
        "en", "card",
        "the card city govt gives residents for bus, library etc - what is that?",
        "card:citizen",
    ),
    ("en", "card", "citizen card - where all can it be used?", "card:citizen:scope"),
    ("en", "card", "esocial card purpose? what's it for", "card:esocial:function"),
    (
        "en", "card",
        "who manages e social security card - which platform?",
        "card:esocial:manager",
    ),
    (
        "en", "card",
        "the IC card from MOHRSS with photo + ID no + bank a/c no printed, what is it?",
        "card:social",
    ),
    # ---------------- English: compare (3) ----------------
    ("en", "compare", "health card vs citizen card - key diff?", "cmp:health:citizen"),
    ("en", "compare", "physical SSC vs electronic SSC - diff?", "cmp:social:esocial"),
    (
        "en", "compare",
        "old medical card vs e-medical cert, what changed?",
        "cmp:medical:emedical",
    ),
    # ---------------- English: faq (3) ----------------
    ("en", "faq", "citizen card and SSC - same card or not?", "faq:3"),
    ("en", "faq", "types of social insurance in china? pls list", "faq:6"),
    (
        "en", "faq",
        "joined 2 months back, employer still not registered me for shebao. deadline for them?",
        "faq:9",
    ),
    # ---------------- English: law (2) ----------------
    ("en", "law", "SIL art 74 - what does it say?", "law:sil-74"),
    ("en", "law", "list of law articles you refer to?", "law"),
    # ---------------- English: greeting (2) ----------------
    ("en", "greeting", "hi team", "greeting"),
    ("en", "greeting", "ok got it, thx. bye", "greeting"),
    # ---------------- Spanish: task (20) ----------------
    ("es", "task", "tengo fiebre, mañana voy al hospital. q tarjeta llevo?", "task:hospital"),
    ("es", "task", "farmacia: con q tarjeta pago los medicamentos?", "task:pharmacy"),
    (
        "es", "task",
        "me hicieron pruebas y quiero q me reembolsen los gastos medicos, q tarjeta uso?",
        "task:reimburse",
    ),
    (
        "es", "task",
        "quiero consultar mi expediente de salud, q tarjeta necesito?",
        "task:healthfile",
    ),
    (
        "es", "task",
        "gestiones del seguro medico online desde el movil, q necesito?",
        "task:online",
    ),
    (
        "es", "task",
        "llevo 15 años currando aqui y me jubilo. para cobrar la pension q tarjeta?",
        "task:pension",
    ),
    (
        "es", "task",
        "se me acaba el contrato con la consultora. para pedir el paro aqui q tarjeta?",
        "task:unemployment",
    ),
    (
        "es", "task",
        "me lesioné en la ofi del cliente (accidente laboral). prestaciones, con q tarjeta?",
        "task:injury",
    ),
    (
        "es", "task",
        "quiero comprobar q la empresa me cotiza bien, tipo vida laboral. como lo miro?",
        "task:contributions",
    ),
    ("es", "task", "para metro y bus, es la tarjeta ciudadana o cual?", "task:transport"),
    (
        "es", "task",
        "servicios publicos locales (biblio, sala de lectura...) q tarjeta me sirve?",
        "task:services",
    ),
    (
        "es", "task",
        "tramite en una ventanilla y no llevo pasaporte, q tarjeta vale para identificarme?",
        "task:identity",
    ),
    (
        "es", "task",
        "como saco la tarjeta de la seguridad social? soy extranjero con contrato fijo",
        "task:getsocial",
    ),
    (
        "es", "task",
        "activar la tarjeta electronica de la SS en el movil, pasos?",
        "task:getesocial",
    ),
    (
        "es", "task",
        "como consigo el certificado electronico de seguro medico?",
        "task:getemedical",
    ),
    (
        "es", "task",
        "puedo pedir la tarjeta ciudadana siendo autonomo extranjero?",
        "task:getcitizen",
    ),
    (
        "es", "task",
        "cita con el medico mañana, q tarjeta enseño en ventanilla para pagar?",
        "task:hospital",
    ),
    ("es", "task", "medicinas en la farmacia del barrio, pago con q tarjeta?", "task:pharmacy"),
    (
        "es", "task",
        "quiero ver cuanto llevo acumulado de pension y seguro medico",
        "task:contributions",
    ),
    ("es", "task", "q gestiones puedo hacer con estas tarjetas? enseñame el menu", "tasks"),
    # ---------------- Spanish: short (18) ----------------
    ("es", "short", "hospi", "task:hospital"),
    ("es", "short", "tarjeta ciud", "card:citizen"),
    ("es", "short", "NUSS", "faq:10"),
    ("es", "short", "paro", "task:unemployment"),
    ("es", "short", "jubilacion", "task:pension"),
    ("es", "short", "vida laboral", "task:contributions"),
    ("es", "short", "abono transporte", "task:transport"),
    ("es", "short", "farmac", "task:pharmacy"),
    ("es", "short", "cert medico elec", "card:emedical"),
    ("es", "short", "tarjeta SS", "card:social"),
    ("es", "short", "SS electronica", "card:esocial"),
    ("es", "short", "tarjeta salud", "card:health"),
    ("es", "short", "accidente laboral", "task:injury"),
    ("es", "short", "ley seguro social", "law"),
    ("es", "short", "articulo 58", "law:sil-58"),
    ("es", "short", "duplicado tarjeta", "none"),
    ("es", "short", "cita previa", "none"),
    ("es", "short", "reembolso", "task:reimburse"),
    # ---------------- Spanish: oos (18) ----------------
    ("es", "oos", "he perdido la tarjeta de la SS en un taxi, como pido otra?", "none"),
    ("es", "oos", "cuanto tarda en llegar la tarjeta ciudadana? plazo aprox", "none"),
    ("es", "oos", "cuanto cuesta sacarse la tarjeta ciudadana", "none"),
    ("es", "oos", "horario de la oficina de la seguridad social, abren sabados?", "none"),
    ("es", "oos", "se me olvido el PIN y la tarjeta esta bloqueada, q hago", "none"),
    ("es", "oos", "hay convenio bilateral España-China de seguridad social?", "none"),
    ("es", "oos", "puedo recuperar lo cotizado aqui cuando vuelva a España?", "none"),
    ("es", "oos", "q hospital de Pekin tiene medicos q hablen ingles o español", "none"),
    ("es", "oos", "cuanto me quitan de la nomina para la SS, q %?", "none"),
    ("es", "oos", "la app me da error 500 al subir el pasaporte, alguien sabe?", "none"),
    ("es", "oos", "declaracion de la renta (IIT) en china siendo extranjero, plazos?", "none"),
    ("es", "oos", "el chip de la tarjeta no lee en el datafono, se arregla?", "none"),
    ("es", "oos", "mi pareja tiene visado de dependiente, la cubre mi seguro medico?", "none"),
    ("es", "oos", "base minima de cotizacion en Shenzhen este año?", "none"),
    ("es", "oos", "recomendais algun seguro privado internacional para expats?", "none"),
    ("es", "oos", "algun restaurante español decente en Shanghai? jaja", "none"),
    ("es", "oos", "el apellido sale mal transcrito en la tarjeta, como lo cambio?", "none"),
    ("es", "oos", "porcentaje de reembolso en consultas externas en Canton", "none"),
    # ---------------- Spanish: card (12) ----------------
    ("es", "card", "q es exactamente la tarjeta ciudadana?", "card:citizen"),
    (
        "es", "card",
        "definicion de certificado electronico de seguro medico",
        "card:emedical:what",
    ),
    (
        "es", "card",
        "quien emite la tarjeta electronica de seguridad social",
        "card:esocial:issuer",
    ),
    (
        "es", "card",
        "la tarjeta de salud q registra? historial, gastos medicos...?",
        "card:health:records",
    ),
    (
        "es", "card",
        "la antigua tarjeta del seguro medico quien la emitia? un banco?",
        "card:medical:issuer",
    ),
    ("es", "card", "la tarjeta de la SS es fisica o digital?", "card:social:form"),
    ("es", "card", "para q sirve la tarjeta de salud", "card:health:function"),
    (
        "es", "card",
        "la tarjeta de la SS vale en otras provincias o solo en la ciudad donde la saque?",
        ("law:ssc-4", "card:social:scope"),
    ),
    (
        "es", "card",
        "esa tarjeta con chip, foto, num de DNI y cuenta del banco impresos... q es?",
        "card:social",
    ),
    (
        "es", "card",
        "el certificado medico electronico donde se puede usar?",
        "card:emedical:scope",
    ),
    (
        "es", "card",
        "requisitos para tener la antigua tarjeta del seguro medico",
        "card:medical:eligibility",
    ),
    ("es", "card", "funciones de la tarjeta ciudadana, resumido", "card:citizen:function"),
    # ---------------- Spanish: compare (3) ----------------
    (
        "es", "compare",
        "diferencia tarjeta de salud vs tarjeta antigua del seguro medico",
        "cmp:medical:health",
    ),
    (
        "es", "compare",
        "tarjeta ciudadana vs certificado electronico de seguro medico, en q se diferencian",
        "cmp:emedical:citizen",
    ),
    (
        "es", "compare",
        "tarjeta de la SS vs certificado electronico de seguro medico, q cambia?",
        "cmp:social:emedical",
    ),
    # ---------------- Spanish: faq (3) ----------------
    (
        "es", "faq",
        "certificado electronico de seguro medico y tarjeta electronica de la SS, son lo mismo?",
        "faq:5",
    ),
    ("es", "faq", "la tarjeta de la SS y la del seguro medico son la misma?", "faq:2"),
    (
        "es", "faq",
        "q tipos de tarjeta de seguridad social hay? personal / empresa?",
        "faq:8",
    ),
    # ---------------- Spanish: law (2) ----------------
    (
        "es", "law",
        "articulo 4 de las medidas sobre tarjetas de seguridad social, q dice?",
        "law:ssc-4",
    ),
    ("es", "law", "art 3 de la ley de seguro social (principios)", "law:sil-3"),
    # ---------------- Spanish: greeting (2) ----------------
    ("es", "greeting", "buenas, q tal?", "greeting"),
    ("es", "greeting", "gracias crack, todo claro. hasta luego!", "greeting"),
)
